// The bilan that travels on paper (framework section 9): the answers written as a short code for
// the QR code of the printed sheet, and read back on another device. Pure: no DOM, no storage.
//
// A payload is one character naming the encoding version, then the answers in base 32 (QR
// alphanumeric characters, safe in a URL fragment as they are). Version 1 reads each item of a
// FROZEN codebook as one digit of a mixed-radix number (0 = not answered, 1 = « Passer », 2… = a
// value), so a sheet printed today reads the same after questions are added: a new question
// means a version 2 with its own codebook, and version 1 stays here, unchanged, forever.
// A CRC-16 follows the number: an altered character is always refused (a CRC-16 detects every
// burst of up to 16 bits, and one base-32 character is 5).
import type { Answers, AnswerValue } from './types';

/** How an item's answer is written: one value, a set of values (a bit mask), or an exercise score. */
type CodeKind = 'one' | 'set' | 'score';
interface CodeItem {
  readonly id: string;
  readonly kind: CodeKind;
  readonly values: readonly (string | number)[];
  /** in a set, the value that stands alone (« Aucun appareil ») */
  readonly exclusive?: string;
}

const one = (id: string, values: readonly string[]): CodeItem => ({ id, kind: 'one', values });
const canDo = (area: string, names: readonly string[]): CodeItem[] =>
  names.map((name) => one(`${area}.${name}`, ['alone', 'with-help', 'not-yet']));
const score = (id: string): CodeItem => ({ id, kind: 'score', values: [0, 1, 2] });

// Version 1, FROZEN: never reorder, rename, add or remove anything below. Written out from the
// framework (section 2), not derived from the instrument, whose order may change.
const CODEBOOK_V1: readonly CodeItem[] = [
  one('primo.reason', [
    'social-health',
    'work',
    'taxes-money',
    'papers',
    'residence',
    'housing',
    'family-school',
    'keep-in-touch',
    'learn-digital',
    'other',
  ]),
  one('primo.tried_online', ['yes-succeeded', 'yes-failed', 'no']),
  one('primo.has_email', ['yes', 'no', 'unsure']),
  one('primo.checks_email', ['weekly', 'rarely', 'never']),
  { id: 'primo.devices', kind: 'set', values: ['computer', 'tablet', 'smartphone', 'none'], exclusive: 'none' },
  one('primo.internet', ['yes', 'mobile-only', 'no']),
  one('primo.french', ['easy', 'difficult', 'very-difficult']),
  one('obs.refuses_device', ['yes', 'no']),
  one('obs.handling', ['easy', 'hesitant', 'unable']),
  one('obs.browser', ['easy', 'hesitant', 'unable']),
  one('triage.urgency', ['urgent', 'soon', 'not-urgent']),
  one('triage.wants_to_learn', ['yes', 'later', 'no']),
  one('triage.need', ['digital', 'admin', 'both']),
  ...canDo('device', ['power', 'wifi', 'apps', 'photo']),
  ...canDo('mouse', ['click', 'scroll', 'drag', 'type']),
  ...canDo('browser', ['address', 'search', 'tabs', 'download', 'official']),
  ...canDo('email', ['read', 'send', 'attach', 'open_attachment', 'scam']),
  ...canDo('passwords', ['know', 'create', 'keep', 'forgot', 'twofa', 'franceconnect']),
  ...canDo('procedures', ['account', 'personal_space', 'form', 'scan', 'receipt', 'letter']),
  score('exercise.pointer'),
  score('exercise.typing'),
  score('exercise.browser'),
  score('exercise.inbox'),
  score('exercise.password'),
  score('exercise.form'),
];

export const SHARE_CODE_VERSION = 1;

const ABSENT = 0;
const SKIPPED = 1;
const SKIP = 'skip';
/** base32hex: digits and capitals only, so a QR code holds them in its compact alphanumeric mode. */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
const CHECK_BITS = 16n;
const VERSION_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** How many digit values an item takes: absent, skip, then its values (a set: every non-empty mask). */
const radixOf = (item: CodeItem): number => 2 + (item.kind === 'set' ? 2 ** item.values.length - 1 : item.values.length);

interface Layout {
  readonly book: readonly CodeItem[];
  readonly byId: ReadonlyMap<string, number>;
  /** the number of possible answer sets: every payload's number is below it */
  readonly total: bigint;
  readonly dataBits: bigint;
  readonly chars: number;
}

function layoutOf(book: readonly CodeItem[]): Layout {
  const total = book.reduce((product, item) => product * BigInt(radixOf(item)), 1n);
  const dataBits = BigInt((total - 1n).toString(2).length);
  return { book, byId: new Map(book.map((item, i) => [item.id, i])), total, dataBits, chars: Math.ceil(Number(dataBits + CHECK_BITS) / 5) };
}

