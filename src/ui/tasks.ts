/** Resolves in a later task of the event loop: lets the browser paint, and handle a touch, in between. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
