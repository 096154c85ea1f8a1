// Builds the early read (early-read-entry.ts) as a script of its own and puts it in index.html
// before the app's scripts, `async`: a module with no imports runs as soon as it arrives, while
// the app's scripts are still loading. The development server does without it (the app then
// opens the database itself, as when the early read gives up).
import type { Plugin } from 'vite';

export const EARLY_READ_ENTRY = 'early-read';

/** The script tag, right before the first script of the page (so after the CSP <meta>, which governs it). */
export function injectEarlyRead(html: string, src: string): string {
  const tag = `<script type="module" async crossorigin src="${src}"></script>\n    `;
  const first = html.search(/<script\b/i);
  if (first === -1) throw new Error('early-read: index.html has no script to put the early read before');
  return html.slice(0, first) + tag + html.slice(first);
}

export function earlyReadPlugin(): Plugin {
  let base = '/';
  return {
    name: 'bilan:early-read',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((file) => file.type === 'chunk' && file.isEntry && file.name === EARLY_READ_ENTRY);
        if (!chunk) throw new Error(`early-read: no "${EARLY_READ_ENTRY}" entry in the build (vite.config.ts, rolldownOptions.input)`);
        return injectEarlyRead(html, `${base}${chunk.fileName}`);
      },
    },
  };
}
