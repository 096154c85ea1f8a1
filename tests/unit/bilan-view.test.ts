// The bilan's view (src/lib/bilan): what every surface shows, as data. Table by table: the areas'
// levels with declared and observed, the primo summary of the questions asked, the activity report.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evidenceText, valuesText, type Translate } from '../../src/lib/bilan/format';
import { bilanView, REPORT_FIELDS, SUMMARY_ITEMS, type AreaView, type SummaryRow } from '../../src/lib/bilan/view';
import { AREA_IDS, AREAS, evaluate, itemById, LEVELS, ORIENTATION_IDS, type AnswerValue, type AreaId, type Answers } from '../../src/lib/diagnostic';

type Tree = { [key: string]: Tree | string };
const FR = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../locales/fr.json'), 'utf8')) as Tree;
/** The French text of a nested key (the keys read here hold no dotted id). */
const french: Translate = (key, params) => {
  let node: Tree | string | undefined = FR;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no French text for ${key}`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
};

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Every can-do item of an area rated the same. */
const rate = (area: AreaId, value: string): Record<string, AnswerValue> =>
  Object.fromEntries((AREAS.find((a) => a.id === area)?.items ?? []).map((item) => [item.id, value]));

describe('the areas', () => {
  it.each<[string, Answers, AreaId, Omit<AreaView, 'area'>]>([
    ['nothing answered: not assessed, no step to count', {}, 'mouse', { level: 'not-assessed', steps: null, declared: null, observed: null, differs: false }],
    ['only answers: the declared level, three steps', rate('device', 'alone'), 'device', { level: 'autonomous', steps: 3, declared: 'autonomous', observed: null, differs: false }],
    [
      '« alone » but the exercise failed: the lower level, both shown',
      { ...rate('mouse', 'alone'), 'exercise.pointer': 0 },
      'mouse',
      { level: 'to-discover', steps: 1, declared: 'autonomous', observed: 'to-discover', differs: true },
    ],
    [
      'answers and exercise agree: nothing to add',
      { ...rate('mouse', 'with-help'), 'exercise.pointer': 1, 'exercise.typing': 1 },
      'mouse',
      { level: 'learning', steps: 2, declared: 'learning', observed: 'learning', differs: false },
    ],
    ['an exercise alone: the observed level', { 'exercise.browser': 2 }, 'browser', { level: 'autonomous', steps: 3, declared: null, observed: 'autonomous', differs: false }],
    ['an area skipped, the mediator saw the person unable', { 'obs.handling': 'unable' }, 'mouse', { level: 'to-discover', steps: 1, declared: null, observed: 'to-discover', differs: false }],
  ])('%s', (_name, answers, area, expected) => {
    const row = bilanView(answers, 'self').areas.find((a) => a.area === area);
    expect(row).toEqual({ area, ...expected });
  });

  it('lists every area of the instrument in its order, with the levels evaluate gives', () => {
    const answers: Answers = { ...rate('mouse', 'alone'), 'exercise.pointer': 0, 'triage.urgency': 'urgent' };
    const view = bilanView(answers, 'mediator');
    const result = evaluate(answers);
    expect(view.areas.map((a) => a.area)).toEqual([...AREA_IDS]);
    expect(view.areas.map((a) => a.level)).toEqual(AREA_IDS.map((a) => result.areas[a].level));
    expect(view).toMatchObject({ posture: result.posture, orientation: result.orientation, nextSteps: result.nextSteps, alerts: result.alerts });
  });
});

describe('the primo summary: only the questions that were asked', () => {
  const rows = (answers: Answers): Pick<SummaryRow, 'item' | 'values'>[] => bilanView(answers, 'self').summary.map(({ item, values }) => ({ item, values }));
  const v = (item: string, ...values: string[]) => ({ item, values: values.map((value) => `items.${item}.values.${value}`) });

  it.each<[string, Answers, Pick<SummaryRow, 'item' | 'values'>[]]>([
    [
      'every answer, the email check included',
      { 'primo.devices': ['smartphone', 'tablet'], 'primo.internet': 'mobile-only', 'primo.has_email': 'yes', 'primo.checks_email': 'never' },
      [v('primo.devices', 'smartphone', 'tablet'), v('primo.internet', 'mobile-only'), v('primo.has_email', 'yes'), v('primo.checks_email', 'never')],
    ],
    [
      'no email: the email check was not asked, an old answer to it is not printed',
      { 'primo.devices': ['none'], 'primo.internet': 'no', 'primo.has_email': 'no', 'primo.checks_email': 'weekly' },
      [v('primo.devices', 'none'), v('primo.internet', 'no'), v('primo.has_email', 'no')],
    ],
    [
      'asked but skipped or not reached: the row stays, with no value',
      { 'primo.devices': 'skip', 'primo.has_email': 'yes', 'primo.checks_email': 'skip' },
      [v('primo.devices'), v('primo.internet'), v('primo.has_email', 'yes'), v('primo.checks_email')],
    ],
    ['an invalid value is left out, as evaluate does', { 'primo.internet': 'maybe', 'primo.has_email': 'yes' }, [v('primo.devices'), v('primo.internet'), v('primo.has_email', 'yes'), v('primo.checks_email')]],
  ])('%s', (_name, answers, expected) => {
    expect(rows(answers)).toEqual(expected);
  });

  it('names primo items of the instrument only, each with a French label and French words for every value', () => {
    for (const { item, label } of SUMMARY_ITEMS) {
      const def = itemById(item);
      expect(def?.section, item).toBe('primo');
      expect(french(label)).not.toBe('');
      for (const value of def?.values ?? []) expect(french(`items.${item}.values.${value}`)).not.toBe('');
    }
  });
});

describe('the activity report', () => {
  it('is the mediator’s: none in self mode', () => {
    expect(bilanView({ 'primo.devices': ['computer'] }, 'self').report).toBeNull();
  });

  it.each<[string, Answers, string[][]]>([
    [
      'the lowest assessed level, the equipment in La Coop’s order, each structure once',
      { ...rate('device', 'alone'), ...rate('mouse', 'not-yet'), 'primo.devices': ['smartphone', 'computer'] },
      [['Avec guidage'], ['Ordinateur', 'Téléphone'], ['Structure de médiation numérique'], ['Diagnostic numérique']],
    ],
    [
      'nothing assessed, no device given',
      { 'triage.need': 'admin', 'triage.wants_to_learn': 'no' },
      [['Non évalué'], [], ['France Services', 'Aide sociale'], ['Diagnostic numérique']],
    ],
  ])('%s', (_name, answers, expected) => {
    const report = bilanView(answers, 'mediator').report ?? [];
    expect(report.map((row) => row.field)).toEqual([...REPORT_FIELDS]);
    expect(report.map((row) => french(row.label))).toEqual(['Autonomie', 'Matériel', 'Orientation', 'Thématiques']);
    expect(report.map((row) => valuesText(row, french)?.split(', ') ?? [])).toEqual(expected);
  });

  it('has a French label for every value a field can take', () => {
    const values: Record<(typeof REPORT_FIELDS)[number], readonly string[]> = {
      autonomy: LEVELS,
      equipment: ['computer', 'smartphone', 'tablet', 'other', 'none'],
      orientation: ORIENTATION_IDS,
      themes: ['diagnostic', 'social-health', 'work', 'taxes-money', 'papers', 'residence', 'housing', 'family-school', 'social-networks'],
    };
    for (const field of REPORT_FIELDS) {
      expect(french(`mediator.report.${field}`)).not.toBe('');
      for (const value of values[field]) expect(french(`mediator.report.${field}Values.${value}`), `${field} ${value}`).not.toBe('');
    }
  });
});

describe('the sentences built from several texts', () => {
  const area = (declared: AreaView['declared'], observed: AreaView['observed'], differs: boolean): AreaView => ({
    area: 'mouse',
    level: 'to-discover',
    steps: 1,
    declared,
    observed,
    differs,
  });

  it.each<[string, AreaView, string | null]>([
    ['answers and exercises disagree', area('autonomous', 'to-discover', true), 'Selon vos réponses\u00a0: Autonome · Selon les exercices\u00a0: À découvrir'],
    ['they agree', area('learning', 'learning', false), null],
    ['only answers', area('learning', null, false), null],
  ])('evidence when %s', (_name, row, expected) => {
    expect(evidenceText(row, french)).toBe(expected);
  });

  it('gives no words for a row without values, so each surface says « not answered » its own way', () => {
    expect(valuesText({ label: 'sheet.situation.devices', values: [] }, french)).toBeNull();
  });
});
