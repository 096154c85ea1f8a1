// What else a session starts (read aloud, the printed sheet's options, display choices) registers
// here how to stop it, so that erasure stops everything without the session importing the screens.
type Hook = () => void;

const hooks = new Set<Hook>();

/** Runs `hook` at every erasure; returns the function that unregisters it. */
export function onErase(hook: Hook): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

export function runEraseHooks(): void {
  for (const hook of hooks) {
    try {
      hook();
    } catch (error) {
      // One failing hook must not keep the others (or the erasure itself) from running.
      console.error(error);
    }
  }
}
