// Firefox ESR through puppeteer-core over WebDriver BiDi (no browser download: Debian's
// /usr/bin/firefox-esr). Touch, offline emulation and PDF (`@media print`) all work there.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from '../server';
import type { Engine, EnginePage } from './driver';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function launchFirefox(): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'intl.accept_languages': 'fr-FR, fr',
      // window.print() would open a dialog and block every script of the page: print to a file instead.
      'print.always_print_silent': true,
      'print_printer': 'Mozilla Save to PDF',
      'print.printer_Mozilla_Save_to_PDF.print_to_file': true,
      'print.printer_Mozilla_Save_to_PDF.print_to_filename': join(mkdtempSync(join(tmpdir(), 'bilan-firefox-')), 'print.pdf'),
    },
  });
  return {
    name: 'firefox',
    async open(): Promise<EnginePage> {
      const server = await startServer({ reportCsp: true });
      // A user context of its own: storage and service workers apart from the other scenarios.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1024, height: 768, hasTouch: true });
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(server.url) && !/^(data|blob):/.test(url)) foreign.push(url);
      });
      // Firefox (153 ESR over BiDi) loses the first synthesised tap after each load: it never
      // reaches the page's click handlers. A touch on the page's corner, where nothing is, takes it.
      const wakeTouch = async () => {
        await page.touchscreen.touchStart(1, 1);
        await page.touchscreen.touchEnd();
      };
      await page.goto(server.url);
      await wakeTouch();
      return {
        engine: 'firefox',
        url: server.url,
        server,
        evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
        press: (selector) => page.tap(selector),
        goto: async (url) => {
          await page.goto(url);
          await wakeTouch();
        },
        reload: async () => {
          await page.reload();
          await wakeTouch();
        },
        setOffline: (offline) => page.setOfflineMode(offline),
        pdf: async () => Buffer.from(await page.pdf({ format: 'A4', printBackground: true })),
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
