// The questionnaire as data. A new question is one line here plus its texts in locales/
// (items.<id>.prompt, items.<id>.mediator, items.<id>.values.<value>).
import type { AnswerValue, Answers, AreaId, ExerciseId, ItemId } from './types';

export type Section = 'primo' | 'obs' | 'triage' | AreaId;

export type ItemKind =
  /** one value among `values` */
  | 'single'
  /** a set of `values`; `exclusive` clears the others */
  | 'multiple'
  /** a self-rated "can-do" item: alone / with-help / not-yet */
  | 'can-do';

export interface ItemDef {
  readonly id: ItemId;
  readonly section: Section;
  readonly kind: ItemKind;
  readonly values: readonly string[];
  /** the value that stands alone in a `multiple` item */
  readonly exclusive?: string;
  /** asked only when this holds for the answers so far */
  readonly askedWhen?: (answers: Answers) => boolean;
}

export const CAN_DO_VALUES = ['alone', 'with-help', 'not-yet'] as const;
export type CanDoValue = (typeof CAN_DO_VALUES)[number];
/** Item-level « Passer »: stored, never counted. */
export const SKIP = 'skip';

const single = (id: ItemId, section: Section, values: readonly string[], askedWhen?: ItemDef['askedWhen']): ItemDef => ({
  id,
  section,
  kind: 'single',
  values,
  ...(askedWhen ? { askedWhen } : {}),
});
const canDo = (area: AreaId, name: string): ItemDef => ({
  id: `${area}.${name}`,
  section: area,
  kind: 'can-do',
  values: CAN_DO_VALUES,
});

/** Why the person came: the démarche, first (framework section 2). */
export const REASON_VALUES = [
  'social-health',
  'work',
  'taxes-money',
  'papers',
  'residence',
  'housing',
  'family-school',
  'keep-in-touch',
  'learn-digital',
  'other',
] as const;
export type ReasonValue = (typeof REASON_VALUES)[number];
/** Reasons that are no démarche: « avez-vous essayé cette démarche » would make no sense. */
const NOT_A_PROCEDURE: readonly string[] = ['keep-in-touch', 'learn-digital'];

/** Why the person came, when a known reason was given (not skipped, nothing unknown). */
export function reasonOf(answers: Answers): ReasonValue | undefined {
  const reason = answers['primo.reason'];
  return (REASON_VALUES as readonly unknown[]).includes(reason) ? (reason as ReasonValue) : undefined;
}

export const PRIMO_ITEMS: readonly ItemDef[] = [
  single('primo.reason', 'primo', REASON_VALUES),
  single('primo.tried_online', 'primo', ['yes-succeeded', 'yes-failed', 'no'], (a) => !NOT_A_PROCEDURE.includes(a['primo.reason'] as string)),
  single('primo.has_email', 'primo', ['yes', 'no', 'unsure']),
  single('primo.checks_email', 'primo', ['weekly', 'rarely', 'never'], (a) => a['primo.has_email'] === 'yes'),
  {
    id: 'primo.devices',
    section: 'primo',
    kind: 'multiple',
    values: ['computer', 'tablet', 'smartphone', 'none'],
    exclusive: 'none',
  },
  single('primo.internet', 'primo', ['yes', 'mobile-only', 'no']),
  single('primo.french', 'primo', ['easy', 'difficult', 'very-difficult']),
];

/** Observations, asked to the mediator only. */
export const OBSERVATION_ITEMS: readonly ItemDef[] = [
  single('obs.refuses_device', 'obs', ['yes', 'no']),
  single('obs.handling', 'obs', ['easy', 'hesitant', 'unable']),
  single('obs.browser', 'obs', ['easy', 'hesitant', 'unable']),
];

export const TRIAGE_ITEMS: readonly ItemDef[] = [
  single('triage.urgency', 'triage', ['urgent', 'soon', 'not-urgent']),
  single('triage.wants_to_learn', 'triage', ['yes', 'later', 'no']),
  single('triage.need', 'triage', ['digital', 'admin', 'both']),
];

export interface AreaDef {
  readonly id: AreaId;
  readonly items: readonly ItemDef[];
  /** hands-on exercises, at the end of the area */
  readonly exercises: readonly ExerciseId[];
}

