// What the first screen costs the browser: the French texts come from index.html's preload, once,
// and no other request or script waits on the critical path.
// (Its speed is measured by `npm run bench`.)
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TABLET, watchedPage } from './support/browser';
import { startJourney } from './support/journey';
import { useAppInChromium } from './support/harness';

const app = useAppInChromium();

/** The locale files the page requested, with how: `link` is the preload, `fetch` the app. */
async function localeRequests(page: Page): Promise<{ path: string; initiator: string }[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => ({ path: new URL(entry.name).pathname, initiator: (entry as PerformanceResourceTiming).initiatorType }))
      .filter((entry) => /^\/locales\/[\w-]+\.json$/.test(entry.path)),
  );
}

describe('first screen', () => {
  it('uses the French texts preloaded by index.html: one download, no second request from the app', async () => {
    const context = await app.browser.newContext({ ...TABLET, serviceWorkers: 'block' });
    const { page, errors } = await watchedPage(context, app.server.url);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(app.server.url);
    await page.locator('h1').waitFor();
    await page.waitForTimeout(3500); // Chromium warns about an unused preload after 3 s.
    const requests = await localeRequests(page);
    expect(requests).toEqual([{ path: '/locales/fr.json', initiator: 'link' }]);
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in a Ukrainian browser, downloads Ukrainian and the French fallback, each once', async () => {
    const context = await app.browser.newContext({ ...TABLET, locale: 'uk-UA', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(app.server.url);
    // The welcome first: on a loaded host the boot outlasts expect.poll's one second.
    await page.locator('[data-action="start"]').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('uk');
    const paths = (await localeRequests(page)).map((r) => r.path);
    expect(paths.sort()).toEqual(['/locales/fr.json', '/locales/uk.json']);
    await context.close();
  });

  it('registers the service worker only once the welcome screen is up, and still gets it ready', async () => {
    const context = await app.browser.newContext(TABLET);
    await context.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args: Parameters<typeof register>) {
        (window as unknown as { welcomeAtRegister: boolean }).welcomeAtRegister = document.querySelector('[data-action="start"]') !== null;
        return register.apply(this, args);
      };
    });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    expect(await page.evaluate(() => (window as unknown as { welcomeAtRegister?: boolean }).welcomeAtRegister)).toBe(true);
    await context.close();
  });

  it.each([
    ['fr-FR', ['atkinson-hyperlegible-latin-400', 'atkinson-hyperlegible-latin-700']],
    ['uk-UA', ['atkinson-hyperlegible-latin-400', 'atkinson-hyperlegible-latin-700', 'noto-sans-cyrillic-400', 'noto-sans-cyrillic-700']],
    ['ar', ['atkinson-hyperlegible-latin-400', 'atkinson-hyperlegible-latin-700', 'noto-sans-arabic-arabic-400', 'noto-sans-arabic-arabic-700']],
  ])('in %s, downloads only the font faces its characters need', async (locale, faces) => {
    const context = await app.browser.newContext({ ...TABLET, locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.locator('[data-action="start"]').waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const fonts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /\.woff2?$/.test(path)),
    );
    expect(fonts.map((path) => path.replace(/^\/assets\/(.*)-normal-[\w-]+\.woff2$/, '$1')).sort()).toEqual(faces);
    await context.close();
  });

  it('draws the journey pictograms, which load after the first screen, on the first question', async () => {
    const context = await app.browser.newContext(TABLET);
    const page = await context.newPage();
    await page.goto(app.server.url);
    await startJourney(page, 'self');
    await page.locator('section[data-item="primo.reason"]').waitFor();
    // « Retour » and « Passer » carry pictograms of the journey's set (arrowBack, skip).
    const drawn = () => page.$$eval('main svg', (icons) => icons.map((icon) => icon.querySelectorAll('path').length));
    await expect.poll(async () => (await drawn()).length).toBeGreaterThanOrEqual(5);
    await expect.poll(async () => (await drawn()).filter((paths) => paths === 0)).toEqual([]);
    await context.close();
  });
});
