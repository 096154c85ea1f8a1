// Chromium through playwright-core (Debian's /usr/bin/chromium, as the rest of the suite): touch
// through a touch-enabled context, the network cut by emulation, PDF through DevTools.
import type { Browser } from 'playwright-core';
import { launchBrowser, TABLET } from '../browser';
import { startServer } from '../server';
import type { Engine, EnginePage } from './driver';

export async function launchChromium(): Promise<Engine> {
  const browser: Browser = await launchBrowser();
  return {
    name: 'chromium',
    async open(): Promise<EnginePage> {
      const server = await startServer({ reportCsp: true });
      const context = await browser.newContext({ ...TABLET, hasTouch: true });
      const page = await context.newPage();
      const foreign: string[] = [];
      // The context sees the service worker's requests too, not only the page's.
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(server.url) && !/^(data|blob):/.test(url)) foreign.push(url);
      });
      await page.goto(server.url);
      return {
        engine: 'chromium',
        url: server.url,
        server,
        evaluate: (fn, arg) => page.evaluate(fn, arg as never),
        press: (selector) => page.tap(selector),
        goto: async (url) => void (await page.goto(url)),
        reload: async () => void (await page.reload()),
        setOffline: (offline) => context.setOffline(offline),
        async pdf() {
          await page.emulateMedia({ media: 'print' });
          const pdf = await page.pdf({ format: 'A4', printBackground: true });
          await page.emulateMedia({ media: 'screen' });
          return pdf;
        },
        foreignRequests: async () => [...foreign],
        async close() {
          await context.close();
          await server.close();
        },
      };
    },
    close: () => browser.close(),
  };
}