export const AREAS: readonly AreaDef[] = [
  {
    id: 'device',
    items: ['power', 'wifi', 'apps', 'photo'].map((n) => canDo('device', n)),
    exercises: [],
  },
  {
    id: 'mouse',
    items: ['click', 'scroll', 'drag', 'type'].map((n) => canDo('mouse', n)),
    exercises: ['exercise.pointer', 'exercise.typing'],
  },
  {
    id: 'browser',
    items: ['address', 'search', 'tabs', 'download', 'official'].map((n) => canDo('browser', n)),
    exercises: ['exercise.browser'],
  },
  {
    id: 'email',
    items: ['read', 'send', 'attach', 'open_attachment', 'scam'].map((n) => canDo('email', n)),
    exercises: ['exercise.inbox'],
  },
  {
    id: 'passwords',
    items: ['know', 'create', 'keep', 'forgot', 'twofa', 'franceconnect'].map((n) => canDo('passwords', n)),
    exercises: ['exercise.password'],
  },
  {
    id: 'procedures',
    items: ['account', 'personal_space', 'form', 'scan', 'receipt', 'letter'].map((n) => canDo('procedures', n)),
    exercises: ['exercise.form'],
  },
];

export const ALL_ITEMS: readonly ItemDef[] = [
  ...PRIMO_ITEMS,
  ...OBSERVATION_ITEMS,
  ...TRIAGE_ITEMS,
  ...AREAS.flatMap((a) => a.items),
];

const ITEMS_BY_ID = new Map(ALL_ITEMS.map((item) => [item.id, item]));
const AREA_ITEM_IDS = new Set<string>(AREAS.flatMap((a) => [...a.items.map((i) => i.id), ...a.exercises]));
const EXERCISE_AREA = new Map<string, AreaId>(AREAS.flatMap((a) => a.exercises.map((e) => [e, a.id] as const)));

export function itemById(id: ItemId): ItemDef | undefined {
  return ITEMS_BY_ID.get(id);
}

/** The area an exercise belongs to, if `id` is an exercise. */
export function exerciseArea(id: ItemId): AreaId | undefined {
  return EXERCISE_AREA.get(id);
}

export function isExerciseScore(value: unknown): value is 0 | 1 | 2 {
  return value === 0 || value === 1 || value === 2;
}

/**
 * Whether `value` is a valid answer to `id`: a value of the item's closed set, « Passer »
 * (`skip`) for any item, or a score for an exercise.
 */
export function isValidAnswer(id: ItemId, value: unknown): value is AnswerValue {
  if (exerciseArea(id)) return isExerciseScore(value) || value === SKIP;
  const item = ITEMS_BY_ID.get(id);
  if (!item) return false;
  if (value === SKIP) return true;
  if (item.kind === 'multiple') {
    return (
      Array.isArray(value) &&
      value.length > 0 &&
      // Array.from: a hole in a sparse array is `undefined`, not a value (`every` would skip it).
      Array.from(value as unknown[]).every((v) => typeof v === 'string' && item.values.includes(v)) &&
      new Set(value).size === value.length &&
      // « Aucun appareil » cannot stand beside an appliance.
      !(item.exclusive !== undefined && value.length > 1 && value.includes(item.exclusive))
    );
  }
  return typeof value === 'string' && item.values.includes(value);
}

/** Answers of the primo, the observations and the triage only: a quick bilan assesses no area. */
export function withoutAreas(answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !AREA_ITEM_IDS.has(id)));
}

/** Keeps the valid answers only; reports the rest through `onInvalid`. */
export function sanitizeAnswers(input: unknown, onInvalid: (id: string, value: unknown) => void = () => {}): Record<ItemId, AnswerValue> {
  const clean: Record<ItemId, AnswerValue> = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return clean;
  for (const [id, value] of Object.entries(input as Record<string, unknown>)) {
    if (isValidAnswer(id, value)) clean[id] = Array.isArray(value) ? [...(value as string[])] : (value as AnswerValue);
    else onInvalid(id, value);
  }
  return clean;
}

/**
 * The answers without those to questions no longer asked (a condition that changed after Back):
 * such an answer is never scored nor printed. Repeated until stable, since dropping one answer
 * can unask another question.
 */
export function dropUnasked<T extends Answers>(answers: T): T {
  let current: T = answers;
  for (;;) {
    const unasked = Object.keys(current).filter((id) => ITEMS_BY_ID.get(id)?.askedWhen?.(current) === false);
    if (unasked.length === 0) return current;
    current = Object.fromEntries(Object.entries(current).filter(([id]) => !unasked.includes(id))) as T;
  }
}
