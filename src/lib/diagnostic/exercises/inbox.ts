// exercise.inbox: a simulated inbox. Open the message from a named sender, find its attachment,
// spot the fraudulent message.
import type { ExerciseScore } from '../types';
import { scoreMeasures, type Thresholds } from './score';

export const INBOX_STEPS = ['open', 'attachment', 'scam'] as const;
export type InboxStep = (typeof INBOX_STEPS)[number];

export const INBOX_THRESHOLDS: Thresholds = {
  // Three short steps with a list to read: 40–60 s at ease; 90 s for a slow reader who does not hesitate.
  fluentMs: 90_000,
  // One wrong message opened is a look around; more is not finding one's way in a list.
  maxMisses: 1,
  maxRetries: 0,
};

/** Wrong messages named as the scam before that step counts as not done: guessing every message is not spotting one. */
export const INBOX_MAX_SCAM_GUESSES = 2;

export interface InboxRecord {
  done: readonly InboxStep[];
  /** wrong messages opened, wrong places touched for the attachment, wrong scam guesses */
  misses: number;
  durationMs: number;
}

export function scoreInbox(r: InboxRecord): ExerciseScore {
  return scoreMeasures(
    { steps: INBOX_STEPS.length, stepsDone: new Set(r.done).size, durationMs: r.durationMs, misses: r.misses, retries: 0, hintsUsed: 0, detours: 0 },
    INBOX_THRESHOLDS,
  );
}
