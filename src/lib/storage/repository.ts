// Loading, saving and erasing. The clock is injected so that tests can age a session without fake timers.
import type { KeyValueStore } from './database';
import { SESSION_KEY, SETTINGS_KEY } from './database';
import { DEFAULT_SETTINGS, type PlaceSettings, type SessionRecord } from './records';

export type Clock = () => number;

/** What loading found: a session to resume, nothing, or something dropped (with the reason). */
export type SessionLoad =
  | { status: 'none' }
  | { status: 'found'; record: SessionRecord }
  | { status: 'expired' }
  | { status: 'corrupt' };

/** How long an untouched session may live: the inactivity delay plus its warning. */
export function sessionLifetimeMs(settings: PlaceSettings): number {
  return (settings.inactivitySeconds + settings.warningSeconds) * 1000;
}

/** Too old, or from further in the future than a lifetime (the clock went back): either way not resumed. */
export function isStale(record: SessionRecord, settings: PlaceSettings, now: number): boolean {
  const age = now - record.lastActivityAt;
  return age > sessionLifetimeMs(settings) || age < -sessionLifetimeMs(settings);
}

export class Repository {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: Clock = Date.now,
  ) {}

  get persistent(): boolean {
    return this.store.persistent;
  }

  /**
   * Reads the stored session; a stale or invalid one is deleted before anything is shown. The
   * settings (the session's lifetime) may still be loading: both reads then run at once.
   */
  async loadSession(settings: PlaceSettings | Promise<PlaceSettings>): Promise<SessionLoad> {
    let raw: unknown;
    try {
      raw = await this.store.get('session', SESSION_KEY);
    } catch {
      await this.deleteSessionQuietly();
      return { status: 'corrupt' };
    }
    if (raw === undefined) return { status: 'none' };
    // Only now the questionnaire, which the check needs: a fresh start does without it.
    const { readSessionRecord } = await import('./session-record');
    const record = readSessionRecord(raw);
    if (record === null) {
      await this.deleteSessionQuietly();
      return { status: 'corrupt' };
    }
    if (isStale(record, await settings, this.now())) {
      await this.deleteSessionQuietly();
      return { status: 'expired' };
    }
    return { status: 'found', record };
  }

  async saveSession(record: SessionRecord): Promise<void> {
    await this.store.put('session', SESSION_KEY, record);
  }

  async deleteSession(): Promise<void> {
    await this.store.delete('session', SESSION_KEY);
  }

  private async deleteSessionQuietly(): Promise<void> {
    try {
      await this.deleteSession();
    } catch {
      // Nothing more can be done: the record is ignored either way.
    }
  }

  /** The place's settings; defaults when none, or when the stored ones are invalid (`dropped`). */
  async loadSettings(): Promise<{ settings: PlaceSettings; dropped: boolean }> {
    try {
      const raw = await this.store.get('settings', SETTINGS_KEY);
      if (raw === undefined) return { settings: structuredClone(DEFAULT_SETTINGS), dropped: false };
      // The same reader as an imported file: settings stored by an older version (without a field
      // added since) take that field's default.
      const { parseSettings } = await import('./settings-record');
      const settings = parseSettings(raw);
      if (settings) return { settings, dropped: false };
      await this.store.delete('settings', SETTINGS_KEY);
    } catch {
      // fall through to defaults
    }
    return { settings: structuredClone(DEFAULT_SETTINGS), dropped: true };
  }

  async saveSettings(settings: PlaceSettings): Promise<void> {
    await this.store.put('settings', SETTINGS_KEY, plainCopy(settings));
  }
}

/** Settings may come from a reactive proxy: store a plain copy. */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
