// Properties of loading from storage: whatever is found where a record should be (any value, any
// JSON, garbage bytes, hostile objects), loading never throws and either trusts a valid record or
// drops it cleanly ('corrupt', 'expired', 'none'); the same for the place's settings.
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ALL_ITEMS, MODES } from '../../src/lib/diagnostic';
import { LANGUAGES } from '../../src/lib/i18n/languages';
import {
  DEFAULT_SETTINGS,
  INACTIVITY_BOUNDS,
  WARNING_BOUNDS,
  isStale,
  MAX_ANSWERS,
  openIndexedDbStore,
  Repository,
  SESSION_RECORD_VERSION,
  type KeyValueStore,
  type PlaceSettings,
  type SessionLoad,
  type SessionRecord,
} from '../../src/lib/storage';
import type { StoreName } from '../../src/lib/storage/database';
import { isPlaceSettings, parseSettings } from '../../src/lib/storage/settings-record';
import { isSessionRecord, readSessionRecord } from '../../src/lib/storage/session-record';
import { anyValue, EXERCISES, validAnswers } from '../support/arbitraries';

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const RUNS = { numRuns: 300 };

// ---------- a store that hands back whatever the test puts there ----------

interface FakeStore extends KeyValueStore {
  deleted: string[];
}

/** A KeyValueStore whose `get` returns `value` as is (no structured clone): hostile objects get through. */
function storeHolding(values: Partial<Record<StoreName, unknown>>, options: { getThrows?: boolean } = {}): FakeStore {
  const data = new Map<StoreName, unknown>(Object.entries(values) as [StoreName, unknown][]);
  const deleted: string[] = [];
  return {
    persistent: true,
    deleted,
    get: async (store) => {
      if (options.getThrows) throw new DOMException('The data is corrupt', 'DataError');
      return data.get(store);
    },
    put: async (store, _key, value) => void data.set(store, value),
    delete: async (store) => {
      deleted.push(store);
      data.delete(store);
    },
    close: () => {},
  };
}

// ---------- generators ----------


/** Bytes as a broken disk or another program would leave them: raw, as text, or parsed when they happen to be JSON. */
const garbageBytes = fc.uint8Array({ maxLength: 200 }).chain((bytes) => {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: the text itself is stored
  }
  return fc.constantFrom<unknown>(bytes, bytes.buffer, text, parsed);
});

const validRecord: fc.Arbitrary<SessionRecord> = fc.record({
  version: fc.constant(SESSION_RECORD_VERSION),
  mode: fc.constantFrom(...MODES),
  language: fc.constantFrom(...LANGUAGES.map((l) => l.code)),
  step: fc.string({ maxLength: 99 }),
  answers: validAnswers,
  startedAt: fc.integer({ min: 1, max: T0 }),
  lastActivityAt: fc.constant(T0),
});

const FIELDS = ['version', 'mode', 'language', 'step', 'answers', 'startedAt', 'lastActivityAt'] as const;

/** A valid record with one field replaced, removed, or an answer spoiled: the near misses. */
const nearMiss: fc.Arbitrary<unknown> = fc.oneof(
  fc.tuple(validRecord, fc.constantFrom(...FIELDS), anyValue).map(([r, field, value]) => ({ ...r, [field]: value })),
  fc.tuple(validRecord, fc.constantFrom(...FIELDS)).map(([r, field]) => {
    const copy: Record<string, unknown> = { ...r };
    delete copy[field];
    return copy;
  }),
  fc
    .tuple(validRecord, fc.oneof(fc.constantFrom(...ALL_ITEMS.map((i) => i.id), '__proto__', 'constructor'), fc.string()), anyValue)
    .map(([r, id, value]) => ({ ...r, answers: Object.fromEntries([...Object.entries(r.answers), [id, value]]) })),
);

const anyStoredSession = fc.oneof(anyValue, fc.jsonValue(), garbageBytes, nearMiss, validRecord);