const V1 = layoutOf(CODEBOOK_V1);
/** The length of every version-1 payload, its version character included. */
export const SHARE_CODE_V1_LENGTH = 1 + V1.chars;

/** Every item id and value that version 1 can write (for the test that holds it to the instrument). */
export function shareCodebookV1(): ReadonlyArray<{ id: string; values: readonly (string | number)[] }> {
  return CODEBOOK_V1.map(({ id, values }) => ({ id, values }));
}

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF) of the version and the number's bytes. */
function crc16(version: number, value: bigint, bits: bigint): bigint {
  const bytes = [version];
  for (let shift = ((bits + 7n) / 8n - 1n) * 8n; shift >= 0n; shift -= 8n) bytes.push(Number((value >> shift) & 0xffn));
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return BigInt(crc);
}

function digitOf(item: CodeItem, value: AnswerValue | undefined): number | null {
  if (value === undefined) return ABSENT;
  if (value === SKIP) return SKIPPED;
  if (item.kind === 'set') {
    if (!Array.isArray(value) || value.length === 0) return null;
    let mask = 0;
    for (const v of value) {
      const bit = item.values.indexOf(v);
      if (bit < 0 || mask & (1 << bit)) return null;
      mask |= 1 << bit;
    }
    return 1 + mask;
  }
  const index = item.values.indexOf(value as string | number);
  return index < 0 ? null : 2 + index;
}

function answerOf(item: CodeItem, digit: number): AnswerValue | undefined | null {
  if (digit === ABSENT) return undefined;
  if (digit === SKIPPED) return SKIP;
  if (item.kind !== 'set') return item.values[digit - 2] as AnswerValue;
  const mask = digit - 1;
  const set = item.values.filter((_, bit) => mask & (1 << bit)) as string[];
  // « Aucun appareil » beside an appliance is no answer the app can give: the code was not made by it.
  return item.exclusive !== undefined && set.length > 1 && set.includes(item.exclusive) ? null : set;
}

/**
 * The payload for a set of answers, or null when one of them cannot be written in the current
 * version (an item or value it does not know): then the sheet carries no code rather than a wrong one.
 */
export function encodeAnswers(answers: Answers): string | null {
  const { book, byId, dataBits, chars } = V1;
  if (Object.keys(answers).some((id) => !byId.has(id))) return null;
  let number = 0n;
  for (const item of book) {
    const digit = digitOf(item, answers[item.id]);
    if (digit === null) return null;
    number = number * BigInt(radixOf(item)) + BigInt(digit);
  }
  let word = (number << CHECK_BITS) | crc16(SHARE_CODE_VERSION, number, dataBits);
  let text = '';
  for (let i = 0; i < chars; i++, word >>= 5n) text = ALPHABET[Number(word & 31n)] + text;
  return VERSION_CHARS[SHARE_CODE_VERSION] + text;
}

export type DecodeFailure = 'format' | 'version' | 'checksum' | 'content';
export type Decoded = { ok: true; answers: Answers } | { ok: false; reason: DecodeFailure };

/**
 * The answers a payload holds, or why it cannot be read: too short or too long, a character out
 * of the alphabet, a version this app does not know (a newer app's sheet), an altered character
 * (the checksum), or content no app writes. Never throws, never gives part of the answers.
 */
export function decodeAnswers(payload: unknown): Decoded {
  if (typeof payload !== 'string' || payload.length === 0) return { ok: false, reason: 'format' };
  if (payload[0] !== VERSION_CHARS[SHARE_CODE_VERSION]) return { ok: false, reason: VERSION_CHARS.includes(payload[0]) ? 'version' : 'format' };
  const { book, dataBits, total, chars } = V1;
  // The length first: a long text (100 KB pasted in a link) is refused before any work.
  if (payload.length !== 1 + chars) return { ok: false, reason: 'format' };
  let word = 0n;
  for (const char of payload.slice(1)) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return { ok: false, reason: 'format' };
    word = (word << 5n) | BigInt(value);
  }
  if (word >> (dataBits + CHECK_BITS) !== 0n) return { ok: false, reason: 'checksum' };
  let number = word >> CHECK_BITS;
  if ((word & 0xffffn) !== crc16(SHARE_CODE_VERSION, number, dataBits)) return { ok: false, reason: 'checksum' };
  if (number >= total) return { ok: false, reason: 'content' };
  const answers: Record<string, AnswerValue> = {};
  for (let i = book.length - 1; i >= 0; i--) {
    const item = book[i];
    const radix = BigInt(radixOf(item));
    const answer = answerOf(item, Number(number % radix));
    number /= radix;
    if (answer === null) return { ok: false, reason: 'content' };
    if (answer !== undefined) answers[item.id] = answer;
  }
  return { ok: true, answers };
}
