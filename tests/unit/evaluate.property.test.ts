// Properties of evaluate() that hold for any input: arbitrary objects, and any valid set of answers.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import {
  ALERT_IDS,
  ALL_ITEMS,
  AREAS,
  AREA_IDS,
  CAN_DO_VALUES,
  LEVELS,
  MAX_NEXT_STEPS,
  NEXT_STEP_IDS,
  ORIENTATION_IDS,
  POSTURES,
  SKIP,
  evaluate,
  isValidAnswer,
  type AnswerValue,
  type Level,
  type Result,
} from '../../src/lib/diagnostic';
import { anyValue, EXERCISES, validAnswers } from '../support/arbitraries';

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

// ---------- generators ----------


/** Keys that look like ours as often as not: real ids, near misses, and any string. */
const anyKey = fc.oneof(
  fc.constantFrom(...ALL_ITEMS.map((i) => i.id), ...AREAS.flatMap((a) => a.exercises)),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'exercise.', 'mouse.', 'primo.devices '),
  fc.string(),
);

const anyObject = fc.dictionary(anyKey, anyValue);

/** Valid answers biased towards the interesting cases: whole areas answered with one value. */
const areaHeavyAnswers = fc
  .tuple(validAnswers, fc.array(fc.tuple(fc.constantFrom(...AREA_IDS), fc.constantFrom(...CAN_DO_VALUES, SKIP)), { maxLength: 5 }))
  .map(([answers, whole]) => {
    const out: Record<string, AnswerValue> = { ...answers };
    for (const [area, value] of whole) for (const item of AREAS.find((a) => a.id === area)!.items) out[item.id] = value;
    return out;
  });

const anyValidAnswers = fc.oneof(validAnswers, areaHeavyAnswers);

/** Keys that are none of ours. */
const unknownKey = fc.string().filter(
  (k) => !ALL_ITEMS.some((i) => i.id === k) && !(EXERCISES as readonly string[]).includes(k) && k !== '__proto__',
);

// ---------- helpers ----------

const RANK: Record<Level, number> = { 'to-discover': 0, learning: 1, autonomous: 2, 'not-assessed': -1 };

function expectWellFormed(r: Result) {
  expect(Object.keys(r).sort()).toEqual(['alerts', 'areas', 'nextSteps', 'orientation', 'posture']);
  expect(Object.keys(r.areas).sort()).toEqual([...AREA_IDS].sort());
  for (const area of AREA_IDS) {
    const a = r.areas[area];
    expect(LEVELS).toContain(a.level);
    if (a.declared !== undefined) expect(LEVELS).toContain(a.declared);
    if (a.observed !== undefined) expect(LEVELS).toContain(a.observed);
  }
  expect(POSTURES).toContain(r.posture);
  expect(r.nextSteps.length).toBeLessThanOrEqual(MAX_NEXT_STEPS);
  expect(r.nextSteps.length).toBeLessThanOrEqual(6);
  expect(new Set(r.nextSteps).size).toBe(r.nextSteps.length);
  for (const s of r.nextSteps) expect(NEXT_STEP_IDS).toContain(s);
  expect(new Set(r.alerts).size).toBe(r.alerts.length);
  for (const a of r.alerts) expect(ALERT_IDS).toContain(a);
  expect(r.orientation.length).toBeGreaterThan(0);
  expect(new Set(r.orientation).size).toBe(r.orientation.length);
  for (const o of r.orientation) expect(ORIENTATION_IDS).toContain(o);
}

// ---------- properties ----------

describe('evaluate never throws and always returns a well-formed result', () => {
  it('for any object of arbitrary keys and values', () => {
    fc.assert(
      fc.property(anyObject, (input) => {
        expectWellFormed(evaluate(input as never));
      }),
      { numRuns: 300 },
    );
  });

  it('for any value at all in place of the answers', () => {
    fc.assert(
      fc.property(anyValue, (input) => {
        expectWellFormed(evaluate(input as never));
      }),
      { numRuns: 200 },
    );
  });

  it('for any valid answers, without a single warning', () => {
    fc.assert(
      fc.property(anyValidAnswers, (answers) => {
        warn.mockClear();
        expectWellFormed(evaluate(answers));
        expect(warn).not.toHaveBeenCalled();
      }),
      { numRuns: 500 },
    );
  });

  it('for valid answers mixed with garbage', () => {
    fc.assert(
      fc.property(anyValidAnswers, anyObject, (valid, garbage) => {
        expectWellFormed(evaluate({ ...garbage, ...valid } as never));
        expectWellFormed(evaluate({ ...valid, ...garbage } as never));
      }),
      { numRuns: 200 },
    );
  });
});

