// The journey state machine: which screens each mode shows, in which order, and where Next,
// Back and « Passer ce thème » lead. Pure functions, no Svelte.
import { describe, expect, it } from 'vitest';
import { AREAS, SKIP, type Answers, type Mode } from '../../src/lib/diagnostic';
import {
  BILAN_KEY,
  CHECKPOINT_KEY,
  QUICK_BILAN_KEY,
  bilanAnswers,
  buildSteps,
  findStep,
  firstStepKey,
  nextStepKey,
  previousStepKey,
  progressOf,
  sectionsOf,
  skippedAreaAnswers,
  stepAfterArea,
} from '../../src/lib/session/journey';

const keys = (mode: Mode, answers: Answers = {}) => buildSteps(mode, answers).map((s) => s.key);

describe('the steps of each mode', () => {
  it('self mode: primo, triage, then each area (intro, questions, exercises), then the bilan', () => {
    const k = keys('self');
    expect(k.slice(0, 12)).toEqual([
      'item:primo.reason',
      'item:primo.tried_online',
      'item:primo.has_email',
      'item:primo.devices',
      'item:primo.internet',
      'item:primo.french',
      'item:triage.urgency',
      'item:triage.wants_to_learn',
      'item:triage.need',
      CHECKPOINT_KEY,
      'area:device',
      'item:device.power',
    ]);
    expect(k.at(-1)).toBe(BILAN_KEY);
    expect(k.filter((key) => key.startsWith('area:'))).toEqual(AREAS.map((a) => `area:${a.id}`));
    expect(k.some((key) => key.startsWith('item:obs.'))).toBe(false);
  });

  it('mediator mode adds the three observations between primo and triage, and nothing else', () => {
    const self = keys('self');
    const mediator = keys('mediator');
    expect(mediator.filter((key) => !self.includes(key))).toEqual(['item:obs.refuses_device', 'item:obs.handling', 'item:obs.browser']);
    expect(mediator.indexOf('item:obs.refuses_device')).toBe(mediator.indexOf('item:primo.french') + 1);
    expect(mediator.indexOf('item:triage.urgency')).toBe(mediator.indexOf('item:obs.browser') + 1);
  });

  it.each([
    ['self', 53],
    ['mediator', 56],
  ] as const)('%s mode has %i screens when no email is declared', (mode, count) => {
    expect(buildSteps(mode, {})).toHaveLength(count);
  });

  it('each area: its intro, then its questions, then its exercises, in the order of the instrument', () => {
    const k = keys('self');
    for (const area of AREAS) {
      const start = k.indexOf(`area:${area.id}`);
      const expected = [`area:${area.id}`, ...area.items.map((i) => `item:${i.id}`), ...area.exercises.map((e) => `exercise:${e}`)];
      expect(k.slice(start, start + expected.length)).toEqual(expected);
    }
  });

  it.each([
    ['yes', true],
    ['no', false],
    ['unsure', false],
    [SKIP, false],
    [undefined, false],
  ])('primo.checks_email is asked when has_email is %s → %s', (hasEmail, asked) => {
    const answers: Answers = hasEmail === undefined ? {} : { 'primo.has_email': hasEmail };
    for (const mode of ['self', 'mediator'] as const) {
      const k = keys(mode, answers);
      expect(k.includes('item:primo.checks_email')).toBe(asked);
      if (asked) expect(k.indexOf('item:primo.checks_email')).toBe(k.indexOf('item:primo.has_email') + 1);
    }
  });

  it('sectionsOf: the progress sections of each mode', () => {
    expect(sectionsOf('self')).toEqual(['primo', 'triage', 'device', 'mouse', 'browser', 'email', 'passwords', 'procedures', 'bilan']);
    expect(sectionsOf('mediator')).toEqual(['primo', 'obs', 'triage', 'device', 'mouse', 'browser', 'email', 'passwords', 'procedures', 'bilan']);
  });

  it('firstStepKey is the first primo question in both modes', () => {
    expect(firstStepKey('self', {})).toBe('item:primo.reason');
    expect(firstStepKey('mediator', {})).toBe('item:primo.reason');
  });
});

