// Erasure, all four ways, read back from the page: inactivity, « Terminer et effacer » (bilan and
// menu), a stale session at start, and what is left afterwards. Plus the two ways storage can fail:
// a corrupt record, and no IndexedDB at all.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SESSION_RECORD_VERSION, type SessionRecord } from '../../src/lib/storage';
import { TABLET, watchedPage } from './support/browser';
import { answerReason, answerUntilBilan, startJourney, storedSession } from './support/journey';
import { browserTraces, controlledByServiceWorker, importSettings, leaveTraces, precachedPaths, writeStore } from './support/offline';
import { openWelcome, useAppInChromium } from './support/harness';

const app = useAppInChromium();

const open = () => openWelcome(app);

/** Starts a journey and gives two answers, then waits until they are stored. */
async function answerTwo(page: Page): Promise<void> {
  await startJourney(page, 'self');
  await answerReason(page);
  await page.click('[data-value="yes-failed"]');
  await page.click('section[data-item="primo.has_email"] [data-value="yes"]');
  await page.waitForSelector('section[data-item="primo.checks_email"]');
  await expect.poll(async () => Object.keys(((await storedSession(page)) as SessionRecord | undefined)?.answers ?? {})).toHaveLength(3);
}

/** After any wipe: no session record, no answer in memory, nothing in the browser's other stores. */
async function expectNothingLeft(page: Page): Promise<void> {
  await page.waitForSelector('[data-item="mode"]');
  await expect.poll(() => storedSession(page)).toBeUndefined();
  // Nothing in memory either: no « Continuer » to the old answers, and a new journey starts blank.
  expect(await page.$('[data-action="continue"]')).toBeNull();
  const traces = await browserTraces(page);
  expect(traces.localStorage).toBe(0);
  expect(traces.sessionStorage).toBe(0);
  expect(traces.cookie).toBe('');
  const precached = new Set(precachedPaths());
  for (const [name, paths] of Object.entries(traces.caches)) {
    expect(name).toMatch(/^workbox-precache/);
    // Workbox keys its entries with a revision parameter; the path is the app's own file.
    for (const path of paths) expect(precached.has(path), `${path} in ${name}`).toBe(true);
  }
  await startJourney(page, 'self');
  expect(await page.$$('[aria-pressed="true"]')).toEqual([]);
}

