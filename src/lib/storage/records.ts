// What is stored: the records' shapes, defaults and bounds. Their checks are in session-record.ts
// and settings-record.ts, loaded only when there is a record to read: the first screen of a fresh
// tablet carries neither (nor the questionnaire that the session's check needs).
import type { AnswerValue, Mode } from '../diagnostic/types';
import type { LanguageCode } from '../i18n/languages';

export const SESSION_RECORD_VERSION = 1;

/** The in-progress diagnostic. Personal by nature: short-lived, erased at the end. */
export interface SessionRecord {
  version: typeof SESSION_RECORD_VERSION;
  mode: Mode;
  language: LanguageCode;
  /** the journey's current step key (see session/journey.ts) */
  step: string;
  answers: Record<string, AnswerValue>;
  /** a training session (« mise en situation »): the persona card's id; null for a real person */
  training?: string | null;
  startedAt: number;
  lastActivityAt: number;
}

export interface LocalAddress {
  name: string;
  address: string;
  hours: string;
  phone: string;
}

/** Settings of the place, not personal: they survive erasure. */
export interface PlaceSettings {
  defaultLanguage: LanguageCode | null;
  /** inactivity before the « Êtes-vous toujours là ? » dialog */
  inactivitySeconds: number;
  /** how long that dialog counts down before wiping */
  warningSeconds: number;
  localAddresses: LocalAddress[];
  /** the app's public address, for the QR code of the sheet; absent: the address the app is served from */
  appAddress?: string;
  /** the place code that opens the settings screen, as a salted hash; null when none is set */
  placeCode: PlaceCodeHash | null;
}

/** A place code kept as PBKDF2-SHA-256 of the digits with a random salt (src/lib/session/place-code.ts). */
export interface PlaceCodeHash {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64 of 16 random bytes */
  salt: string;
  /** base64 of the 32-byte derived key */
  hash: string;
}

export const DEFAULT_SETTINGS: PlaceSettings = {
  defaultLanguage: null,
  inactivitySeconds: 15 * 60,
  warningSeconds: 60,
  localAddresses: [],
  placeCode: null,
};

export const MAX_LOCAL_ADDRESSES = 3;
/** The longest app address whose QR code (with the longest answers) stays within version 6 at correction M. */
export const MAX_APP_ADDRESS_LENGTH = 72;
export const MAX_FIELD_LENGTH = 200;
/** Far above the instrument's items and exercises: a bound for a stored `answers` object. */
export const MAX_ANSWERS = 500;
/**
 * Bounds of the delays, the same for the settings screen and an imported file. The longest are
 * what the screen offers (60 minutes, and the one-minute warning doubled): a longer delay keeps a
 * person's answers on a shared tablet for longer, so no file may set one. Short ones (from 2 s) stay
 * allowed for tests and demonstrations: they only erase sooner.
 */
export const INACTIVITY_BOUNDS = { min: 2, max: 60 * 60 } as const;
export const WARNING_BOUNDS = { min: 2, max: 2 * 60 } as const;
/** A settings file larger than this is not read at all. */
export const MAX_SETTINGS_FILE_BYTES = 100_000;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** A guard that never throws: a value that is not plain data (a throwing getter, a Proxy) is invalid. */
export const neverThrowing =
  <T>(check: (v: unknown) => v is T) =>
  (v: unknown): v is T => {
    try {
      return check(v);
    } catch {
      return false;
    }
  };
