// The end of a session: delete the session record, and every other trace a browser could keep.
// The app itself writes nothing to localStorage, sessionStorage or cookies; clearing them guards
// against anything else having done so on a shared tablet. Cache Storage keeps only the app's
// own precache (workbox-*), which holds no answer.
import type { Repository } from './repository';

const APP_CACHE_PREFIX = 'workbox-';

export async function wipeBrowserTraces(): Promise<void> {
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // storage may be disabled: then there is nothing in it
  }
  // Guarded: erasure also runs where there is no page (tests in Node, a worker).
  if (typeof document !== 'undefined') {
    for (const cookie of document.cookie.split(';')) {
      const name = cookie.split('=')[0]?.trim();
      if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    }
  }
  if ('caches' in globalThis) {
    try {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => !n.startsWith(APP_CACHE_PREFIX)).map((n) => caches.delete(n)));
    } catch {
      // Cache Storage unavailable (insecure context): nothing to clear
    }
  }
}

/** Deletes the in-progress session and the browser's traces. Place settings survive. */
export async function wipeSession(repository: Repository): Promise<void> {
  try {
    await repository.deleteSession();
  } finally {
    await wipeBrowserTraces();
  }
}
