// The rules of evaluate that a debrief must be able to name: each has an id (its text and the seed
// it comes from are in locales, under training.rules.<id>) and the answers it reads. evaluate
// applies these tables; the training debrief reads the same tables, so nothing is restated.
import { readsFrenchWithDifficulty } from './french-reading';
import type { AlertId, Answers, AreaId } from './types';

export const RULE_IDS = [
  'posture.urgency',
  'posture.reorienter',
  'posture.laisser-faire',
  'posture.faire-avec',
  'level.declared',
  'level.observed',
  'level.observation',
  'alert.urgent-situation',
  'alert.email-not-checked',
  'alert.no-internet-at-home',
  'alert.no-device',
  'alert.french-reading',
  'orientation',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
export type PostureRuleId = Extract<RuleId, `posture.${string}`>;

/** Observations that cap an area at `to-discover` when the mediator saw the person unable. */
export const OBSERVATION_CAPS: ReadonlyArray<{ item: string; area: AreaId }> = [
  { item: 'obs.handling', area: 'mouse' },
  { item: 'obs.browser', area: 'browser' },
];

/** Areas whose autonomy an urgent procedure online needs: not assessed counts as not autonomous. */
export const URGENCY_AREAS: readonly AreaId[] = ['mouse', 'browser', 'passwords'];
/** Counts in an urgency only when assessed: a quick bilan or a skipped sixth area must not force the posture. */
export const URGENCY_AREAS_IF_ASSESSED: readonly AreaId[] = ['procedures'];
/** Areas that decide `laisser-faire`. */
export const AUTONOMY_AREAS: readonly AreaId[] = ['mouse', 'browser', 'email', 'passwords', 'procedures'];

/** The answers the posture reads besides the areas' levels. */
export const POSTURE_INPUTS: readonly string[] = ['triage.urgency', 'obs.refuses_device', 'triage.need', 'triage.wants_to_learn'];
/** The answers the orientation reads besides the posture. */
export const ORIENTATION_INPUTS: readonly string[] = ['triage.wants_to_learn', 'triage.need', 'primo.french'];

export interface AlertRule {
  readonly id: AlertId;
  readonly inputs: readonly string[];
  readonly holds: (answers: Answers) => boolean;
}

/** The alerts, in the order they are shown. */
export const ALERT_RULES: readonly AlertRule[] = [
  { id: 'urgent-situation', inputs: ['triage.urgency'], holds: (a) => a['triage.urgency'] === 'urgent' },
  {
    id: 'email-not-checked',
    inputs: ['primo.has_email', 'primo.checks_email'],
    holds: (a) => a['primo.has_email'] === 'yes' && (a['primo.checks_email'] === 'rarely' || a['primo.checks_email'] === 'never'),
  },
  { id: 'no-internet-at-home', inputs: ['primo.internet'], holds: (a) => a['primo.internet'] === 'no' },
  {
    id: 'no-device',
    inputs: ['primo.devices'],
    holds: (a) => Array.isArray(a['primo.devices']) && (a['primo.devices'] as readonly string[]).includes('none'),
  },
  { id: 'french-reading', inputs: ['primo.french'], holds: readsFrenchWithDifficulty },
];
