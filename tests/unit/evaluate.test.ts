// Unit tests of evaluate(), rule by rule, against the framework (section 3).
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import {
  AREA_IDS,
  AUTONOMOUS_THRESHOLD,
  LEARNING_THRESHOLD,
  MAX_NEXT_STEPS,
  evaluate,
  levelOfPoints,
  lowerLevel,
  type AlertId,
  type AreaId,
  type Level,
  type NextStepId,
  type OrientationId,
  type Posture,
} from '../../src/lib/diagnostic';
import { allAreas, allExercises, scenario, type CanDoAnswer, type Scenario } from '../support/scenario';

const A = 'alone';
const H = 'with-help';
const N = 'not-yet';
const S = 'skip';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

// ---------------------------------------------------------------------------------------------
describe('level of an area from its can-do items', () => {
  it('uses the thresholds of the framework', () => {
    expect(LEARNING_THRESHOLD).toBe(0.75);
    expect(AUTONOMOUS_THRESHOLD).toBe(1.5);
  });

  it.each<[number[], Level]>([
    [[], 'not-assessed'],
    [[0], 'to-discover'],
    [[0.74], 'to-discover'],
    [[0.75], 'learning'],
    [[1.49], 'learning'],
    [[1.5], 'autonomous'],
    [[2], 'autonomous'],
    [[1, 0.5], 'learning'], // mean 0.75
    [[2, 0.98], 'learning'], // mean 1.49
  ])('levelOfPoints(%j) is %s', (points, level) => {
    expect(levelOfPoints(points)).toBe(level);
  });

  // Built from real item mixes on `device` (4 items), `browser` (5) and `passwords` (6).
  it.each<[string, AreaId, CanDoAnswer[], Level]>([
    ['2+1+0+0 = 0.75', 'device', [A, H, N, N], 'learning'],
    ['1+1+0 = 0.67', 'device', [H, H, N], 'to-discover'],
    ['1+0+0+0 = 0.25', 'device', [H, N, N, N], 'to-discover'],
    ['0+0+0+0', 'device', [N, N, N, N], 'to-discover'],
    ['2+1+1+2 = 1.5', 'device', [A, H, H, A], 'autonomous'],
    ['2+1+1+1 = 1.25', 'device', [A, H, H, H], 'learning'],
    ['1+1+1+1 = 1', 'device', [H, H, H, H], 'learning'],
    ['2+2+2+2 = 2', 'device', [A, A, A, A], 'autonomous'],
    ['2+2+2+1+0 = 1.4', 'browser', [A, A, A, H, N], 'learning'],
    ['2+2+2+2+0 = 1.6', 'browser', [A, A, A, A, N], 'autonomous'],
    ['2+1+0+0+0 = 0.6', 'browser', [A, H, N, N, N], 'to-discover'],
    ['2+2+0+0+0 = 0.8', 'browser', [A, A, N, N, N], 'learning'],
    ['2+2+2+1+1+1 = 1.5', 'passwords', [A, A, A, H, H, H], 'autonomous'],
    ['2+2+1+1+1+1 = 1.33', 'passwords', [A, A, H, H, H, H], 'learning'],
    ['2+1+1+0+0+0 = 0.67', 'passwords', [A, H, H, N, N, N], 'to-discover'],
    ['one « with-help » alone', 'email', [H], 'learning'],
    ['one « not-yet » alone', 'email', [N], 'to-discover'],
    ['one « alone » alone', 'email', [A], 'autonomous'],
  ])('%s on %s → %s', (_label, area, values, level) => {
    const r = scenario().answerItems(area, values).result();
    expect(r.areas[area].level).toBe(level);
    expect(r.areas[area].declared).toBe(level);
    expect(r.areas[area].observed).toBeUndefined();
  });

  it.each<[string, AreaId, CanDoAnswer[], Level]>([
    // counted as 0, skip would give 3/5 = 0.6 → to-discover
    ['2+1+0+0 and a skip = 0.75', 'browser', [A, H, N, N, S], 'learning'],
    // counted as 0, skip would give 3/4 = 0.75 → learning
    ['2+1 and two skips = 1.5', 'device', [A, H, S, S], 'autonomous'],
    // counted as 0, skip would give 4/6 → to-discover
    ['2+2 and four skips = 2', 'passwords', [S, A, S, A, S, S], 'autonomous'],
    ['only skips', 'mouse', [S, S, S, S], 'not-assessed'],
  ])('« Passer » is not counted: %s on %s → %s', (_label, area, values, level) => {
    expect(scenario().answerItems(area, values).result().areas[area].level).toBe(level);
  });

  it('an area with no answer at all is not-assessed, with neither declared nor observed', () => {
    const r = scenario().result();
    for (const area of AREA_IDS) {
      expect(r.areas[area]).toEqual({ level: 'not-assessed' });
    }
  });

  it('answers of one area do not leak into another', () => {
    const r = scenario().answerArea('email', N).result();
    expect(r.areas.email.level).toBe('to-discover');
    for (const area of ['device', 'mouse', 'browser', 'passwords'] as const) {
      expect(r.areas[area].level).toBe('not-assessed');
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe('declared and observed (exercises)', () => {
  it.each<[string, (s: Scenario) => Scenario, AreaId, { level: Level; declared?: Level; observed?: Level }]>([
    ['says alone, fails the browser exercise', (s) => s.answerArea('browser', A).exercise('exercise.browser', 0), 'browser', { level: 'to-discover', declared: 'autonomous', observed: 'to-discover' }],
    ['says alone, hesitates', (s) => s.answerArea('browser', A).exercise('exercise.browser', 1), 'browser', { level: 'learning', declared: 'autonomous', observed: 'learning' }],
    ['says not-yet, succeeds', (s) => s.answerArea('browser', N).exercise('exercise.browser', 2), 'browser', { level: 'to-discover', declared: 'to-discover', observed: 'autonomous' }],
    ['says with-help, succeeds the inbox', (s) => s.answerArea('email', H).exercise('exercise.inbox', 2), 'email', { level: 'learning', declared: 'learning', observed: 'autonomous' }],
    ['says alone, succeeds the password', (s) => s.answerArea('passwords', A).exercise('exercise.password', 2), 'passwords', { level: 'autonomous', declared: 'autonomous', observed: 'autonomous' }],
    ['mouse: pointer 2, typing 1 → mean 1.5', (s) => s.answerArea('mouse', A).exercise('exercise.pointer', 2).exercise('exercise.typing', 1), 'mouse', { level: 'autonomous', declared: 'autonomous', observed: 'autonomous' }],
    ['mouse: pointer 2, typing 0 → mean 1', (s) => s.answerArea('mouse', A).exercise('exercise.pointer', 2).exercise('exercise.typing', 0), 'mouse', { level: 'learning', declared: 'autonomous', observed: 'learning' }],
    ['mouse: pointer 1, typing 0 → mean 0.5', (s) => s.answerArea('mouse', A).exercise('exercise.pointer', 1).exercise('exercise.typing', 0), 'mouse', { level: 'to-discover', declared: 'autonomous', observed: 'to-discover' }],
    ['mouse: pointer 0, typing 2 → mean 1', (s) => s.answerArea('mouse', A).exercise('exercise.pointer', 0).exercise('exercise.typing', 2), 'mouse', { level: 'learning', declared: 'autonomous', observed: 'learning' }],
    ['mouse: pointer 1, typing 1 → mean 1', (s) => s.answerArea('mouse', A).exercise('exercise.pointer', 1).exercise('exercise.typing', 1), 'mouse', { level: 'learning', declared: 'autonomous', observed: 'learning' }],
    ['mouse: a skipped exercise is not counted', (s) => s.answerArea('mouse', A).exercise('exercise.pointer', 2).exercise('exercise.typing', 'skip'), 'mouse', { level: 'autonomous', declared: 'autonomous', observed: 'autonomous' }],
    ['mouse: one exercise only, failed', (s) => s.answerArea('mouse', A).exercise('exercise.typing', 0), 'mouse', { level: 'to-discover', declared: 'autonomous', observed: 'to-discover' }],
    ['only an exercise: observed level', (s) => s.exercise('exercise.password', 1), 'passwords', { level: 'learning', observed: 'learning' }],
    ['only an exercise, succeeded', (s) => s.exercise('exercise.inbox', 2), 'email', { level: 'autonomous', observed: 'autonomous' }],
    ['only the two mouse exercises', (s) => s.exercise('exercise.pointer', 0).exercise('exercise.typing', 1), 'mouse', { level: 'to-discover', observed: 'to-discover' }],
    ['only a skipped exercise', (s) => s.exercise('exercise.browser', 'skip'), 'browser', { level: 'not-assessed' }],
    ['skipped items and a skipped exercise', (s) => s.answerArea('email', S).exercise('exercise.inbox', 'skip'), 'email', { level: 'not-assessed' }],
  ])('%s', (_label, build, area, expected) => {
    expect(build(scenario()).result().areas[area]).toEqual(expected);
  });

  it('an exercise only moves its own area', () => {
    const r = allAreas(A).exercise('exercise.inbox', 0).result();
    expect(r.areas.email.level).toBe('to-discover');
    for (const area of ['device', 'mouse', 'browser', 'passwords'] as const) {
      expect(r.areas[area]).toEqual({ level: 'autonomous', declared: 'autonomous' });
    }
  });

  it('the device area has no exercise: exercise scores never set its observed level', () => {
    const r = allExercises(0, scenario().answerArea('device', A)).result();
    expect(r.areas.device).toEqual({ level: 'autonomous', declared: 'autonomous' });
  });

  it.each<[Level, Level, Level]>([
    ['autonomous', 'to-discover', 'to-discover'],
    ['to-discover', 'autonomous', 'to-discover'],
    ['learning', 'autonomous', 'learning'],
    ['autonomous', 'learning', 'learning'],
    ['not-assessed', 'learning', 'learning'],
    ['autonomous', 'not-assessed', 'autonomous'],
    ['not-assessed', 'not-assessed', 'not-assessed'],
  ])('lowerLevel(%s, %s) is %s', (a, b, lower) => {
    expect(lowerLevel(a, b)).toBe(lower);
  });
});

// ---------------------------------------------------------------------------------------------
describe('observations cap an area', () => {
  it('obs.handling = unable caps mouse at to-discover, whatever was declared and observed', () => {
    const r = scenario()
      .answer('obs.handling', 'unable')
      .answerArea('mouse', A)
      .exercise('exercise.pointer', 2)
      .exercise('exercise.typing', 2)
      .result();
    expect(r.areas.mouse.level).toBe('to-discover');
    expect(r.areas.mouse.observed).toBe('to-discover');
    expect(r.areas.mouse.declared).toBe('autonomous');
  });

  it.each<[string, (s: Scenario) => Scenario]>([
    ['not answered at all', (s) => s],
    ['every item skipped', (s) => s.answerArea('mouse', S)],
    ['items and exercises skipped', (s) => s.answerArea('mouse', S).exercise('exercise.pointer', 'skip').exercise('exercise.typing', 'skip')],
  ])('obs.handling = unable applies even when mouse is %s', (_label, build) => {
    const r = build(scenario().answer('obs.handling', 'unable')).result();
    expect(r.areas.mouse).toEqual({ level: 'to-discover', observed: 'to-discover' });
  });

  it.each<[string, (s: Scenario) => Scenario]>([
    ['not answered at all', (s) => s],
    ['every item skipped', (s) => s.answerArea('browser', S)],
    ['declared autonomous with a successful exercise', (s) => s.answerArea('browser', A).exercise('exercise.browser', 2)],
  ])('obs.browser = unable caps browser at to-discover when it is %s', (_label, build) => {
    const r = build(scenario().answer('obs.browser', 'unable')).result();
    expect(r.areas.browser.level).toBe('to-discover');
    expect(r.areas.browser.observed).toBe('to-discover');
  });

  it.each(['easy', 'hesitant'])('obs.handling = %s does not cap mouse', (value) => {
    const r = scenario().answer('obs.handling', value).answerArea('mouse', A).result();
    expect(r.areas.mouse).toEqual({ level: 'autonomous', declared: 'autonomous' });
    expect(scenario().answer('obs.handling', value).result().areas.mouse.level).toBe('not-assessed');
  });

  it.each(['easy', 'hesitant'])('obs.browser = %s does not cap browser', (value) => {
    const r = scenario().answer('obs.browser', value).answerArea('browser', A).result();
    expect(r.areas.browser).toEqual({ level: 'autonomous', declared: 'autonomous' });
  });

  it('each observation caps its own area only', () => {
    const handling = allAreas(A).answer('obs.handling', 'unable').result();
    expect(handling.areas.mouse.level).toBe('to-discover');
    expect(handling.areas.browser.level).toBe('autonomous');
    const browser = allAreas(A).answer('obs.browser', 'unable').result();
    expect(browser.areas.browser.level).toBe('to-discover');
    expect(browser.areas.mouse.level).toBe('autonomous');
    const refuses = allAreas(A).answer('obs.refuses_device', 'yes').result();
    for (const area of AREA_IDS) expect(refuses.areas[area].level).toBe('autonomous');
  });
});

// ---------------------------------------------------------------------------------------------
describe('posture, in its order of precedence', () => {
  const urgent = () => scenario().answer('triage.urgency', 'urgent');
  const autonomousOn = (s: Scenario, ...areas: AreaId[]) => {
    for (const a of areas) s.answerArea(a, A);
    return s;
  };

  it.each<[string, () => Scenario, Posture]>([
    // 1. faire-a-la-place
    ['urgent, nothing assessed', () => urgent(), 'faire-a-la-place'],
    ['urgent, mouse learning, the rest autonomous', () => autonomousOn(urgent(), 'device', 'browser', 'email', 'passwords').answerArea('mouse', H), 'faire-a-la-place'],
    ['urgent, browser to-discover, the rest autonomous', () => autonomousOn(urgent(), 'device', 'mouse', 'email', 'passwords').answerArea('browser', N), 'faire-a-la-place'],
    ['urgent, passwords not-assessed, the rest autonomous', () => autonomousOn(urgent(), 'device', 'mouse', 'browser', 'email'), 'faire-a-la-place'],
    ['urgent, mouse skipped, the rest autonomous', () => autonomousOn(urgent(), 'device', 'browser', 'email', 'passwords').answerArea('mouse', S), 'faire-a-la-place'],
    ['urgent, all autonomous but refuses the device', () => allAreas(A).answer('triage.urgency', 'urgent').answer('obs.refuses_device', 'yes'), 'faire-a-la-place'],
    ['urgent, declared autonomous but fails the password exercise', () => allAreas(A).answer('triage.urgency', 'urgent').exercise('exercise.password', 0), 'faire-a-la-place'],
    ['urgent, declared autonomous but observed unable to handle', () => allAreas(A).answer('triage.urgency', 'urgent').answer('obs.handling', 'unable'), 'faire-a-la-place'],
    ['urgent and not autonomous beats reorienter', () => urgent().answer('triage.need', 'admin').answer('triage.wants_to_learn', 'no').answerArea('mouse', N), 'faire-a-la-place'],
    ['urgent with nothing assessed beats reorienter', () => urgent().answer('triage.need', 'admin').answer('triage.wants_to_learn', 'no'), 'faire-a-la-place'],
    // urgent but autonomous: not faire-a-la-place
    ['urgent, mouse/browser/passwords autonomous, email not assessed', () => autonomousOn(urgent(), 'mouse', 'browser', 'passwords'), 'laisser-faire'],
    ['urgent, mouse/browser/passwords autonomous, device to-discover', () => autonomousOn(urgent(), 'mouse', 'browser', 'passwords').answerArea('device', N), 'laisser-faire'],
    ['urgent, autonomous, refuses_device = no', () => allAreas(A).answer('triage.urgency', 'urgent').answer('obs.refuses_device', 'no'), 'laisser-faire'],
    ['urgent, mouse/browser/passwords autonomous, email learning', () => autonomousOn(urgent(), 'mouse', 'browser', 'passwords').answerArea('email', H), 'faire-avec'],
    ['urgent and autonomous, admin need, no wish to learn', () => autonomousOn(urgent(), 'mouse', 'browser', 'passwords').answer('triage.need', 'admin').answer('triage.wants_to_learn', 'no'), 'reorienter'],
    // « soon » is not an urgency
    ['soon, nothing assessed', () => scenario().answer('triage.urgency', 'soon'), 'faire-avec'],
    ['soon, mouse to-discover', () => scenario().answer('triage.urgency', 'soon').answerArea('mouse', N), 'faire-avec'],
    // 2. reorienter
    ['admin need, no wish to learn', () => scenario().answer('triage.need', 'admin').answer('triage.wants_to_learn', 'no'), 'reorienter'],
    ['reorienter beats laisser-faire', () => allAreas(A).answer('triage.need', 'admin').answer('triage.wants_to_learn', 'no'), 'reorienter'],
    ['admin need, wants to learn later: not reorienter', () => scenario().answer('triage.need', 'admin').answer('triage.wants_to_learn', 'later'), 'faire-avec'],
    ['admin need, wants to learn: not reorienter', () => scenario().answer('triage.need', 'admin').answer('triage.wants_to_learn', 'yes'), 'faire-avec'],
    ['admin need, wish to learn unanswered: not reorienter', () => scenario().answer('triage.need', 'admin'), 'faire-avec'],
    ['both needs, no wish to learn: not reorienter', () => scenario().answer('triage.need', 'both').answer('triage.wants_to_learn', 'no'), 'faire-avec'],
    ['digital need, no wish to learn: not reorienter', () => scenario().answer('triage.need', 'digital').answer('triage.wants_to_learn', 'no'), 'faire-avec'],
    // 3. laisser-faire
    ['every area autonomous', () => allAreas(A), 'laisser-faire'],
    ['two assessed (mouse, browser), both autonomous', () => autonomousOn(scenario(), 'mouse', 'browser'), 'laisser-faire'],
    ['two assessed (email, passwords), both autonomous', () => autonomousOn(scenario(), 'email', 'passwords'), 'laisser-faire'],
    ['two assessed by exercises only, both succeeded', () => scenario().exercise('exercise.browser', 2).exercise('exercise.inbox', 2), 'laisser-faire'],
    ['the four autonomous, device to-discover', () => autonomousOn(scenario(), 'mouse', 'browser', 'email', 'passwords').answerArea('device', N), 'laisser-faire'],
    // 4. faire-avec
    ['only one assessed (mouse autonomous)', () => autonomousOn(scenario(), 'mouse'), 'faire-avec'],
    ['only one assessed, plus device autonomous', () => autonomousOn(scenario(), 'mouse', 'device'), 'faire-avec'],
    ['three autonomous and email learning', () => autonomousOn(scenario(), 'mouse', 'browser', 'passwords').answerArea('email', H), 'faire-avec'],
    ['declared autonomous but fails an exercise', () => allAreas(A).exercise('exercise.browser', 0), 'faire-avec'],
    ['nothing answered', () => scenario(), 'faire-avec'],
    ['everything skipped', () => allExercises('skip', allAreas(S)), 'faire-avec'],
    ['everything not-yet', () => allAreas(N), 'faire-avec'],
    // procedures (the sixth area): in an urgency it counts only when assessed
    ['urgent, the three autonomous, procedures not assessed', () => autonomousOn(urgent(), 'mouse', 'browser', 'passwords'), 'laisser-faire'],
    ['urgent, the three autonomous, procedures skipped', () => autonomousOn(urgent(), 'mouse', 'browser', 'passwords').answerArea('procedures', S), 'laisser-faire'],
    ['urgent, the three autonomous, procedures learning', () => autonomousOn(urgent(), 'mouse', 'browser', 'passwords').answerArea('procedures', H), 'faire-a-la-place'],
    ['urgent, the three autonomous, procedures to-discover', () => autonomousOn(urgent(), 'mouse', 'browser', 'passwords').answerArea('procedures', N), 'faire-a-la-place'],
    ['urgent, the three autonomous, procedures declared alone but the form exercise failed', () => autonomousOn(urgent(), 'mouse', 'browser', 'passwords', 'procedures').exercise('exercise.form', 0), 'faire-a-la-place'],
    ['urgent, the four autonomous, procedures too', () => autonomousOn(urgent(), 'mouse', 'browser', 'passwords', 'procedures'), 'laisser-faire'],
    // procedures in rule 3
    ['four autonomous, procedures learning: laisser-faire broken', () => autonomousOn(scenario(), 'mouse', 'browser', 'email', 'passwords').answerArea('procedures', H), 'faire-avec'],
    ['four autonomous, procedures observed hesitant only (form exercise 1)', () => autonomousOn(scenario(), 'mouse', 'browser', 'email', 'passwords').exercise('exercise.form', 1), 'faire-avec'],
    ['one autonomous plus procedures autonomous: two assessed', () => autonomousOn(scenario(), 'mouse', 'procedures'), 'laisser-faire'],
    ['procedures alone autonomous: only one assessed', () => autonomousOn(scenario(), 'procedures'), 'faire-avec'],
  ])('%s → %s', (_label, build, posture) => {
    expect(build().result().posture).toBe(posture);
  });
});

// ---------------------------------------------------------------------------------------------
describe('orientation', () => {
  it.each<[string, () => Scenario, Posture, OrientationId]>([
    ['faire-a-la-place', () => scenario().answer('triage.urgency', 'urgent'), 'faire-a-la-place', 'aidants-connect'],
    ['reorienter', () => scenario().answer('triage.need', 'admin').answer('triage.wants_to_learn', 'no'), 'reorienter', 'france-services'],
    ['laisser-faire', () => allAreas(A), 'laisser-faire', 'autoformation'],
    ['faire-avec', () => scenario().answerArea('mouse', H), 'faire-avec', 'atelier-mediation'],
    ['faire-avec, wants to learn', () => scenario().answerArea('mouse', H).answer('triage.wants_to_learn', 'yes'), 'faire-avec', 'atelier-mediation'],
  ])('the first orientation of %s', (_label, build, posture, first) => {
    const r = build().result();
    expect(r.posture).toBe(posture);
    expect(r.orientation[0]).toBe(first);
  });

  it.each(['later', 'yes'] as const)('urgent help first, then atelier-mediation when the person wants to learn (%s)', (wants) => {
    const r = scenario().answer('triage.urgency', 'urgent').answer('triage.wants_to_learn', wants).result();
    expect(r.posture).toBe('faire-a-la-place');
    expect(r.orientation[0]).toBe('aidants-connect');
    const atelier = r.orientation.indexOf('atelier-mediation');
    expect(atelier).toBeGreaterThan(r.orientation.indexOf('aidants-connect'));
    expect(atelier).toBeGreaterThan(r.orientation.indexOf('accompagnement-individuel'));
  });

  it('urgent help with no wish to learn: no workshop', () => {
    const r = scenario().answer('triage.urgency', 'urgent').answer('triage.wants_to_learn', 'no').result();
    expect(r.orientation).toContain('aidants-connect');
    expect(r.orientation).not.toContain('atelier-mediation');
  });

  it('reorienter sends to the experts of the procedure, not to a workshop', () => {
    const r = scenario().answer('triage.need', 'admin').answer('triage.wants_to_learn', 'no').result();
    expect(r.orientation).toEqual(expect.arrayContaining(['france-services', 'travailleur-social']));
    expect(r.orientation).not.toContain('atelier-mediation');
  });

  it.each(['admin', 'both'])('an administrative need (%s) adds france-services', (need) => {
    const r = scenario().answerArea('mouse', H).answer('triage.need', need).answer('triage.wants_to_learn', 'yes').result();
    expect(r.posture).toBe('faire-avec');
    expect(r.orientation).toContain('france-services');
  });

  it('a digital need alone does not add france-services', () => {
    const r = scenario().answerArea('mouse', H).answer('triage.need', 'digital').result();
    expect(r.orientation).not.toContain('france-services');
  });

  it.each<[string, () => Scenario]>([
    ['faire-avec, wants later', () => scenario().answerArea('mouse', H).answer('triage.wants_to_learn', 'later')],
    ['faire-avec, wants yes, admin need', () => scenario().answerArea('mouse', H).answer('triage.wants_to_learn', 'yes').answer('triage.need', 'admin')],
    ['laisser-faire, wants yes', () => allAreas(A).answer('triage.wants_to_learn', 'yes')],
    ['faire-a-la-place, wants yes, both needs', () => scenario().answer('triage.urgency', 'urgent').answer('triage.wants_to_learn', 'yes').answer('triage.need', 'both')],
  ])('no duplicates (%s)', (_label, build) => {
    const { orientation } = build().result();
    expect(orientation.length).toBeGreaterThan(0);
    expect(new Set(orientation).size).toBe(orientation.length);
  });

  it('atelier-mediation appears exactly once for faire-avec and a later wish to learn', () => {
    const r = scenario().answerArea('mouse', H).answer('triage.wants_to_learn', 'later').result();
    expect(r.orientation.filter((o) => o === 'atelier-mediation')).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------
describe('alerts', () => {
  it.each<[string, Record<string, unknown>, AlertId[]]>([
    ['nothing answered', {}, []],
    ['urgent', { 'triage.urgency': 'urgent' }, ['urgent-situation']],
    ['soon is not urgent', { 'triage.urgency': 'soon' }, []],
    ['not urgent', { 'triage.urgency': 'not-urgent' }, []],
    ['email checked rarely', { 'primo.has_email': 'yes', 'primo.checks_email': 'rarely' }, ['email-not-checked']],
    ['email never checked', { 'primo.has_email': 'yes', 'primo.checks_email': 'never' }, ['email-not-checked']],
    ['email checked weekly', { 'primo.has_email': 'yes', 'primo.checks_email': 'weekly' }, []],
    ['has email, checking unanswered', { 'primo.has_email': 'yes' }, []],
    ['no email (a stray « never » is not an alert)', { 'primo.has_email': 'no', 'primo.checks_email': 'never' }, []],
    ['unsure about email', { 'primo.has_email': 'unsure', 'primo.checks_email': 'rarely' }, []],
    ['no internet at home', { 'primo.internet': 'no' }, ['no-internet-at-home']],
    ['mobile-only is not no-internet', { 'primo.internet': 'mobile-only' }, []],
    ['internet at home', { 'primo.internet': 'yes' }, []],
    ['no device', { 'primo.devices': ['none'] }, ['no-device']],
    ['a smartphone', { 'primo.devices': ['smartphone'] }, []],
    ['a computer and a tablet', { 'primo.devices': ['computer', 'tablet'] }, []],
  ])('%s', (_label, answers, alerts) => {
    expect(scenario(answers).result().alerts).toEqual(alerts);
  });

  it('all four at once, each once', () => {
    const r = scenario({
      'triage.urgency': 'urgent',
      'primo.has_email': 'yes',
      'primo.checks_email': 'never',
      'primo.internet': 'no',
      'primo.devices': ['none'],
    }).result();
    expect([...r.alerts].sort()).toEqual(['email-not-checked', 'no-device', 'no-internet-at-home', 'urgent-situation']);
  });

  it('alerts do not depend on the areas', () => {
    expect(allAreas(N).result().alerts).toEqual([]);
    expect(allAreas(A).answer('primo.internet', 'no').result().alerts).toEqual(['no-internet-at-home']);
  });
});

// ---------------------------------------------------------------------------------------------
describe('next steps: each condition of the catalogue', () => {
  const has = (s: Scenario, step: NextStepId) => s.result().nextSteps.includes(step);

  it.each<[NextStepId, string, () => Scenario]>([
    ['procedure.do-together', 'posture faire-a-la-place', () => scenario().answer('triage.urgency', 'urgent')],
    ['procedure.france-services', 'posture reorienter', () => scenario().answer('triage.need', 'admin').answer('triage.wants_to_learn', 'no')],
    ['procedure.france-services', 'an admin need', () => scenario().answer('triage.need', 'admin').answer('triage.wants_to_learn', 'yes')],
    ['email.check-weekly', 'email checked rarely', () => scenario({ 'primo.has_email': 'yes', 'primo.checks_email': 'rarely' })],
    ['email.create-with-mediator', 'no email', () => scenario({ 'primo.has_email': 'no' })],
    ['email.create-with-mediator', 'unsure about email', () => scenario({ 'primo.has_email': 'unsure' })],
    ['internet.access-point', 'no internet at home', () => scenario({ 'primo.internet': 'no' })],
    ['internet.access-point', 'no device', () => scenario({ 'primo.devices': ['none'] })],
    ['device.practice-basics', 'device learning', () => scenario().answerArea('device', H)],
    ['mouse.practice', 'mouse to-discover', () => scenario().answerArea('mouse', N)],
    ['mouse.practice', 'mouse observed only, failed', () => scenario().exercise('exercise.pointer', 0)],
    ['browser.address-bar', 'browser learning', () => scenario().answerArea('browser', H)],
    ['browser.official-sites', 'browser.official with-help', () => scenario().answer('browser.official', H)],
    ['browser.official-sites', 'browser.official not-yet, the rest alone', () => scenario().answerArea('browser', A).answer('browser.official', N)],
    ['email.attach', 'email to-discover', () => scenario().answerArea('email', N)],
    ['email.scams', 'email.scam not-yet', () => scenario().answer('email.scam', N)],
    ['passwords.memo', 'passwords learning', () => scenario().answerArea('passwords', H)],
    ['passwords.strong', 'passwords.create with-help', () => scenario().answer('passwords.create', H)],
    ['passwords.franceconnect', 'passwords.franceconnect not-yet', () => scenario().answer('passwords.franceconnect', N)],
    ['rights.information', 'an admin need', () => scenario().answer('triage.need', 'admin').answer('triage.wants_to_learn', 'yes')],
    ['rights.information', 'both needs', () => scenario().answer('triage.need', 'both')],
    ['learning.workshops', 'wants to learn', () => scenario().answer('triage.wants_to_learn', 'yes')],
    ['learning.workshops', 'wants to learn later', () => scenario().answer('triage.wants_to_learn', 'later')],
    ['learning.go-further', 'posture laisser-faire', () => scenario().answerArea('mouse', A).answerArea('browser', A)],
    ['security.clean-traces', 'no device', () => scenario({ 'primo.devices': ['none'] })],
    ['security.clean-traces', 'an area below autonomous', () => scenario().answerArea('email', H)],
    ['procedures.practice', 'procedures learning', () => scenario().answerArea('procedures', H)],
    ['procedures.practice', 'procedures observed only, the form failed', () => scenario().exercise('exercise.form', 0)],
    ['procedures.keep-receipt', 'procedures.receipt with-help', () => scenario().answer('procedures.receipt', H)],
    ['procedures.keep-receipt', 'procedures.receipt not-yet, the rest alone', () => scenario().answerArea('procedures', A).answer('procedures.receipt', N)],
    ['language.french-workshops', 'reading French difficult', () => scenario({ 'primo.french': 'difficult' })],
    ['language.french-workshops', 'reading French very difficult', () => scenario({ 'primo.french': 'very-difficult' })],
  ])('%s when %s', (step, _label, build) => {
    const s = build();
    expect(s.result().nextSteps.length).toBeLessThan(MAX_NEXT_STEPS); // not hidden by the cut
    expect(has(s, step)).toBe(true);
  });

  it.each<[NextStepId, string, () => Scenario]>([
    ['procedure.do-together', 'nothing answered', () => scenario()],
    ['procedure.do-together', 'urgent but autonomous', () => allAreas(A).answer('triage.urgency', 'urgent')],
    ['procedure.france-services', 'a digital need', () => scenario().answer('triage.need', 'digital').answer('triage.wants_to_learn', 'no')],
    ['procedure.france-services', 'both needs, wants to learn', () => scenario().answer('triage.need', 'both').answer('triage.wants_to_learn', 'yes')],
    ['email.check-weekly', 'email checked weekly', () => scenario({ 'primo.has_email': 'yes', 'primo.checks_email': 'weekly' })],
    ['email.create-with-mediator', 'has an email', () => scenario({ 'primo.has_email': 'yes' })],
    ['email.create-with-mediator', 'email unanswered', () => scenario()],
    ['internet.access-point', 'mobile-only internet', () => scenario({ 'primo.internet': 'mobile-only', 'primo.devices': ['smartphone'] })],
    ['device.practice-basics', 'device autonomous', () => scenario().answerArea('device', A)],
    ['device.practice-basics', 'device not assessed', () => scenario().answerArea('device', S)],
    ['mouse.practice', 'mouse autonomous', () => scenario().answerArea('mouse', A)],
    ['mouse.practice', 'mouse not assessed', () => scenario()],
    ['browser.address-bar', 'browser autonomous', () => scenario().answerArea('browser', A)],
    ['browser.official-sites', 'browser.official alone', () => scenario().answer('browser.official', A)],
    ['browser.official-sites', 'browser.official skipped, browser to-discover', () => scenario().answerArea('browser', N).answer('browser.official', S)],
    ['email.attach', 'email autonomous', () => scenario().answerArea('email', A)],
    ['email.scams', 'email.scam alone, the rest not-yet', () => scenario().answerArea('email', N).answer('email.scam', A)],
    ['email.scams', 'email.scam skipped', () => scenario().answer('email.scam', S)],
    ['passwords.memo', 'passwords autonomous', () => scenario().answerArea('passwords', A)],
    ['passwords.strong', 'passwords.create alone', () => scenario().answer('passwords.create', A)],
    ['passwords.franceconnect', 'passwords.franceconnect alone', () => scenario().answer('passwords.franceconnect', A)],
    ['rights.information', 'a digital need', () => scenario().answer('triage.need', 'digital')],
    ['learning.workshops', 'no wish to learn', () => scenario().answer('triage.wants_to_learn', 'no')],
    ['learning.go-further', 'faire-avec', () => scenario().answerArea('mouse', A)],
    ['security.clean-traces', 'all autonomous, with a device', () => allAreas(A).answer('primo.devices', ['computer'])],
    ['security.clean-traces', 'nothing assessed', () => scenario()],
    ['procedures.practice', 'procedures autonomous', () => scenario().answerArea('procedures', A)],
    ['procedures.practice', 'procedures not assessed', () => scenario().answerArea('procedures', S)],
    ['procedures.keep-receipt', 'procedures.receipt alone, the rest not-yet', () => scenario().answerArea('procedures', N).answer('procedures.receipt', A)],
    ['procedures.keep-receipt', 'procedures.receipt skipped', () => scenario().answer('procedures.receipt', S)],
    ['language.french-workshops', 'reading French easy', () => scenario({ 'primo.french': 'easy' })],
    ['language.french-workshops', 'reading French skipped', () => scenario({ 'primo.french': 'skip' })],
  ])('no %s when %s', (step, _label, build) => {
    expect(has(build(), step)).toBe(false);
  });

  it('nothing answered: no next step at all', () => {
    expect(scenario().result().nextSteps).toEqual([]);
  });
});

describe('next steps: order and limit', () => {
  const before = (steps: readonly NextStepId[], a: NextStepId, b: NextStepId) => {
    expect(steps).toContain(a);
    expect(steps).toContain(b);
    expect(steps.indexOf(a)).toBeLessThan(steps.indexOf(b));
  };

  it('the posture step comes first', () => {
    const { nextSteps } = scenario()
      .answer('triage.urgency', 'urgent')
      .answer('primo.has_email', 'yes')
      .answer('primo.checks_email', 'never')
      .answerArea('mouse', N)
      .result();
    expect(nextSteps[0]).toBe('procedure.do-together');
    before(nextSteps, 'email.check-weekly', 'mouse.practice');
  });

  it('reorienter: its step first', () => {
    const { nextSteps } = scenario()
      .answer('triage.need', 'admin')
      .answer('triage.wants_to_learn', 'no')
      .answer('primo.internet', 'no')
      .answerArea('device', N)
      .result();
    expect(nextSteps[0]).toBe('procedure.france-services');
    before(nextSteps, 'internet.access-point', 'device.practice-basics');
  });

  it('alerts come before the areas', () => {
    const { nextSteps } = scenario()
      .answerArea('device', N)
      .answer('primo.has_email', 'yes')
      .answer('primo.checks_email', 'rarely')
      .answer('primo.devices', ['none'])
      .result();
    expect(nextSteps.slice(0, 2).sort()).toEqual(['email.check-weekly', 'internet.access-point']);
    before(nextSteps, 'internet.access-point', 'device.practice-basics');
  });

  it('the weakest area comes first, whatever the catalogue order', () => {
    const { nextSteps } = scenario().answerArea('mouse', H).answerArea('passwords', N).result();
    before(nextSteps, 'passwords.memo', 'mouse.practice');
    expect(nextSteps[0]).toBe('passwords.memo');
  });

  it('equally weak areas keep the catalogue order', () => {
    const { nextSteps } = scenario().answerArea('passwords', N).answerArea('mouse', N).result();
    before(nextSteps, 'mouse.practice', 'passwords.memo');
  });

  it('a weak level observed by an exercise counts as weak', () => {
    const { nextSteps } = scenario().answerArea('mouse', H).answerArea('email', A).exercise('exercise.inbox', 0).result();
    before(nextSteps, 'email.attach', 'mouse.practice');
  });

  it(`never more than ${MAX_NEXT_STEPS}: the worst case keeps the most useful`, () => {
    const worst = allAreas(N).answerAll({
      'triage.urgency': 'urgent',
      'triage.need': 'admin',
      'triage.wants_to_learn': 'yes',
      'primo.has_email': 'yes',
      'primo.checks_email': 'never',
      'primo.internet': 'no',
      'primo.devices': ['none'],
    });
    const { nextSteps } = worst.result();
    expect(MAX_NEXT_STEPS).toBe(6);
    expect(nextSteps).toHaveLength(6);
    expect(nextSteps).toEqual([
      'procedure.do-together',
      'procedure.france-services',
      'email.check-weekly',
      'internet.access-point',
      'device.practice-basics',
      'mouse.practice',
    ]);
  });

  it('the cut keeps the weakest areas when areas differ', () => {
    // Ten area steps apply; the to-discover areas (email, passwords) must win over the learning ones.
    const { nextSteps } = scenario()
      .answerArea('device', H)
      .answerArea('mouse', H)
      .answerArea('browser', H)
      .answerArea('email', N)
      .answerArea('passwords', N)
      .result();
    expect(nextSteps).toHaveLength(6);
    expect(nextSteps.slice(0, 5)).toEqual(['email.attach', 'email.scams', 'passwords.memo', 'passwords.strong', 'passwords.franceconnect']);
    expect(nextSteps).not.toContain('security.clean-traces');
  });

  it('no duplicates, even when a step has two reasons', () => {
    const { nextSteps } = scenario()
      .answer('triage.need', 'admin')
      .answer('triage.wants_to_learn', 'no')
      .answer('primo.internet', 'no')
      .answer('primo.devices', ['none'])
      .result();
    expect(new Set(nextSteps).size).toBe(nextSteps.length);
    expect(nextSteps.filter((s) => s === 'procedure.france-services')).toHaveLength(1);
    expect(nextSteps.filter((s) => s === 'internet.access-point')).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------
describe('unknown ids and invalid values', () => {
  const base = () =>
    scenario({ 'triage.wants_to_learn': 'yes', 'primo.has_email': 'yes' }).answerArea('mouse', A).answerArea('email', H);

  it('valid answers give no warning', () => {
    allExercises(1, allAreas(A)).answerAll({ 'primo.devices': ['computer', 'smartphone'], 'obs.handling': 'easy' }).result();
    expect(warn).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['primo.unknown', 'yes'],
    ['mouse.fly', 'alone'],
    ['exercise.dance', 2],
    ['', 'alone'],
    ['triage.urgency', 'maybe'],
    ['triage.urgency', 'URGENT'],
    ['triage.need', 'alone'],
    ['mouse.click', 'sometimes'],
    ['mouse.click', 2],
    ['mouse.click', ['alone']],
    ['exercise.pointer', 3],
    ['exercise.pointer', -1],
    ['exercise.pointer', 1.5],
    ['exercise.pointer', '2'],
    ['exercise.browser', 'alone'],
    ['exercise.inbox', null],
    ['obs.handling', true],
    ['obs.browser', { value: 'unable' }],
    ['primo.devices', 'smartphone'],
    ['primo.devices', ['phone']],
    ['primo.devices', []],
    ['primo.devices', ['tablet', 'tablet']],
    ['primo.devices', [1]],
    ['primo.internet', undefined],
    ['primo.reason', 'holiday'],
    ['primo.reason', 'constructor'],
    ['primo.french', 'a-little'],
    ['procedures.form', 'sometimes'],
    ['exercise.form', 3],
    ['exercise.form', -1],
  ])('%j = %j is ignored with a warning', (id, value) => {
    const expected = base().result();
    expect(warn).not.toHaveBeenCalled();
    const got = base().answer(id, value).result();
    expect(got).toEqual(expected);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain(JSON.stringify(id));
  });

  it('an invalid exercise score does not lower a level, nor set observed', () => {
    const r = scenario().answerArea('mouse', A).exercise('exercise.pointer', 3 as never).exercise('exercise.typing', '0' as never).result();
    expect(r.areas.mouse).toEqual({ level: 'autonomous', declared: 'autonomous' });
  });

  it('an invalid urgency does not trigger faire-a-la-place', () => {
    const r = scenario().answer('triage.urgency', 'maybe').answerArea('mouse', N).result();
    expect(r.posture).toBe('faire-avec');
    expect(r.alerts).not.toContain('urgent-situation');
  });

  it('an invalid observation does not cap', () => {
    const r = scenario().answer('obs.handling', 'Unable').answerArea('mouse', A).result();
    expect(r.areas.mouse.level).toBe('autonomous');
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'urgent'],
    ['a number', 42],
    ['an array', [['triage.urgency', 'urgent']]],
  ])('a non-object input (%s) scores as no answer, without throwing', (_label, input) => {
    expect(() => evaluate(input as never)).not.toThrow();
    expect(evaluate(input as never)).toEqual(evaluate({}));
  });

  // Regression: the warning used JSON.stringify, which throws on a BigInt or a cycle.
  it.each<[string, () => unknown]>([
    ['a BigInt', () => 10n],
    ['a cycle', () => {
      const o: Record<string, unknown> = {};
      o.self = o;
      return o;
    }],
    ['an object without prototype', () => Object.create(null)],
    ['a symbol', () => Symbol('x')],
    ['a function', () => () => 'urgent'],
  ])('a value that cannot be serialised (%s) is ignored with a warning, never throws', (_label, make) => {
    const answers = { ...base().answers, 'triage.urgency': make(), 'primo.mystery': make() };
    let r: ReturnType<typeof evaluate> | undefined;
    expect(() => {
      r = evaluate(answers as never);
    }).not.toThrow();
    expect(r).toEqual(base().result());
    expect(warn).toHaveBeenCalledTimes(2);
  });

  // Regression: `every` skips the holes of a sparse array, so [ , 'none'] passed as a set of devices.
  it('a sparse array is not a valid set of devices', () => {
    // eslint-disable-next-line no-sparse-arrays
    const r = scenario().answer('primo.devices', [, 'none']).result();
    expect(r.alerts).not.toContain('no-device');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('does not modify the answers it is given', () => {
    const s = base().answer('primo.devices', ['tablet']).answer('bogus', 1);
    const answers = s.answers;
    const copy = structuredClone(answers);
    evaluate(Object.freeze(answers) as never);
    expect(answers).toEqual(copy);
  });
});

// ---------------------------------------------------------------------------------------------
describe('reading French (primo.french)', () => {
  it.each<[string | undefined, boolean]>([
    ['easy', false],
    ['difficult', true],
    ['very-difficult', true],
    ['skip', false],
    [undefined, false],
  ])('primo.french = %s: the alert and the French workshops: %s', (value, raised) => {
    const s = scenario().answerAll({ 'triage.wants_to_learn': 'yes', 'triage.need': 'digital' });
    if (value !== undefined) s.answer('primo.french', value);
    const r = s.result();
    expect(r.alerts.includes('french-reading')).toBe(raised);
    expect(r.orientation.includes('ateliers-francais')).toBe(raised);
    expect(r.nextSteps.includes('language.french-workshops')).toBe(raised);
    // Last: the digital help comes first.
    if (raised) expect(r.orientation.at(-1)).toBe('ateliers-francais');
  });

  it.each<Posture>(['faire-a-la-place', 'reorienter', 'laisser-faire', 'faire-avec'])('ateliers-francais comes last whatever the posture (%s)', (posture) => {
    const builds: Record<Posture, () => Scenario> = {
      'faire-a-la-place': () => scenario({ 'triage.urgency': 'urgent', 'triage.wants_to_learn': 'later' }),
      reorienter: () => scenario({ 'triage.need': 'admin', 'triage.wants_to_learn': 'no' }),
      'laisser-faire': () => allAreas(A).answer('triage.wants_to_learn', 'yes'),
      'faire-avec': () => scenario({ 'triage.need': 'both', 'triage.wants_to_learn': 'yes' }),
    };
    const r = builds[posture]().answer('primo.french', 'very-difficult').result();
    expect(r.posture).toBe(posture);
    expect(r.orientation.at(-1)).toBe('ateliers-francais');
    expect(r.orientation.filter((o) => o === 'ateliers-francais')).toHaveLength(1);
  });

  it('reading French changes neither the levels nor the posture', () => {
    const base = allAreas(H).answerAll({ 'triage.urgency': 'soon' });
    const without = base.result();
    const withIt = base.answer('primo.french', 'very-difficult').result();
    expect(withIt.areas).toEqual(without.areas);
    expect(withIt.posture).toBe(without.posture);
  });
});

describe('next steps: the new steps in the priority order', () => {
  it('language.french-workshops is an alert step: after the posture, before the areas', () => {
    const { nextSteps } = scenario({ 'triage.urgency': 'urgent', 'primo.french': 'difficult' }).answerArea('procedures', N).result();
    expect(nextSteps[0]).toBe('procedure.do-together');
    expect(nextSteps[1]).toBe('language.french-workshops');
    expect(nextSteps.indexOf('procedures.practice')).toBeGreaterThan(1);
  });

  it('after the other alert steps of the catalogue', () => {
    const { nextSteps } = scenario({ 'primo.has_email': 'no', 'primo.internet': 'no', 'primo.french': 'very-difficult' }).result();
    expect(nextSteps.slice(0, 3)).toEqual(['internet.access-point', 'email.create-with-mediator', 'language.french-workshops']);
  });

  it('procedures, when weakest, comes before stronger areas; its two steps keep the catalogue order', () => {
    const { nextSteps } = scenario().answerArea('mouse', H).answerArea('procedures', N).result();
    expect(nextSteps.slice(0, 3)).toEqual(['procedures.practice', 'procedures.keep-receipt', 'mouse.practice']);
  });

  it('procedures as weak as another area comes after it (catalogue order: the sixth area last)', () => {
    const { nextSteps } = scenario().answerArea('passwords', N).answerArea('procedures', N).result();
    expect(nextSteps.indexOf('passwords.memo')).toBeLessThan(nextSteps.indexOf('procedures.practice'));
  });
});

describe('answers stored before the sixth area and the reason', () => {
  it('a record with neither primo.reason, primo.french nor procedures scores, procedures not assessed, without a warning', () => {
    const r = allExercises(2, scenario())
      .clear('exercise.form')
      .answerAll({ 'primo.tried_online': 'no', 'primo.has_email': 'yes', 'primo.checks_email': 'weekly' })
      .answerArea('mouse', A)
      .answerArea('browser', A)
      .answerArea('email', A)
      .answerArea('passwords', A)
      .result();
    expect(r.areas.procedures).toEqual({ level: 'not-assessed' });
    expect(r.posture).toBe('laisser-faire');
    expect(warn).not.toHaveBeenCalled();
  });
});
