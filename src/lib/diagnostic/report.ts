// The summary for the mediator's activity report, in the ids of La Coop de la médiation
// numérique's vocabulary (labels in locales under mediator.report).
import { AREA_IDS, type Answers, type Level, type OrientationId, type Result } from './types';
import { levelRank } from './levels';

export type EquipmentId = 'computer' | 'smartphone' | 'tablet' | 'other' | 'none';

/** The themes of La Coop's activity report (labels under mediator.report.themesValues). */
export type ThemeId =
  | 'diagnostic'
  | 'social-health'
  | 'work'
  | 'taxes-money'
  | 'papers'
  | 'residence'
  | 'housing'
  | 'family-school'
  | 'social-networks';

/** The reason's theme; `learn-digital` and `other` add none (the diagnostic theme is always there). */
const REASON_THEME: Readonly<Record<string, ThemeId>> = {
  'social-health': 'social-health',
  work: 'work',
  'taxes-money': 'taxes-money',
  papers: 'papers',
  residence: 'residence',
  housing: 'housing',
  'family-school': 'family-school',
  'keep-in-touch': 'social-networks',
};

export interface ActivityReport {
  /** the lowest assessed level: the autonomy of the person for this accompaniment */
  autonomy: Level;
  equipment: EquipmentId[];
  orientation: OrientationId[];
  /** « Diagnostic numérique », then the theme of why the person came */
  themes: ThemeId[];
}

const EQUIPMENT_ORDER: readonly EquipmentId[] = ['computer', 'smartphone', 'tablet', 'other', 'none'];

export function activityReport(answers: Answers, result: Result): ActivityReport {
  const levels = AREA_IDS.map((a) => result.areas[a].level).filter((l) => l !== 'not-assessed');
  const autonomy = levels.length === 0 ? 'not-assessed' : levels.reduce((low, l) => (levelRank(l) < levelRank(low) ? l : low));
  const devices = answers['primo.devices'];
  const equipment = Array.isArray(devices) ? EQUIPMENT_ORDER.filter((e) => devices.includes(e)) : [];
  const reason = answers['primo.reason'];
  // Own keys only: an unknown reason such as « constructor » must not reach Object.prototype.
  const theme = typeof reason === 'string' && Object.hasOwn(REASON_THEME, reason) ? REASON_THEME[reason] : undefined;
  const themes: ThemeId[] = theme ? ['diagnostic', theme] : ['diagnostic'];
  return { autonomy, equipment, orientation: result.orientation, themes };
}
