// Focus moves to the new screen's heading, so keyboard and screen-reader users start at the top.
export function focusOnMount(node: HTMLElement): void {
  queueMicrotask(() => node.focus({ preventScroll: false }));
}
