// Puts `<link rel="preload" as="fetch">` for the source language's locale file in the built
// index.html. French is always loaded (it is every language's fallback), and without the hint its
// request would only start once the scripts have run: one round trip more before the first screen.
import type { Plugin } from 'vite';
import { SOURCE_LANGUAGE } from './languages.js';

export function localePreloadPlugin(code: string = SOURCE_LANGUAGE): Plugin {
  const source = `locales/${code}.json`;
  return {
    name: 'bilan:locale-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const asset = Object.values(bundle ?? {}).find((file) => file.type === 'asset' && file.originalFileNames.includes(source));
        if (!asset) throw new Error(`locale-preload: ${source} is not in the build`);
        // `crossorigin` matches what fetch() asks for (CORS mode), or the browser fetches it twice.
        return [{ tag: 'link', attrs: { rel: 'preload', as: 'fetch', href: `/${asset.fileName}`, crossorigin: 'anonymous' }, injectTo: 'head' }];
      },
    },
  };
}
