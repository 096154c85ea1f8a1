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
  /** a training session (« mise en situation »): the persona card's id; null for a real person */
  training?: string | null;
  startedAt: number;
  lastActivityAt: number;
}

/** A card id's shape (src/lib/diagnostic/training/cards.ts); the debrief says so when it does not know one. */
const CARD_ID = /^[a-z][a-z-]{0,39}$/;

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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;
const isShortText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_FIELD_LENGTH;
const within =
  (bounds: { min: number; max: number }) =>
  (v: unknown): v is number =>
    typeof v === 'number' && Number.isInteger(v) && v >= bounds.min && v <= bounds.max;
export const isInactivitySeconds = within(INACTIVITY_BOUNDS);
export const isWarningSeconds = within(WARNING_BOUNDS);
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const isBase64Of = (bytes: number) => (v: unknown): v is string =>
  typeof v === 'string' && v.length === Math.ceil(bytes / 3) * 4 && BASE64.test(v);

export const PLACE_CODE_ITERATIONS = { min: 100_000, max: 2_000_000 } as const;

/** A stored or imported place code: exactly the shape hashPlaceCode writes, nothing else. */
export function isPlaceCodeHash(v: unknown): v is PlaceCodeHash {
  return (
    isObject(v) &&
    Object.keys(v).length === 4 &&
    v.algorithm === 'PBKDF2-SHA-256' &&
    within(PLACE_CODE_ITERATIONS)(v.iterations) &&
    isBase64Of(16)(v.salt) &&
    isBase64Of(32)(v.hash)
  );
}

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
    (v.training === undefined || v.training === null || (typeof v.training === 'string' && CARD_ID.test(v.training))) &&
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
      // A record from before the training mode has no flag: a real person's session.
      ...(v.training === undefined ? {} : { training: v.training }),
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
    isInactivitySeconds(v.inactivitySeconds) &&
    isWarningSeconds(v.warningSeconds) &&
    Array.isArray(v.localAddresses) &&
    v.localAddresses.length <= MAX_LOCAL_ADDRESSES &&
    v.localAddresses.every(isLocalAddress) &&
    (v.placeCode === null || isPlaceCodeHash(v.placeCode)) &&
    (v.appAddress === undefined || isAppAddress(v.appAddress))
  );
}

/**
 * Reads settings from an imported file or a partial object. A field left out takes its default;
 * a field that is there must be valid, or the whole file is refused (null): a hostile or damaged
 * file changes nothing. Unknown fields are ignored. Never throws.
 */
export function parseSettings(input: unknown): PlaceSettings | null {
  try {
    return readSettings(input);
  } catch {
    return null;
  }
}

const SETTINGS_FIELDS: { [K in keyof PlaceSettings]-?: (v: unknown) => boolean } = {
  defaultLanguage: (v) => v === null || isLanguageCode(v),
  inactivitySeconds: isInactivitySeconds,
  warningSeconds: isWarningSeconds,
  localAddresses: (v) => Array.isArray(v) && v.length <= MAX_LOCAL_ADDRESSES && v.every(isLocalAddress),
  placeCode: (v) => v === null || isPlaceCodeHash(v),
  appAddress: isAppAddress,
};

function readSettings(input: unknown): PlaceSettings | null {
  if (!isObject(input)) return null;
  const fields = Object.keys(SETTINGS_FIELDS) as (keyof PlaceSettings)[];
  const present = fields.filter((k) => Object.hasOwn(input, k));
  if (present.length === 0 || present.some((k) => !SETTINGS_FIELDS[k](input[k]))) return null;
  const read = <K extends keyof PlaceSettings>(k: K): PlaceSettings[K] =>
    (Object.hasOwn(input, k) ? input[k] : DEFAULT_SETTINGS[k]) as PlaceSettings[K];
  const code = read('placeCode');
  return {
    defaultLanguage: read('defaultLanguage'),
    inactivitySeconds: read('inactivitySeconds'),
    warningSeconds: read('warningSeconds'),
    // Fresh copies holding only the known fields.
    localAddresses: read('localAddresses').map((a) => ({ name: a.name, address: a.address, hours: a.hours, phone: a.phone })),
    placeCode: code && { algorithm: code.algorithm, iterations: code.iterations, salt: code.salt, hash: code.hash },
    // Optional: absent means the address the app is served from.
    ...(Object.hasOwn(input, 'appAddress') ? { appAddress: input.appAddress as string } : {}),
  };
}
