// What is stored, and the type guards every record passes before it is trusted.
// From the engine's modules, not its index: the first screen needs the questionnaire, not the scoring.
import { isValidAnswer } from '../diagnostic/instrument';
import { MODES, type AnswerValue, type Mode } from '../diagnostic/types';
import { isLanguageCode, type LanguageCode } from '../i18n/languages';

export const SESSION_RECORD_VERSION = 1;

/** The in-progress diagnostic. Personal by nature: short-lived, erased at the end. */
export interface SessionRecord {
  version: typeof SESSION_RECORD_VERSION;
  mode: Mode;
  language: LanguageCode;
  /** the journey's current step key (see session/journey.ts) */
  step: string;
  answers: Record<string, AnswerValue>;
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
}

export const DEFAULT_SETTINGS: PlaceSettings = {
  defaultLanguage: null,
  inactivitySeconds: 15 * 60,
  warningSeconds: 60,
  localAddresses: [],
};

export const MAX_LOCAL_ADDRESSES = 3;
/** The longest app address whose QR code (with the longest answers) stays within version 6 at correction M. */
export const MAX_APP_ADDRESS_LENGTH = 72;
export const MAX_FIELD_LENGTH = 200;
/** Far above the instrument's items and exercises: a bound for a stored `answers` object. */
export const MAX_ANSWERS = 500;
/** Bounds of the delays: short ones exist for tests and demonstrations. */
export const INACTIVITY_BOUNDS = { min: 2, max: 4 * 60 * 60 } as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;
const isShortText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_FIELD_LENGTH;
const isSeconds = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= INACTIVITY_BOUNDS.min && v <= INACTIVITY_BOUNDS.max;

// The guards never throw: a value that is not plain data (a throwing getter, a Proxy) is invalid.
export function isSessionRecord(v: unknown): v is SessionRecord {
  try {
    return checkSessionRecord(v);
  } catch {
    return false;
  }
}

function checkSessionRecord(v: unknown): v is SessionRecord {
  if (!isObject(v)) return false;
  return (
    v.version === SESSION_RECORD_VERSION &&
    (MODES as readonly unknown[]).includes(v.mode) &&
    isLanguageCode(v.language) &&
    typeof v.step === 'string' &&
    v.step.length < 100 &&
    isObject(v.answers) &&
    Object.entries(v.answers).every(([id, value]) => isValidAnswer(id, value)) &&
    isTime(v.startedAt) &&
    isTime(v.lastActivityAt)
  );
}

/**
 * A stored session as a fresh record holding only the known fields, or null when invalid. Each
 * field is read once and checked on the copy, so nothing can change between the check and its use,
 * and unknown fields (whatever their size) are not carried along. Never throws.
 */
export function readSessionRecord(v: unknown): SessionRecord | null {
  try {
    if (!isObject(v) || !isObject(v.answers)) return null;
    // More answers than the instrument has items: garbage, not worth copying.
    if (Object.keys(v.answers).length > MAX_ANSWERS) return null;
    // fromEntries defines own properties: a `__proto__` key stays a key (and is then rejected).
    const answers = Object.fromEntries(Object.entries(v.answers).map(([id, value]) => [id, Array.isArray(value) ? Array.from(value) : value]));
    const copy = {
      version: v.version,
      mode: v.mode,
      language: v.language,
      step: v.step,
      answers,
      startedAt: v.startedAt,
      lastActivityAt: v.lastActivityAt,
    };
    return checkSessionRecord(copy) ? copy : null;
  } catch {
    return null;
  }
}

export function isLocalAddress(v: unknown): v is LocalAddress {
  return isObject(v) && isShortText(v.name) && v.name.trim() !== '' && isShortText(v.address) && isShortText(v.hours) && isShortText(v.phone);
}

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * An address a phone can open from the QR code: https (or http on this very machine, for tests and
 * demonstrations), no credentials, no fragment (the code's own goes there), short enough for the code.
 */
export function isAppAddress(v: unknown): v is string {
  if (typeof v !== 'string' || v.length > MAX_APP_ADDRESS_LENGTH || v.trim() !== v || v.includes('#')) return false;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return false;
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.includes(url.hostname));
  return secure && url.username === '' && url.password === '';
}

export function isPlaceSettings(v: unknown): v is PlaceSettings {
  try {
    return checkPlaceSettings(v);
  } catch {
    return false;
  }
}

function checkPlaceSettings(v: unknown): v is PlaceSettings {
  return (
    isObject(v) &&
    (v.defaultLanguage === null || isLanguageCode(v.defaultLanguage)) &&
    isSeconds(v.inactivitySeconds) &&
    isSeconds(v.warningSeconds) &&
    Array.isArray(v.localAddresses) &&
    v.localAddresses.length <= MAX_LOCAL_ADDRESSES &&
    v.localAddresses.every(isLocalAddress) &&
    (v.appAddress === undefined || isAppAddress(v.appAddress))
  );
}

/**
 * Reads settings from an imported file or a partial object: known fields are kept when valid,
 * anything else is ignored. Returns null when nothing usable is there.
 */
export function parseSettings(input: unknown): PlaceSettings | null {
  try {
    return readSettings(input);
  } catch {
    return null;
  }
}

function readSettings(input: unknown): PlaceSettings | null {
  if (!isObject(input)) return null;
  const merged: PlaceSettings = {
    defaultLanguage:
      input.defaultLanguage === null || isLanguageCode(input.defaultLanguage) ? input.defaultLanguage : DEFAULT_SETTINGS.defaultLanguage,
    inactivitySeconds: isSeconds(input.inactivitySeconds) ? input.inactivitySeconds : DEFAULT_SETTINGS.inactivitySeconds,
    warningSeconds: isSeconds(input.warningSeconds) ? input.warningSeconds : DEFAULT_SETTINGS.warningSeconds,
    localAddresses: Array.isArray(input.localAddresses)
      ? input.localAddresses.filter(isLocalAddress).slice(0, MAX_LOCAL_ADDRESSES).map((a) => ({ name: a.name, address: a.address, hours: a.hours, phone: a.phone }))
      : [],
    ...(isAppAddress(input.appAddress) ? { appAddress: input.appAddress } : {}),
  };
  const knownKeys = ['defaultLanguage', 'inactivitySeconds', 'warningSeconds', 'localAddresses', 'appAddress'];
  return knownKeys.some((k) => k in input) ? merged : null;
}
