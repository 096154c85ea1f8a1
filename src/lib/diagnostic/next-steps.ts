// The next-step catalogue (framework section 3). Each step has a condition and a priority group;
// the sheet shows at most MAX_NEXT_STEPS, posture first, then alerts, then the weakest areas.
import type { AlertId, Answers, AreaId, AreaResult, NextStepId, Posture } from './types';
import { isBelowAutonomous, levelRank } from './levels';

export const MAX_NEXT_STEPS = 6;

export interface StepContext {
  answers: Answers;
  areas: Record<AreaId, AreaResult>;
  posture: Posture;
  alerts: readonly AlertId[];
}

type Priority = { group: 'posture' | 'alert' | 'other' } | { group: 'area'; area: AreaId };

interface StepDef {
  id: NextStepId;
  priority: Priority;
  when: (c: StepContext) => boolean;
}

const below = (area: AreaId) => (c: StepContext) => isBelowAutonomous(c.areas[area].level);
/** A can-do item answered, and not « seul·e » (a skipped item is not guessed). */
const notAlone = (item: string) => (c: StepContext) => {
  const v = c.answers[item];
  return v === 'with-help' || v === 'not-yet';
};
const needIs = (...needs: string[]) => (c: StepContext) => needs.includes(c.answers['triage.need'] as string);
const area = (id: AreaId): Priority => ({ group: 'area', area: id });

const CATALOGUE: readonly StepDef[] = [
  { id: 'procedure.do-together', priority: { group: 'posture' }, when: (c) => c.posture === 'faire-a-la-place' },
  {
    id: 'procedure.france-services',
    priority: { group: 'posture' },
    when: (c) => c.posture === 'reorienter' || needIs('admin')(c),
  },
  { id: 'email.check-weekly', priority: { group: 'alert' }, when: (c) => c.alerts.includes('email-not-checked') },
  {
    id: 'internet.access-point',
    priority: { group: 'alert' },
    when: (c) => c.alerts.includes('no-internet-at-home') || c.alerts.includes('no-device'),
  },
  {
    id: 'email.create-with-mediator',
    priority: { group: 'alert' },
    when: (c) => c.answers['primo.has_email'] === 'no' || c.answers['primo.has_email'] === 'unsure',
  },
  {
    id: 'language.french-workshops',
    priority: { group: 'alert' },
    when: (c) => c.alerts.includes('french-reading'),
  },
  { id: 'device.practice-basics', priority: area('device'), when: below('device') },
  { id: 'mouse.practice', priority: area('mouse'), when: below('mouse') },
  { id: 'browser.address-bar', priority: area('browser'), when: below('browser') },
  { id: 'browser.official-sites', priority: area('browser'), when: notAlone('browser.official') },
  { id: 'email.attach', priority: area('email'), when: below('email') },
  { id: 'email.scams', priority: area('email'), when: notAlone('email.scam') },
  { id: 'passwords.memo', priority: area('passwords'), when: below('passwords') },
  { id: 'passwords.strong', priority: area('passwords'), when: notAlone('passwords.create') },
  { id: 'passwords.franceconnect', priority: area('passwords'), when: notAlone('passwords.franceconnect') },
  { id: 'procedures.practice', priority: area('procedures'), when: below('procedures') },
  { id: 'procedures.keep-receipt', priority: area('procedures'), when: notAlone('procedures.receipt') },
  { id: 'rights.information', priority: { group: 'other' }, when: needIs('admin', 'both') },
  {
    id: 'learning.workshops',
    priority: { group: 'other' },
    when: (c) => c.answers['triage.wants_to_learn'] === 'yes' || c.answers['triage.wants_to_learn'] === 'later',
  },
  { id: 'learning.go-further', priority: { group: 'other' }, when: (c) => c.posture === 'laisser-faire' },
  {
    id: 'security.clean-traces',
    priority: { group: 'other' },
    when: (c) =>
      (Array.isArray(c.answers['primo.devices']) && c.answers['primo.devices'].includes('none')) ||
      Object.values(c.areas).some((a) => isBelowAutonomous(a.level)),
  },
];

const GROUP_ORDER = { posture: 0, alert: 1, area: 2, other: 3 } as const;

function sortKey(p: Priority, c: StepContext): number {
  // Areas: the weakest level first; the catalogue order breaks ties (stable sort).
  return GROUP_ORDER[p.group] * 10 + (p.group === 'area' ? levelRank(c.areas[p.area].level) : 0);
}

/** The next steps that apply, most useful first, at most MAX_NEXT_STEPS. */
export function chooseNextSteps(c: StepContext): NextStepId[] {
  return CATALOGUE.filter((s) => s.when(c))
    .map((s, index) => ({ id: s.id, key: sortKey(s.priority, c), index }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .slice(0, MAX_NEXT_STEPS)
    .map((s) => s.id);
}
