// The early read: IndexedDB opened and the two records read by a small script of its own
// (early-read-entry.ts, `async` in index.html), while the app's scripts are still arriving and
// compiling. On a slow tablet this takes tens of milliseconds that the first screen no longer
// waits for. The app takes the result at start-up (database.ts, openStore); whenever the early
// read is missing, late, or gives up, the app opens the database itself as before.
import { DB_NAME, DB_VERSION, EARLY_READ_SLOT, SESSION_KEY, SETTINGS_KEY } from './schema';

/** The open database and the two records as stored (still to be validated, records.ts). */
export interface EarlyRead {
  db: IDBDatabase;
  settings: unknown;
  session: unknown;
}

type Slot = { [EARLY_READ_SLOT]?: Promise<EarlyRead | null> };

/**
 * Opens the database at the app's version and reads both records in one transaction. Null when
 * that cannot be done without the app: a first visit or an older schema (creating and upgrading
 * stay in database.ts, so the upgrade is aborted here), an open blocked by another tab, an error.
 */
export function readEarly(factory: IDBFactory): Promise<EarlyRead | null> {
  return new Promise((resolve) => {
    let settled = false;
    const giveUp = (db?: IDBDatabase): void => {
      db?.close();
      settled = true;
      resolve(null);
    };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch {
      giveUp();
      return;
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onblocked = () => giveUp();
    request.onerror = (event) => {
      // Handled here: an aborted upgrade is expected, not an error for the page.
      event.preventDefault();
      if (!settled) giveUp();
    };
    request.onsuccess = () => {
      const db = request.result;
      if (settled) {
        db.close();
        return;
      }
      // Another tab opens a newer version: let it upgrade.
      db.onversionchange = () => db.close();
      try {
        const transaction = db.transaction(['settings', 'session'], 'readonly');
        const settings = transaction.objectStore('settings').get(SETTINGS_KEY);
        const session = transaction.objectStore('session').get(SESSION_KEY);
        transaction.oncomplete = () => {
          settled = true;
          resolve({ db, settings: settings.result, session: session.result });
        };
        transaction.onabort = () => giveUp(db);
      } catch {
        giveUp(db);
      }
    };
  });
}

/**
 * Starts the early read and leaves it where the app's start-up takes it (database.ts). Not when
 * the app has already started without it: nobody would take that copy of the records.
 */
export function startEarlyRead(global: object = globalThis, factory: IDBFactory | undefined = (global as { indexedDB?: IDBFactory }).indexedDB): void {
  const slot = global as Slot;
  if (EARLY_READ_SLOT in slot || !factory) return;
  slot[EARLY_READ_SLOT] = readEarly(factory);
}