/** Objects no structured clone would produce, but a buggy store or extension could hand over. */
function hostileValues(): [string, 'dropped' | 'kept clean', unknown][] {
  const boom = () => {
    throw new Error('boom');
  };
  const valid: SessionRecord = {
    version: SESSION_RECORD_VERSION,
    mode: 'self',
    language: 'fr',
    step: 'item:primo.has_email',
    answers: { 'primo.has_email': 'yes' },
    startedAt: T0,
    lastActivityAt: T0,
  };
  let reads = 0;
  return [
    ['a getter that throws', 'dropped', Object.defineProperty({ ...valid }, 'version', { get: boom, enumerable: true })],
    ['answers whose entry getter throws', 'dropped', { ...valid, answers: Object.defineProperty({}, 'primo.has_email', { get: boom, enumerable: true }) }],
    ['a Proxy that throws on every trap', 'dropped', new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom })],
    ['answers as a throwing Proxy', 'dropped', { ...valid, answers: new Proxy({}, { ownKeys: boom, getPrototypeOf: () => Object.prototype }) }],
    // Valid when checked, something else when used: the loader must keep what it checked.
    ['a record that changes between reads', 'kept clean', new Proxy(valid, { get: (t, k) => (k === 'mode' && reads++ > 0 ? 'admin' : Reflect.get(t, k)) })],
    ['a huge step', 'dropped', { ...valid, step: 'x'.repeat(5_000_000) }],
    ['a huge unknown field', 'kept clean', { ...valid, blob: 'x'.repeat(5_000_000) }],
    ['100 000 answers', 'dropped', { ...valid, answers: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, 'yes'])) }],
    ['a sparse multiple answer', 'dropped', { ...valid, answers: { 'primo.devices': Object.assign(new Array(3), { 1: 'smartphone' }) } }],
    ['a record from the far future', 'dropped', { ...valid, lastActivityAt: T0 + 365 * 24 * 3600_000 }],
    ['a Date for a time', 'dropped', { ...valid, startedAt: new Date(T0) }],
    ['a boxed string for a mode', 'dropped', { ...valid, mode: new String('self') }],
  ];
}

const anyPlace: fc.Arbitrary<PlaceSettings> = fc.record({
  defaultLanguage: fc.constant(null),
  inactivitySeconds: fc.integer({ min: INACTIVITY_BOUNDS.min, max: INACTIVITY_BOUNDS.max }),
  warningSeconds: fc.integer({ min: WARNING_BOUNDS.min, max: WARNING_BOUNDS.max }),
  localAddresses: fc.constant([]),
  placeCode: fc.constant(null),
});

// ---------- what a load may return ----------

function expectClean(load: SessionLoad, stored: unknown, store: FakeStore, place: PlaceSettings, now: number): void {
  expect(['none', 'found', 'expired', 'corrupt']).toContain(load.status);
  if (stored === undefined) expect(load.status).toBe('none');
  if (load.status === 'found') {
    // What is trusted is a valid, plain, fresh record, not the stored object itself.
    expect(isSessionRecord(load.record)).toBe(true);
    expect(isStale(load.record, place, now)).toBe(false);
    expect(Object.keys(load.record).sort()).toEqual([...FIELDS].sort());
    if (typeof stored === 'object' && stored !== null) expect(load.record).not.toBe(stored);
    expect(store.deleted).toEqual([]);
  }
  // Whatever is not trusted is deleted, never left for the next person.
  if (load.status === 'corrupt' || load.status === 'expired') expect(store.deleted).toEqual(['session']);
}

describe('Repository.loadSession with anything stored', () => {
  it('any value: no throw, a valid fresh record or a clean outcome', async () => {
    await fc.assert(
      fc.asyncProperty(anyStoredSession, anyPlace, async (stored, place) => {
        const store = storeHolding({ session: stored });
        const load = await new Repository(store, () => T0).loadSession(place);
        expectClean(load, stored, store, place, T0);
      }),
      RUNS,
    );
  });

  it('a valid record is found, equal to what was stored; aged past its lifetime it is expired', async () => {
    await fc.assert(
      fc.asyncProperty(validRecord, anyPlace, fc.boolean(), async (record, place, aged) => {
        const lifetime = (place.inactivitySeconds + place.warningSeconds) * 1000;
        const now = aged ? T0 + lifetime + 1 : T0 + lifetime;
        const store = storeHolding({ session: record });
        const load = await new Repository(store, () => now).loadSession(place);
        expect(load).toEqual(aged ? { status: 'expired' } : { status: 'found', record });
      }),
      RUNS,
    );
  });

  it('near misses of a valid record are dropped as corrupt', async () => {
    await fc.assert(
      fc.asyncProperty(nearMiss, async (stored) => {
        fc.pre(!isSessionRecord(stored));
        const store = storeHolding({ session: stored });
        expect(await new Repository(store, () => T0).loadSession(DEFAULT_SETTINGS)).toEqual({ status: 'corrupt' });
        expect(store.deleted).toEqual(['session']);
      }),
      RUNS,
    );
  });

  it.each(hostileValues())('%s: no throw, %s', async (_label, expected, stored) => {
    const store = storeHolding({ session: stored });
    const load = await new Repository(store, () => T0).loadSession(DEFAULT_SETTINGS);
    if (expected === 'dropped') {
      expect(['corrupt', 'expired']).toContain(load.status);
      expect(store.deleted).toEqual(['session']);
    } else {
      // Valid when read: what is kept is the plain copy that was checked, known fields only.
      expect(load.status).toBe('found');
      if (load.status === 'found') {
        expect(load.record.mode).toBe('self');
        expect(isSessionRecord(load.record)).toBe(true);
        expect(Object.keys(load.record).sort()).toEqual([...FIELDS].sort());
      }
    }
    expect(() => isSessionRecord(stored)).not.toThrow();
    expect(readSessionRecord(stored)).toSatisfy((r: SessionRecord | null) => r === null || isSessionRecord(r));
  }, 30_000);

  it('the bound on stored answers leaves room for every item and exercise', () => {
    expect(ALL_ITEMS.length + EXERCISES.length).toBeLessThan(MAX_ANSWERS);
  });

  it('a store that fails to read: corrupt, and the record is deleted', async () => {
    const store = storeHolding({}, { getThrows: true });
    expect(await new Repository(store, () => T0).loadSession(DEFAULT_SETTINGS)).toEqual({ status: 'corrupt' });
    expect(store.deleted).toEqual(['session']);
  });
});

