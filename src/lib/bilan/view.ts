// The bilan as data: what the screen, the printed sheet, and later a shared (QR) bilan or a
// training debrief all show. Ids, levels and translation keys, never sentences: each surface
// translates them, in the person's language or in French (the agent's copy, the activity report).
// Pure: no DOM, no Svelte, no storage.
import {
  activityReport,
  AREA_IDS,
  evaluate,
  itemById,
  sanitizeAnswers,
  SKIP,
  type ActivityReport,
  type AlertId,
  type Answers,
  type AreaId,
  type ItemId,
  type Level,
  type Mode,
  type NextStepId,
  type OrientationId,
  type Posture,
} from '../diagnostic';

export interface AreaView {
  area: AreaId;
  level: Level;
  /** Filled steps out of three; null when the area was not assessed: there is nothing to count. */
  steps: 1 | 2 | 3 | null;
  declared: Level | null;
  observed: Level | null;
  /** The person's answers and the exercises disagree: both are shown beside the level. */
  differs: boolean;
}

/** One line of the bilan with a label and values, all as translation keys; no value: asked, not answered. */
export interface LabelledRow {
  label: string;
  values: string[];
}

export interface SummaryRow extends LabelledRow {
  item: ItemId;
}

export interface ReportRow extends LabelledRow {
  field: ReportField;
}

export interface BilanView {
  mode: Mode;
  posture: Posture;
  areas: AreaView[];
  orientation: OrientationId[];
  nextSteps: NextStepId[];
  alerts: AlertId[];
  /** The primo answers repeated on the bilan, only for the questions that were asked. */
  summary: SummaryRow[];
  /** The activity report in La Coop's vocabulary: the mediator's, so in `mediator` mode only. */
  report: ReportRow[] | null;
}

/**
 * The primo items the bilan repeats, in this order, with the key of their label. A new item is one
 * line here and its label in locales/; its values use the question's own texts (items.<id>.values).
 */
export const SUMMARY_ITEMS: readonly { item: ItemId; label: string }[] = [
  { item: 'primo.devices', label: 'sheet.situation.devices' },
  { item: 'primo.internet', label: 'sheet.situation.internet' },
  { item: 'primo.has_email', label: 'sheet.situation.email' },
  { item: 'primo.checks_email', label: 'sheet.situation.checksEmail' },
  { item: 'primo.french', label: 'sheet.situation.french' },
];

/**
 * The fields of the activity report, in this order. Each is labelled `mediator.report.<field>`
 * and its values `mediator.report.<field>Values.<value>`: a new field is one word here.
 */
export const REPORT_FIELDS = ['autonomy', 'equipment', 'orientation', 'themes'] as const satisfies readonly (keyof ActivityReport)[];
export type ReportField = (typeof REPORT_FIELDS)[number];

const STEPS: Readonly<Record<Level, AreaView['steps']>> = { 'to-discover': 1, learning: 2, autonomous: 3, 'not-assessed': null };

function summaryOf(answers: Answers): SummaryRow[] {
  return SUMMARY_ITEMS.flatMap(({ item, label }) => {
    const asked = itemById(item)?.askedWhen?.(answers) ?? true;
    if (!asked) return [];
    const answer = answers[item];
    const given = Array.isArray(answer) ? answer : typeof answer === 'string' && answer !== SKIP ? [answer] : [];
    return [{ item, label, values: given.map((value) => `items.${item}.values.${value}`) }];
  });
}

function reportOf(report: ActivityReport): ReportRow[] {
  return REPORT_FIELDS.map((field) => {
    const value: string | readonly string[] = report[field];
    const values = typeof value === 'string' ? [value] : value;
    return { field, label: `mediator.report.${field}`, values: values.map((v) => `mediator.report.${field}Values.${v}`) };
  });
}

/** The bilan of a set of answers, for any surface. Invalid answers are left out, as evaluate does. */
export function bilanView(input: Answers, mode: Mode): BilanView {
  const result = evaluate(input);
  const answers = sanitizeAnswers(input);
  return {
    mode,
    posture: result.posture,
    areas: AREA_IDS.map((area) => {
      const { level, declared, observed } = result.areas[area];
      return {
        area,
        level,
        steps: STEPS[level],
        declared: declared ?? null,
        observed: observed ?? null,
        differs: declared !== undefined && observed !== undefined && declared !== observed,
      };
    }),
    orientation: result.orientation,
    nextSteps: result.nextSteps,
    alerts: result.alerts,
    summary: summaryOf(answers),
    report: mode === 'mediator' ? reportOf(activityReport(answers, result)) : null,
  };
}
