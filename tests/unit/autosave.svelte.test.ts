// The one autosave writer: after IndexedDB fails under it, erasure still deletes what was written there.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AutosaveWriter } from '../../src/lib/session/autosave.svelte';
import { openIndexedDbStore, Repository, SESSION_RECORD_VERSION, type KeyValueStore, type SessionRecord } from '../../src/lib/storage';

const T0 = Date.parse('2026-12-02T09:00:00Z');
const record = (answers: SessionRecord['answers']): SessionRecord => ({
  version: SESSION_RECORD_VERSION,
  mode: 'self',
  language: 'fr',
  step: 'item:primo.has_email',
  answers,
  startedAt: T0,
  lastActivityAt: T0,
});

/** IndexedDB whose writes start failing on demand (quota, eviction); reads and deletes still work. */
function failingWrites(store: KeyValueStore): KeyValueStore & { failWrites: boolean } {
  const wrapped = {
    ...store,
    persistent: true,
    failWrites: false,
    put: async (name: 'session' | 'settings', key: string, value: unknown) => {
      if (wrapped.failWrites) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      await store.put(name, key, value);
    },
  };
  return wrapped;
}

describe('AutosaveWriter', () => {
  it('after a failed write, goes on in memory; erasure deletes the record from IndexedDB too', async () => {
    const factory = new IDBFactory();
    const store = failingWrites(await openIndexedDbStore(factory));
    const writer = new AutosaveWriter(new Repository(store), () => T0);
    await writer.save(record({ 'primo.tried_online': 'no' }));
    expect(await store.get('session', 'current')).toBeDefined();

    store.failWrites = true;
    await writer.save(record({ 'primo.tried_online': 'no', 'primo.has_email': 'yes' }));
    expect(writer.persistent).toBe(false);

    await writer.erase();
    const reopened = await openIndexedDbStore(factory);
    expect(await reopened.get('session', 'current')).toBeUndefined();
    reopened.close();
  });

  it('a save still in flight never lands after the erasure', async () => {
    const factory = new IDBFactory();
    const store = await openIndexedDbStore(factory);
    const writer = new AutosaveWriter(new Repository(store), () => T0);
    const saving = writer.save(record({ 'primo.tried_online': 'no' }));
    const erasing = writer.erase();
    await Promise.all([saving, erasing]);
    expect(await store.get('session', 'current')).toBeUndefined();
  });
});
