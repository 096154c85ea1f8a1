import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { localesPlugin } from './src/lib/i18n/locales-plugin.js';
import { cspMetaPlugin } from './src/lib/security/csp-meta-plugin.js';
import { SECURITY_HEADERS } from './src/lib/security/headers.js';

const SVELTE_FORM_BINDINGS = /svelte\/src\/internal\/client\/dom\/elements\/bindings\/(select|input)\.js$/;

export default defineConfig({
  plugins: [
    // Every component in runes mode: none pulls in Svelte's legacy-mode runtime.
    svelte({ compilerOptions: { runes: true } }),
    svelteTesting(),
    VitePWA({
      // `prompt`: an update never reloads the page under a person answering; see src/lib/pwa.
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      // globPatterns below already takes the icons from public/: listing them twice duplicates entries.
      includeManifestIcons: false,
      manifest: {
        name: 'Bilan numérique',
        short_name: 'Bilan numérique',
        description:
          'Faire le point sur ses usages du numérique et savoir quelle aide demander. Rien de personnel n’est demandé, tout est effacé à la fin.',
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#fdf8f1',
        theme_color: '#16505f',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every file the app can need, locales included: a language never opened online still works offline.
        globPatterns: ['**/*.{html,js,css,json,svg,png,woff2,txt}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
    localesPlugin(fileURLToPath(new URL('./locales', import.meta.url))),
    cspMetaPlugin(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Browsers without <link rel=modulepreload> (Safari before 17) just fetch the chunk when the
    // entry asks for it: the polyfill is not worth its weight in the first screen.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Svelte's runtime is one chunk shared with the first screen, even the parts that only the
      // lazy screens use. The form bindings (settings, exercises) have no top-level side effects,
      // so they can move to a chunk of their own, loaded with those screens.
      // Every imported constant written in place: ≈ 0.13 kB gzip less in the first screen's script.
      optimization: { inlineConst: { mode: 'all' } },
      treeshake: { moduleSideEffects: [{ test: SVELTE_FORM_BINDINGS, sideEffects: false }] },
      // The first screen's libraries and i18n wrapper in one chunk: split by importer instead, they
      // scatter into five small chunks that weigh ≈ 1 kB gzip more together.
      output: {
        codeSplitting: {
          groups: [
            { name: 'svelte-forms', test: SVELTE_FORM_BINDINGS, includeDependenciesRecursively: false },
            { name: 'core', test: /node_modules\/(svelte|i18next)\/|preload-helper|src\/lib\/i18n\// },
          ],
        },
      },
    },
  },
  // `npm start` serves the build with the production headers (docs/deploy.md).
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'logic',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup/logic.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/components/**/*.test.ts'],
          setupFiles: ['tests/setup/dom.ts'],
        },
      },
      {
        extends: true,
        // Node's own resolution: without a `node` condition listed, svelteTesting adds no `browser`
        // one, which Vitest would pass on to Node (puppeteer-core's WebSocket library has a browser stub).
        resolve: { conditions: ['module', 'development|production'] },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