describe('moving through the steps', () => {
  const steps = buildSteps('self', {});

  it('Next goes to the following screen and stays on the bilan at the end', () => {
    expect(nextStepKey(steps, 'item:primo.tried_online')).toBe('item:primo.has_email');
    expect(nextStepKey(steps, 'item:triage.need')).toBe(CHECKPOINT_KEY);
    expect(nextStepKey(steps, CHECKPOINT_KEY)).toBe('area:device');
    expect(nextStepKey(steps, 'item:passwords.franceconnect')).toBe('exercise:exercise.password');
    expect(nextStepKey(steps, 'exercise:exercise.password')).toBe('area:procedures');
    expect(nextStepKey(steps, 'exercise:exercise.form')).toBe(BILAN_KEY);
    expect(nextStepKey(steps, BILAN_KEY)).toBe(BILAN_KEY);
  });

  it('Back goes to the screen before, and returns null from the first one (the welcome screen)', () => {
    expect(previousStepKey(steps, 'item:primo.has_email')).toBe('item:primo.tried_online');
    expect(previousStepKey(steps, 'area:device')).toBe(CHECKPOINT_KEY);
    expect(previousStepKey(steps, CHECKPOINT_KEY)).toBe('item:triage.need');
    expect(previousStepKey(steps, BILAN_KEY)).toBe('exercise:exercise.form');
    expect(previousStepKey(steps, 'item:primo.reason')).toBeNull();
  });

  it('Next after has_email=yes reaches checks_email; after has_email=no it skips it', () => {
    expect(nextStepKey(buildSteps('self', { 'primo.has_email': 'yes' }), 'item:primo.has_email')).toBe('item:primo.checks_email');
    expect(nextStepKey(buildSteps('self', { 'primo.has_email': 'no' }), 'item:primo.has_email')).toBe('item:primo.devices');
  });

  it('findStep falls back to the first step when a saved key no longer exists (an answer changed the path)', () => {
    const withoutChecks = buildSteps('self', { 'primo.has_email': 'no' });
    expect(findStep(withoutChecks, 'item:primo.checks_email').key).toBe('item:primo.reason');
    expect(findStep(withoutChecks, 'garbage').key).toBe('item:primo.reason');
    expect(findStep(withoutChecks, 'area:email')).toMatchObject({ kind: 'area-intro', area: 'email' });
  });

  it('a whole journey by Next visits every step once and ends on the bilan', () => {
    const visited: string[] = [steps[0].key];
    while (visited.at(-1) !== BILAN_KEY) visited.push(nextStepKey(steps, visited.at(-1)!));
    expect(visited).toEqual(steps.map((s) => s.key));
  });
});

describe('« Passer ce thème »', () => {
  it.each(AREAS.map((a, i) => [a.id, AREAS[i + 1] ? `area:${AREAS[i + 1].id}` : BILAN_KEY] as const))(
    'skipping %s leads to %s',
    (area, expected) => {
      for (const mode of ['self', 'mediator'] as const) expect(stepAfterArea(buildSteps(mode, {}), area)).toBe(expected);
    },
  );

  it('marks every question and exercise of the area as skipped, and nothing else', () => {
    const answers = skippedAreaAnswers('mouse');
    expect(Object.keys(answers).sort()).toEqual(
      ['mouse.click', 'mouse.scroll', 'mouse.drag', 'mouse.type', 'exercise.pointer', 'exercise.typing'].sort(),
    );
    expect(new Set(Object.values(answers))).toEqual(new Set([SKIP]));
  });
});

describe('progressOf', () => {
  it.each([
    ['self', 'item:primo.tried_online', { section: 1, sections: 9, position: 2, count: 6 }],
    ['self', 'item:triage.need', { section: 2, sections: 9, position: 3, count: 4 }],
    ['self', 'area:device', { section: 3, sections: 9, position: 1, count: 5 }],
    ['self', 'exercise:exercise.typing', { section: 4, sections: 9, position: 7, count: 7 }],
    ['self', 'exercise:exercise.form', { section: 8, sections: 9, position: 8, count: 8 }],
    ['self', BILAN_KEY, { section: 9, sections: 9, position: 1, count: 1 }],
    ['mediator', 'item:obs.handling', { section: 2, sections: 10, position: 2, count: 3 }],
    ['mediator', 'item:triage.urgency', { section: 3, sections: 10, position: 1, count: 4 }],
  ] as const)('%s, %s → %o', (mode, key, expected) => {
    expect(progressOf(mode, buildSteps(mode, {}), key)).toEqual(expected);
  });

  it('counts checks_email in the primo section when it is asked', () => {
    const steps = buildSteps('self', { 'primo.has_email': 'yes' });
    expect(progressOf('self', steps, 'item:primo.checks_email')).toEqual({ section: 1, sections: 9, position: 4, count: 7 });
  });
});

