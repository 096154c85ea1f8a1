// The journey's state: mode, answers, current step. Answers follow the journey: an answer to a
// question that is no longer asked (its condition changed after Back) is dropped at once, so it is
// never scored, saved or printed; an emptied multiple choice is no answer at all.
// It carries the questionnaire: the session loads it when a journey starts or resumes, not before.
import type { AnswerValue, AreaId, Mode } from '../diagnostic';
import { dropUnasked } from '../diagnostic/instrument';
import {
  bilanAnswers,
  buildSteps,
  findStep,
  nextStepKey,
  previousStepKey,
  progressOf,
  QUICK_BILAN_KEY,
  skippedAreaAnswers,
  stepAfterArea,
  type Progress,
  type Step,
} from './journey';

export interface JourneySnapshot {
  mode: Mode;
  answers: Record<string, AnswerValue>;
  step: string;
  /** the persona card of a training session; null for a real person */
  training: string | null;
  startedAt: number;
}

export class JourneyState {
  #mode = $state<Mode>('self');
  #answers = $state<Record<string, AnswerValue>>({});
  #stepKey = $state('');
  #training = $state<string | null>(null);
  #startedAt = $state(0);

  readonly steps: Step[] = $derived(buildSteps(this.#mode, this.#answers));
  readonly step: Step = $derived(findStep(this.steps, this.#stepKey));
  readonly progress: Progress = $derived(progressOf(this.#mode, this.steps, this.#stepKey));

  get mode(): Mode {
    return this.#mode;
  }
  /** The answers the bilan scores: without the areas' after « Voir mon bilan maintenant ». */
  get bilanAnswers(): Readonly<Record<string, AnswerValue>> {
    return bilanAnswers(this.step, this.#answers);
  }
  get answers(): Readonly<Record<string, AnswerValue>> {
    return this.#answers;
  }
  /** The persona card's id in a training session (« mise en situation »), else null. */
  get training(): string | null {
    return this.#training;
  }
  /** Whether a journey was started (its answers exist, possibly none yet). */
  get started(): boolean {
    return this.#startedAt !== 0;
  }

  begin(mode: Mode, now: number, training: string | null = null): void {
    this.#mode = mode;
    this.#training = training;
    this.#answers = {};
    this.#startedAt = now;
    this.#stepKey = this.steps[0].key;
  }

  restore(record: Omit<JourneySnapshot, 'training'> & { training?: string | null }): void {
    this.#mode = record.mode;
    this.#training = record.training ?? null;
    this.#answers = dropUnasked({ ...record.answers });
    this.#startedAt = record.startedAt;
    this.#stepKey = findStep(this.steps, record.step).key;
  }

  snapshot(): JourneySnapshot {
    return { mode: this.#mode, answers: $state.snapshot(this.#answers) as Record<string, AnswerValue>, step: this.#stepKey, training: this.#training, startedAt: this.#startedAt };
  }

  /** Records an answer (an empty set clears it); a single choice moves on at once. */
  answer(itemId: string, value: AnswerValue, advance = true): void {
    const answers = { ...$state.snapshot(this.#answers) } as Record<string, AnswerValue>;
    if (Array.isArray(value) && value.length === 0) delete answers[itemId];
    else answers[itemId] = value;
    this.#answers = dropUnasked(answers);
    if (advance) this.next();
  }

  next(): void {
    this.#stepKey = nextStepKey(this.steps, this.#stepKey);
  }

  /** The step before; false on the first one (Back then leads to the welcome screen). */
  back(): boolean {
    const previous = previousStepKey(this.steps, this.#stepKey);
    if (previous === null) return false;
    this.#stepKey = previous;
    return true;
  }

  /** « Voir mon bilan maintenant »: the quick bilan, outside the sequence (Back returns to the checkpoint). */
  bilanNow(): void {
    this.#stepKey = QUICK_BILAN_KEY;
  }

  /** « Passer ce domaine »: the whole area is not assessed, never guessed. */
  skipArea(area: AreaId): void {
    this.#answers = { ...this.#answers, ...skippedAreaAnswers(area) };
    this.#stepKey = stepAfterArea(this.steps, area);
  }

  clear(): void {
    this.#mode = 'self';
    this.#answers = {};
    this.#stepKey = '';
    this.#training = null;
    this.#startedAt = 0;
  }
}
