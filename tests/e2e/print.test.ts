// The printed bilan, in real Chromium against the built app: the worst case (mediator mode, every
// area assessed with declared ≠ observed, six next steps, every alert, two long local addresses)
// must print on exactly one A4 page in every shipped language, alone and with the French copy,
// and the PDF must hold what the screen shows. PNGs of some sheets are kept under test-results/.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LANGUAGES as SHIPPED } from '../../src/lib/i18n/languages';
import { TABLET, watchedPage } from './support/browser';
import { useAppInChromium } from './support/harness';
import { AREAS } from '../../src/lib/diagnostic';
import { ADDRESSES, expectInPdf, isRtl, LANGUAGES, OUT, readBilanScreen, readPdf, squeeze, text, WORST_ANSWERS, worstCaseRecords, writeRecords } from './support/print';

/** The sheets a person can look at after a run. */
const PICTURED = new Set(['fr', 'ar', 'ar+fr']);

/** A mediator's session on the bilan and the place's settings, written where the app looks at start-up. */
async function seed(page: Page, answers: Record<string, unknown>): Promise<void> {
  await page.evaluate(writeRecords, worstCaseRecords(answers));
}

/** Opens the app on the worst-case bilan (or another set of answers), in a language chosen with the picker, with the sheet's QR code on. */
async function worstCaseBilan(page: Page, url: string, lang: string, answers: Record<string, unknown> = WORST_ANSWERS): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('[data-item="mode"]');
  await seed(page, answers);
  await page.reload();
  await page.click('[data-action="resume"]');
  await page.waitForSelector('[data-posture]');
  if (lang !== 'fr') {
    await page.click('[data-action="language"]');
    await page.click(`[data-value="${lang}"]`);
    const endonym = SHIPPED.find((l) => l.code === lang)?.endonym ?? lang;
    await page.waitForFunction((name) => document.querySelector('[data-action="language"]')?.textContent?.includes(name), endonym);
  }
  // The QR code takes room in the sheet's footer: the one-page checks hold with it.
  await page.click('[data-action="qr"]');
  await page.waitForSelector('[data-sheet] [data-sheet-qr] svg', { state: 'attached' });
  await page.evaluate(() => document.fonts.ready);
}

/** Prints the page as Chromium does, and returns the PDF's page count and text. */
async function printPdf(page: Page, name: string): Promise<{ pages: number; text: string; file: string }> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return readPdf(pdf, name);
}

/** What the bilan screen shows, read through its hooks. */
async function screenContent(page: Page) {
  return page.evaluate(readBilanScreen);
}

function picture(file: string, name: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '90', '-singlefile', file, join(OUT, name)]);
}

const app = useAppInChromium();

beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});

