// The journey in other languages: Arabic right to left, Ukrainian, and a change of language in
// the middle that keeps every answer and the current step.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TABLET, watchedPage } from './support/browser';
import { answerReason, answerUntilBilan, readBilan, startJourney, storedSession, type Plan } from './support/journey';
import { useAppInChromium } from './support/harness';

const ARTIFACTS = resolve(import.meta.dirname, '../../test-results');
const app = useAppInChromium();

beforeAll(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
});

const PLAN: Plan = {
  'primo.reason': 'residence',
  'primo.tried_online': 'no',
  'primo.has_email': 'no',
  'primo.devices': ['smartphone'],
  'primo.internet': 'no',
  'primo.french': 'easy',
  'triage.urgency': 'soon',
  'triage.wants_to_learn': 'later',
  'triage.need': 'both',
  'obs.refuses_device': 'no',
  'obs.handling': 'easy',
  'obs.browser': 'hesitant',
};
const fallback = (id: string) => (id.startsWith('exercise.') ? 'skip' : id.startsWith('email.') ? 'not-yet' : 'with-help');

async function chooseLanguage(page: Page, code: string): Promise<void> {
  await page.click('[data-action="language"]');
  await page.click(`#panel-language [data-value="${code}"]`);
  // The language's texts load on demand: the change is done when <html lang> follows.
  await page.waitForFunction((lang) => document.documentElement.lang === lang, code);
}

describe('languages', () => {
  it('follows the browser’s preferred language at first, and names languages in their own script', async () => {
    const context = await app.browser.newContext({ ...TABLET, locale: 'uk-UA' });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.waitForSelector('[data-item="mode"]');
    expect(await page.getAttribute('html', 'lang')).toBe('uk');
    await page.click('[data-action="language"]');
    const names = await page.$$eval('#panel-language [data-value]', (buttons) => buttons.map((b) => b.textContent?.trim()));
    expect(names).toEqual(expect.arrayContaining(['Français', 'العربية', 'Українська', 'Türkçe', 'Română', 'Português', 'Español', 'English']));
    await context.close();
  });

  it('a whole journey in Arabic lays out right to left, with the bilan in Arabic', async () => {
    const context = await app.browser.newContext(TABLET);
    const { page, errors } = await watchedPage(context, app.server.url);
    await page.goto(app.server.url);
    await chooseLanguage(page, 'ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    await page.screenshot({ path: resolve(ARTIFACTS, 'journey-ar-welcome.png'), fullPage: true });
    await startJourney(page, 'self');
    // Right to left for real: the answers' pictograms stand on the right of their words.
    const [picto, label] = await Promise.all([
      page.$eval('.answer .picto', (e) => e.getBoundingClientRect().left),
      page.$eval('.answer .label', (e) => e.getBoundingClientRect().left),
    ]);
    expect(picto).toBeGreaterThan(label);
    await page.screenshot({ path: resolve(ARTIFACTS, 'journey-ar-question.png') });
    const posture = await answerUntilBilan(page, PLAN, { fallback });
    expect(posture).toBe('faire-avec');
    expect(await page.textContent('[data-posture] h1')).toMatch(/\p{Script=Arabic}/u);
    await page.screenshot({ path: resolve(ARTIFACTS, 'journey-ar-bilan.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a whole journey in Ukrainian', async () => {
    const context = await app.browser.newContext(TABLET);
    const { page, errors } = await watchedPage(context, app.server.url);
    await page.goto(app.server.url);
    await chooseLanguage(page, 'uk');
    await startJourney(page, 'mediator');
    expect(await page.textContent('section[data-item] h1')).toMatch(/\p{Script=Cyrillic}/u);
    await answerUntilBilan(page, PLAN, { fallback });
    const bilan = await readBilan(page);
    expect(bilan.alerts).toEqual(['no-internet-at-home']);
    expect(await page.textContent(`[data-step="${bilan.steps[0]}"]`)).toMatch(/\p{Script=Cyrillic}/u);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('changing language in the middle keeps every answer and the current step', async () => {
    const context = await app.browser.newContext(TABLET);
    const { page } = await watchedPage(context, app.server.url);
    await page.goto(app.server.url);
    await startJourney(page, 'self');
    await answerReason(page);
    await page.click('[data-value="yes-failed"]');
    await page.click('section[data-item="primo.has_email"] [data-value="yes"]');
    await page.waitForSelector('section[data-item="primo.checks_email"]');
    const frenchTitle = await page.textContent('section[data-item] h1');

    await chooseLanguage(page, 'tr');
    expect(await page.getAttribute('section[data-item]', 'data-item')).toBe('primo.checks_email');
    expect(await page.textContent('section[data-item] h1')).not.toBe(frenchTitle);
    await page.click('[data-action="back"]');
    await page.waitForSelector('section[data-item="primo.has_email"]');
    expect(await page.getAttribute('[data-value="yes"]', 'aria-pressed')).toBe('true');

    // The language is part of the saved session: a reload resumes in Turkish.
    const record = (await storedSession(page)) as { language: string; answers: Record<string, unknown> };
    expect(record.language).toBe('tr');
    expect(record.answers).toMatchObject({ 'primo.tried_online': 'yes-failed', 'primo.has_email': 'yes' });
    await page.reload();
    await page.waitForSelector('[data-action="resume"]');
    expect(await page.getAttribute('html', 'lang')).toBe('tr');
    await context.close();
  });
});
