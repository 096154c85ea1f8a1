// Storage: the IndexedDB schema, validated records, stale and corrupt sessions, place settings,
// the memory fallback, and erasure. Each test gets its own fake IndexedDB (new IDBFactory()).
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  createMemoryStore,
  DB_NAME,
  DB_VERSION,
  DEFAULT_SETTINGS,
  INACTIVITY_BOUNDS,
  isStale,
  MAX_APP_ADDRESS_LENGTH,
  MAX_LOCAL_ADDRESSES,
  openIndexedDbStore,
  openStore,
  Repository,
  sessionLifetimeMs,
  SESSION_RECORD_VERSION,
  wipeSession,
  type KeyValueStore,
  type PlaceSettings,
  type SessionRecord,
} from '../../src/lib/storage';
import { isAppAddress, isPlaceSettings, parseSettings } from '../../src/lib/storage/settings-record';
import { isSessionRecord } from '../../src/lib/storage/session-record';

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

function record(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    version: SESSION_RECORD_VERSION,
    mode: 'self',
    language: 'fr',
    step: 'item:primo.has_email',
    answers: { 'primo.tried_online': 'yes-failed', 'primo.devices': ['smartphone', 'tablet'] },
    startedAt: T0,
    lastActivityAt: T0,
    ...overrides,
  };
}

const settings = (overrides: Partial<PlaceSettings> = {}): PlaceSettings => ({ ...structuredClone(DEFAULT_SETTINGS), ...overrides });

/** A clock the test moves by hand. */
function clock(start = T0): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => void (time += ms) };
}

async function readRaw(factory: IDBFactory, store: 'session' | 'settings', key: string): Promise<unknown> {
  const s = await openIndexedDbStore(factory);
  const value = await s.get(store, key);
  s.close();
  return value;
}

/** A factory whose `open` fails the way a browser does when storage is blocked. */
const throwingFactory = (): IDBFactory =>
  ({
    open: () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    },
  }) as unknown as IDBFactory;

describe('the IndexedDB schema', () => {
  it('version 1 creates the session and settings stores, and a value written survives a new connection', async () => {
    const factory = new IDBFactory();
    const store = await openIndexedDbStore(factory);
    expect(store.persistent).toBe(true);
    await store.put('session', 'current', record());
    store.close();

    const again = await openIndexedDbStore(factory);
    expect(await again.get('session', 'current')).toEqual(record());
    again.close();
  });

  it('lets a newer version of the app in another tab upgrade (the old connection closes on `blocking`)', async () => {
    const factory = new IDBFactory();
    const store = await openIndexedDbStore(factory);
    const upgraded = await new Promise<number>((resolve, reject) => {
      const request = factory.open(DB_NAME, DB_VERSION + 1);
      request.onblocked = () => reject(new Error('blocked by the old connection'));
      request.onsuccess = () => {
        const version = request.result.version;
        request.result.close();
        resolve(version);
      };
      request.onerror = () => reject(request.error);
    });
    expect(upgraded).toBe(DB_VERSION + 1);
    store.close();
  });
});

describe('openStore: IndexedDB when it works, memory otherwise', () => {
  it('uses IndexedDB when the factory opens', async () => {
    const store = await openStore(new IDBFactory());
    expect(store.persistent).toBe(true);
    store.close();
  });

  it('falls back to memory when opening throws (private window, blocked storage)', async () => {
    const store = await openStore(throwingFactory());
    expect(store.persistent).toBe(false);
    await store.put('session', 'current', record());
    expect(await store.get('session', 'current')).toEqual(record());
  });

  it('falls back to memory when the database on disk is newer than the app (VersionError)', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open(DB_NAME, DB_VERSION + 5);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const store = await openStore(factory);
    expect(store.persistent).toBe(false);
  });

  it('falls back to memory when opening stays blocked (another tab holds the database open)', async () => {
    const real = new IDBFactory();
    // A connection that never lets go: a later upgrade request stays `blocked` for ever.
    await new Promise<void>((resolve) => {
      const first = real.open('held', 1);
      first.onsuccess = () => resolve();
    });
    const blockedFactory = { open: () => real.open('held', 2) } as unknown as IDBFactory;
    const store = await openStore(blockedFactory, 50);
    expect(store.persistent).toBe(false);
  });

  it('the memory store keeps copies, not references', async () => {
    const store = createMemoryStore();
    const value = record();
    await store.put('session', 'current', value);
    value.answers['primo.has_email'] = 'no';
    const read = (await store.get('session', 'current')) as SessionRecord;
    expect(read.answers).not.toHaveProperty('primo.has_email');
    read.step = 'bilan';
    expect(((await store.get('session', 'current')) as SessionRecord).step).toBe('item:primo.has_email');
  });
});

