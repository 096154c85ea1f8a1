// exercise.form's pure side: the date and required-field checks the simulated site makes, and the
// score at the edges of each named threshold.
import { describe, expect, it } from 'vitest';
import {
  FORM_EXPECTED_DATE,
  FORM_MAX_NUMBER_GUESSES,
  FORM_THRESHOLDS,
  checkDate,
  isFilled,
  scoreForm,
  type DateCheck,
  type FormRecord,
} from '../../src/lib/diagnostic/exercises';

describe('exercise.form: the date field (JJ/MM/AAAA)', () => {
  it.each<[string, DateCheck]>([
    [FORM_EXPECTED_DATE, 'valid'],
    ['  14/03/2026 ', 'valid'],
    ['29/02/2024', 'valid'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['14/3/2026', 'format'],
    ['14-03-2026', 'format'],
    ['14032026', 'format'],
    ['2026/03/14', 'format'],
    ['14 mars 2026', 'format'],
    ['14/03/26', 'format'],
    ['31/02/2026', 'impossible'],
    ['29/02/2026', 'impossible'],
    ['14/13/2026', 'impossible'],
    ['00/03/2026', 'impossible'],
  ])('« %s » → %s', (text, check) => {
    expect(checkDate(text)).toBe(check);
  });

  it('a required field is filled by anything but spaces', () => {
    expect(isFilled('Lyon')).toBe(true);
    expect(isFilled('')).toBe(false);
    expect(isFilled(' \t ')).toBe(false);
  });
});

describe('exercise.form: the score', () => {
  const clean: FormRecord = { done: ['fill', 'attach', 'number'], misses: 0, retries: 0, durationMs: 45_000 };
  it.each<[string, Partial<FormRecord>, 0 | 1 | 2]>([
    ['three parts, nothing refused, in time', {}, 2],
    ['exactly at the time limit', { durationMs: FORM_THRESHOLDS.fluentMs }, 2],
    ['over the time limit', { durationMs: FORM_THRESHOLDS.fluentMs + 1 }, 1],
    ['one wrong file or line', { misses: FORM_THRESHOLDS.maxMisses }, 2],
    ['two wrong choices (as many wrong lines as allowed)', { misses: FORM_MAX_NUMBER_GUESSES }, 1],
    ['the form sent back once, then corrected', { retries: FORM_THRESHOLDS.maxRetries }, 2],
    ['the form sent back twice', { retries: FORM_THRESHOLDS.maxRetries + 1 }, 1],
    ['the number not found', { done: ['fill', 'attach'] }, 1],
    ['the file not attached', { done: ['fill', 'number'] }, 1],
    ['only the form filled', { done: ['fill'] }, 0],
    ['given up', { done: [] }, 0],
  ])('%s', (_name, change, score) => {
    expect(scoreForm({ ...clean, ...change })).toBe(score);
  });
});