describe('through a real (fake) IndexedDB: anything structured-cloneable written as the session record', () => {
  const cloneable = anyStoredSession.filter((v) => {
    try {
      structuredClone(v);
      return true;
    } catch {
      return false;
    }
  });

  it('loads without throwing and leaves nothing untrusted behind', async () => {
    await fc.assert(
      fc.asyncProperty(cloneable, async (stored) => {
        const factory = new IDBFactory();
        const writer = await openIndexedDbStore(factory);
        await writer.put('session', 'current', stored);
        writer.close();

        const store = await openIndexedDbStore(factory);
        const load = await new Repository(store, () => T0).loadSession(DEFAULT_SETTINGS);
        expect(['none', 'found', 'expired', 'corrupt']).toContain(load.status);
        if (load.status === 'found') expect(isSessionRecord(load.record)).toBe(true);
        else expect(await store.get('session', 'current')).toBeUndefined();
        store.close();
      }),
      { numRuns: 100 },
    );
  });
});

// ---------- settings ----------

const anySettingsLike: fc.Arbitrary<unknown> = fc.oneof(
  anyValue,
  fc.jsonValue(),
  garbageBytes,
  fc.record(
    {
      defaultLanguage: fc.oneof(fc.constant(null), fc.constantFrom(...LANGUAGES.map((l) => l.code)), anyValue),
      inactivitySeconds: fc.oneof(fc.integer({ min: 0, max: 5 * 3600 }), anyValue),
      warningSeconds: fc.oneof(fc.integer({ min: 0, max: 5 * 3600 }), anyValue),
      localAddresses: fc.oneof(
        fc.array(fc.record({ name: fc.string({ minLength: 1 }), address: fc.string(), hours: fc.string(), phone: fc.string() }), { maxLength: 5 }),
        anyValue,
      ),
    },
    { requiredKeys: [] },
  ),
);

describe('settings with anything stored or imported', () => {
  it('isPlaceSettings never throws; parseSettings returns null or valid settings', () => {
    fc.assert(
      fc.property(anySettingsLike, (input) => {
        expect(typeof isPlaceSettings(input)).toBe('boolean');
        const parsed = parseSettings(input);
        if (parsed !== null) expect(isPlaceSettings(parsed)).toBe(true);
      }),
      RUNS,
    );
  });

  it('parseSettings of any JSON text an imported file could hold', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const parsed = parseSettings(JSON.parse(text));
        expect(parsed === null || isPlaceSettings(parsed)).toBe(true);
      }),
      RUNS,
    );
  });

  it('Repository.loadSettings: valid settings always; the stored ones when readable (a field added since takes its default), otherwise dropped and deleted', async () => {
    await fc.assert(
      fc.asyncProperty(anySettingsLike, async (stored) => {
        const store = storeHolding({ settings: stored });
        const { settings, dropped } = await new Repository(store, () => T0).loadSettings();
        expect(isPlaceSettings(settings)).toBe(true);
        if (stored === undefined) expect({ settings, dropped }).toEqual({ settings: DEFAULT_SETTINGS, dropped: false });
        else if (isPlaceSettings(stored)) expect({ settings, dropped }).toEqual({ settings: stored, dropped: false });
        else if (parseSettings(stored) !== null) expect({ settings, dropped }).toEqual({ settings: parseSettings(stored), dropped: false });
        else {
          expect({ settings, dropped }).toEqual({ settings: DEFAULT_SETTINGS, dropped: true });
          expect(store.deleted).toEqual(['settings']);
        }
      }),
      RUNS,
    );
  });

  it.each(hostileValues())('settings as %s: no throw, defaults', async (_label, _expected, stored) => {
    const store = storeHolding({ settings: stored });
    expect(await new Repository(store, () => T0).loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, dropped: true });
    expect(parseSettings(stored)).toSatisfy((p: PlaceSettings | null) => p === null || isPlaceSettings(p));
  });
});
