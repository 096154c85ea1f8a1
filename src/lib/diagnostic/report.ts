// The summary for the mediator's activity report, in the ids of La Coop de la médiation
// numérique's vocabulary (labels in locales under mediator.report).
import { AREA_IDS, type Answers, type Level, type OrientationId, type Result } from './types';
import { levelRank } from './levels';

export type EquipmentId = 'computer' | 'smartphone' | 'tablet' | 'other' | 'none';

export interface ActivityReport {
  /** the lowest assessed level: the autonomy of the person for this accompaniment */
  autonomy: Level;
  equipment: EquipmentId[];
  orientation: OrientationId[];
}

const EQUIPMENT_ORDER: readonly EquipmentId[] = ['computer', 'smartphone', 'tablet', 'other', 'none'];

export function activityReport(answers: Answers, result: Result): ActivityReport {
  const levels = AREA_IDS.map((a) => result.areas[a].level).filter((l) => l !== 'not-assessed');
  const autonomy = levels.length === 0 ? 'not-assessed' : levels.reduce((low, l) => (levelRank(l) < levelRank(low) ? l : low));
  const devices = answers['primo.devices'];
  const equipment = Array.isArray(devices) ? EQUIPMENT_ORDER.filter((e) => devices.includes(e)) : [];
  return { autonomy, equipment, orientation: result.orientation };
}
