// Privacy in a real browser: the built app under its production headers runs a whole journey with
// no Content Security Policy violation and no request to another origin; « Terminer et effacer »
// then leaves none of the answers in any storage a browser keeps, nor on the screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { TABLET, watchedPage } from './support/browser';
import { answerUntilBilan, startJourney, storedSession, type Plan } from './support/journey';
import { DIST } from './support/server';
import { useAppInChromium } from './support/harness';

const app = useAppInChromium();

// Distinctive answers: each value below is what a trace of this person would look like.
const PLAN: Plan = {
  'primo.reason': 'taxes-money',
  'primo.tried_online': 'yes-failed',
  'primo.has_email': 'yes',
  'primo.checks_email': 'rarely',
  'primo.devices': ['smartphone', 'computer'],
  'primo.internet': 'mobile-only',
  'primo.french': 'difficult',
  'triage.urgency': 'urgent',
  'triage.wants_to_learn': 'yes',
  'triage.need': 'digital',
};

/** What must not survive: the record's key, item ids, and the answers least likely to be app text. */
const TRACES = ['"current"', 'primo.has_email', 'primo.checks_email', 'triage.urgency', 'yes-failed', 'mobile-only', 'rarely', 'lastActivityAt', 'startedAt'];

interface Dump {
  indexedDb: string;
  localStorage: string;
  sessionStorage: string;
  documentCookie: string;
  cacheUrls: string[];
}

/** Everything this origin holds, as text: every IndexedDB database, store, key and value; both web storages; cookies; cached URLs. */
async function dumpStorage(page: Page): Promise<Dump> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((ok, ko) => {
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
    const databases: Record<string, Record<string, { keys: unknown[]; values: unknown[] }>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      const stores: Record<string, { keys: unknown[]; values: unknown[] }> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        const store = db.transaction(name).objectStore(name);
        stores[name] = { keys: await request(store.getAllKeys()), values: await request(store.getAll()) };
      }
      db.close();
      databases[info.name] = stores;
    }
    const webStorage = (s: Storage) => JSON.stringify(Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i) ?? '')])));
    const cacheUrls: string[] = [];
    for (const name of await caches.keys()) {
      for (const entry of await (await caches.open(name)).keys()) cacheUrls.push(`${name} ${entry.url}`);
    }
    return {
      indexedDb: JSON.stringify(databases),
      localStorage: webStorage(localStorage),
      sessionStorage: webStorage(sessionStorage),
      documentCookie: document.cookie,
      cacheUrls,
    };
  });
}

/** Cache Storage may hold the app's own files only: each cached body must equal the built file. */
async function foreignCacheEntries(page: Page): Promise<string[]> {
  const entries = await page.evaluate(async () => {
    const out: { cache: string; path: string; body: number[] }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const body = response ? new Uint8Array(await response.arrayBuffer()) : new Uint8Array();
        out.push({ cache: name, path: new URL(request.url).pathname, body: Array.from(body) });
      }
    }
    return out;
  });
  const foreign: string[] = [];
  for (const entry of entries) {
    let file: Buffer | null = null;
    try {
      file = readFileSync(join(DIST, entry.path === '/' ? 'index.html' : entry.path));
    } catch {
      file = null;
    }
    if (!file || !file.equals(Buffer.from(entry.body))) foreign.push(`${entry.cache} ${entry.path}`);
  }
  return foreign;
}

/** Something a person could type in an exercise: it must never be stored, even mid-journey. */
const TYPED = 'Zorglub4821';

/**
 * Goes through an exercise as a hesitant person would: starts it, types in any field, gives up on
 * each step, and moves on; every component of the exercise is rendered under the policy.
 */
async function tryExercise(page: Page, id: string): Promise<number> {
  let typed = 0;
  const section = `section[data-item="${id}"]`;
  const visible = async (selector: string) => (await page.$(`${section} ${selector}`))?.isVisible() ?? false;
  for (let guard = 0; guard < 40; guard++) {
    if (!(await page.$(section))) return typed;
    if (await visible('[data-exercise-done]')) await page.click(`${section} [data-action="next"]`);
    else if (await visible('[data-action="begin"]')) await page.click(`${section} [data-action="begin"]`);
    else if (await visible('input:not([data-typed])')) {
      const input = `${section} input:not([data-typed])`;
      await page.fill(input, TYPED);
      await page.$eval(input, (e) => e.setAttribute('data-typed', ''));
      typed++;
    } else if (await visible('[data-action="give-up"]')) await page.click(`${section} [data-action="give-up"]`);
    else if (await visible('[data-action="finish-exercise"]')) await page.click(`${section} [data-action="finish-exercise"]`);
    else await page.click(`${section} [data-value="skip"]`);
    // Let the screen settle before looking again (a step may replace the next one).
    await page.waitForTimeout(100);
  }
  throw new Error(`Could not get through ${id}`);
}

