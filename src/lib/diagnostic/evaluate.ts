// evaluate(answers) → Result: the scoring rules of the framework, section 3. Pure: no DOM, no storage.
import { AREAS, CAN_DO_VALUES, dropUnasked, isExerciseScore, sanitizeAnswers, type CanDoValue } from './instrument';
import { readsFrenchWithDifficulty } from './french-reading';
import { CAN_DO_POINTS, levelOfPoints, lowerLevel } from './levels';
import { chooseNextSteps } from './next-steps';
import { ALERT_RULES, AUTONOMY_AREAS, OBSERVATION_CAPS, URGENCY_AREAS, URGENCY_AREAS_IF_ASSESSED, type PostureRuleId } from './rules';
import type { AlertId, Answers, AreaId, AreaResult, OrientationId, Posture, Result } from './types';

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

/** The posture and the rule that decided it (the debrief of the training mode names it). */
function choosePosture(answers: Answers, areas: Record<AreaId, AreaResult>): { posture: Posture; rule: PostureRuleId } {
  const notAutonomous =
    URGENCY_AREAS.some((a) => areas[a].level !== 'autonomous') ||
    URGENCY_AREAS_IF_ASSESSED.some((a) => areas[a].level !== 'autonomous' && areas[a].level !== 'not-assessed');
  if (answers['triage.urgency'] === 'urgent' && (notAutonomous || answers['obs.refuses_device'] === 'yes')) {
    return { posture: 'faire-a-la-place', rule: 'posture.urgency' };
  }
  if (answers['triage.need'] === 'admin' && answers['triage.wants_to_learn'] === 'no') return { posture: 'reorienter', rule: 'posture.reorienter' };
  const assessed = AUTONOMY_AREAS.map((a) => areas[a].level).filter((l) => l !== 'not-assessed');
  if (assessed.length >= 2 && assessed.every((l) => l === 'autonomous')) return { posture: 'laisser-faire', rule: 'posture.laisser-faire' };
  return { posture: 'faire-avec', rule: 'posture.faire-avec' };
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
  return ALERT_RULES.filter((rule) => rule.holds(answers)).map((rule) => rule.id);
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

/** The answers as evaluate reads them: valid ones only, none to a question that was not asked. */
export function scoredAnswers(input: Answers): Answers {
  return dropUnasked(
    sanitizeAnswers(input, (id, value) => {
      console.warn(`evaluate: ignored unknown answer ${JSON.stringify(id)} = ${describe(value)}`);
    }),
  );
}

/** evaluate, with the posture rule that fired: for the training debrief. */
export function evaluateWithRule(input: Answers): { result: Result; postureRule: PostureRuleId } {
  const answers = scoredAnswers(input);
  const areas = Object.fromEntries(
    AREAS.map((a) => [a.id, evaluateArea(answers, a.id, a.items, a.exercises)]),
  ) as Record<AreaId, AreaResult>;
  const { posture, rule } = choosePosture(answers, areas);
  const alerts = chooseAlerts(answers);
  return {
    result: { areas, posture, orientation: chooseOrientation(answers, posture), nextSteps: chooseNextSteps({ answers, areas, posture, alerts }), alerts },
    postureRule: rule,
  };
}

/** Scores a set of answers. Unknown ids and values are ignored with a console warning; never throws. */
export function evaluate(input: Answers): Result {
  return evaluateWithRule(input).result;
}
