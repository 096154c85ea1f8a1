// The one rule every hands-on exercise shares (framework §2): 2 = réussi, 1 = réussi avec
// hésitation (slow, misses, retries, hints, a detour, a step not done), 0 = pas réussi / abandonné.
// Each exercise turns what happened into these measures and names its own thresholds.
import type { ExerciseScore } from '../types';

export interface Measures {
  /** steps the exercise has (the pointer has three: targets, drag, scroll) */
  steps: number;
  /** steps the person did themself (a step given up with « Je ne trouve pas » is not done) */
  stepsDone: number;
  /** time from « Commencer » to the end: reading the instruction before starting is not counted */
  durationMs: number;
  /** taps, clicks or choices beside the right one */
  misses: number;
  /** attempts started over: a card dropped outside the box, a wrong copy validated */
  retries: number;
  /** help asked for (« Où est le @ ? ») */
  hintsUsed: number;
  /** a longer way that still works (the search box instead of the address bar) */
  detours: number;
}

export interface Thresholds {
  /** above this time, the task was done but not with ease */
  fluentMs: number;
  /** more misses than this is a hesitation */
  maxMisses: number;
  /** more retries than this is a hesitation */
  maxRetries: number;
}

/** Scores measures against thresholds; more than half of the steps must be done to score at all. */
export function scoreMeasures(m: Measures, th: Thresholds): ExerciseScore {
  // Half or less of the task done is not a success, even with help: it is what « pas réussi » means.
  if (m.stepsDone <= 0 || m.stepsDone * 2 <= m.steps) return 0;
  if (m.stepsDone < m.steps) return 1;
  const hesitant =
    m.hintsUsed > 0 || m.detours > 0 || m.durationMs > th.fluentMs || m.misses > th.maxMisses || m.retries > th.maxRetries;
  return hesitant ? 1 : 2;
}