describe('Repository.loadSession: what is shown at start', () => {
  async function repositoryWith(value: unknown, now = clock()): Promise<{ repository: Repository; factory: IDBFactory }> {
    const factory = new IDBFactory();
    const store = await openIndexedDbStore(factory);
    if (value !== undefined) await store.put('session', 'current', value);
    return { repository: new Repository(store, now.now), factory };
  }

  it('finds nothing on a fresh device', async () => {
    const { repository } = await repositoryWith(undefined);
    expect(await repository.loadSession(settings())).toEqual({ status: 'none' });
  });

  it('finds a recent session, as it was saved', async () => {
    const c = clock();
    const { repository } = await repositoryWith(record(), c);
    c.advance(5 * 60_000);
    expect(await repository.loadSession(settings())).toEqual({ status: 'found', record: record() });
  });

  it('a session saved and loaded through the repository keeps every field', async () => {
    const { repository } = await repositoryWith(undefined);
    const saved = record({ mode: 'mediator', language: 'fr-FALC', step: 'area:email', answers: { 'obs.handling': 'easy', 'exercise.typing': 2 } });
    await repository.saveSession(saved);
    expect(await repository.loadSession(settings())).toEqual({ status: 'found', record: saved });
  });

  it.each([
    ['inactivity 15 min + warning 1 min, untouched for 17 min', settings(), 17 * 60_000, 'expired'],
    ['inactivity 15 min + warning 1 min, untouched for 15 min', settings(), 15 * 60_000, 'found'],
    ['a short test delay of 3 s + 2 s, untouched for 6 s', settings({ inactivitySeconds: 3, warningSeconds: 2 }), 6_000, 'expired'],
    ['a short test delay of 3 s + 2 s, untouched for 4 s', settings({ inactivitySeconds: 3, warningSeconds: 2 }), 4_000, 'found'],
    ['a session from yesterday', settings(), 24 * 3600_000, 'expired'],
  ] as const)('%s → %s', async (_label, place, elapsed, status) => {
    const c = clock();
    const { repository } = await repositoryWith(record(), c);
    c.advance(elapsed);
    expect((await repository.loadSession(place)).status).toBe(status);
  });

  it('judges the session against settings still being read (both reads at once, as at start-up)', async () => {
    const c = clock();
    const { repository } = await repositoryWith(record(), c);
    await repository.saveSettings(settings({ inactivitySeconds: 3, warningSeconds: 2 }));
    c.advance(6_000);
    const settingsLoad = repository.loadSettings();
    const sessionLoad = repository.loadSession(settingsLoad.then((load) => load.settings));
    // With the default 15 minutes this session would be found; the stored 3 + 2 s make it expired.
    expect((await sessionLoad).status).toBe('expired');
    expect((await settingsLoad).settings.inactivitySeconds).toBe(3);
  });

  it('deletes an expired session before anything is shown', async () => {
    const c = clock();
    const { repository, factory } = await repositoryWith(record(), c);
    c.advance(2 * 3600_000);
    await repository.loadSession(settings());
    expect(await readRaw(factory, 'session', 'current')).toBeUndefined();
    expect(await repository.loadSession(settings())).toEqual({ status: 'none' });
  });

  it('isStale and sessionLifetimeMs: the limit is the inactivity delay plus its warning', () => {
    const place = settings({ inactivitySeconds: 600, warningSeconds: 60 });
    expect(sessionLifetimeMs(place)).toBe(660_000);
    expect(isStale(record(), place, T0 + 660_000)).toBe(false);
    expect(isStale(record(), place, T0 + 660_001)).toBe(true);
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['null', null],
    ['an array', [1, 2, 3]],
    ['an empty object', {}],
    ['an unknown record version', { ...record(), version: 99 }],
    ['an unknown mode', { ...record(), mode: 'admin' }],
    ['an unknown language', { ...record(), language: 'xx' }],
    ['an answer outside the closed set', { ...record(), answers: { 'primo.has_email': 'maybe' } }],
    ['an unknown question', { ...record(), answers: { 'primo.name': 'Jean' } }],
    ['an exercise score out of range', { ...record(), answers: { 'exercise.typing': 7 } }],
    ['answers as an array', { ...record(), answers: ['yes'] }],
    ['a missing start time', { ...record(), startedAt: undefined }],
    ['a time that is not a number', { ...record(), lastActivityAt: 'yesterday' }],
    ['a huge step key', { ...record(), step: 'x'.repeat(500) }],
  ])('a stored record that is %s is corrupt, and deleted', async (_label, value) => {
    expect(isSessionRecord(value)).toBe(false);
    const { repository, factory } = await repositoryWith(value);
    expect(await repository.loadSession(settings())).toEqual({ status: 'corrupt' });
    expect(await readRaw(factory, 'session', 'current')).toBeUndefined();
  });

  it('a store that fails to read is treated as corrupt, not as a crash', async () => {
    const failing: KeyValueStore = {
      ...createMemoryStore(),
      get: () => Promise.reject(new DOMException('read failed', 'UnknownError')),
    };
    const repository = new Repository(failing, clock().now);
    expect(await repository.loadSession(settings())).toEqual({ status: 'corrupt' });
  });

  it('a corrupt record written by a raw write is caught the same way', async () => {
    const factory = new IDBFactory();
    const store = await openIndexedDbStore(factory);
    await store.put('session', 'current', { version: 1, mode: 'self', answers: 'oops' });
    const repository = new Repository(store, clock().now);
    expect((await repository.loadSession(settings())).status).toBe('corrupt');
    expect((await repository.loadSession(settings())).status).toBe('none');
  });
});

