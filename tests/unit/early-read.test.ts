// The early read (src/lib/storage/early-read.ts): the records read before the app's code runs,
// handed to start-up once, and every case where it gives up so that the app opens storage itself.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { readEarly, startEarlyRead } from '../../src/lib/storage/early-read';
import { injectEarlyRead } from '../../src/lib/storage/early-read-plugin';
import { DB_NAME, DB_VERSION, openIndexedDbStore, openStore, takeEarlyRead } from '../../src/lib/storage/database';
import { EARLY_READ_SLOT } from '../../src/lib/storage/schema';

/** A database as the app leaves it: created by the app, with a session and the place's settings. */
async function appDatabase(factory: IDBFactory, session: unknown = { step: 'saved' }, settings: unknown = { inactivitySeconds: 300 }): Promise<void> {
  const store = await openIndexedDbStore(factory);
  await store.put('session', 'current', session);
  await store.put('settings', 'place', settings);
  store.close();
}

function databaseVersions(factory: IDBFactory): Promise<Record<string, number | undefined>> {
  return factory.databases().then((list) => Object.fromEntries(list.map((db) => [db.name ?? '', db.version])));
}

describe('readEarly', () => {
  it('reads both records of an existing database in one go, and keeps the connection open for the app', async () => {
    const factory = new IDBFactory();
    await appDatabase(factory);
    const early = await readEarly(factory);
    expect(early).not.toBeNull();
    expect(early?.session).toEqual({ step: 'saved' });
    expect(early?.settings).toEqual({ inactivitySeconds: 300 });
    expect(early?.db.objectStoreNames.length).toBe(2);
    early?.db.close();
  });

  it('gives missing records as undefined, like a read by the app', async () => {
    const factory = new IDBFactory();
    const created = await openIndexedDbStore(factory);
    created.close();
    const early = await readEarly(factory);
    expect(early?.session).toBeUndefined();
    expect(early?.settings).toBeUndefined();
    early?.db.close();
  });

  it('gives up on a first visit and leaves no database behind: creating it is the app’s work', async () => {
    const factory = new IDBFactory();
    expect(await readEarly(factory)).toBeNull();
    expect((await databaseVersions(factory))[DB_NAME]).toBeUndefined();
    // The app then creates it as usual, with both stores.
    const store = await openIndexedDbStore(factory);
    await store.put('session', 'current', { step: 'new' });
    expect(await store.get('session', 'current')).toEqual({ step: 'new' });
    store.close();
  });

  it('gives up when the database on disk is newer than the app', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const request = factory.open(DB_NAME, DB_VERSION + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    expect(await readEarly(factory)).toBeNull();
  });

  it('gives up when opening throws (storage blocked by the browser)', async () => {
    const throwing = { open: () => { throw new DOMException('blocked', 'SecurityError'); } } as unknown as IDBFactory;
    expect(await readEarly(throwing)).toBeNull();
  });

  it('lets another tab upgrade: its connection closes on versionchange', async () => {
    const factory = new IDBFactory();
    await appDatabase(factory);
    const early = await readEarly(factory);
    expect(early).not.toBeNull();
    const upgraded = await new Promise<number>((resolve, reject) => {
      const request = factory.open(DB_NAME, DB_VERSION + 1);
      request.onblocked = () => reject(new Error('blocked by the early connection'));
      request.onsuccess = () => {
        request.result.close();
        resolve(request.result.version);
      };
    });
    expect(upgraded).toBe(DB_VERSION + 1);
  });
});

describe('handing the early read to start-up', () => {
  it('openStore uses it: the first reads answer from the early copy, later ones from the database', async () => {
    const factory = new IDBFactory();
    await appDatabase(factory);
    const page = {};
    startEarlyRead(page, factory);
    const early = await (page as Record<string, Promise<unknown>>)[EARLY_READ_SLOT];
    expect(early).not.toBeNull();
    // Changed behind the early read's back: only a store reading the early copy still sees 'saved'.
    const other = await openIndexedDbStore(factory);
    await other.put('session', 'current', { step: 'changed' });
    other.close();

    const store = await openStore(new IDBFactory(), 1000, page);
    expect(store.persistent).toBe(true);
    expect(await store.get('session', 'current')).toEqual({ step: 'saved' });
    expect(await store.get('session', 'current')).toEqual({ step: 'changed' });
    store.close();
  });

  it('a write or a delete replaces the early copy, which is never read stale', async () => {
    const factory = new IDBFactory();
    await appDatabase(factory);
    const page = {};
    startEarlyRead(page, factory);
    const store = await openStore(undefined, 1000, page);
    await store.put('settings', 'place', { inactivitySeconds: 600 });
    expect(await store.get('settings', 'place')).toEqual({ inactivitySeconds: 600 });
    await store.delete('session', 'current');
    expect(await store.get('session', 'current')).toBeUndefined();
    store.close();
  });

  it('is taken once: the slot stays marked, and an early script arriving after start-up reads nothing', async () => {
    const factory = new IDBFactory();
    await appDatabase(factory);
    const page = {};
    startEarlyRead(page, factory);
    const first = await takeEarlyRead(page);
    expect(first).not.toBeNull();
    first?.db.close();
    expect(await takeEarlyRead(page)).toBeNull();

    const late = {};
    expect(await takeEarlyRead(late)).toBeNull();
    startEarlyRead(late, factory);
    expect(await (late as Record<string, Promise<unknown>>)[EARLY_READ_SLOT]).toBeNull();
  });

  it('without an early read, or when it gave up, openStore opens the database itself', async () => {
    const factory = new IDBFactory();
    const page = {};
    startEarlyRead(page, factory); // first visit: gives up
    const store = await openStore(factory, 1000, page);
    expect(store.persistent).toBe(true);
    await store.put('session', 'current', { step: 'first' });
    store.close();
    expect(await (await openStore(factory, 1000, {})).get('session', 'current')).toEqual({ step: 'first' });
  });

  it('does nothing where there is no IndexedDB', () => {
    const page = {};
    startEarlyRead(page, undefined);
    expect(EARLY_READ_SLOT in page).toBe(false);
  });
});

describe('the early-read script in index.html', () => {
  it('goes before the first script, so after the CSP <meta> that governs it', () => {
    const html =
      '<head>\n<meta charset="UTF-8" />\n<meta http-equiv="Content-Security-Policy" content="script-src \'self\'" />\n<script type="module" src="/assets/index.js"></script>\n</head>';
    const out = injectEarlyRead(html, '/assets/early-read.js');
    const tag = out.indexOf('<script type="module" async crossorigin src="/assets/early-read.js"></script>');
    expect(tag).toBeGreaterThan(out.indexOf('Content-Security-Policy'));
    expect(tag).toBeLessThan(out.indexOf('src="/assets/index.js"'));
  });

  it('refuses a page without scripts rather than leave the early read out silently', () => {
    expect(() => injectEarlyRead('<head></head>', '/a.js')).toThrow(/no script/);
  });
});
