// The shared-tablet promise, end to end: wherever a person's answers exist (the welcome screen
// after Back, the error screen, the bilan), the countdown erases them; a failed IndexedDB write
// leaves no record behind; an answer no longer asked is not printed; the place code guards the
// settings.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerUntilBilan, startJourney, storedSession } from './support/journey';
import { browserTraces, importSettings, leaveTraces } from './support/offline';
import { openWelcome, useAppInChromium } from './support/harness';

const app = useAppInChromium();

const open = () => openWelcome(app);

/** Answers each screen with its first offered value until `itemId` shows (whatever comes before it). */
async function answerUntil(page: Page, itemId: string, plan: Record<string, string> = {}): Promise<void> {
  for (let guard = 0; guard < 30; guard++) {
    const section = await page.waitForSelector('section[data-item]');
    const id = (await section.getAttribute('data-item')) ?? '';
    if (id === itemId) return;
    const value = plan[id] ?? (await section.$eval('[data-value]:not([data-value="skip"])', (b) => b.getAttribute('data-value')));
    await page.click(`section[data-item="${id}"] [data-value="${value}"]`);
    if (await page.$(`section[data-item="${id}"] [data-action="next"]:not([disabled])`)) await page.click(`section[data-item="${id}"] [data-action="next"]`);
    await page.waitForSelector(`section[data-item="${id}"]`, { state: 'detached' });
  }
  throw new Error(`${itemId} never came`);
}

/** Two answers given and stored. */
async function answerTwo(page: Page): Promise<void> {
  await startJourney(page, 'self');
  await answerUntil(page, 'primo.has_email');
  await page.click('section[data-item="primo.has_email"] [data-value="yes"]');
  await page.waitForSelector('section[data-item="primo.checks_email"]');
  await expect.poll(async () => Object.keys(((await storedSession(page)) as { answers?: object } | undefined)?.answers ?? {}).length).toBeGreaterThanOrEqual(2);
}

async function expectNothingLeft(page: Page): Promise<void> {
  await page.waitForSelector('[data-item="mode"]', { timeout: 20_000 });
  await expect.poll(() => storedSession(page), { timeout: 10_000 }).toBeUndefined();
  expect(await page.$('[data-action="continue"]')).toBeNull();
  const traces = await browserTraces(page);
  expect([traces.localStorage, traces.sessionStorage, traces.cookie]).toEqual([0, 0, '']);
  expect(Object.keys(traces.caches).filter((name) => !name.startsWith('workbox-'))).toEqual([]);
  // After a reload nothing is offered back either.
  await page.reload();
  await page.waitForSelector('[data-item="mode"]');
  expect(await page.$('[data-action="resume"]')).toBeNull();
  expect(await page.$('[data-action="continue"]')).toBeNull();
}

describe('the countdown runs wherever answers exist', () => {
  const PLACES: ReadonlyArray<[string, (page: Page) => Promise<void>]> = [
    [
      'the welcome screen after Back',
      async (page) => {
        while (!(await page.$('[data-item="mode"]'))) await page.click('[data-action="back"]');
        expect(await page.$('[data-action="continue"]')).not.toBeNull();
      },
    ],
    [
      'the error screen',
      async (page) => {
        await page.evaluate(() => setTimeout(() => Promise.reject(new Error('an unexpected error'))));
        await page.waitForSelector('[data-screen="error"]');
      },
    ],
    [
      'the bilan',
      async (page) => {
        await answerUntilBilan(page, {});
      },
    ],
  ];

  it.each(PLACES)('on %s: the short delay ends, and nothing is left anywhere', async (_name, leaveOn) => {
    const { page, close } = await open();
    await importSettings(page, { inactivitySeconds: 3, warningSeconds: 2 });
    await answerTwo(page);
    await leaveTraces(page);
    await leaveOn(page);
    await page.waitForSelector('dialog[data-dialog="inactivity"]', { timeout: 15_000 });
    // The dialog goes when the countdown ends and the erasure runs.
    await page.waitForSelector('dialog[data-dialog="inactivity"]', { state: 'detached', timeout: 15_000 });
    await expectNothingLeft(page);
    await close();
  });
});

