// The bilan that travels on paper (framework section 9), in real Chromium against the built app:
// a whole journey with the QR code on, printed to PDF, the PDF rasterised and the code read back
// from the picture as a phone would; its URL opened in a fresh browser shows the same bilan,
// read-only, and leaves nothing behind. A code that cannot be read shows a message, never a bilan.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLET, watchedPage } from './support/browser';
import { useAppInChromium } from './support/harness';
import { answerUntilBilan, readBilan, startJourney, type Plan } from './support/journey';

const OUT = join(resolve(import.meta.dirname, '../..'), 'test-results/share-qr');
const fr = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../locales/fr.json'), 'utf8')) as { shared: { unreadable: string } };

const PLAN: Plan = {
  'primo.reason': 'residence',
  'primo.tried_online': 'yes-failed',
  'primo.has_email': 'yes',
  'primo.checks_email': 'rarely',
  'primo.devices': ['smartphone', 'tablet'],
  'primo.internet': 'mobile-only',
  'primo.french': 'difficult',
  'obs.refuses_device': 'no',
  'obs.handling': 'hesitant',
  'obs.browser': 'unable',
  'triage.urgency': 'soon',
  'triage.wants_to_learn': 'yes',
  'triage.need': 'both',
};
/** A mix of ratings per area, so that the levels differ from one area to the next. */
const rating = (id: string): string =>
  id.startsWith('exercise.') ? 'skip' : id.startsWith('device.') ? 'alone' : id.startsWith('mouse.') ? 'with-help' : id.startsWith('email.') ? 'not-yet' : id.endsWith('.know') ? 'skip' : 'with-help';

/** Everything a page could have written, anywhere the browser keeps data for the origin. */
async function storageOf(page: Page) {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    local: localStorage.length,
    session: sessionStorage.length,
    cookies: document.cookie,
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

/** Every request the context makes, whatever the page. */
function requestsOf(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(`${request.url()} ${request.postData() ?? ''} ${JSON.stringify(request.headers())}`));
  return urls;
}

/** The QR code read from a PDF page, as a phone's camera would read the printed sheet. */
function readQrFromPdf(pdf: string, dpi: number): string | null {
  const base = join(OUT, `sheet-${dpi}`);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', pdf, base]);
  const png = PNG.sync.read(readFileSync(`${base}.png`));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

const app = useAppInChromium();

beforeAll(() => mkdirSync(OUT, { recursive: true }));

describe('the QR code of the printed sheet', () => {
  it('is off by default, and printed on the one page when chosen; its URL opens the same bilan elsewhere, storing nothing', async () => {
    const context = await app.browser.newContext(TABLET);
    const { page, errors, cspViolations } = await watchedPage(context, app.server.url);
    await page.goto(app.server.url);
    await startJourney(page, 'mediator');
    await answerUntilBilan(page, PLAN, { fallback: rating });
    const original = await readBilan(page);

    const toggle = page.locator('[data-action="qr"]');
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    expect(await page.locator('[data-sheet] [data-sheet-qr]').count()).toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await page.waitForSelector('[data-sheet] [data-sheet-qr] svg path', { state: 'attached' });
    // At least 2.5 cm on paper (CSS millimetres are the paper's).
    const side = await page.evaluate(() => document.querySelector('[data-sheet-qr] svg')!.getBoundingClientRect().width);
    expect(side / (96 / 25.4)).toBeGreaterThanOrEqual(25);

    await page.evaluate(() => document.fonts.ready);
    const file = join(OUT, 'sheet.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBe(1);
    expect(cspViolations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();

    // Read from the paper at an ordinary resolution, and at a coarse one (a phone held further away).
    const url = readQrFromPdf(file, 150);
    expect(url).not.toBeNull();
    expect(readQrFromPdf(file, 72)).toBe(url);
    expect(url!.startsWith(`${app.server.url}/#bilan=`)).toBe(true);
    const payload = url!.slice(url!.indexOf('=') + 1);

    // The reader's device: another browser, in English.
    const reader = await app.browser.newContext({ ...TABLET, locale: 'en-GB' });
    const requests = requestsOf(reader);
    const watched = await watchedPage(reader, app.server.url);
    const shared = watched.page;
    await shared.goto(url!);
    await shared.waitForSelector('[data-view="shared"][data-posture]');
    expect(await readBilan(shared)).toEqual(original);
    expect(await shared.evaluate(() => document.documentElement.lang)).toBe('en');
    // Read-only: nothing to print, erase or go back to.
    for (const action of ['print', 'finish', 'back', 'qr', 'bilingual']) expect(await shared.locator(`[data-action="${action}"]`).count()).toBe(0);
    // The answers left the address bar and the history at once: the tab's first page (about:blank),
    // then the app's address alone, replaced, not a second entry.
    expect(await shared.evaluate(() => ({ hash: location.hash, length: history.length }))).toEqual({ hash: '', length: 2 });
    expect(shared.url()).not.toContain(payload);

    // French one tap away, the same bilan.
    await shared.click('[data-action="french"]');
    await shared.waitForFunction(() => document.documentElement.lang === 'fr');
    expect(await readBilan(shared)).toEqual(original);

    expect(await storageOf(shared)).toEqual({ databases: [], local: 0, session: 0, cookies: '', caches: [], workers: 0 });
    expect(requests.filter((r) => r.includes(payload))).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.cspViolations).toEqual([]);

    // Closing it leads to the app's welcome screen.
    await shared.click('[data-action="close-shared"]');
    await shared.waitForSelector('[data-item="mode"]');
    expect(await shared.locator('[data-posture]').count()).toBe(0);
    await reader.close();
  });

  const good = '1000000000000000000000001GHE';
  it.each([
    ['truncated', good.slice(0, -3)],
    ['altered', `${good.slice(0, 10)}1${good.slice(11)}`],
    ['from a future version', `2${good.slice(1)}`],
    ['garbage', '%3Cscript%3Ealert(1)%3C/script%3E'],
    ['100 KB of text', 'A'.repeat(100 * 1024)],
  ])('a code %s: a plain message and the welcome screen, never a bilan', async (_label, payload) => {
    const context = await app.browser.newContext(TABLET);
    const { page, errors } = await watchedPage(context, app.server.url);
    await page.goto(`${app.server.url}/#bilan=${payload}`);
    await page.waitForSelector('[data-item="mode"]');
    expect(await page.locator('[data-posture]').count()).toBe(0);
    expect(await page.textContent('main')).toContain(fr.shared.unreadable);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });
});
