// exercise.typing: copy a made-up address with a capital, a dot and an @. Errors and corrections
// are counted from the successive values of the field, not from keys: on a tablet's keyboard
// keydown often says "Unidentified", but the value always changes.
import type { ExerciseScore } from '../types';
import { scoreMeasures, type Thresholds } from './score';

export const TYPING_THRESHOLDS: Thresholds = {
  // 22 characters: someone at ease copies them in 15–30 s; a beginner who looks for each key
  // (the @, the capital) takes two minutes. 60 s separates the two without rushing anyone.
  fluentMs: 60_000,
  // Two wrong characters are ordinary slips; more means the keyboard itself is the difficulty.
  maxMisses: 2,
  // Validating a wrong copy once, then fixing it, is hesitation.
  maxRetries: 0,
};

/** Wrong copies validated before the exercise ends as « pas réussi »: no one is left stuck. */
export const TYPING_MAX_ATTEMPTS = 3;

/**
 * Erasing more than this is hesitation even when the final copy is right: fixing a slip or two
 * is what fluent typists do, rewriting the line is looking for keys.
 */
export const TYPING_MAX_CORRECTIONS = 4;

export interface TypingProgress {
  /** slips: times the text stopped matching the start of the model */
  errors: number;
  /** times the text got shorter (backspace, delete, a cut) */
  corrections: number;
  /** the last value seen */
  value: string;
}

export const TYPING_START: TypingProgress = { errors: 0, corrections: 0, value: '' };

/**
 * Folds the field's next value into the counts. An error is counted when the text leaves the
 * model's path (one slip, however many letters follow it, so a forgotten letter is one error
 * and not twenty); a correction each time the text gets shorter.
 */
export function typingStep(progress: TypingProgress, value: string, model: string): TypingProgress {
  const wasOnPath = model.startsWith(progress.value);
  const isOnPath = model.startsWith(value);
  return {
    errors: progress.errors + (wasOnPath && !isOnPath ? 1 : 0),
    corrections: progress.corrections + (value.length < progress.value.length ? 1 : 0),
    value,
  };
}

export type CopyVerdict = 'same' | 'case' | 'different';

/** Compares a copy with its model: exactly the same, the same but for capitals, or different. */
export function compareCopy(model: string, copy: string): CopyVerdict {
  const typed = copy.trim();
  if (typed === model) return 'same';
  if (typed.toLowerCase() === model.toLowerCase()) return 'case';
  return 'different';
}

export interface TypingRecord {
  /** the copy validated was the same as the model */
  done: boolean;
  errors: number;
  corrections: number;
  /** wrong copies validated */
  wrongAttempts: number;
  hintsUsed: number;
  durationMs: number;
}

export function scoreTyping(r: TypingRecord): ExerciseScore {
  return scoreMeasures(
    {
      steps: 1,
      stepsDone: r.done ? 1 : 0,
      durationMs: r.durationMs,
      misses: r.errors,
      retries: r.wrongAttempts,
      hintsUsed: r.hintsUsed,
      detours: r.corrections > TYPING_MAX_CORRECTIONS ? 1 : 0,
    },
    TYPING_THRESHOLDS,
  );
}