describe('why the person came: primo.tried_online follows the reason', () => {
  it.each([
    ['social-health', true],
    ['papers', true],
    ['other', true],
    ['keep-in-touch', false],
    ['learn-digital', false],
    [SKIP, true],
    [undefined, true],
  ])('with primo.reason = %s, tried_online is asked: %s', (reason, asked) => {
    const answers: Answers = reason === undefined ? {} : { 'primo.reason': reason };
    for (const mode of ['self', 'mediator'] as const) {
      const k = keys(mode, answers);
      expect(k[0]).toBe('item:primo.reason');
      expect(k.includes('item:primo.tried_online')).toBe(asked);
      expect(k[1]).toBe(asked ? 'item:primo.tried_online' : 'item:primo.has_email');
    }
  });

  it('primo.french is asked in both modes, last of the primo', () => {
    for (const mode of ['self', 'mediator'] as const) {
      const k = keys(mode);
      expect(k.indexOf('item:primo.french')).toBe(k.indexOf('item:primo.internet') + 1);
    }
  });
});

describe('the checkpoint and the quick bilan', () => {
  it.each(['self', 'mediator'] as const)('%s: the checkpoint comes right after the triage, in the triage section', (mode) => {
    const steps = buildSteps(mode, {});
    const k = steps.map((s) => s.key);
    expect(k.indexOf(CHECKPOINT_KEY)).toBe(k.indexOf('item:triage.need') + 1);
    expect(findStep(steps, CHECKPOINT_KEY)).toMatchObject({ kind: 'checkpoint', section: 'triage' });
    const progress = progressOf(mode, steps, CHECKPOINT_KEY);
    expect(progress.position).toBe(progress.count);
  });

  it('the quick bilan: a bilan outside the sequence; Back returns to the checkpoint, Next stays', () => {
    const steps = buildSteps('self', {});
    expect(steps.some((s) => s.key === QUICK_BILAN_KEY)).toBe(false);
    expect(findStep(steps, QUICK_BILAN_KEY)).toMatchObject({ kind: 'bilan', quick: true, section: 'bilan' });
    expect(findStep(steps, BILAN_KEY)).toMatchObject({ kind: 'bilan', quick: false });
    expect(previousStepKey(steps, QUICK_BILAN_KEY)).toBe(CHECKPOINT_KEY);
    expect(nextStepKey(steps, QUICK_BILAN_KEY)).toBe(QUICK_BILAN_KEY);
    // « Continuer » from the checkpoint, later, still goes on to the areas.
    expect(nextStepKey(steps, CHECKPOINT_KEY)).toBe('area:device');
    const progress = progressOf('self', steps, QUICK_BILAN_KEY);
    expect(progress).toMatchObject({ section: progress.sections, position: 1, count: 1 });
  });

  it('a quick bilan scores without any area answer; the full bilan keeps them all', () => {
    const steps = buildSteps('self', {});
    const answers: Answers = {
      'primo.reason': 'papers',
      'triage.urgency': 'urgent',
      'obs.handling': 'easy',
      'mouse.click': 'alone',
      'procedures.form': 'not-yet',
      'exercise.pointer': 2,
      'exercise.form': 0,
    };
    expect(bilanAnswers(findStep(steps, QUICK_BILAN_KEY), answers)).toEqual({
      'primo.reason': 'papers',
      'triage.urgency': 'urgent',
      'obs.handling': 'easy',
    });
    expect(bilanAnswers(findStep(steps, BILAN_KEY), answers)).toBe(answers);
    expect(bilanAnswers(findStep(steps, CHECKPOINT_KEY), answers)).toBe(answers);
  });
});
