// The printed bilan, in real Chromium against the built app: the worst case (mediator mode, every
// area assessed with declared ≠ observed, six next steps, every alert, two long local addresses)
// must print on exactly one A4 page in every shipped language, alone and with the French copy,
// and the PDF must hold what the screen shows. PNGs of some sheets are kept under test-results/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AREAS } from '../../src/lib/diagnostic';
import { LANGUAGES as SHIPPED } from '../../src/lib/i18n/languages';
import type { LocalAddress } from '../../src/lib/storage';
import { TABLET, watchedPage } from './support/browser';
import { useAppInChromium } from './support/harness';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test-results/print');
/** Every language the app ships: one locale file each. */
const LANGUAGES = readdirSync(join(ROOT, 'locales'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort((a, b) => (a === 'fr' ? -1 : b === 'fr' ? 1 : a.localeCompare(b)));
/** Arabic is the one language the app ships that is written right to left. */
const isRtl = (code: string): boolean => code === 'ar';
/** The sheets a person can look at after a run. */
const PICTURED = new Set(['fr', 'ar', 'ar+fr']);

type Json = { [key: string]: Json } | string;
const locale = (code: string): Json => JSON.parse(readFileSync(join(ROOT, 'locales', `${code}.json`), 'utf8')) as Json;
/** A key's text; ids hold dots too (`nextSteps.procedure.do-together`), so longer names are tried. */
function lookup(tree: Json | undefined, key: string): string | undefined {
  if (typeof tree === 'string' || tree === undefined) return undefined;
  const parts = key.split('.');
  for (let i = parts.length; i > 0; i--) {
    const node = tree[parts.slice(0, i).join('.')];
    if (node === undefined) continue;
    if (i === parts.length) return typeof node === 'string' ? node : undefined;
    const found = lookup(node, parts.slice(i).join('.'));
    if (found !== undefined) return found;
  }
  return undefined;
}
/** A text in a language, with the app's fallback to French. */
const text = (code: string, key: string): string => lookup(locale(code), key) ?? lookup(locale('fr'), key) ?? key;

// Every can-do item rated, with a mix per area, and every exercise scored so that declared and
// observed differ: mouse says « alone » but fails, browser says « with help » but succeeds.
const CAN_DO: Record<string, string[]> = {
  device: ['with-help', 'not-yet', 'alone', 'not-yet'],
  mouse: ['alone', 'alone', 'alone', 'alone'],
  browser: ['with-help', 'with-help', 'with-help', 'with-help', 'not-yet'],
  email: ['not-yet', 'not-yet', 'with-help', 'not-yet', 'not-yet'],
  passwords: ['not-yet', 'with-help', 'not-yet', 'alone', 'not-yet', 'not-yet'],
  procedures: ['with-help', 'not-yet', 'with-help', 'not-yet', 'not-yet', 'with-help'],
};
const WORST_ANSWERS: Record<string, unknown> = {
  'obs.refuses_device': 'no',
  'obs.handling': 'hesitant',
  'obs.browser': 'hesitant',
  // The longest reason and the longest reading-French answer (it also adds an alert and a step).
  'primo.reason': 'social-health',
  'primo.tried_online': 'yes-failed',
  'primo.has_email': 'yes',
  'primo.checks_email': 'never',
  'primo.devices': ['none'],
  'primo.internet': 'no',
  'primo.french': 'very-difficult',
  'triage.urgency': 'urgent',
  'triage.wants_to_learn': 'later',
  'triage.need': 'both',
  ...Object.fromEntries(AREAS.flatMap((area) => area.items.map((item, i) => [item.id, CAN_DO[area.id][i % CAN_DO[area.id].length]]))),
  'exercise.pointer': 0,
  'exercise.typing': 1,
  'exercise.browser': 2,
  'exercise.inbox': 1,
  'exercise.password': 0,
  'exercise.form': 1,
};
const ADDRESSES: LocalAddress[] = [
  {
    name: 'France Services de la Communauté de communes du Val de Saône et Vingeanne',
    address: '12 bis avenue du Général-de-Gaulle, bâtiment B, 2e étage, 21310 Mirebeau-sur-Bèze',
    hours: 'du lundi au vendredi, 8 h 30 – 12 h et 13 h 30 – 17 h ; samedi 9 h – 12 h sur rendez-vous',
    phone: '03 80 36 71 71',
  },
  {
    name: 'Médiathèque intercommunale Jean-de-La-Fontaine – espace public numérique',
    address: '4 place de la République, 21310 Mirebeau-sur-Bèze',
    hours: 'mardi et jeudi 14 h – 18 h 30, mercredi 10 h – 12 h et 14 h – 18 h, samedi 10 h – 16 h',
    phone: '03 80 47 12 34',
  },
];

/** The worst-case session and the place's settings, written where the app looks at start-up. */
async function seed(page: Page): Promise<void> {
  const now = Date.now();
  const session = { version: 1, mode: 'mediator', language: 'fr', step: 'bilan', answers: WORST_ANSWERS, startedAt: now, lastActivityAt: now };
  const settings = { defaultLanguage: null, inactivitySeconds: 15 * 60, warningSeconds: 60, localAddresses: ADDRESSES };
  await page.evaluate(
    ({ session, settings }) =>
      new Promise<void>((ok, fail) => {
        const open = indexedDB.open('bilan-numerique');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['session', 'settings'], 'readwrite');
          tx.objectStore('session').put(session, 'current');
          tx.objectStore('settings').put(settings, 'place');
          tx.oncomplete = () => {
            open.result.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    { session, settings },
  );
}

/** Opens the app on the worst-case bilan, in a language chosen with the picker, with the sheet's QR code on. */
async function worstCaseBilan(page: Page, url: string, lang: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('[data-item="mode"]');
  await seed(page);
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
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const read = (...options: string[]) => execFileSync('pdftotext', [...options, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { pages, text: `${squeeze(read())}|${squeeze(rightToLeft(read('-raw')))}`, file };
}

/**
 * pdftotext -raw gives right-to-left lines in visual order, cut into runs marked U+202B…U+202C:
 * putting the runs of such a line back in reverse order gives the words as written.
 */
function rightToLeft(raw: string): string {
  return raw
    .split('\n')
    .map((line) => (line.includes('\u202b') ? (line.match(/\u202b[^\u202c]*\u202c|[^\u202b]+/g) ?? []).reverse().join('') : line))
    .join('\n');
}

/**
 * Text as read, not as laid out: without spaces and hyphens (line breaks, pdftotext's
 * de-hyphenation), ligatures and Arabic letter forms folded (NFKC), bidi marks and Arabic
 * diacritics dropped (pdftotext reorders them).
 */
function squeeze(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u064b-\u065f\u0670]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[\s\-‐]/g, '');
}

/**
 * Checks that the PDF holds a text shown on screen. Left to right, the whole sentence in order;
 * right to left, pdftotext splits lines into runs it reorders, so each word is looked for (an
 * isolated Latin run, U+2068…U+2069, is a run of its own even when no space parts it: « و⁨Pix⁩ »).
 */
function expectInPdf(pdf: string, expected: string, rtl: boolean): void {
  const pieces = rtl ? expected.split(/[\s\p{P}\u2066-\u2069]+/u).filter((w) => w !== '') : [expected];
  for (const piece of pieces) expect(pdf, `the PDF should contain « ${expected} »`).toContain(squeeze(piece));
}

/** What the bilan screen shows, read through its hooks. */
async function screenContent(page: Page) {
  return page.evaluate(() => {
    const read = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent ?? '');
    return {
      posture: document.querySelector('[data-posture] h2')?.textContent ?? '',
      stepIds: [...document.querySelectorAll('[data-posture] [data-step]')].map((e) => e.getAttribute('data-step') ?? ''),
      steps: read('[data-posture] [data-step]'),
      sheetStepIds: [...document.querySelectorAll('[data-sheet] [data-sheet-step]')].map((e) => e.getAttribute('data-sheet-step') ?? ''),
      alerts: [...document.querySelectorAll('[data-posture] [data-alert]')].map((e) => e.getAttribute('data-alert') ?? ''),
      controls: read('[data-posture] [data-action="print"], [data-posture] [data-action="finish"]'),
    };
  });
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
    for (const place of ADDRESSES) expectInPdf(pdf, place.name, rtl);
    // Only the sheet is printed: none of the screen's buttons.
    for (const control of screen.controls) expect(pdf).not.toContain(squeeze(control));
    if (PICTURED.has(lang)) picture(file, lang);
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
