// Offline first: after one visit online, the app reloads and runs a whole journey with the network
// cut, in every language, and a reload in the middle of a journey loses no answer.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LANGUAGES } from '../../src/lib/i18n/languages';
import { TABLET, watchedPage } from './support/browser';
import { answerReason, answerUntilBilan, readBilan, startJourney, storedSession } from './support/journey';
import { controlledByServiceWorker } from './support/offline';
import { useAppInChromium } from './support/harness';

const app = useAppInChromium();

const fallback = (id: string) => (id.startsWith('device.') ? 'alone' : id.startsWith('email.') ? 'with-help' : 'skip');

/** The languages that have a locale file: each must work offline, even if never opened online. */
const LOCALES = new Set(readdirSync(new URL('../../locales', import.meta.url)).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')));
const OFFLINE_LANGUAGES = LANGUAGES.filter((l) => LOCALES.has(l.code));

async function chooseLanguage(page: Page, code: string): Promise<void> {
  await page.click('[data-action="language"]');
  await page.click(`[data-value="${code}"][lang]`);
}

describe('offline after the first visit', () => {
  it('reloads offline and completes a whole journey to the bilan, with no request leaving the origin', async () => {
    const context = await app.browser.newContext(TABLET);
    const { page, foreignRequests, errors } = await watchedPage(context, app.server.url);
    await page.goto(app.server.url);
    await controlledByServiceWorker(page);

    await context.setOffline(true);
    await page.reload();
    await startJourney(page, 'self');
    const posture = await answerUntilBilan(page, { 'primo.tried_online': 'yes-failed', 'primo.has_email': 'no' }, { fallback });
    const bilan = await readBilan(page);
    expect(posture).toBe(bilan.posture);
    expect(bilan.levels.device).toBe('autonomous');
    expect(bilan.levels.email).toBe('learning');
    expect(bilan.levels.passwords).toBe('not-assessed');

    // A request the service worker cannot answer would fail offline: prove none did.
    const failed = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).responseStatus >= 400).map((e) => e.name),
    );
    expect(failed).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a reload in the middle of an offline journey loses nothing: « Reprendre » returns to the same question', async () => {
    const context = await app.browser.newContext(TABLET);
    const { page, errors } = await watchedPage(context, app.server.url);
    await page.goto(app.server.url);
    await controlledByServiceWorker(page);
    await context.setOffline(true);

    await startJourney(page, 'mediator');
    await answerReason(page);
    await page.click('[data-value="yes-failed"]');
    await page.click('section[data-item="primo.has_email"] [data-value="yes"]');
    await page.click('section[data-item="primo.checks_email"] [data-value="rarely"]');
    await page.waitForSelector('section[data-item="primo.devices"]');
    await page.click('[data-value="smartphone"]');
    await page.click('[data-value="computer"]');
    await expect.poll(async () => ((await storedSession(page)) as { answers?: object } | undefined)?.answers).toHaveProperty('primo.devices');

    await page.reload();
    await page.click('[data-action="resume"]');
    await page.waitForSelector('section[data-item="primo.devices"]');
    expect(await page.getAttribute('[data-value="smartphone"]', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('[data-value="computer"]', 'aria-pressed')).toBe('true');
    await page.click('[data-action="back"]');
    await page.waitForSelector('section[data-item="primo.checks_email"]');
    expect(await page.getAttribute('[data-value="rarely"]', 'aria-pressed')).toBe('true');
    await page.click('[data-action="next"]');

    await answerUntilBilan(page, { 'primo.devices': ['tablet'], 'obs.handling': 'easy' }, { fallback });
    expect((await readBilan(page)).alerts).toContain('email-not-checked');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers survive a reload online too, in mediator mode with its observations', async () => {
    const context = await app.browser.newContext(TABLET);
    const { page } = await watchedPage(context, app.server.url);
    await page.goto(app.server.url);
    await startJourney(page, 'mediator');
    await answerReason(page);
    for (const value of ['no', 'no']) {
      const id = await page.getAttribute('section[data-item]', 'data-item');
      await page.click(`section[data-item="${id}"] [data-value="${value}"]`);
      await page.waitForSelector(`section[data-item="${id}"]`, { state: 'detached' });
    }
    await page.click('[data-value="none"]');
    await page.click('[data-action="next"]');
    await page.waitForSelector('section[data-item="primo.internet"]');
    await expect.poll(async () => ((await storedSession(page)) as { step?: string } | undefined)?.step).toBe('item:primo.internet');

    await page.reload();
    await page.click('[data-action="resume"]');
    await page.waitForSelector('section[data-item="primo.internet"]');
    await page.click('[data-value="mobile-only"]');
    await page.click('section[data-item="primo.french"] [data-value="easy"]');
    // Mediator mode is restored: the observations come next.
    await page.waitForSelector('section[data-item="obs.refuses_device"]');
    expect(await storedSession(page)).toMatchObject({
      mode: 'mediator',
      answers: { 'primo.tried_online': 'no', 'primo.has_email': 'no', 'primo.devices': ['none'], 'primo.internet': 'mobile-only' },
    });
    await context.close();
  });

  it(`every language with a locale file (${OFFLINE_LANGUAGES.length}) opens offline, fonts included, though never opened online`, async () => {
    const context = await app.browser.newContext(TABLET);
    const { page, errors } = await watchedPage(context, app.server.url);
    await page.goto(app.server.url);
    await controlledByServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('[data-item="mode"]');
    const frenchTitle = await page.textContent('h1');

    for (const language of OFFLINE_LANGUAGES) {
      await chooseLanguage(page, language.code);
      await page.waitForFunction(
        ([lang, dir]) => document.documentElement.lang === lang && document.documentElement.dir === dir,
        [language.htmlLang, language.code === 'ar' ? 'rtl' : 'ltr'], // Arabic alone is written right to left
      );
      if (language.htmlLang !== 'fr') expect(await page.textContent('h1'), language.code).not.toBe(frenchTitle);
      const fonts = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.status === 'error').map((f) => `${f.family} ${f.weight}`);
      });
      expect(fonts, `fonts that failed offline in ${language.code}`).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
