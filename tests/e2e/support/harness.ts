// Each end-to-end file: one Chromium and one server of the built app, both closed at the end.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { launchBrowser, TABLET, watchedPage, type Watched } from './browser';
import { startServer, type RunningServer } from './server';

export interface AppInChromium {
  readonly browser: Browser;
  readonly server: RunningServer;
}

export function useAppInChromium(): AppInChromium {
  const app = {} as { browser: Browser; server: RunningServer };
  beforeAll(async () => {
    [app.browser, app.server] = await Promise.all([launchBrowser(), startServer()]);
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/**
 * A fresh tablet-sized context (or `options`) on the app's welcome screen, watched for errors;
 * `init` runs in the page before the app's scripts. `close` ends the context.
 */
export async function openWelcome(
  app: AppInChromium,
  { options = TABLET, init }: { options?: BrowserContextOptions; init?: () => void } = {},
): Promise<Watched & { close: () => Promise<void> }> {
  const context = await app.browser.newContext(options);
  if (init) await context.addInitScript(init);
  const watched = await watchedPage(context, app.server.url);
  await watched.page.goto(app.server.url);
  await watched.page.waitForSelector('[data-item="mode"]');
  return { ...watched, close: () => context.close() };
}
