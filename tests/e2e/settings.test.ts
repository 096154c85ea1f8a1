// Place settings: edited on their own screen, kept across reloads and erasure, exported as a JSON
// file and imported on another tablet; an invalid file changes nothing.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PlaceSettings } from '../../src/lib/storage';
import { TABLET, watchedPage } from './support/browser';
import { answerReason, startJourney, storedSession } from './support/journey';
import { useAppInChromium } from './support/harness';

const app = useAppInChromium();

const PLACE: PlaceSettings = {
  defaultLanguage: 'es',
  inactivitySeconds: 600,
  warningSeconds: 60,
  localAddresses: [{ name: 'France Services de Lunel', address: '12 rue de la République', hours: 'lun-ven 9h-12h', phone: '04 67 00 00 00' }],
  placeCode: null,
};

async function openPage(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await app.browser.newContext(TABLET);
  const { page, errors } = await watchedPage(context, app.server.url);
  await page.goto(app.server.url);
  await page.waitForSelector('[data-item="mode"]');
  return { page, errors, close: () => context.close() };
}

async function openSettings(page: Page): Promise<void> {
  await page.click('[data-action="settings"]');
  await page.waitForSelector('[data-screen="settings"]');
}

const notice = '[data-screen="settings"] [role="status"]';

/** What the settings screen shows, field by field. */
async function shownSettings(page: Page): Promise<PlaceSettings> {
  return page.evaluate(() => {
    const value = (selector: string) => (document.querySelector(selector) as HTMLInputElement | HTMLSelectElement).value;
    const addresses = [...document.querySelectorAll('[data-screen="settings"] fieldset')].map((_, i) => ({
      name: value(`#address-${i}-name`),
      address: value(`#address-${i}-address`),
      hours: value(`#address-${i}-hours`),
      phone: value(`#address-${i}-phone`),
    }));
    const language = value('#default-language');
    return {
      // Svelte keeps a `null` option value as an empty string in the DOM.
      defaultLanguage: language === '' || language === 'null' ? null : language,
      inactivitySeconds: Number(value('#inactivity')),
      warningSeconds: 60,
      localAddresses: addresses,
      // The screen never shows the code's hash; these tests set no code.
      placeCode: null,
    } as PlaceSettings;
  });
}

/** The settings record, read straight from the page's IndexedDB. */
async function storedSettings(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('bilan-numerique');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('place');
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
        };
      }),
  );
}

async function fillPlace(page: Page): Promise<void> {
  await page.selectOption('#default-language', 'es');
  await page.selectOption('#inactivity', String(PLACE.inactivitySeconds));
  await page.click('[data-action="add-address"]');
  const [address] = PLACE.localAddresses;
  await page.fill('#address-0-name', address.name);
  await page.fill('#address-0-address', address.address);
  await page.fill('#address-0-hours', address.hours);
  await page.fill('#address-0-phone', address.phone);
}

async function save(page: Page): Promise<void> {
  await page.click('[data-action="save-settings"]');
  await page.waitForSelector(notice);
  await expect.poll(() => storedSettings(page)).toBeDefined();
}