describe('the printed bilan', () => {
  it('ships at least French, and the worst case really is the worst: six steps, every alert, the activity report', async () => {
    expect(LANGUAGES[0]).toBe('fr');
    const context = await app.browser.newContext(TABLET);
    const { page, errors, cspViolations } = await watchedPage(context, app.server.url);
    await worstCaseBilan(page, app.server.url, 'fr');
    const screen = await screenContent(page);
    expect(screen.stepIds).toHaveLength(6);
    expect(screen.alerts.sort()).toEqual(['email-not-checked', 'french-reading', 'no-device', 'no-internet-at-home', 'urgent-situation']);
    expect(screen.sheetStepIds).toEqual(screen.stepIds);
    // declared and observed differ somewhere, and the sheet says so
    expect(await page.locator('[data-sheet] tr.detail').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-sheet] [data-sheet-report]').count()).toBe(1);
    // French: no French copy to offer
    expect(await page.locator('[data-action="bilingual"]').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it.each(LANGUAGES)('%s: one A4 page holding the posture, every next step, the reminders and the addresses', async (lang) => {
    const context = await app.browser.newContext(TABLET);
    const { page, errors } = await watchedPage(context, app.server.url);
    await worstCaseBilan(page, app.server.url, lang);
    // Reading French is very difficult in the worst case: the French copy is on by default; off here, the sheet alone.
    const toggle = page.locator('[data-action="bilingual"]');
    if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-checked')) === 'true') {
      await toggle.click();
      await page.waitForSelector('[data-sheet] [data-sheet-french]', { state: 'detached' });
    }
    const screen = await screenContent(page);
    expect(screen.sheetStepIds).toEqual(screen.stepIds);

    const { pages, text: pdf, file } = await printPdf(page, lang);
    expect(pages).toBe(1);
    const rtl = isRtl(lang);
    expectInPdf(pdf, screen.posture, rtl);
    expectInPdf(pdf, text(lang, 'items.primo.reason.values.social-health'), rtl);
    for (const step of screen.steps) expectInPdf(pdf, step, rtl);
    expectInPdf(pdf, text(lang, 'bilan.reminder'), rtl);
    expectInPdf(pdf, text(lang, 'sheet.noDataKept'), rtl);
    expectInPdf(pdf, text(lang, 'sheet.qrCaption'), rtl);
    expectInPdf(pdf, text('fr', 'mediator.reportTitle'), false);
    // The activity report is copied into a French report: La Coop's French labels on the screen too.
    for (const key of ['mediator.reportTitle', 'mediator.report.autonomy', 'mediator.report.equipmentValues.none']) expect(screen.report).toContain(text('fr', key));
    for (const place of ADDRESSES) expectInPdf(pdf, place.name, rtl);
    // Only the sheet is printed: none of the screen's buttons.
    for (const control of screen.controls) expect(pdf).not.toContain(squeeze(control));
    if (PICTURED.has(lang)) picture(file, lang);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a quick bilan: every area « not assessed », with no level count, on one page', async () => {
    const context = await app.browser.newContext(TABLET);
    const { page, errors } = await watchedPage(context, app.server.url);
    const quick = Object.fromEntries(Object.entries(WORST_ANSWERS).filter(([id]) => /^(primo|obs|triage)\./.test(id)));
    await worstCaseBilan(page, app.server.url, 'fr', quick);
    const rows = await page.$$eval('[data-sheet] [data-sheet-area]', (trs) => trs.map((tr) => [tr.getAttribute('data-level'), tr.textContent ?? '']));
    expect(rows).toHaveLength(AREAS.length);
    for (const [level, words] of rows) {
      expect(level).toBe('not-assessed');
      expect(words).toContain(text('fr', 'levels.not-assessed'));
      expect(words).not.toMatch(/\d/);
    }
    const { pages, text: pdf } = await printPdf(page, 'quick');
    expect(pages).toBe(1);
    expectInPdf(pdf, text('fr', 'levels.not-assessed'), false);
    expect(errors).toEqual([]);
    await context.close();
  });

  const foreign = LANGUAGES.filter((l) => !l.startsWith('fr'));
  it.each(foreign)('%s with the French copy: still one page, in both languages', async (lang) => {
    const context = await app.browser.newContext(TABLET);
    const { page, errors } = await watchedPage(context, app.server.url);
    await worstCaseBilan(page, app.server.url, lang);
    const toggle = page.locator('[data-action="bilingual"]');
    // On by default: the person reads French with difficulty, and the sheet is in another language.
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await page.waitForSelector('[data-sheet] [data-sheet-french]', { state: 'attached' });
    const screen = await screenContent(page);

    const { pages, text: pdf, file } = await printPdf(page, `${lang}+fr`);
    expect(pages).toBe(1);
    const rtl = isRtl(lang);
    expectInPdf(pdf, screen.posture, rtl);
    for (const step of screen.steps) expectInPdf(pdf, step, rtl);
    // The agent's copy, in French.
    const posture = await page.getAttribute('[data-posture]', 'data-posture');
    expectInPdf(pdf, text('fr', `postures.${posture}.title`), false);
    for (const id of screen.stepIds) expectInPdf(pdf, text('fr', `nextSteps.${id}`), false);
    expectInPdf(pdf, text('fr', 'sheet.noDataKept'), false);
    expectInPdf(pdf, text('fr', 'items.primo.reason.values.social-health'), false);
    if (PICTURED.has(`${lang}+fr`)) picture(file, `${lang}+fr`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
