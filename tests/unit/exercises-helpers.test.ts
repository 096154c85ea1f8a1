// The pure pieces the exercises are built on: the password checklist, the typing counts, the
// address bar's reading of an address, the wording by input.
import { describe, expect, it } from 'vitest';
import {
  TYPING_START,
  compareCopy,
  criteriaMet,
  inputKindOf,
  isTargetAddress,
  passwordCriteria,
  typingStep,
} from '../../src/lib/diagnostic/exercises';

describe('passwordCriteria', () => {
  it.each<[string, string, ReturnType<typeof passwordCriteria>]>([
    ['empty', '', { length: false, cases: false, digitsAndLetters: false, special: false }],
    ['seven characters', 'Abcde1!', { length: false, cases: true, digitsAndLetters: true, special: true }],
    ['eight characters, all criteria', 'Abcdef1!', { length: true, cases: true, digitsAndLetters: true, special: true }],
    ['lower case only', 'abcdefgh', { length: true, cases: false, digitsAndLetters: false, special: false }],
    ['digits only', '12345678', { length: true, cases: false, digitsAndLetters: false, special: false }],
    ['a space is a special character', 'Ab 1', { length: false, cases: true, digitsAndLetters: true, special: true }],
    ['accented capitals count', 'Élan2024', { length: true, cases: true, digitsAndLetters: true, special: false }],
  ])('%s', (_name, text, expected) => {
    expect(passwordCriteria(text)).toEqual(expected);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordCriteria('😀😀😀😀').length).toBe(false);
    expect(criteriaMet('Abcdef1!')).toBe(4);
  });
});

describe('typingStep', () => {
  const MODEL = 'Jean.Martin@exemple.fr';
  const typeAll = (values: string[]) => values.reduce((p, v) => typingStep(p, v, MODEL), TYPING_START);

  it('counts nothing on a clean copy', () => {
    const values = [...MODEL].map((_, i) => MODEL.slice(0, i + 1));
    expect(typeAll(values)).toMatchObject({ errors: 0, corrections: 0, value: MODEL });
  });

  it('counts a slip once, and its correction', () => {
    expect(typeAll(['J', 'Je', 'Jw', 'J', 'Je'])).toMatchObject({ errors: 1, corrections: 1 });
  });

  it('counts a forgotten letter as one error, not one per following letter', () => {
    expect(typeAll(['J', 'Ja', 'Jan', 'Jan.'])).toMatchObject({ errors: 1, corrections: 0 });
  });

  it('counts a paste or an autocorrection of the whole value as one change', () => {
    expect(typeAll([MODEL])).toMatchObject({ errors: 0 });
    expect(typeAll(['jean.martin@exemple.fr'])).toMatchObject({ errors: 1 });
  });
});

describe('compareCopy', () => {
  it.each([
    ['Jean.Martin@exemple.fr', 'same'],
    [' Jean.Martin@exemple.fr ', 'same'],
    ['jean.martin@exemple.fr', 'case'],
    ['Jean.Martin@exemple.com', 'different'],
  ])('%s → %s', (copy, verdict) => {
    expect(compareCopy('Jean.Martin@exemple.fr', copy)).toBe(verdict);
  });
});

describe('isTargetAddress', () => {
  it.each([
    ['service-public.fr', true],
    ['  Service-Public.FR ', true],
    ['https://www.service-public.fr/', true],
    ['www.service-public.gouv.fr', true],
    ['service public', false],
    ['service-publique.fr', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isTargetAddress(text)).toBe(expected);
  });
});

describe('inputKindOf', () => {
  it.each([
    ['mouse', 'mouse'],
    ['touch', 'touch'],
    ['pen', 'touch'],
  ])('%s → %s', (type, kind) => {
    expect(inputKindOf(type)).toBe(kind);
  });
});
