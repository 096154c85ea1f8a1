// A stored session, checked before it is trusted: every answer against the questionnaire. Its own
// module so that the questionnaire loads only when a session was stored (repository.ts).
import { isValidAnswer } from '../diagnostic/instrument';
import { MODES } from '../diagnostic/types';
import { isLanguageCode } from '../i18n/languages';
import { isObject, isTime, MAX_ANSWERS, neverThrowing, SESSION_RECORD_VERSION, type SessionRecord } from './records';

/** A card id's shape (src/lib/diagnostic/training/cards.ts); the debrief says so when it does not know one. */
const CARD_ID = /^[a-z][a-z-]{0,39}$/;

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

export const isSessionRecord = neverThrowing(checkSessionRecord);

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
