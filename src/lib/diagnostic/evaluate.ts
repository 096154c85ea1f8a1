// evaluate(answers) → Result: the scoring rules of the framework, section 3. Pure: no DOM, no storage.
import { AREAS, CAN_DO_VALUES, dropUnasked, isExerciseScore, readsFrenchWithDifficulty, sanitizeAnswers, type CanDoValue } from './instrument';
import { CAN_DO_POINTS, levelOfPoints, lowerLevel } from './levels';
import { chooseNextSteps } from './next-steps';
import type { AlertId, Answers, AreaId, AreaResult, OrientationId, Posture, Result } from './types';

/** Observations that cap an area at `to-discover` when the mediator saw the person unable. */
const OBSERVATION_CAPS: ReadonlyArray<{ item: string; area: AreaId }> = [
  { item: 'obs.handling', area: 'mouse' },
  { item: 'obs.browser', area: 'browser' },
];

/** Areas whose autonomy an urgent procedure online needs: not assessed counts as not autonomous. */
const URGENCY_AREAS: readonly AreaId[] = ['mouse', 'browser', 'passwords'];
/** Counts in an urgency only when assessed: a quick bilan or a skipped sixth area must not force the posture. */
const URGENCY_AREAS_IF_ASSESSED: readonly AreaId[] = ['procedures'];
/** Areas that decide `laisser-faire`. */
const AUTONOMY_AREAS: readonly AreaId[] = ['mouse', 'browser', 'email', 'passwords', 'procedures'];

function evaluateArea(answers: Answers, id: AreaId, items: readonly { id: string }[], exercises: readonly string[]): AreaResult {
  const declaredPoints = items
    .map((item) => answers[item.id])
    .filter((v): v is CanDoValue => typeof v === 'string' && (CAN_DO_VALUES as readonly string[]).includes(v))
    .map((v) => CAN_DO_POINTS[v]);
  const declared = levelOfPoints(declaredPoints);
  let observed = levelOfPoints(exercises.map((e) => answers[e]).filter(isExerciseScore));
  for (const cap of OBSERVATION_CAPS) {
    if (cap.area === id && answers[cap.item] === 'unable') observed = 'to-discover';
  }
  const result: AreaResult = { level: lowerLevel(declared, observed) };
  if (declared !== 'not-assessed') result.declared = declared;
  if (observed !== 'not-assessed') result.observed = observed;
  return result;
}

function choosePosture(answers: Answers, areas: Record<AreaId, AreaResult>): Posture {
  const notAutonomous =
    URGENCY_AREAS.some((a) => areas[a].level !== 'autonomous') ||
    URGENCY_AREAS_IF_ASSESSED.some((a) => areas[a].level !== 'autonomous' && areas[a].level !== 'not-assessed');
  if (answers['triage.urgency'] === 'urgent' && (notAutonomous || answers['obs.refuses_device'] === 'yes')) {
    return 'faire-a-la-place';
  }
  if (answers['triage.need'] === 'admin' && answers['triage.wants_to_learn'] === 'no') return 'reorienter';
  const assessed = AUTONOMY_AREAS.map((a) => areas[a].level).filter((l) => l !== 'not-assessed');
  if (assessed.length >= 2 && assessed.every((l) => l === 'autonomous')) return 'laisser-faire';
  return 'faire-avec';
}

const POSTURE_ORIENTATION: Readonly<Record<Posture, readonly OrientationId[]>> = {
  'faire-a-la-place': ['aidants-connect', 'accompagnement-individuel'],
  reorienter: ['france-services', 'travailleur-social'],
  'laisser-faire': ['autoformation'],
  'faire-avec': ['atelier-mediation', 'accompagnement-individuel'],
};

function chooseOrientation(answers: Answers, posture: Posture): OrientationId[] {
  const wants = answers['triage.wants_to_learn'];
  const need = answers['triage.need'];
  const list: OrientationId[] = [...POSTURE_ORIENTATION[posture]];
  // A person who does not want to learn is helped one to one, not sent to a workshop.
  if (posture === 'faire-avec' && wants === 'no') list.splice(0, 1);
  if (need === 'admin' || need === 'both') list.push('france-services');
  // Wanting to learn, even later, leads to a workshop after the urgent help.
  if (wants === 'yes' || wants === 'later') list.push('atelier-mediation');
  if (wants === 'yes' && posture !== 'faire-a-la-place') list.push('autoformation');
  // Reading French is a need of its own, met elsewhere: last, after the digital help.
  if (readsFrenchWithDifficulty(answers)) list.push('ateliers-francais');
  return [...new Set(list)];
}

function chooseAlerts(answers: Answers): AlertId[] {
  const alerts: AlertId[] = [];
  if (answers['triage.urgency'] === 'urgent') alerts.push('urgent-situation');
  const checks = answers['primo.checks_email'];
  if (answers['primo.has_email'] === 'yes' && (checks === 'rarely' || checks === 'never')) alerts.push('email-not-checked');
  if (answers['primo.internet'] === 'no') alerts.push('no-internet-at-home');
  const devices = answers['primo.devices'];
  if (Array.isArray(devices) && devices.includes('none')) alerts.push('no-device');
  if (readsFrenchWithDifficulty(answers)) alerts.push('french-reading');
  return alerts;
}

/** A printable form of any value, for the warning: JSON.stringify throws on a BigInt or a cycle. */
function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    try {
      return String(value);
    } catch {
      return `<${typeof value}>`;
    }
  }
}

/** Scores a set of answers. Unknown ids and values are ignored with a console warning; never throws. */
export function evaluate(input: Answers): Result {
  // An answer to a question that was not asked (its condition does not hold) is never scored.
  const answers = dropUnasked(
    sanitizeAnswers(input, (id, value) => {
      console.warn(`evaluate: ignored unknown answer ${JSON.stringify(id)} = ${describe(value)}`);
    }),
  );
  const areas = Object.fromEntries(
    AREAS.map((a) => [a.id, evaluateArea(answers, a.id, a.items, a.exercises)]),
  ) as Record<AreaId, AreaResult>;
  const posture = choosePosture(answers, areas);
  const alerts = chooseAlerts(answers);
  return {
    areas,
    posture,
    orientation: chooseOrientation(answers, posture),
    nextSteps: chooseNextSteps({ answers, areas, posture, alerts }),
    alerts,
  };
}

