// The training debrief: the trainee's bilan beside the card's, and for each difference the answers
// that caused it and the rule that decides it. The expected result is evaluate(card answers), and
// the rules and the answers they read come from the engine's tables (../rules): nothing restated.
import { evaluateWithRule, scoredAnswers } from '../evaluate';
import { AREAS, SKIP } from '../instrument';
import { ALERT_RULES, AUTONOMY_AREAS, OBSERVATION_CAPS, ORIENTATION_INPUTS, POSTURE_INPUTS, RULE_IDS, URGENCY_AREAS, type RuleId } from '../rules';
import { AREA_IDS, type AnswerValue, type Answers, type AreaId, type Result } from '../types';

export interface Cause {
  item: string;
  /** the card's answer; undefined when the card has none */
  expected?: AnswerValue;
  /** the trainee's answer; undefined when none was given */
  actual?: AnswerValue;
}

export interface Difference {
  topic: 'posture' | 'level' | 'alert' | 'orientation';
  /** 'posture', an area id, an alert id or 'orientation' */
  subject: string;
  expected: string;
  actual: string;
  rule: RuleId;
  causes: Cause[];
}

export interface Debrief {
  expected: Result;
  actual: Result;
  match: boolean;
  differences: Difference[];
}

// « Passer » and no answer count the same (neither is scored): not a cause worth naming.
const counted = (value: AnswerValue | undefined): AnswerValue | null => (value === undefined || value === SKIP ? null : value);
const sameValue = (a: AnswerValue | undefined, b: AnswerValue | undefined): boolean => JSON.stringify(counted(a)) === JSON.stringify(counted(b));

function causesAmong(items: readonly string[], card: Answers, trainee: Answers): Cause[] {
  return [...new Set(items)]
    .filter((item) => !sameValue(card[item], trainee[item]))
    .map((item) => ({ item, expected: card[item], actual: trainee[item] }));
}

/** Every answer an area's level reads: its can-do items, its exercises, the observation that caps it. */
function areaInputs(area: AreaId): string[] {
  const def = AREAS.find((a) => a.id === area);
  const caps = OBSERVATION_CAPS.filter((c) => c.area === area).map((c) => c.item);
  return [...caps, ...(def?.exercises ?? []), ...(def?.items.map((i) => i.id) ?? [])];
}

function levelRule(causes: readonly Cause[]): RuleId {
  if (causes.some((c) => OBSERVATION_CAPS.some((cap) => cap.item === c.item))) return 'level.observation';
  if (causes.some((c) => c.item.startsWith('exercise.'))) return 'level.observed';
  return 'level.declared';
}

const earlier = (a: RuleId, b: RuleId): RuleId => (RULE_IDS.indexOf(a) <= RULE_IDS.indexOf(b) ? a : b);

/** Compares a trainee's answers with a card's; both are read as evaluate reads them. */
export function debrief(cardAnswers: Answers, traineeAnswers: Answers): Debrief {
  const card = scoredAnswers(cardAnswers);
  const trainee = scoredAnswers(traineeAnswers);
  const expected = evaluateWithRule(card);
  const actual = evaluateWithRule(trainee);
  const differences: Difference[] = [];

  if (expected.result.posture !== actual.result.posture) {
    const areas = [...new Set([...URGENCY_AREAS, ...AUTONOMY_AREAS])];
    differences.push({
      topic: 'posture',
      subject: 'posture',
      expected: expected.result.posture,
      actual: actual.result.posture,
      // The rules apply in order: the first one that fired on either side decides the difference.
      rule: earlier(expected.postureRule, actual.postureRule),
      causes: causesAmong([...POSTURE_INPUTS, ...areas.flatMap(areaInputs)], card, trainee),
    });
  }
  for (const area of AREA_IDS) {
    const want = expected.result.areas[area].level;
    const got = actual.result.areas[area].level;
    if (want === got) continue;
    const causes = causesAmong(areaInputs(area), card, trainee);
    differences.push({ topic: 'level', subject: area, expected: want, actual: got, rule: levelRule(causes), causes });
  }
  for (const rule of ALERT_RULES) {
    const want = expected.result.alerts.includes(rule.id);
    const got = actual.result.alerts.includes(rule.id);
    if (want === got) continue;
    differences.push({
      topic: 'alert',
      subject: rule.id,
      expected: String(want),
      actual: String(got),
      rule: `alert.${rule.id}`,
      causes: causesAmong(rule.inputs, card, trainee),
    });
  }
  if (expected.result.orientation.join() !== actual.result.orientation.join()) {
    differences.push({
      topic: 'orientation',
      subject: 'orientation',
      expected: expected.result.orientation.join(' '),
      actual: actual.result.orientation.join(' '),
      rule: 'orientation',
      causes: causesAmong(ORIENTATION_INPUTS, card, trainee),
    });
  }
  return { expected: expected.result, actual: actual.result, match: differences.length === 0, differences };
}