describe('place settings', () => {
  it('are edited, saved, kept after a reload and after « Terminer et effacer »', async () => {
    const { page, errors, close } = await openPage();
    await openSettings(page);
    await fillPlace(page);
    await save(page);
    expect(await storedSettings(page)).toEqual(PLACE);

    await page.reload();
    await openSettings(page);
    expect(await shownSettings(page)).toEqual(PLACE);
    await page.click('[data-screen="settings"] [data-action="back"]');

    await startJourney(page, 'self');
    await answerReason(page);
    await page.click('[data-value="yes-failed"]');
    await page.click('[data-action="menu-finish"]');
    await page.click('dialog [data-action="finish"]');
    await page.waitForSelector('[data-item="mode"]');
    await expect.poll(() => storedSession(page)).toBeUndefined();
    expect(await storedSettings(page)).toEqual(PLACE);
    // The place's default language is back for the next person.
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    await openSettings(page);
    expect(await shownSettings(page)).toEqual(PLACE);
    expect(errors).toEqual([]);
    await close();
  });

  it('a new journey uses the saved inactivity delay', async () => {
    const { page, close } = await openPage();
    await openSettings(page);
    await page.selectOption('#inactivity', '300');
    await save(page);
    await page.click('[data-screen="settings"] [data-action="back"]');
    await startJourney(page, 'self');
    // The delay is what a stale session is judged by: older than 5 min + 1 min is dropped at start.
    await page.click('[data-value="other"]');
    await expect.poll(() => storedSession(page)).toBeDefined();
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('bilan-numerique');
          open.onsuccess = () => {
            const store = open.result.transaction('session', 'readwrite').objectStore('session');
            const get = store.get('current');
            get.onsuccess = () => {
              const put = store.put({ ...get.result, lastActivityAt: Date.now() - 7 * 60_000 }, 'current');
              put.onsuccess = () => {
                open.result.close();
                resolve();
              };
            };
          };
        }),
    );
    await page.reload();
    await page.waitForSelector('[data-item="mode"]');
    expect(await page.$('[data-action="resume"]')).toBeNull();
    expect(await storedSession(page)).toBeUndefined();
    await close();
  });

  it('export gives a JSON file that sets up another tablet alike', async () => {
    const first = await openPage();
    await openSettings(first.page);
    await fillPlace(first.page);
    await save(first.page);
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.click('[data-action="export-settings"]')]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    // Kept outside the context: its downloads are deleted when it closes.
    const file = join(await mkdtemp(join(tmpdir(), 'bilan-settings-')), download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(await readFile(file, 'utf8'));
    expect(exported).toEqual(PLACE);
    await first.close();

    // Another tablet: a fresh context, nothing stored.
    const second = await openPage();
    await openSettings(second.page);
    expect((await shownSettings(second.page)).localAddresses).toEqual([]);
    await second.page.setInputFiles('[data-input="import-settings"]', file);
    await second.page.waitForSelector(notice);
    expect(await second.page.textContent(notice)).toContain('importés');
    expect(await shownSettings(second.page)).toEqual(PLACE);
    await save(second.page);
    expect(await storedSettings(second.page)).toEqual(PLACE);
    await second.page.reload();
    await second.page.waitForSelector('[data-item="mode"]');
    expect(await second.page.getAttribute('html', 'lang')).toBe('es');
    expect(second.errors).toEqual([]);
    await second.close();
  });

  it.each([
    ['not JSON at all', 'ceci n’est pas un fichier de réglages'],
    ['JSON with no setting in it', JSON.stringify({ hello: 'world' })],
    ['a JSON array', JSON.stringify([1, 2, 3])],
    ['a delay of 4 hours', JSON.stringify({ inactivitySeconds: 4 * 3600 })],
    ['a huge number', JSON.stringify({ inactivitySeconds: 1e300, warningSeconds: 60 })],
    ['a delay as text', JSON.stringify({ inactivitySeconds: 'quinze minutes' })],
    ['a code hash that is not one', JSON.stringify({ placeCode: { algorithm: 'PBKDF2-SHA-256', iterations: 1, salt: 'x', hash: 'y' } })],
    ['10 MB of text', JSON.stringify({ defaultLanguage: 'fr', padding: 'x'.repeat(10_000_000) })],
  ])('an invalid file (%s) shows the error and changes nothing', async (_label, content) => {
    const { page, errors, close } = await openPage();
    await openSettings(page);
    await fillPlace(page);
    await save(page);
    const before = await shownSettings(page);

    await page.setInputFiles('[data-input="import-settings"]', { name: 'reglages.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    await page.waitForFunction((selector) => document.querySelector(selector)?.textContent?.includes('Rien n’a été changé'), notice);
    expect(await shownSettings(page)).toEqual(before);
    expect(await storedSettings(page)).toEqual(PLACE);
    expect(errors).toEqual([]);
    await close();
  });
});
