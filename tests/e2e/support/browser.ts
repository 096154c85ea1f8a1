// Debian's Chromium driven by playwright-core: no browser download, the flags that work here.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../../../scripts/chromium.mjs';

export { CHROMIUM, CHROMIUM_ARGS };

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A tablet in landscape, French, with the app's origin as the only one a test expects. */
export const TABLET: BrowserContextOptions = {
  viewport: { width: 1024, height: 768 },
  locale: 'fr-FR',
  deviceScaleFactor: 1,
};

/** A tablet in portrait, held in the hand: touch events, a coarse pointer, no mouse. */
export const TOUCH_TABLET: BrowserContextOptions = { ...TABLET, viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true };

export interface Watched {
  page: Page;
  /** requests to any origin other than the app's */
  foreignRequests: string[];
  /** console errors and uncaught page errors */
  errors: string[];
  /** Content Security Policy violations reported by the page */
  cspViolations: string[];
}

/** A new page that records what a privacy or robustness test must check. */
export async function watchedPage(context: BrowserContext, origin: string): Promise<Watched> {
  const page = await context.newPage();
  const watched: Watched = { page, foreignRequests: [], errors: [], cspViolations: [] };
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watched.foreignRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
    if (message.text().startsWith('csp-violation:')) watched.cspViolations.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(String(error)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.warn(`csp-violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return watched;
}
