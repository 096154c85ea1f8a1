// The persona cards and the debrief of the training mode (framework, section 10).
import { describe, expect, it } from 'vitest';
import { ALERT_IDS, POSTURES, evaluate, isValidAnswer, itemById, dropUnasked, type Answers } from '../../src/lib/diagnostic';
import { CARDS, cardById } from '../../src/lib/diagnostic/training/cards';
import { debrief } from '../../src/lib/diagnostic/training/debrief';
import { readSessionRecord } from '../../src/lib/storage/session-record';

describe('persona cards', () => {
  it('are at least eight, with distinct ids', () => {
    expect(CARDS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(CARDS.map((c) => c.id)).size).toBe(CARDS.length);
  });

  it.each(CARDS.map((c) => [c.id, c] as const))('%s: every answer is a valid answer of an asked question, and it has a story', (_id, card) => {
    for (const [id, value] of Object.entries(card.answers)) {
      expect(isValidAnswer(id, value), `${id} = ${JSON.stringify(value)}`).toBe(true);
      expect(itemById(id), id).toBeDefined();
    }
    expect(dropUnasked(card.answers)).toEqual(card.answers);
    for (const text of [card.title, card.story, card.behaviour, card.notice]) expect(text.length).toBeGreaterThan(20);
  });

  it('answer every primo, observation and triage question the mediator journey asks', () => {
    for (const card of CARDS) {
      for (const id of ['primo.reason', 'primo.has_email', 'primo.devices', 'primo.internet', 'primo.french', 'obs.refuses_device', 'obs.handling', 'obs.browser', 'triage.urgency', 'triage.wants_to_learn', 'triage.need']) {
        expect(card.answers[id], `${card.id} ${id}`).toBeDefined();
      }
    }
  });

  it('together reach all four postures and every alert', () => {
    const results = CARDS.map((c) => evaluate(c.answers));
    expect(new Set(results.map((r) => r.posture))).toEqual(new Set(POSTURES));
    expect(new Set(results.flatMap((r) => r.alerts))).toEqual(new Set(ALERT_IDS));
  });

  // The cards claim a posture only through their situation: the expected one is evaluate's.
  it.each([
    ['retraite', 'faire-avec'],
    ['rupture-de-droits', 'faire-a-la-place'],
    ['refus-ordinateur', 'faire-a-la-place'],
    ['jeune-expert', 'reorienter'],
    ['primo-arrivant', 'faire-avec'],
    ['telephone-prepaye', 'laisser-faire'],
    ['mail-jamais-ouvert', 'faire-avec'],
    ['veut-apprendre', 'faire-avec'],
  ])('%s: evaluate gives %s', (id, posture) => {
    expect(evaluate(cardById(id)!.answers).posture).toBe(posture);
  });

  it('a card matches itself', () => {
    for (const card of CARDS) expect(debrief(card.answers, card.answers).match).toBe(true);
  });
});

describe('debrief', () => {
  const card = cardById('telephone-prepaye')!.answers;

  it('names the answer and the rule behind one posture, one level and one alert difference', () => {
    // The mediator saw the person unable with the browser and heard « urgent ».
    const trainee: Answers = { ...card, 'obs.browser': 'unable', 'primo.internet': 'mobile-only' };
    const d = debrief(card, trainee);
    expect(d.match).toBe(false);
    const posture = d.differences.find((x) => x.topic === 'posture')!;
    expect(posture).toMatchObject({ expected: 'laisser-faire', actual: 'faire-avec', rule: 'posture.laisser-faire' });
    expect(posture.causes).toEqual([{ item: 'obs.browser', expected: 'easy', actual: 'unable' }]);
    const level = d.differences.find((x) => x.topic === 'level')!;
    expect(level).toMatchObject({ subject: 'browser', expected: 'autonomous', actual: 'to-discover', rule: 'level.observation' });
    expect(level.causes.map((c) => c.item)).toEqual(['obs.browser']);
    const alert = d.differences.find((x) => x.topic === 'alert')!;
    expect(alert).toMatchObject({ subject: 'no-internet-at-home', expected: 'true', actual: 'false', rule: 'alert.no-internet-at-home' });
    expect(alert.causes).toEqual([{ item: 'primo.internet', expected: 'no', actual: 'mobile-only' }]);
    expect(d.differences.filter((x) => x.topic === 'level')).toHaveLength(1);
  });

  it('an urgency decides the posture by rule 1, whichever side said it', () => {
    const d = debrief(cardById('retraite')!.answers, { ...cardById('retraite')!.answers, 'triage.urgency': 'urgent' });
    const posture = d.differences.find((x) => x.topic === 'posture')!;
    expect(posture).toMatchObject({ expected: 'faire-avec', actual: 'faire-a-la-place', rule: 'posture.urgency' });
    expect(posture.causes.map((c) => c.item)).toEqual(['triage.urgency']);
    expect(d.differences.map((x) => x.subject)).toEqual(['posture', 'urgent-situation', 'orientation']);
  });

  it('a self-rating below the card changes the level by the declared rule', () => {
    const d = debrief(card, { ...card, 'email.read': 'not-yet', 'email.send': 'not-yet', 'email.attach': 'not-yet' });
    const level = d.differences.find((x) => x.topic === 'level')!;
    expect(level).toMatchObject({ subject: 'email', expected: 'autonomous', actual: 'learning', rule: 'level.declared' });
    expect(level.causes.map((c) => c.item)).toEqual(['email.read', 'email.send', 'email.attach']);
  });

  it('does not name a skipped exercise the card left unanswered: neither is scored', () => {
    const d = debrief(card, { ...card, 'exercise.browser': 'skip', 'obs.browser': 'unable' });
    expect(d.differences.find((x) => x.topic === 'posture')!.causes.map((c) => c.item)).toEqual(['obs.browser']);
  });
});

describe('the training flag in the stored session', () => {
  const base = { version: 1, mode: 'mediator', language: 'fr', step: 'bilan', answers: {}, startedAt: 1, lastActivityAt: 2 };

  it('keeps a card id, keeps null, and loads a record from before the flag as it was', () => {
    expect(readSessionRecord({ ...base, training: 'rupture-de-droits' })?.training).toBe('rupture-de-droits');
    expect(readSessionRecord({ ...base, training: null })?.training).toBeNull();
    expect(readSessionRecord(base)).toEqual(base);
  });

  it('refuses a record whose flag is not a card id', () => {
    for (const training of [42, '', 'x'.repeat(60), 'Rupture de droits', { id: 'retraite' }]) {
      expect(readSessionRecord({ ...base, training }), JSON.stringify(training)).toBeNull();
    }
  });
});
