// Storage policy: IndexedDB holds two stores on this device, and nothing else is stored anywhere.
// - `session`: the one in-progress diagnostic (key 'current'); erased at the end, after inactivity,
//   and at start-up when older than the inactivity limit (repository.ts; wipe.ts erases).
// - `settings`: the place's settings (key 'place'); not personal, kept across erasure.
// Every record is validated before use (session-record.ts, settings-record.ts); an invalid one is
// deleted, never trusted.
// When IndexedDB cannot be opened (private window, blocked, quota), a memory store stands in
// and the app says that a reload would lose the answers.
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { PlaceSettings, SessionRecord } from './records';
import { DB_NAME, DB_VERSION, SESSION_KEY, SETTINGS_KEY } from './schema';

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

/** IndexedDB when it opens in time, otherwise memory: the app never waits on a blank screen. */
export async function openStore(factory?: IDBFactory, timeoutMs = OPEN_TIMEOUT_MS): Promise<KeyValueStore> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('IndexedDB did not open in time')), timeoutMs);
  });
  const opening = openIndexedDbStore(factory);
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
