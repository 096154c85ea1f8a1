// exercise.pointer: touch or click targets that appear one by one, drag a card into a box,
// scroll a short list to find a word. Records misses, drops outside the box and time.
import type { ExerciseScore } from '../types';
import { scoreMeasures, type Thresholds } from './score';

/** How the person acts: the instruction says « Touchez », « Cliquez » or « Appuyez sur Entrée ». */
export type InputKind = 'touch' | 'mouse' | 'keyboard';

/** `PointerEvent.pointerType` → the wording to use; a pen is held like a finger. */
export function inputKindOf(pointerType: string): InputKind {
  return pointerType === 'mouse' ? 'mouse' : 'touch';
}

export const POINTER_STEPS = ['targets', 'drag', 'scroll'] as const;
export type PointerStep = (typeof POINTER_STEPS)[number];

/** Where the targets appear, in % of the play area (inline start, block start): corners apart, so the hand must move. */
export const POINTER_TARGETS: readonly (readonly [number, number])[] = [
  [8, 12],
  [72, 58],
  [20, 62],
  [64, 8],
];

export const POINTER_THRESHOLDS: Thresholds = {
  // Four taps, one drag and one short scroll take 15–25 s for someone at ease; 60 s leaves room
  // for reading each new instruction slowly without calling that hesitation.
  fluentMs: 60_000,
  // One or two taps beside a target happen to anyone on a new screen; three or more show that
  // aiming is hard.
  maxMisses: 2,
  // Dropping the card once outside the box and doing it again is already hesitation with dragging.
  maxRetries: 0,
};

export interface PointerRecord {
  /** steps done by the person, in POINTER_STEPS order */
  done: readonly PointerStep[];
  /** pointer downs beside a target, beside the card, on a wrong word */
  misses: number;
  /** card dropped outside the box */
  drops: number;
  /** the card was moved by tapping it then the box, with a pointer that could have dragged it */
  tapInsteadOfDrag: boolean;
  durationMs: number;
}

export function scorePointer(r: PointerRecord): ExerciseScore {
  return scoreMeasures(
    {
      steps: POINTER_STEPS.length,
      stepsDone: new Set(r.done).size,
      durationMs: r.durationMs,
      misses: r.misses,
      retries: r.drops,
      hintsUsed: 0,
      detours: r.tapInsteadOfDrag ? 1 : 0,
    },
    POINTER_THRESHOLDS,
  );
}
