// Each hands-on exercise is a component that reports one score (0, 1 or 2) through `onscore`.
import type { Component } from 'svelte';
import type { ExerciseId, ExerciseScore, Mode } from '../../lib/diagnostic';
import BrowserExercise from './BrowserExercise.svelte';
import FormExercise from './FormExercise.svelte';
import InboxExercise from './InboxExercise.svelte';
import PasswordExercise from './PasswordExercise.svelte';
import PointerExercise from './PointerExercise.svelte';
import TypingExercise from './TypingExercise.svelte';

export interface ExerciseProps {
  onscore: (score: ExerciseScore) => void;
  /** the clock for durations (milliseconds); tests may pass their own */
  now?: () => number;
  /** who is in front of the screen: with a mediator (`mediator`), the person may answer aloud; `self` by default */
  mode?: Mode;
}

export const EXERCISES: Partial<Record<ExerciseId, Component<ExerciseProps>>> = {
  'exercise.pointer': PointerExercise,
  'exercise.typing': TypingExercise,
  'exercise.browser': BrowserExercise,
  'exercise.inbox': InboxExercise,
  'exercise.password': PasswordExercise,
  'exercise.form': FormExercise,
};

/** The default clock: monotonic, so a change of the device's time does not distort a duration. */
export const monotonic = (): number => performance.now();
