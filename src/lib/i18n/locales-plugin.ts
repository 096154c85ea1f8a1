// The locale files in the build: `locales/<code>.json`, minified, at a fixed address the app can
// compute (no table of hashed names in the first screen's script). They sit outside /assets/, so
// servers revalidate them (docs/deploy.md) and the service worker precaches them with a revision.
// index.html preloads French: it is always loaded (every language's fallback), and without the
// hint its request would only start once the scripts have run, one round trip later.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { SOURCE_LANGUAGE } from './languages.js';

export function localesPlugin(directory: string, preloaded: string = SOURCE_LANGUAGE): Plugin {
  let base = '/';
  return {
    name: 'bilan:locales',
    apply: 'build',
    configResolved(config) {
      // The same address the app fetches (`import.meta.env.BASE_URL` in i18n.svelte.ts).
      base = config.base;
    },
    async generateBundle() {
      for (const file of (await readdir(directory)).filter((name) => name.endsWith('.json'))) {
        const texts: unknown = JSON.parse(await readFile(join(directory, file), 'utf8'));
        this.emitFile({ type: 'asset', fileName: `locales/${file}`, source: JSON.stringify(texts) });
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        // `crossorigin` matches what fetch() asks for (CORS mode), or the browser fetches it twice.
        { tag: 'link', attrs: { rel: 'preload', as: 'fetch', href: `${base}locales/${preloaded}.json`, crossorigin: 'anonymous' }, injectTo: 'head' },
      ],
    },
  };
}
