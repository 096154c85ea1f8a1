// The code of the bilan that travels on paper (src/lib/diagnostic/share-code.ts): any valid answers
// come back the same and score the same; a version-1 payload printed today reads the same forever;
// anything else is refused cleanly; the QR code stays small enough for a phone to read on paper.
import fc from 'fast-check';
import { correction, generate } from 'lean-qr';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_ITEMS, AREAS, SKIP, evaluate, type AnswerValue, type Answers } from '../../src/lib/diagnostic';
import {
  SHARE_CODE_V1_LENGTH,
  decodeAnswers,
  encodeAnswers,
  shareCodebookV1,
} from '../../src/lib/diagnostic/share-code';
import { payloadOfFragment, shareUrl } from '../../src/lib/diagnostic/share-fragment';
import { MAX_APP_ADDRESS_LENGTH } from '../../src/lib/storage/records';
import { validAnswers } from '../support/arbitraries';

beforeEach(() => {
  // evaluate warns about answers the live instrument does not know (an item of a later branch).
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

/** Sets compared as sets: the code writes a set in the codebook's order. */
function normalised(answers: Answers): Record<string, AnswerValue> {
  return Object.fromEntries(Object.entries(answers).map(([id, v]) => [id, Array.isArray(v) ? [...v].sort() : v]).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const decoded = (payload: unknown): Answers | null => {
  const out = decodeAnswers(payload);
  return out.ok ? out.answers : null;
};

/** The longest answer set and every other: a version-1 payload always has the same length. */
const EVERY_ITEM: Answers = Object.fromEntries(
  shareCodebookV1().map(({ id, values }) => [id, id === 'primo.devices' ? ['computer', 'tablet', 'smartphone'] : (values[values.length - 1] as AnswerValue)]),
);

describe('round trip', () => {
  it('gives back the same answers, and evaluate the same result, for any valid answers', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const payload = encodeAnswers(answers);
        expect(payload).toHaveLength(SHARE_CODE_V1_LENGTH);
        const back = decoded(payload);
        expect(back).not.toBeNull();
        expect(normalised(back!)).toEqual(normalised(answers));
        expect(evaluate(back!)).toEqual(evaluate(answers));
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('writes every item of the codebook, the ones the instrument may not have yet included', () => {
    expect(normalised(decoded(encodeAnswers(EVERY_ITEM))!)).toEqual(normalised(EVERY_ITEM));
    expect(decoded(encodeAnswers({}))).toEqual({});
  });

  it('writes no code for an answer version 1 does not know, rather than a wrong one', () => {
    expect(encodeAnswers({ 'primo.new_question': 'yes' })).toBeNull();
    expect(encodeAnswers({ 'primo.internet': 'satellite' })).toBeNull();
    expect(encodeAnswers({ 'exercise.pointer': 3 as never })).toBeNull();
    expect(encodeAnswers({ 'primo.devices': ['tablet', 'tablet'] })).toBeNull();
    expect(encodeAnswers({ 'primo.devices': [] })).toBeNull();
  });
});

describe('the version-1 codebook', () => {
  // Holds the codebook to the live instrument: a question added later without a new version of
  // the code would be lost from the QR code. (It covers primo.reason, primo.french, procedures
  // and exercise.form before the instrument has them: this test bites once they land.)
  it('has every item and every value of the instrument', () => {
    const book = new Map(shareCodebookV1().map(({ id, values }) => [id, values]));
    for (const item of ALL_ITEMS) {
      expect(book.get(item.id), item.id).toBeDefined();
      for (const value of item.values) expect(book.get(item.id), `${item.id} = ${value}`).toContain(value);
    }
    for (const exercise of AREAS.flatMap((a) => a.exercises)) expect(book.get(exercise), exercise).toEqual([0, 1, 2]);
  });

  // FROZEN: sheets printed with these codes exist. Never change a row; add rows for new versions.
  const V1_PAYLOADS: ReadonlyArray<[string, Answers]> = [
    ['1000000000000000000000001GHE', {}],
    ['15IJG45E7DTL9DU0BG3RU6PGU586', EVERY_ITEM],
    [
      '133V51G2TSVVLR0LCUP8KCMR7535',
      {
        'primo.reason': 'residence',
        'primo.tried_online': 'yes-failed',
        'primo.has_email': 'yes',
        'primo.checks_email': 'never',
        'primo.devices': ['smartphone'],
        'primo.internet': 'mobile-only',
        'primo.french': 'difficult',
        'triage.urgency': 'urgent',
        'triage.wants_to_learn': 'later',
        'triage.need': 'both',
        'device.power': 'alone',
        'device.wifi': SKIP,
        'mouse.click': 'with-help',
        'browser.official': 'not-yet',
        'email.scam': 'not-yet',
        'passwords.franceconnect': 'with-help',
        'procedures.account': 'not-yet',
        'procedures.letter': 'with-help',
        'exercise.pointer': 1,
        'exercise.typing': SKIP,
        'exercise.form': 0,
      },
    ],
    [
      '14MNPAJFTR9QT4T2REMB19PQBDA9',
      {
        'primo.reason': 'learn-digital',
        'primo.has_email': 'no',
        'primo.devices': ['none'],
        'primo.internet': 'no',
        'obs.refuses_device': 'yes',
        'obs.handling': 'unable',
        'obs.browser': 'hesitant',
        'triage.urgency': 'not-urgent',
        'exercise.password': 2,
      },
    ],
  ];

  it.each(V1_PAYLOADS)('still reads %s', (payload, answers) => {
    expect(normalised(decoded(payload)!)).toEqual(normalised(answers));
    expect(encodeAnswers(answers)).toBe(payload);
  });
});

describe('a payload that cannot be read', () => {
  const sample = encodeAnswers(EVERY_ITEM)!;
  const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_.~%';

  it('is refused, never thrown, whatever it is', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(decodeAnswers(input).ok).toBe(typeof input === 'string' && decodeAnswers(input).ok);
      }),
    );
    for (const bad of ['', '1', sample.slice(0, -1), `${sample}0`, sample.toLowerCase(), `2${sample.slice(1)}`, `Z${sample.slice(1)}`, `é${sample.slice(1)}`, '1'.repeat(100_000), 'x'.repeat(100 * 1024)]) {
      expect(decodeAnswers(bad).ok, bad.slice(0, 40)).toBe(false);
    }
    expect(decodeAnswers(`2${sample.slice(1)}`)).toEqual({ ok: false, reason: 'version' });
  });

  it('refuses every payload with one character changed', () => {
    fc.assert(
      fc.property(validAnswers, fc.nat(), fc.constantFrom(...ALPHABET), (answers, at, char) => {
        const payload = encodeAnswers(answers)!;
        const i = at % payload.length;
        fc.pre(payload[i] !== char);
        expect(decodeAnswers(payload.slice(0, i) + char + payload.slice(i + 1)).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('refuses random text of the right shape, unless it is a real code of the same answers', () => {
    // One in about 2^18 such texts is a valid code: then it must be exactly a code the app writes.
    const shaped = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUV'), minLength: SHARE_CODE_V1_LENGTH - 1, maxLength: SHARE_CODE_V1_LENGTH - 1 });
    fc.assert(
      fc.property(shaped, (body) => {
        const out = decodeAnswers(`1${body}`);
        if (out.ok) expect(encodeAnswers(out.answers)).toBe(`1${body}`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the URL in the QR code', () => {
  it('puts the payload in the fragment and reads it back', () => {
    const url = shareUrl('https://bilan.exemple.fr/app/', sample());
    expect(url).toBe(`https://bilan.exemple.fr/app/#bilan=${sample()}`);
    expect(payloadOfFragment(new URL(url).hash)).toBe(sample());
    expect(payloadOfFragment('#other')).toBeNull();
  });

  it('fits a QR code of version 6 or lower at correction M, with the longest address the settings accept', () => {
    const address = `https://${'a'.repeat(MAX_APP_ADDRESS_LENGTH - 'https://'.length - 1)}/`;
    expect(address).toHaveLength(MAX_APP_ADDRESS_LENGTH);
    const code = generate(shareUrl(address, sample()), { minCorrectionLevel: correction.M, maxCorrectionLevel: correction.M });
    expect((code.size - 17) / 4).toBeLessThanOrEqual(6);
  });

  function sample(): string {
    return encodeAnswers(EVERY_ITEM)!;
  }
});