describe('place settings', () => {
  it('are the defaults on a fresh device (15 minutes, then 1 minute of warning)', async () => {
    const repository = new Repository(await openIndexedDbStore(new IDBFactory()));
    const { settings: loaded, dropped } = await repository.loadSettings();
    expect(loaded).toEqual(DEFAULT_SETTINGS);
    expect(loaded.inactivitySeconds).toBe(15 * 60);
    expect(loaded.warningSeconds).toBe(60);
    expect(dropped).toBe(false);
  });

  it('are saved and read back', async () => {
    const repository = new Repository(await openIndexedDbStore(new IDBFactory()));
    const place = settings({
      defaultLanguage: 'ar',
      inactivitySeconds: 600,
      localAddresses: [{ name: 'France Services', address: '1 place de la Mairie', hours: 'lun-ven 9h-12h', phone: '01 23 45 67 89' }],
    });
    await repository.saveSettings(place);
    expect((await repository.loadSettings()).settings).toEqual(place);
  });

  it('invalid stored settings are dropped for the defaults, and deleted', async () => {
    const factory = new IDBFactory();
    const store = await openIndexedDbStore(factory);
    await store.put('settings', 'place', { inactivitySeconds: -5, localAddresses: 'nope' });
    const repository = new Repository(store);
    expect(await repository.loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, dropped: true });
    expect(await store.get('settings', 'place')).toBeUndefined();
  });

  it('survive the erasure of a session; the session does not', async () => {
    const factory = new IDBFactory();
    const store = await openIndexedDbStore(factory);
    const repository = new Repository(store, clock().now);
    const place = settings({ defaultLanguage: 'en', inactivitySeconds: 300 });
    await repository.saveSettings(place);
    await repository.saveSession(record());
    await wipeSession(repository);
    expect(await store.get('session', 'current')).toBeUndefined();
    expect((await repository.loadSettings()).settings).toEqual(place);
  });

  it.each([
    ['the defaults', DEFAULT_SETTINGS, true],
    ['the shortest delays, for tests', settings({ inactivitySeconds: INACTIVITY_BOUNDS.min, warningSeconds: INACTIVITY_BOUNDS.min }), true],
    ['a delay under the minimum', settings({ inactivitySeconds: INACTIVITY_BOUNDS.min - 1 }), false],
    ['a delay over the maximum', settings({ inactivitySeconds: INACTIVITY_BOUNDS.max + 1 }), false],
    ['a fractional delay', settings({ inactivitySeconds: 90.5 }), false],
    ['a delay as text', { ...DEFAULT_SETTINGS, inactivitySeconds: '900' }, false],
    ['an unknown language', { ...DEFAULT_SETTINGS, defaultLanguage: 'klingon' }, false],
    ['an address without a name', settings({ localAddresses: [{ name: ' ', address: 'a', hours: '', phone: '' }] }), false],
    ['an address field too long', settings({ localAddresses: [{ name: 'a', address: 'x'.repeat(201), hours: '', phone: '' }] }), false],
    [
      'more addresses than the sheet holds',
      settings({ localAddresses: Array.from({ length: MAX_LOCAL_ADDRESSES + 1 }, (_, i) => ({ name: `Lieu ${i}`, address: '', hours: '', phone: '' })) }),
      false,
    ],
  ])('isPlaceSettings: %s → %s', (_label, value, valid) => {
    expect(isPlaceSettings(value)).toBe(valid);
  });
});

