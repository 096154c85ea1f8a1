// The diagnostic's contract: ids and shapes from the framework (section 2 and 3). Keep them exactly.

export const MODES = ['self', 'mediator'] as const;
export type Mode = (typeof MODES)[number];

export const AREA_IDS = ['device', 'mouse', 'browser', 'email', 'passwords', 'procedures'] as const;
export type AreaId = (typeof AREA_IDS)[number];

export const LEVELS = ['to-discover', 'learning', 'autonomous', 'not-assessed'] as const;
export type Level = (typeof LEVELS)[number];
/** The three levels an assessed area can reach, lowest first. */
export type AssessedLevel = Exclude<Level, 'not-assessed'>;

export const POSTURES = ['faire-a-la-place', 'reorienter', 'laisser-faire', 'faire-avec'] as const;
export type Posture = (typeof POSTURES)[number];

export const ORIENTATION_IDS = [
  'atelier-mediation',
  'france-services',
  'travailleur-social',
  'aidants-connect',
  'autoformation',
  'accompagnement-individuel',
  'ateliers-francais',
] as const;
export type OrientationId = (typeof ORIENTATION_IDS)[number];

export const ALERT_IDS = ['urgent-situation', 'email-not-checked', 'no-internet-at-home', 'no-device', 'french-reading'] as const;
export type AlertId = (typeof ALERT_IDS)[number];

export const EXERCISE_IDS = [
  'exercise.pointer',
  'exercise.typing',
  'exercise.browser',
  'exercise.inbox',
  'exercise.password',
  'exercise.form',
] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];
export type ExerciseScore = 0 | 1 | 2;

export type ItemId = string;
/** A closed value: one string, a set of strings (primo.devices) or an exercise score. */
export type AnswerValue = string | readonly string[] | ExerciseScore;
export type Answers = Readonly<Record<ItemId, AnswerValue>>;

export interface AreaResult {
  level: Level;
  declared?: Level;
  observed?: Level;
}

export interface Result {
  areas: Record<AreaId, AreaResult>;
  posture: Posture;
  orientation: OrientationId[];
  nextSteps: NextStepId[];
  alerts: AlertId[];
}

export const NEXT_STEP_IDS = [
  'procedure.do-together',
  'procedure.france-services',
  'email.check-weekly',
  'email.create-with-mediator',
  'internet.access-point',
  'device.practice-basics',
  'mouse.practice',
  'browser.address-bar',
  'browser.official-sites',
  'email.attach',
  'email.scams',
  'passwords.memo',
  'passwords.strong',
  'passwords.franceconnect',
  'rights.information',
  'learning.workshops',
  'learning.go-further',
  'procedures.practice',
  'procedures.keep-receipt',
  'language.french-workshops',
  'security.clean-traces',
] as const;
export type NextStepId = (typeof NEXT_STEP_IDS)[number];