describe('storage that fails under a session', () => {
  it('after a failed IndexedDB write, « Terminer et effacer » leaves no record', async () => {
    const { page, close } = await open();
    await answerTwo(page);
    // The disk fills up: every write from now on fails, as with a quota error.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.click('section[data-item="primo.checks_email"] [data-value="weekly"]');
    await page.waitForSelector('.notice.warning');
    await page.click('[data-action="menu-finish"]');
    await page.click('dialog [data-action="finish"]');
    await page.waitForSelector('[data-item="mode"]');
    await expect.poll(() => storedSession(page)).toBeUndefined();
    await page.reload();
    await page.waitForSelector('[data-item="mode"]');
    expect(await page.$('[data-action="resume"]')).toBeNull();
    await close();
  });
});

describe('answers follow the journey', () => {
  it('an answer to a question no longer asked is neither scored nor printed', async () => {
    const { page, errors, close } = await open();
    await answerTwo(page);
    await page.click('section[data-item="primo.checks_email"] [data-value="never"]');
    await page.waitForSelector('section[data-item="primo.checks_email"]', { state: 'detached' });
    await page.click('[data-action="back"]');
    await page.click('[data-action="back"]');
    await page.click('section[data-item="primo.has_email"] [data-value="no"]');
    await answerUntilBilan(page, {}, { skipAreas: ['device', 'mouse', 'browser', 'email', 'passwords', 'procedures'] });
    expect(await page.$('[data-alert="email-not-checked"]')).toBeNull();
    const never = await page.evaluate(async () => {
      const texts = await (await fetch('/locales/fr.json')).json();
      return texts.items.primo.checks_email.values.never as string;
    });
    await page.waitForSelector('[data-sheet]', { state: 'attached' });
    expect(await page.textContent('[data-sheet]')).not.toContain(never);
    expect(((await storedSession(page)) as { answers: object }).answers).not.toHaveProperty(['primo.checks_email']);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the place code', () => {
  it('is asked before the settings; a wrong code lets nobody in; a forgotten one resets the settings', async () => {
    const { page, close } = await open();
    await importSettings(page, { inactivitySeconds: 600 });
    await page.click('[data-action="settings"]');
    await page.fill('[data-input="place-code"]', '4321');
    await page.click('[data-action="set-place-code"]');
    await page.waitForSelector('[data-action="remove-place-code"]');
    await page.click('[data-screen="settings"] [data-action="back"]');

    await page.click('[data-action="settings"]');
    await page.waitForSelector('[data-screen="settings"][data-locked="true"]');
    await page.fill('[data-input="place-code"]', '0000');
    await page.click('[data-action="unlock-settings"]');
    await page.waitForSelector('#code-wrong');
    expect(await page.$('[data-action="save-settings"]')).toBeNull();
    expect(await page.inputValue('[data-input="place-code"]')).toBe('');
    // What is stored is a salted hash, never the digits.
    const stored = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('bilan-numerique');
          open.onsuccess = () => {
            const get = open.result.transaction('settings').objectStore('settings').get('place');
            get.onsuccess = () => resolve(JSON.stringify(get.result));
          };
        }),
    );
    expect(stored).toContain('PBKDF2-SHA-256');
    expect(stored).not.toContain('4321');

    await page.fill('[data-input="place-code"]', '4321');
    await page.click('[data-action="unlock-settings"]');
    await page.waitForSelector('[data-action="save-settings"]');
    expect(await page.inputValue('#inactivity')).toBe('600');
    await page.click('[data-screen="settings"] [data-action="back"]');

    await page.click('[data-action="settings"]');
    await page.click('[data-action="forgot-code"]');
    await page.click('[data-action="reset-settings"]');
    await page.waitForSelector('[data-action="save-settings"]');
    expect(await page.inputValue('#inactivity')).toBe('900');
    expect(await page.$('[data-action="remove-place-code"]')).toBeNull();
    await close();
  });
});
