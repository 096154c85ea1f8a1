// Helpers of the offline, erasure, settings and PWA tests: service worker control, raw IndexedDB
// writes from the page (what a crash or an old version could leave), and the traces a browser keeps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST } from './server';

/** Waits until the service worker is installed, then reloads so that it controls the page. */
export async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForSelector('[data-item="mode"], [data-action="resume"]');
}

/** Writes any value into a store of the app's database, creating it as the app would if needed. */
export async function writeStore(page: Page, store: 'session' | 'settings', key: string, value: unknown): Promise<void> {
  await page.evaluate(
    ({ store, key, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('bilan-numerique', 1);
        open.onupgradeneeded = () => {
          open.result.createObjectStore('session');
          open.result.createObjectStore('settings');
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, 'readwrite');
          tx.objectStore(store).put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, key, value },
  );
}

export interface Traces {
  localStorage: number;
  sessionStorage: number;
  cookie: string;
  caches: Record<string, string[]>;
}

/** Everything a browser could keep besides IndexedDB's settings store. */
export async function browserTraces(page: Page): Promise<Traces> {
  return page.evaluate(readTraces);
}

/** Runs in the page, through any engine's driver. */
export async function readTraces(): Promise<Traces> {
  const caches: Record<string, string[]> = {};
  for (const name of await globalThis.caches.keys()) {
    const cache = await globalThis.caches.open(name);
    caches[name] = (await cache.keys()).map((request) => new URL(request.url).pathname);
  }
  return { localStorage: localStorage.length, sessionStorage: sessionStorage.length, cookie: document.cookie, caches };
}

/** Leaves traces an erasure must remove, as another script on a shared tablet could. */
export async function leaveTraces(page: Page): Promise<void> {
  await page.evaluate(writeTraces);
}

/** Runs in the page, through any engine's driver. */
export async function writeTraces(): Promise<void> {
  localStorage.setItem('left-behind', 'answer');
  sessionStorage.setItem('left-behind', 'answer');
  document.cookie = 'left-behind=answer; path=/';
  const cache = await caches.open('left-behind');
  await cache.put('/left-behind', new Response('answer'));
}

/** The paths the built service worker precaches, read from dist/sw.js. */
export function precachedPaths(dist = DIST): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => `/${m[1]}`);
}

/** A short delay (in seconds) through the settings import, as a place would set up a tablet. */
export async function importSettings(page: Page, settings: unknown): Promise<void> {
  await page.click('[data-action="settings"]');
  await page.setInputFiles('[data-input="import-settings"]', {
    name: 'reglages.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(settings)),
  });
  const notice = '[data-screen="settings"] [role="status"]';
  await page.waitForSelector(notice);
  const imported = await page.textContent(notice);
  await page.click('[data-action="save-settings"]');
  // The notice changes from « importés » to « enregistrés » once saved.
  await page.waitForFunction(([selector, before]) => document.querySelector(selector!)?.textContent !== before, [notice, imported]);
  await page.click('[data-screen="settings"] [data-action="back"]');
  await page.waitForSelector('[data-item="mode"]');
}