describe('parseSettings: an imported file', () => {
  it('keeps every valid field of an exported file', () => {
    const exported = settings({
      defaultLanguage: 'uk',
      inactivitySeconds: 1200,
      warningSeconds: 30,
      localAddresses: [{ name: 'Médiathèque', address: '2 rue Haute', hours: 'mar 14h-18h', phone: '' }],
    });
    expect(parseSettings(JSON.parse(JSON.stringify(exported)))).toEqual(exported);
  });

  it('takes the default for a field left out', () => {
    expect(parseSettings({ inactivitySeconds: 600 })).toEqual(settings({ inactivitySeconds: 600 }));
  });

  it.each([
    ['an unknown language', { defaultLanguage: 'xx', inactivitySeconds: 600 }],
    ['a warning of zero', { inactivitySeconds: 600, warningSeconds: 0 }],
    ['a delay of 4 hours, beyond what the settings screen offers', { inactivitySeconds: 4 * 3600 }],
    ['a warning of 4 hours', { warningSeconds: 4 * 3600 }],
    ['a delay as text', { inactivitySeconds: '600' }],
    ['a huge number', { inactivitySeconds: 1e308 }],
    ['four addresses', { localAddresses: ['A', 'B', 'C', 'D'].map((name) => ({ name, address: '', hours: '', phone: '' })) }],
    ['an address without a name', { localAddresses: [{ name: '', address: 'x', hours: '', phone: '' }] }],
    ['a code hash that is not one', { placeCode: { algorithm: 'PBKDF2-SHA-256', iterations: 310000, salt: 'short', hash: 'x' } }],
    ['a code in clear', { placeCode: '1234' }],
    ['a code hash with one iteration', { placeCode: { algorithm: 'PBKDF2-SHA-256', iterations: 1, salt: 'A'.repeat(22) + '==', hash: 'A'.repeat(43) + '=' } }],
  ])('refuses the whole file for %s', (_name, input) => {
    expect(parseSettings(input)).toBeNull();
  });

  it('keeps the known fields of an address and ignores the others', () => {
    const parsed = parseSettings({ localAddresses: [{ name: 'A', address: '', hours: '', phone: '', secret: 'x' }], colour: 'blue' });
    expect(parsed?.localAddresses).toEqual([{ name: 'A', address: '', hours: '', phone: '' }]);
    expect(parsed).not.toHaveProperty('colour');
    expect(isPlaceSettings(parsed)).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'bonjour'],
    ['an array', [DEFAULT_SETTINGS]],
    ['an object with no known field', { colour: 'blue' }],
    ['a session record', record()],
  ])('returns null for %s: nothing usable', (_label, input) => {
    expect(parseSettings(input)).toBeNull();
  });

  it('whatever it returns passes isPlaceSettings', () => {
    const inputs: unknown[] = [{ inactivitySeconds: 5 }, { localAddresses: [] }, { defaultLanguage: null, warningSeconds: 90 }];
    for (const input of inputs) expect(isPlaceSettings(parseSettings(input))).toBe(true);
  });
});

describe('the app address for the QR code', () => {
  it.each([
    ['https://bilan.exemple.fr/', true],
    ['https://exemple.fr/mediation/bilan/', true],
    ['http://localhost:4173/', true],
    ['http://127.0.0.1:4173/', true],
    ['http://[::1]:8080/', true],
    [`https://${'a'.repeat(MAX_APP_ADDRESS_LENGTH - 9)}/`, true],
    [`https://${'a'.repeat(MAX_APP_ADDRESS_LENGTH - 8)}/`, false],
    ['http://bilan.exemple.fr/', false],
    ['http://192.168.1.10/', false],
    ['ftp://exemple.fr/', false],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['https://user:secret@exemple.fr/', false],
    ['https://exemple.fr/#bilan=1', false],
    [' https://exemple.fr/', false],
    ['exemple.fr', false],
    ['', false],
    [42, false],
  ])('%s → %s', (value, valid) => {
    expect(isAppAddress(value)).toBe(valid);
    expect(isPlaceSettings({ ...DEFAULT_SETTINGS, appAddress: value })).toBe(valid);
    expect(parseSettings({ appAddress: value })?.appAddress).toBe(valid ? value : undefined);
  });

  it('is optional: settings stored before it existed stay valid', () => {
    expect(isPlaceSettings(DEFAULT_SETTINGS)).toBe(true);
    expect(DEFAULT_SETTINGS).not.toHaveProperty('appAddress');
  });
});

describe('wipeSession', () => {
  it('deletes the session record even when run outside a browser page (no document, no localStorage)', async () => {
    const factory = new IDBFactory();
    const store = await openIndexedDbStore(factory);
    const repository = new Repository(store);
    await repository.saveSession(record());
    await expect(wipeSession(repository)).resolves.toBeUndefined();
    expect(await store.get('session', 'current')).toBeUndefined();
  });
});
