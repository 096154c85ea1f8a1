// The place's settings, checked before they are trusted: stored ones at start-up, an imported file
// on the settings screen. Its own module, loaded only when there are settings to read
// (repository.ts): a fresh tablet's first screen does without it.
import { isLanguageCode } from '../i18n/languages';
import {
  DEFAULT_SETTINGS,
  INACTIVITY_BOUNDS,
  isObject,
  MAX_APP_ADDRESS_LENGTH,
  MAX_FIELD_LENGTH,
  MAX_LOCAL_ADDRESSES,
  MAX_SETTINGS_FILE_BYTES,
  neverThrowing,
  WARNING_BOUNDS,
  type LocalAddress,
  type PlaceCodeHash,
  type PlaceSettings,
} from './records';

const isShortText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_FIELD_LENGTH;
const within =
  (bounds: { min: number; max: number }) =>
  (v: unknown): v is number =>
    typeof v === 'number' && Number.isInteger(v) && v >= bounds.min && v <= bounds.max;
const isInactivitySeconds = within(INACTIVITY_BOUNDS);
const isWarningSeconds = within(WARNING_BOUNDS);
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const isBase64Of = (bytes: number) => (v: unknown): v is string =>
  typeof v === 'string' && v.length === Math.ceil(bytes / 3) * 4 && BASE64.test(v);

const PLACE_CODE_ITERATIONS = { min: 100_000, max: 2_000_000 } as const;

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

export const isPlaceSettings = neverThrowing(checkPlaceSettings);

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

/** An imported settings file read as text: the settings, or null when it must be refused. */
export function readSettingsFile(text: string): PlaceSettings | null {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return null;
  try {
    return parseSettings(JSON.parse(text));
  } catch {
    return null;
  }
}
