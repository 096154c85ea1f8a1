// The journey as a small state machine: which screens exist for a mode and the answers so far,
// and where next, back and « passer ce domaine » lead. Pure: no Svelte, no DOM, no storage.
// From the engine's modules, not its index: the first screen needs the questionnaire, not the scoring.
import { AREAS, OBSERVATION_ITEMS, PRIMO_ITEMS, SKIP, TRIAGE_ITEMS, withoutAreas, type ItemDef } from '../diagnostic/instrument';
import type { Answers, AreaId, ExerciseId, Mode } from '../diagnostic/types';

export type JourneySection = 'primo' | 'obs' | 'triage' | AreaId | 'bilan';

export type Step =
  | { key: string; kind: 'item'; section: JourneySection; item: ItemDef }
  | { key: string; kind: 'area-intro'; section: AreaId; area: AreaId }
  | { key: string; kind: 'exercise'; section: AreaId; exercise: ExerciseId }
  | { key: 'checkpoint'; kind: 'checkpoint'; section: 'triage' }
  | { key: 'bilan' | 'bilan:quick'; kind: 'bilan'; section: 'bilan'; quick: boolean };

export const BILAN_KEY = 'bilan';
export const CHECKPOINT_KEY = 'checkpoint';
/** The bilan right after the checkpoint: outside the sequence, Back returns to the checkpoint. */
export const QUICK_BILAN_KEY = 'bilan:quick';
const QUICK_BILAN: Step = { key: QUICK_BILAN_KEY, kind: 'bilan', section: 'bilan', quick: true };

const itemSteps = (items: readonly ItemDef[], answers: Answers): Step[] =>
  items
    .filter((item) => !item.askedWhen || item.askedWhen(answers))
    .map((item) => ({ key: `item:${item.id}`, kind: 'item', section: item.section, item }));

export function sectionsOf(mode: Mode): JourneySection[] {
  return ['primo', ...(mode === 'mediator' ? (['obs'] as const) : []), 'triage', ...AREAS.map((a) => a.id), 'bilan'];
}

/** Every screen of the journey, in order, for this mode and these answers. */
export function buildSteps(mode: Mode, answers: Answers): Step[] {
  const steps: Step[] = [...itemSteps(PRIMO_ITEMS, answers)];
  if (mode === 'mediator') steps.push(...itemSteps(OBSERVATION_ITEMS, answers));
  steps.push(...itemSteps(TRIAGE_ITEMS, answers));
  steps.push({ key: CHECKPOINT_KEY, kind: 'checkpoint', section: 'triage' });
  for (const area of AREAS) {
    steps.push({ key: `area:${area.id}`, kind: 'area-intro', section: area.id, area: area.id });
    steps.push(...itemSteps(area.items, answers));
    steps.push(...area.exercises.map((exercise): Step => ({ key: `exercise:${exercise}`, kind: 'exercise', section: area.id, exercise })));
  }
  steps.push({ key: BILAN_KEY, kind: 'bilan', section: 'bilan', quick: false });
  return steps;
}

export const firstStepKey = (mode: Mode, answers: Answers): string => buildSteps(mode, answers)[0].key;

/** The step for a key, or the first step when the key no longer exists (an answer changed the path). */
export function findStep(steps: readonly Step[], key: string): Step {
  if (key === QUICK_BILAN_KEY) return QUICK_BILAN;
  return steps.find((s) => s.key === key) ?? steps[0];
}

/** The answers a bilan scores: a quick bilan leaves every area not assessed, whatever was answered there. */
export function bilanAnswers(step: Step, answers: Answers): Answers {
  return step.kind === 'bilan' && step.quick ? withoutAreas(answers) : answers;
}

export function nextStepKey(steps: readonly Step[], key: string): string {
  if (key === QUICK_BILAN_KEY) return key;
  const index = steps.findIndex((s) => s.key === key);
  return steps[Math.min(index + 1, steps.length - 1)].key;
}

/** The step before; null on the first one (Back then returns to the welcome screen). */
export function previousStepKey(steps: readonly Step[], key: string): string | null {
  if (key === QUICK_BILAN_KEY) return CHECKPOINT_KEY;
  const index = steps.findIndex((s) => s.key === key);
  return index > 0 ? steps[index - 1].key : null;
}

/** The answers that mark a whole area as skipped: not assessed, never guessed. */
export function skippedAreaAnswers(area: AreaId): Record<string, string> {
  const def = AREAS.find((a) => a.id === area);
  if (!def) return {};
  return Object.fromEntries([...def.items.map((i) => i.id), ...def.exercises].map((id) => [id, SKIP]));
}

/** The first step after the area the given step belongs to. */
export function stepAfterArea(steps: readonly Step[], area: AreaId): string {
  const lastIndex = steps.findLastIndex((s) => s.section === area);
  return steps[Math.min(lastIndex + 1, steps.length - 1)].key;
}

export interface Progress {
  /** 1-based section number, and how many sections */
  section: number;
  sections: number;
  /** 1-based position of the screen inside its section, and how many screens it has */
  position: number;
  count: number;
}

export function progressOf(mode: Mode, steps: readonly Step[], key: string): Progress {
  const step = findStep(steps, key);
  const sections = sectionsOf(mode);
  const inSection = steps.filter((s) => s.section === step.section);
  // The quick bilan is outside the sequence: it stands for the bilan section's one screen.
  const index = Math.max(0, inSection.findIndex((s) => s.key === step.key));
  return {
    section: sections.indexOf(step.section) + 1,
    sections: sections.length,
    position: index + 1,
    count: inSection.length,
  };
}
