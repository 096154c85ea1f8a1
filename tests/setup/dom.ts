// DOM tests: jest-dom matchers, a fake IndexedDB, and the few browser APIs jsdom lacks.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// The app fetches its locale files from the server (src/lib/i18n); here the project folder
// serves them, as Vite's dev server would. Any other request fails, as it would offline.
{
  const { readFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const root = join(import.meta.dirname, '../..');
  globalThis.fetch = async (input: RequestInfo | URL): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost/');
    if (!/^\/locales\/[\w-]+\.json$/.test(url.pathname)) throw new TypeError(`No network in DOM tests: ${url.href}`);
    const body = await readFile(join(root, url.pathname));
    return new Response(body, { headers: { 'Content-Type': 'application/json' } });
  };
}
