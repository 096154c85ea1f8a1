// Focus moves to the new screen's heading, so keyboard and screen-reader users start at the top.
export function focusOnMount(node: HTMLElement): void {
  queueMicrotask(() => node.focus());
}

/**
 * The same, once the screen is painted: for the screens a page load can open on (welcome, resume,
 * error), where focusing inside the first render would force a layout before anything shows.
 * Screens of the journey keep `focusOnMount`: their own controls may take the focus right after.
 */
export function focusAfterPaint(node: HTMLElement): void {
  requestAnimationFrame(() => setTimeout(() => node.isConnected && node.focus()));
}
