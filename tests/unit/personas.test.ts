// Whole journeys, person by person: the answers a real visit would give, and what the bilan must say.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AREA_IDS, type AlertId, type AreaId, type Level, type NextStepId, type OrientationId, type Posture } from '../../src/lib/diagnostic';
import { allAreas, allExercises, scenario, type Scenario } from '../support/scenario';

interface Persona {
  name: string;
  build: () => Scenario;
  posture: Posture;
  levels: Record<AreaId, Level>;
  orientation: OrientationId;
  alerts: AlertId[];
  /** next steps that must be on the sheet */
  steps?: NextStepId[];
  /** next steps that must not */
  notSteps?: NextStepId[];
}

const NA = 'not-assessed';
const levels = (
  device: Level,
  mouse: Level,
  browser: Level,
  email: Level,
  passwords: Level,
  procedures: Level = NA,
): Record<AreaId, Level> => ({
  device,
  mouse,
  browser,
  email,
  passwords,
  procedures,
});

const PERSONAS: Persona[] = [
  {
    name: 'Retraitée sans appareil, renouvellement du RSA urgent',
    build: () =>
      scenario()
        .answerAll({
          'primo.tried_online': 'no',
          'primo.has_email': 'no',
          'primo.devices': ['none'],
          'primo.internet': 'no',
          'triage.urgency': 'urgent',
          'triage.wants_to_learn': 'later',
          'triage.need': 'both',
        })
        .answerArea('device', 'not-yet')
        .answerItems('mouse', ['with-help', 'not-yet', 'not-yet', 'not-yet']),
    posture: 'faire-a-la-place',
    levels: levels('to-discover', 'to-discover', NA, NA, NA),
    orientation: 'aidants-connect',
    alerts: ['urgent-situation', 'no-internet-at-home', 'no-device'],
    steps: ['procedure.do-together', 'internet.access-point', 'email.create-with-mediator'],
    notSteps: ['learning.go-further'],
  },
  {
    name: 'Jeune autonome sur smartphone, ne veut rien apprendre',
    build: () =>
      allExercises(
        2,
        allAreas('alone').answerAll({
          'primo.tried_online': 'yes-succeeded',
          'primo.has_email': 'yes',
          'primo.checks_email': 'weekly',
          'primo.devices': ['smartphone'],
          'primo.internet': 'mobile-only',
          'triage.urgency': 'not-urgent',
          'triage.wants_to_learn': 'no',
          'triage.need': 'digital',
        }),
      ),
    posture: 'laisser-faire',
    levels: levels('autonomous', 'autonomous', 'autonomous', 'autonomous', 'autonomous', 'autonomous'),
    orientation: 'autoformation',
    alerts: [],
    steps: ['learning.go-further'],
    notSteps: ['learning.workshops', 'security.clean-traces', 'internet.access-point'],
  },
  {
    name: 'Se dit « seul·e » partout mais échoue aux mises en situation',
    build: () =>
      allExercises(
        0,
        allAreas('alone').answerAll({
          'primo.has_email': 'yes',
          'primo.checks_email': 'rarely',
          'primo.devices': ['computer', 'smartphone'],
          'primo.internet': 'yes',
          'triage.urgency': 'soon',
          'triage.wants_to_learn': 'yes',
          'triage.need': 'digital',
        }),
      ),
    posture: 'faire-avec',
    levels: levels('autonomous', 'to-discover', 'to-discover', 'to-discover', 'to-discover', 'to-discover'),
    orientation: 'atelier-mediation',
    alerts: ['email-not-checked'],
    steps: ['email.check-weekly', 'mouse.practice', 'browser.address-bar'],
    notSteps: ['device.practice-basics', 'browser.official-sites', 'email.scams'],
  },
  {
    name: 'A besoin d’un expert de son dossier et ne veut pas apprendre',
    build: () =>
      scenario()
        .answerAll({
          'primo.tried_online': 'yes-failed',
          'primo.has_email': 'yes',
          'primo.checks_email': 'weekly',
          'primo.devices': ['computer'],
          'primo.internet': 'yes',
          'triage.urgency': 'soon',
          'triage.wants_to_learn': 'no',
          'triage.need': 'admin',
        })
        .answerArea('mouse', 'alone')
        .answerArea('browser', 'alone')
        .answerItems('email', ['alone', 'alone', 'with-help', 'with-help', 'not-yet']),
    posture: 'reorienter',
    levels: levels(NA, 'autonomous', 'autonomous', 'learning', NA),
    orientation: 'france-services',
    alerts: [],
    steps: ['procedure.france-services', 'rights.information', 'email.scams'],
    notSteps: ['learning.workshops', 'procedure.do-together'],
  },
  {
    name: 'Médiateur : la personne n’arrive pas à manipuler, elle passe le bloc souris',
    build: () =>
      scenario()
        .answerAll({
          'primo.has_email': 'unsure',
          'primo.devices': ['smartphone'],
          'primo.internet': 'mobile-only',
          'obs.refuses_device': 'no',
          'obs.handling': 'unable',
          'obs.browser': 'hesitant',
          'triage.urgency': 'not-urgent',
          'triage.wants_to_learn': 'yes',
          'triage.need': 'digital',
        })
        .answerArea('device', 'with-help')
        .answerArea('mouse', 'skip')
        .exercise('exercise.pointer', 'skip')
        .exercise('exercise.typing', 'skip')
        .answerItems('browser', ['with-help', 'with-help', 'not-yet', 'not-yet', 'with-help']),
    posture: 'faire-avec',
    levels: levels('learning', 'to-discover', 'to-discover', NA, NA),
    orientation: 'atelier-mediation',
    alerts: [],
    steps: ['email.create-with-mediator', 'mouse.practice', 'browser.address-bar', 'browser.official-sites'],
  },
  {
    name: 'Passe absolument tout',
    build: () => allExercises('skip', allAreas('skip')),
    posture: 'faire-avec',
    levels: levels(NA, NA, NA, NA, NA),
    orientation: 'atelier-mediation',
    alerts: [],
    notSteps: ['security.clean-traces', 'mouse.practice'],
  },
  {
    name: 'Urgence, autonome, mais refuse de toucher l’appareil',
    build: () =>
      allAreas('alone').answerAll({
        'obs.refuses_device': 'yes',
        'obs.handling': 'easy',
        'obs.browser': 'easy',
        'triage.urgency': 'urgent',
        'triage.wants_to_learn': 'no',
        'triage.need': 'digital',
        'primo.devices': ['tablet'],
        'primo.internet': 'yes',
      }),
    posture: 'faire-a-la-place',
    levels: levels('autonomous', 'autonomous', 'autonomous', 'autonomous', 'autonomous', 'autonomous'),
    orientation: 'aidants-connect',
    alerts: ['urgent-situation'],
    steps: ['procedure.do-together'],
    notSteps: ['learning.go-further', 'learning.workshops'],
  },
  {
    name: 'Urgence, à l’aise sauf pour les mails, veut apprendre plus tard',
    build: () =>
      scenario()
        .answerAll({
          'primo.has_email': 'yes',
          'primo.checks_email': 'never',
          'primo.devices': ['computer', 'tablet'],
          'primo.internet': 'yes',
          'triage.urgency': 'urgent',
          'triage.wants_to_learn': 'later',
          'triage.need': 'both',
        })
        .answerArea('mouse', 'alone')
        .exercise('exercise.pointer', 2)
        .exercise('exercise.typing', 1)
        .answerArea('browser', 'alone')
        .answerArea('passwords', 'alone')
        .answerArea('email', 'with-help'),
    posture: 'faire-avec',
    levels: levels(NA, 'autonomous', 'autonomous', 'learning', 'autonomous'),
    orientation: 'atelier-mediation',
    alerts: ['urgent-situation', 'email-not-checked'],
    steps: ['email.check-weekly', 'email.attach', 'email.scams', 'rights.information'],
    notSteps: ['procedure.do-together', 'procedure.france-services'],
  },
  {
    name: 'Nouvelle arrivante, titre de séjour, lit très peu le français, bilan rapide',
    build: () =>
      scenario().answerAll({
        'primo.reason': 'residence',
        'primo.tried_online': 'yes-failed',
        'primo.has_email': 'yes',
        'primo.checks_email': 'rarely',
        'primo.devices': ['smartphone'],
        'primo.internet': 'mobile-only',
        'primo.french': 'very-difficult',
        'triage.urgency': 'soon',
        'triage.wants_to_learn': 'yes',
        'triage.need': 'both',
      }),
    posture: 'faire-avec',
    levels: levels(NA, NA, NA, NA, NA, NA),
    orientation: 'atelier-mediation',
    alerts: ['email-not-checked', 'french-reading'],
    steps: ['email.check-weekly', 'language.french-workshops', 'rights.information', 'learning.workshops'],
    notSteps: ['procedures.practice', 'security.clean-traces'],
  },
  {
    name: 'Urgence CAF, à l’aise avec l’ordinateur mais perdue dans les démarches',
    build: () =>
      scenario()
        .answerAll({
          'primo.reason': 'social-health',
          'primo.tried_online': 'yes-failed',
          'primo.has_email': 'yes',
          'primo.checks_email': 'weekly',
          'primo.devices': ['computer'],
          'primo.internet': 'yes',
          'primo.french': 'easy',
          'triage.urgency': 'urgent',
          'triage.wants_to_learn': 'yes',
          'triage.need': 'digital',
        })
        .answerArea('mouse', 'alone')
        .answerArea('browser', 'alone')
        .answerArea('passwords', 'alone')
        .answerItems('procedures', ['with-help', 'with-help', 'not-yet', 'with-help', 'not-yet', 'with-help'])
        .exercise('exercise.form', 1),
    posture: 'faire-a-la-place',
    levels: levels(NA, 'autonomous', 'autonomous', NA, 'autonomous', 'to-discover'),
    orientation: 'aidants-connect',
    alerts: ['urgent-situation'],
    steps: ['procedure.do-together', 'procedures.practice', 'procedures.keep-receipt'],
    notSteps: ['language.french-workshops', 'mouse.practice'],
  },
  {
    name: 'Veut garder le contact avec ses proches, autonome partout sauf les démarches',
    build: () =>
      allAreas('alone')
        .answerAll({
          'primo.reason': 'keep-in-touch',
          'primo.has_email': 'yes',
          'primo.checks_email': 'weekly',
          'primo.devices': ['smartphone', 'tablet'],
          'primo.internet': 'yes',
          'primo.french': 'difficult',
          'triage.urgency': 'not-urgent',
          'triage.wants_to_learn': 'later',
          'triage.need': 'digital',
        })
        .answerArea('procedures', 'not-yet'),
    posture: 'faire-avec',
    levels: levels('autonomous', 'autonomous', 'autonomous', 'autonomous', 'autonomous', 'to-discover'),
    orientation: 'atelier-mediation',
    alerts: ['french-reading'],
    steps: ['language.french-workshops', 'procedures.practice', 'procedures.keep-receipt', 'learning.workshops'],
    notSteps: ['learning.go-further'],
  },
];

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('personas', () => {
  it('there are at least six of them, each with a distinct name', () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(PERSONAS.map((p) => p.name)).size).toBe(PERSONAS.length);
  });

  it.each(PERSONAS.map((p) => [p.name, p] as const))('%s', (_name, p) => {
    const r = p.build().result();
    expect(r.posture).toBe(p.posture);
    expect(Object.fromEntries(AREA_IDS.map((a) => [a, r.areas[a].level]))).toEqual(p.levels);
    expect(r.orientation[0]).toBe(p.orientation);
    expect([...r.alerts].sort()).toEqual([...p.alerts].sort());
    expect(r.nextSteps.length).toBeLessThanOrEqual(6);
    for (const step of p.steps ?? []) expect(r.nextSteps).toContain(step);
    for (const step of p.notSteps ?? []) expect(r.nextSteps).not.toContain(step);
    // Every persona's answers are valid ones: nothing ignored.
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('the persona who says « alone » but fails keeps both levels on the sheet', () => {
    const r = PERSONAS[2]!.build().result();
    expect(r.areas.browser).toEqual({ level: 'to-discover', declared: 'autonomous', observed: 'to-discover' });
    expect(r.areas.mouse).toEqual({ level: 'to-discover', declared: 'autonomous', observed: 'to-discover' });
  });

  it('the observed « unable » shows as observed evidence on a skipped mouse block', () => {
    const r = PERSONAS[4]!.build().result();
    expect(r.areas.mouse).toEqual({ level: 'to-discover', observed: 'to-discover' });
  });

  it('the urgent retiree gets urgent help first, then a workshop for later', () => {
    const r = PERSONAS[0]!.build().result();
    expect(r.orientation).toContain('atelier-mediation');
    expect(r.orientation.indexOf('atelier-mediation')).toBeGreaterThan(r.orientation.indexOf('aidants-connect'));
    expect(r.nextSteps[0]).toBe('procedure.do-together');
  });

  it('the newcomer who reads little French is sent to French workshops last, after the digital help', () => {
    const r = PERSONAS.find((p) => p.name.startsWith('Nouvelle arrivante'))!.build().result();
    expect(r.orientation.at(-1)).toBe('ateliers-francais');
  });
});
