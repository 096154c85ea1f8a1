// exercise.form: a made-up public-service site. Part 1: fill a short form (a date in the format
// JJ/MM/AAAA, a required field); part 2: attach the « justificatif » from a simulated file
// picker and send; part 3: find the « numéro de dossier » on the récapitulatif.
// The typed text is only checked here, never kept: the record holds counts, not values.
import type { ExerciseScore } from '../types';
import { scoreMeasures, type Thresholds } from './score';

export const FORM_STEPS = ['fill', 'attach', 'number'] as const;
export type FormStep = (typeof FORM_STEPS)[number];

/** The date the instruction asks for, in the site's format. */
export const FORM_EXPECTED_DATE = '14/03/2026';

/** What the date field says of a text: empty, not in the format JJ/MM/AAAA, no such day, or valid. */
export type DateCheck = 'empty' | 'format' | 'impossible' | 'valid';

export function checkDate(text: string): DateCheck {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(trimmed);
  if (!match) return 'format';
  const [day, month, year] = match.slice(1).map(Number);
  // Date.UTC rolls 31/02 over to March: a day that comes back changed does not exist.
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? 'valid' : 'impossible';
}

/** A required text field is filled when something other than spaces is in it. */
export const isFilled = (text: string): boolean => text.trim() !== '';

export const FORM_THRESHOLDS: Thresholds = {
  // Reading a short instruction, typing a date and a word, choosing a file and finding a number:
  // 45–60 s at ease. 90 s leaves room for a slow typist; the exercise allows two minutes.
  fluentMs: 90_000,
  // One wrong file chosen or one wrong line touched is a look around; two is not finding one's way.
  maxMisses: 1,
  // A form sent back once with an error message, then corrected, is what the messages are for;
  // sent back twice, the person did not understand what the site asked.
  maxRetries: 1,
};

/** Wrong lines of the récapitulatif touched before that part counts as not done: touching every line is not finding one. */
export const FORM_MAX_NUMBER_GUESSES = 2;

export interface FormRecord {
  done: readonly FormStep[];
  /** wrong files chosen, a date other than the one asked, wrong lines of the récapitulatif touched */
  misses: number;
  /** « Continuer » or « Envoyer » pressed and refused by the site (an empty field, a wrong format, no file) */
  retries: number;
  durationMs: number;
}

export function scoreForm(r: FormRecord): ExerciseScore {
  return scoreMeasures(
    { steps: FORM_STEPS.length, stepsDone: new Set(r.done).size, durationMs: r.durationMs, misses: r.misses, retries: r.retries, hintsUsed: 0, detours: 0 },
    FORM_THRESHOLDS,
  );
}
