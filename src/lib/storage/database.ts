// Storage policy: IndexedDB holds two stores on this device, and nothing else is stored anywhere.
// - `session`: the one in-progress diagnostic (key 'current'); erased at the end, after inactivity,
//   and at start-up when older than the inactivity limit (repository.ts; wipe.ts erases).
// - `settings`: the place's settings (key 'place'); not personal, kept across erasure.
// Every record is validated before use (records.ts); an invalid one is deleted, never trusted.
// When IndexedDB cannot be opened (private window, blocked, quota), a memory store stands in
// and the app says that a reload would lose the answers.
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { EarlyRead } from './early-read';
import type { PlaceSettings, SessionRecord } from './records';
import { DB_NAME, DB_VERSION, EARLY_READ_SLOT, SESSION_KEY, SETTINGS_KEY } from './schema';

export { DB_NAME, DB_VERSION, SESSION_KEY, SETTINGS_KEY };

export interface BilanSchema extends DBSchema {
  session: { key: string; value: SessionRecord };
  settings: { key: string; value: PlaceSettings };
}

export type StoreName = 'session' | 'settings';

/** The few operations the app needs, whatever holds the data. */
export interface KeyValueStore {
  readonly persistent: boolean;
  get(store: StoreName, key: string): Promise<unknown>;
  put(store: StoreName, key: string, value: unknown): Promise<void>;
  delete(store: StoreName, key: string): Promise<void>;
  close(): void;
}

export async function openIndexedDbStore(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<KeyValueStore> {
  if (!factory) throw new Error('IndexedDB is not available');
  // idb's openDB() always uses the global indexedDB: open through the given factory and wrap the
  // request instead, so that tests (and the app) really use the factory they pass.
  const request = factory.open(DB_NAME, DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const database = wrap(request.result) as unknown as IDBPDatabase<BilanSchema>;
    // Version 1: one store per kind of data. Later versions add branches here, never rewrite this one.
    if (event.oldVersion < 1) {
      database.createObjectStore('session');
      database.createObjectStore('settings');
    }
  });
  const db = (await wrap(request)) as unknown as IDBPDatabase<BilanSchema>;
  // Another tab opens a newer version: let it upgrade.
  db.addEventListener('versionchange', () => db.close());
  return indexedDbStore(db);
}

function indexedDbStore(db: IDBPDatabase<BilanSchema>): KeyValueStore {
  return {
    persistent: true,
    get: (store, key) => db.get(store, key),
    put: async (store, key, value) => {
      await db.put(store, value as never, key);
    },
    delete: (store, key) => db.delete(store, key),
    close: () => db.close(),
  };
}

/**
 * The store over the early read's database (early-read.ts). Its two records answer the first
 * reads of them; a write or delete of a record replaces its early copy, so it is never stale.
 */
export function earlyReadStore({ db, settings, session }: EarlyRead): KeyValueStore {
  const store = indexedDbStore(wrap(db) as unknown as IDBPDatabase<BilanSchema>);
  const early = new Map<string, unknown>([
    [`settings/${SETTINGS_KEY}`, settings],
    [`session/${SESSION_KEY}`, session],
  ]);
  // Map.delete says whether the early copy was still there: used once, then forgotten.
  const forget = (name: StoreName, key: string): boolean => early.delete(`${name}/${key}`);
  return {
    ...store,
    get: async (name, key) => {
      const value = early.get(`${name}/${key}`);
      return forget(name, key) ? value : store.get(name, key);
    },
    put: async (name, key, value) => {
      forget(name, key);
      await store.put(name, key, value);
    },
    delete: async (name, key) => {
      forget(name, key);
      await store.delete(name, key);
    },
  };
}

/**
 * The early read the page's script left, once. The slot stays marked as taken: an early script
 * arriving after start-up then reads nothing (and a second start-up opens the database itself).
 */
export async function takeEarlyRead(global: object = globalThis): Promise<EarlyRead | null> {
  const slot = global as { [EARLY_READ_SLOT]?: Promise<EarlyRead | null> };
  const read = slot[EARLY_READ_SLOT];
  slot[EARLY_READ_SLOT] = Promise.resolve(null);
  return (await read?.catch(() => null)) ?? null;
}

export function createMemoryStore(): KeyValueStore {
  const data = new Map<string, unknown>();
  return {
    persistent: false,
    get: async (store, key) => structuredClone(data.get(`${store}/${key}`)),
    put: async (store, key, value) => {
      data.set(`${store}/${key}`, structuredClone(value));
    },
    delete: async (store, key) => {
      data.delete(`${store}/${key}`);
    },
    close: () => data.clear(),
  };
}

/** How long opening may stay blocked (another tab holding an old version) before memory stands in. */
export const OPEN_TIMEOUT_MS = 4000;

/**
 * IndexedDB when it opens in time, otherwise memory: the app never waits on a blank screen. The
 * page's early read is used when it succeeded (`global` is where it was left: the page's global
 * object, or a test's).
 */
export async function openStore(factory?: IDBFactory, timeoutMs = OPEN_TIMEOUT_MS, global: object = globalThis): Promise<KeyValueStore> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('IndexedDB did not open in time')), timeoutMs);
  });
  const opening = takeEarlyRead(global).then((early) => (early ? earlyReadStore(early) : openIndexedDbStore(factory)));
  try {
    return await Promise.race([opening, timeout]);
  } catch {
    // If it opens after all, close it: the memory store is in charge now.
    opening.then((store) => store.close()).catch(() => {});
    return createMemoryStore();
  } finally {
    clearTimeout(timer);
  }
}
