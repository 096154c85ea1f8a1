// Each end-to-end file: one Chromium and one server of the built app, both closed at the end.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
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