describe('erasure', () => {
  it('inactivity: « Êtes-vous toujours là ? » appears, counts down, then everything is wiped', async () => {
    const { page, errors, close } = await open();
    await controlledByServiceWorker(page);
    // A place can set a short delay in seconds through an imported settings file.
    await importSettings(page, { inactivitySeconds: 3, warningSeconds: 2 });
    await answerTwo(page);
    await leaveTraces(page);

    const dialog = await page.waitForSelector('dialog[data-dialog="inactivity"]');
    expect(await dialog.textContent()).toContain('Êtes-vous toujours là\u00a0?');
    await page.waitForSelector('dialog[data-dialog="inactivity"]', { state: 'detached', timeout: 15_000 });
    expect(await page.textContent('[role="status"]')).toContain('Sans activité');
    await expectNothingLeft(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('inactivity: « Oui, je suis là » keeps the session and its answers', async () => {
    const { page, close } = await open();
    // A long countdown: the answer « Oui, je suis là » is not a race.
    await importSettings(page, { inactivitySeconds: 3, warningSeconds: 60 });
    await answerTwo(page);
    await page.waitForSelector('dialog[data-dialog="inactivity"]');
    await page.click('dialog [data-action="stay"]');
    await page.waitForSelector('dialog[data-dialog="inactivity"]', { state: 'detached' });
    expect(await page.$('section[data-item="primo.checks_email"]')).not.toBeNull();
    expect(Object.keys(((await storedSession(page)) as SessionRecord).answers)).toHaveLength(3);
    await close();
  });

  it('« Terminer et effacer » on the bilan wipes everything', async () => {
    const { page, errors, close } = await open();
    await controlledByServiceWorker(page);
    await answerTwo(page);
    await leaveTraces(page);
    await answerUntilBilan(page, {}, { fallback: () => 'skip' });
    await page.click('[data-posture] [data-action="finish"]');
    expect(await page.textContent('[role="status"]')).toContain('effacées');
    await expectNothingLeft(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('« Terminer et effacer » from the top bar, after the confirmation, wipes everything', async () => {
    const { page, errors, close } = await open();
    await controlledByServiceWorker(page);
    await answerTwo(page);
    await leaveTraces(page);
    await page.click('[data-action="menu-finish"]');
    await page.click('dialog [data-action="finish"]');
    await expectNothingLeft(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('a session older than the limit is deleted at start, before anything is shown', async () => {
    const { page, close } = await open();
    // Records whether the resume prompt ever appears, from the first moment of the next load.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('[data-action="resume"]')) (window as unknown as { resumeSeen: boolean }).resumeSeen = true;
      }).observe(document, { childList: true, subtree: true });
    });
    const old = Date.now() - 2 * 60 * 60_000;
    const record: SessionRecord = {
      version: SESSION_RECORD_VERSION,
      mode: 'self',
      language: 'fr',
      step: 'item:primo.has_email',
      answers: { 'primo.tried_online': 'yes-failed' },
      startedAt: old,
      lastActivityAt: old,
    };
    await writeStore(page, 'session', 'current', record);
    expect(await storedSession(page)).toEqual(record);

    await page.reload();
    await page.waitForSelector('[data-item="mode"]');
    expect(await page.textContent('[role="status"]')).toContain('ancien bilan');
    expect(await page.evaluate(() => (window as unknown as { resumeSeen?: boolean }).resumeSeen ?? false)).toBe(false);
    expect(await storedSession(page)).toBeUndefined();
    await close();
  });

  it('a recent session is offered back with « Reprendre » (the stale check is not just deleting everything)', async () => {
    const { page, close } = await open();
    const now = Date.now();
    await writeStore(page, 'session', 'current', {
      version: SESSION_RECORD_VERSION,
      mode: 'self',
      language: 'fr',
      step: 'item:primo.has_email',
      answers: { 'primo.tried_online': 'yes-failed' },
      startedAt: now,
      lastActivityAt: now,
    } satisfies SessionRecord);
    await page.reload();
    await page.click('[data-action="resume"]');
    await page.waitForSelector('section[data-item="primo.has_email"]');
    await close();
  });
});

describe('when storage fails', () => {
  it.each([
    ['garbage text', 'garbage'],
    ['a half-written record', { version: SESSION_RECORD_VERSION, mode: 'self', answers: { 'primo.tried_online': 42 } }],
  ])('a corrupt record (%s): the welcome screen with a short message, and no crash loop', async (_label, value) => {
    const { page, errors, close } = await open();
    await writeStore(page, 'session', 'current', value);
    await page.reload();
    await page.waitForSelector('[data-item="mode"]');
    expect(await page.textContent('[role="status"]')).toContain('illisibles');
    expect(await storedSession(page)).toBeUndefined();

    // A second reload: a normal start, no message, no error screen.
    await page.reload();
    await page.waitForSelector('[data-item="mode"]');
    expect(await page.$('[role="status"]')).toBeNull();
    expect(await page.$('[data-phase="error"], .error-screen')).toBeNull();
    expect(errors).toEqual([]);
    await close();
  });

  it('without IndexedDB the app says plainly that a reload would lose the answers, and a journey still works', async () => {
    const context = await app.browser.newContext(TABLET);
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    const { page, errors } = await watchedPage(context, app.server.url);
    await page.goto(app.server.url);
    await page.waitForSelector('[data-item="mode"]');
    expect(await page.textContent('main')).toContain('Ne rechargez pas la page');
    await startJourney(page, 'self');
    await answerReason(page);
    await page.click('[data-value="yes-failed"]');
    await answerUntilBilan(page, {}, { fallback: () => 'skip' });
    expect(await page.textContent('main')).toContain('Ne rechargez pas la page');
    await page.click('[data-posture] [data-action="finish"]');
    await page.waitForSelector('[data-item="mode"]');
    expect(await page.$('[data-action="continue"]')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