async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The precache is complete once the worker controls a page: reload to be controlled.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

describe('privacy', () => {
  let context: BrowserContext;
  afterAll(async () => {
    await context?.close();
  });

  it('a whole journey under the production headers: no CSP violation, no error, no request elsewhere; finishing erases every trace', async () => {
    context = await app.browser.newContext(TABLET);
    const watched = await watchedPage(context, app.server.url);
    const { page } = watched;

    const response = await page.goto(app.server.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForSelector('[data-item="mode"]');
    await waitForServiceWorker(page);

    await startJourney(page, 'self');
    const exercises: string[] = [];
    let typedFields = 0;
    const posture = await answerUntilBilan(page, PLAN, {
      // Every area answered, so the bilan shows every level (LevelSteps sets styles through CSSOM).
      fallback: (id) => (id.startsWith('device.') ? 'alone' : id.startsWith('mouse.') ? 'with-help' : 'not-yet'),
      onExercise: async (p, id) => {
        exercises.push(id);
        typedFields += await tryExercise(p, id);
      },
    });
    expect(exercises.length).toBeGreaterThan(0);
    expect(typedFields).toBeGreaterThan(0);

    // The printed sheet is rendered under the same policy.
    await page.emulateMedia({ media: 'print' });
    expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'screen' });
    const postureTitle = (await page.textContent('[data-posture] h2')) ?? '';
    expect(postureTitle.length).toBeGreaterThan(0);

    // The searches below must be able to find a trace: before the end, they do.
    const before = await dumpStorage(page);
    for (const trace of TRACES) expect(before.indexedDb).toContain(trace);
    expect(before.indexedDb).toContain('exercise.');
    // What was typed in an exercise was never stored: only a score is.
    expect(JSON.stringify(before)).not.toContain(TYPED);
    expect(await storedSession(page)).toMatchObject({ answers: { 'primo.checks_email': 'rarely' } });

    await page.click('[data-posture] [data-action="finish"]');
    await page.waitForSelector('[data-item="mode"]');

    // Storage: nothing of the answers anywhere this origin can keep something.
    const after = await dumpStorage(page);
    for (const trace of TRACES) {
      expect(after.indexedDb, `IndexedDB still holds ${trace}`).not.toContain(trace);
      expect(after.localStorage).not.toContain(trace);
      expect(after.sessionStorage).not.toContain(trace);
      expect(after.documentCookie).not.toContain(trace);
      for (const url of after.cacheUrls) expect(url).not.toContain(trace);
    }
    expect(await storedSession(page)).toBeUndefined();
    expect(after.localStorage).toBe('{}');
    expect(after.sessionStorage).toBe('{}');
    expect(await context.cookies()).toEqual([]);
    expect(after.cacheUrls.length).toBeGreaterThan(0);
    expect(await foreignCacheEntries(page)).toEqual([]);

    // Screen: the bilan and its posture are gone from the page, not just hidden.
    const html = await page.content();
    expect(await page.$('[data-posture]')).toBeNull();
    expect(html).not.toContain(`data-posture="${posture}"`);
    expect(html).not.toContain(postureTitle);
    expect(html).not.toContain('aria-pressed="true"');

    expect(watched.cspViolations).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });

  it('offline, under the same policy, the app still starts from the service worker', async () => {
    const offline = await app.browser.newContext(TABLET);
    const watched = await watchedPage(offline, app.server.url);
    const { page } = watched;
    await page.goto(app.server.url);
    await page.waitForSelector('[data-item="mode"]');
    await waitForServiceWorker(page);

    await offline.setOffline(true);
    await page.reload();
    await startJourney(page, 'self');
    expect(await page.getAttribute('section[data-item]', 'data-item')).toBe('primo.reason');

    expect(watched.cspViolations).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await offline.close();
  });
});
