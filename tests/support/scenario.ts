// A headless scenario driver for the diagnostic engine, in the style of ODK Web Forms' test
// `scenario`: answers are given one by one, in a chain, and `result()` scores them.
//
//   const s = scenario().answer('primo.has_email', 'yes').answerArea('mouse', 'alone');
//   expect(s.result().areas.mouse.level).toBe('autonomous');
//
// It goes through the public entry of the engine only.
import {
  AREAS,
  AREA_IDS,
  evaluate,
  type AnswerValue,
  type Answers,
  type AreaId,
  type CanDoValue,
  type ExerciseId,
  type ExerciseScore,
  type ItemId,
  type Result,
} from '../../src/lib/diagnostic';

/** A can-do value or the item-level « Passer ». */
export type CanDoAnswer = CanDoValue | 'skip';

export interface Scenario {
  /** The answers so far (a fresh copy each time). */
  readonly answers: Record<ItemId, unknown>;
  /** Sets one answer. The value is not checked here: invalid values are part of what is tested. */
  answer(id: ItemId, value: unknown): Scenario;
  /** Answers several items at once. */
  answerAll(answers: Readonly<Record<ItemId, unknown>>): Scenario;
  /** Answers every can-do item of an area with one value (exercises untouched). */
  answerArea(area: AreaId, value: CanDoAnswer): Scenario;
  /** Answers the can-do items of an area in their instrument order; missing ones stay unanswered. */
  answerItems(area: AreaId, values: readonly CanDoAnswer[]): Scenario;
  /** Scores an exercise. */
  exercise(id: ExerciseId, score: ExerciseScore | 'skip'): Scenario;
  /** Removes an answer (as « retour » then nothing would). */
  clear(id: ItemId): Scenario;
  /** evaluate(answers). */
  result(): Result;
}

export function areaDef(area: AreaId) {
  const def = AREAS.find((a) => a.id === area);
  if (!def) throw new Error(`scenario: no area ${area}`);
  return def;
}

/** The can-do item ids of an area, in instrument order. */
export function itemIds(area: AreaId): string[] {
  return areaDef(area).items.map((i) => i.id);
}

export function scenario(initial: Readonly<Record<ItemId, unknown>> = {}): Scenario {
  const answers: Record<ItemId, unknown> = { ...initial };
  const s: Scenario = {
    get answers() {
      return { ...answers };
    },
    answer(id, value) {
      answers[id] = value;
      return s;
    },
    answerAll(more) {
      Object.assign(answers, more);
      return s;
    },
    answerArea(area, value) {
      for (const id of itemIds(area)) answers[id] = value;
      return s;
    },
    answerItems(area, values) {
      const ids = itemIds(area);
      if (values.length > ids.length) throw new Error(`scenario: ${area} has only ${ids.length} items`);
      values.forEach((v, i) => {
        answers[ids[i]!] = v;
      });
      return s;
    },
    exercise(id, score) {
      answers[id] = score;
      return s;
    },
    clear(id) {
      delete answers[id];
      return s;
    },
    result() {
      return evaluate(answers as Answers);
    },
  };
  return s;
}

// ---------- factories ----------

/** Every can-do item of every area answered with one value. */
export function allAreas(value: CanDoAnswer): Scenario {
  const s = scenario();
  for (const area of AREA_IDS) s.answerArea(area, value);
  return s;
}

/** Every exercise of every area scored with one score. */
export function allExercises(score: ExerciseScore | 'skip', s: Scenario = scenario()): Scenario {
  for (const area of AREAS) for (const e of area.exercises) s.exercise(e, score);
  return s;
}

/** A calm case: not urgent, digital need, wants to learn, has and checks email, internet and a device. */
export function calmPrimo(s: Scenario = scenario()): Scenario {
  return s.answerAll({
    'primo.tried_online': 'yes-failed',
    'primo.has_email': 'yes',
    'primo.checks_email': 'weekly',
    'primo.devices': ['smartphone'],
    'primo.internet': 'yes',
    'triage.urgency': 'not-urgent',
    'triage.wants_to_learn': 'yes',
    'triage.need': 'digital',
  });
}

/** A typed value for places that need one: `answers` as the engine's `Answers`. */
export const asAnswers = (a: Readonly<Record<ItemId, unknown>>): Answers => a as Record<ItemId, AnswerValue>;