describe('invalid input changes nothing', () => {
  it('adding an unknown key does not change the result, and warns', () => {
    fc.assert(
      fc.property(anyValidAnswers, unknownKey, anyValue, (answers, key, value) => {
        const before = evaluate(answers);
        warn.mockClear();
        expect(evaluate({ ...answers, [key]: value } as never)).toEqual(before);
        expect(warn).toHaveBeenCalledTimes(1);
      }),
      { numRuns: 300 },
    );
  });

  it('replacing a valid answer by an invalid value is the same as leaving it out', () => {
    // Invalid by the instrument's own definition: not of the item's closed set (nor « Passer » or a score).
    const invalidFor = (id: string) => anyValue.filter((v) => !isValidAnswer(id, v));
    const ids = [...ALL_ITEMS.map((i) => i.id), ...EXERCISES];
    fc.assert(
      fc.property(
        anyValidAnswers,
        fc.constantFrom(...ids).chain((id) => fc.tuple(fc.constant(id), invalidFor(id))),
        (answers, [id, bad]) => {
          const without = { ...answers };
          delete without[id];
          expect(evaluate({ ...answers, [id]: bad } as never)).toEqual(evaluate(without));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the order of the keys does not matter, and the input is not modified', () => {
    fc.assert(
      fc.property(anyValidAnswers, (answers) => {
        const entries = Object.entries(answers);
        const reversed = Object.fromEntries([...entries].reverse());
        const frozen = Object.freeze(structuredClone(answers));
        expect(evaluate(reversed)).toEqual(evaluate(frozen));
        expect(frozen).toEqual(answers);
      }),
    );
  });
});

describe('levels', () => {
  it('level is never above the declared level nor above the observed one', () => {
    fc.assert(
      fc.property(anyValidAnswers, (answers) => {
        const r = evaluate(answers);
        for (const area of AREA_IDS) {
          const { level, declared, observed } = r.areas[area];
          if (declared !== undefined) expect(RANK[level]).toBeLessThanOrEqual(RANK[declared]);
          if (observed !== undefined) expect(RANK[level]).toBeLessThanOrEqual(RANK[observed]);
          // level is one of the two pieces of evidence; with none, not assessed
          if (declared === undefined && observed === undefined) expect(level).toBe('not-assessed');
          else expect([declared, observed]).toContain(level);
          expect(declared).not.toBe('not-assessed');
          expect(observed).not.toBe('not-assessed');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('an area with no counted answer and no observation is not assessed', () => {
    fc.assert(
      fc.property(anyValidAnswers, fc.constantFrom(...AREAS), (answers, area) => {
        const a: Record<string, AnswerValue> = { ...answers, 'obs.handling': 'easy', 'obs.browser': 'easy' };
        for (const item of area.items) a[item.id] = SKIP;
        for (const e of area.exercises) delete a[e];
        expect(evaluate(a).areas[area.id]).toEqual({ level: 'not-assessed' });
      }),
    );
  });

  it('answering « alone » instead of anything else never lowers a level', () => {
    fc.assert(
      fc.property(anyValidAnswers, fc.constantFrom(...AREAS.flatMap((a) => a.items.map((i) => [a.id, i.id] as const))), (answers, [area, id]) => {
        const better = evaluate({ ...answers, [id]: 'alone' }).areas[area];
        const worse = evaluate({ ...answers, [id]: 'not-yet' }).areas[area];
        expect(RANK[better.declared!]).toBeGreaterThanOrEqual(RANK[worse.declared!]);
        expect(RANK[better.level]).toBeGreaterThanOrEqual(RANK[worse.level]);
      }),
      { numRuns: 300 },
    );
  });

  it('a better exercise score never lowers a level', () => {
    fc.assert(
      fc.property(anyValidAnswers, fc.constantFrom(...AREAS.flatMap((a) => a.exercises.map((e) => [a.id, e] as const))), (answers, [area, e]) => {
        const levels = ([0, 1, 2] as const).map((score) => RANK[evaluate({ ...answers, [e]: score }).areas[area].level]);
        expect(levels[0]).toBeLessThanOrEqual(levels[1]!);
        expect(levels[1]).toBeLessThanOrEqual(levels[2]!);
      }),
      { numRuns: 300 },
    );
  });

  it('an observed « unable » always caps its area at to-discover', () => {
    fc.assert(
      fc.property(anyValidAnswers, fc.constantFrom(['obs.handling', 'mouse'] as const, ['obs.browser', 'browser'] as const), (answers, [obs, area]) => {
        const a = evaluate({ ...answers, [obs]: 'unable' }).areas[area];
        expect(a.level).toBe('to-discover');
        expect(a.observed).toBe('to-discover');
      }),
    );
  });
});

describe('posture, alerts, orientation, next steps', () => {
  it('posture follows its rules', () => {
    fc.assert(
      fc.property(anyValidAnswers, (answers) => {
        const r = evaluate(answers);
        const urgent = answers['triage.urgency'] === 'urgent';
        const notAutonomous = (['mouse', 'browser', 'passwords'] as const).some((a) => r.areas[a].level !== 'autonomous');
        // `procedures` counts only when assessed (framework, section 3, rule 1).
        const procedures = r.areas.procedures.level;
        const proceduresNotAutonomous = procedures !== 'not-assessed' && procedures !== 'autonomous';
        const refuses = answers['obs.refuses_device'] === 'yes';
        if (urgent && (notAutonomous || proceduresNotAutonomous || refuses)) expect(r.posture).toBe('faire-a-la-place');
        if (r.posture === 'faire-a-la-place') expect(urgent).toBe(true);
        if (r.posture === 'reorienter') {
          expect(answers['triage.need']).toBe('admin');
          expect(answers['triage.wants_to_learn']).toBe('no');
        }
        if (r.posture === 'laisser-faire') {
          const assessed = (['mouse', 'browser', 'email', 'passwords', 'procedures'] as const).filter((a) => r.areas[a].level !== 'not-assessed');
          expect(assessed.length).toBeGreaterThanOrEqual(2);
          for (const a of assessed) expect(r.areas[a].level).toBe('autonomous');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('each alert is there exactly when its condition holds', () => {
    fc.assert(
      fc.property(anyValidAnswers, (answers) => {
        const { alerts } = evaluate(answers);
        expect(alerts.includes('urgent-situation')).toBe(answers['triage.urgency'] === 'urgent');
        expect(alerts.includes('email-not-checked')).toBe(
          answers['primo.has_email'] === 'yes' && ['rarely', 'never'].includes(answers['primo.checks_email'] as string),
        );
        expect(alerts.includes('no-internet-at-home')).toBe(answers['primo.internet'] === 'no');
        const devices = answers['primo.devices'];
        expect(alerts.includes('no-device')).toBe(Array.isArray(devices) && devices.includes('none'));
      }),
      { numRuns: 500 },
    );
  });

  it('orientation starts with the posture’s own help, and a wish to learn always leads to a workshop', () => {
    const FIRST = {
      'faire-a-la-place': ['aidants-connect'],
      reorienter: ['france-services'],
      'laisser-faire': ['autoformation'],
      'faire-avec': ['atelier-mediation', 'accompagnement-individuel'],
    } as const;
    fc.assert(
      fc.property(anyValidAnswers, (answers) => {
        const r = evaluate(answers);
        expect(FIRST[r.posture]).toContain(r.orientation[0]);
        const wants = answers['triage.wants_to_learn'];
        if (wants === 'yes' || wants === 'later') expect(r.orientation).toContain('atelier-mediation');
      }),
      { numRuns: 300 },
    );
  });

  it('the posture step, when there is one, comes first', () => {
    fc.assert(
      fc.property(anyValidAnswers, (answers) => {
        const r = evaluate(answers);
        expect(r.nextSteps.includes('procedure.do-together')).toBe(r.posture === 'faire-a-la-place');
        if (r.posture === 'faire-a-la-place') expect(r.nextSteps[0]).toBe('procedure.do-together');
        if (r.posture === 'reorienter') expect(r.nextSteps[0]).toBe('procedure.france-services');
        if (r.posture === 'laisser-faire' && r.nextSteps.length < MAX_NEXT_STEPS) expect(r.nextSteps).toContain('learning.go-further');
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyValidAnswers, (answers) => {
        expect(evaluate(answers)).toEqual(evaluate(answers));
      }),
    );
  });
});
