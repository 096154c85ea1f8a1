// The training mode in the rendered app (jsdom): the deck, the banner on every screen, the debrief
// at the bilan, and the erasure that leaves nothing.
import { cleanup, fireEvent, render, waitFor } from '@testing-library/svelte';
import { IDBFactory } from 'fake-indexeddb';
import { tick } from 'svelte';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import { POSTURES } from '../../src/lib/diagnostic';
import { cardById, CARDS } from '../../src/lib/diagnostic/training/cards';
import { session } from '../../src/lib/session/session.svelte';
import { openIndexedDbStore, type SessionRecord } from '../../src/lib/storage';
import { loadJourneyIcons } from '../../src/ui/components/icons';
import { loadBilanSheet, loadDebriefSheet, loadJourney, loadTrainingBanner, loadTrainingDebrief, loadTrainingDeck } from '../../src/ui/lazy';

let factory: IDBFactory;
let container: HTMLElement;

beforeAll(async () => {
  await Promise.all([loadJourney(), loadBilanSheet(), loadTrainingDeck(), loadTrainingBanner(), loadTrainingDebrief(), loadDebriefSheet(), loadJourneyIcons()]);
}, 60_000);

beforeEach(async () => {
  session.reset();
  factory = new IDBFactory();
  await session.boot({ indexedDB: factory, preferredLanguages: ['fr'] });
  ({ container } = render(App));
});
afterEach(() => {
  cleanup();
  session.reset();
});

const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const found = (selector: string) =>
  waitFor(
    () => {
      const element = $(selector);
      if (!element) throw new Error(`nothing matches ${selector}`);
      return element;
    },
    { timeout: 5000 },
  );

async function stored(): Promise<SessionRecord | undefined> {
  const store = await openIndexedDbStore(factory);
  const record = (await store.get('session', 'current')) as SessionRecord | undefined;
  store.close();
  return record;
}

async function openDeck(): Promise<void> {
  await fireEvent.click(await found('[data-action="training"]'));
  await found('[data-card]');
}

/** Plays a card's answers through the session (the screens themselves are driven end to end). */
async function playToBilan(answers: Readonly<Record<string, unknown>>): Promise<void> {
  for (const [id, value] of Object.entries(answers)) session.answer(id, value as never, { advance: false });
  session.bilanNow();
  await tick();
}

describe('training mode', () => {
  it('« Formation » opens the deck: every card with its posture, under the training banner; back returns to the welcome', async () => {
    await openDeck();
    const cards = $$('[data-card]');
    expect(cards.length).toBe(CARDS.length);
    expect(cards.length).toBeGreaterThanOrEqual(8);
    for (const card of cards) expect(POSTURES).toContain(card.dataset.cardPosture);
    expect(new Set(cards.map((c) => c.dataset.cardPosture))).toEqual(new Set(POSTURES));
    expect($('[data-training="banner"]')?.textContent).toContain('Formation : personne réelle absente');
    expect(session.training).toBeNull();
    await fireEvent.click($('[data-action="back"]')!);
    await found('[data-action="start"]');
    expect($('[data-card]')).toBeNull();
  });

  it('playing a card starts a mediator session flagged as training, saved with its flag, with the banner on the question', async () => {
    await openDeck();
    await fireEvent.click($('[data-card="veut-apprendre"] [data-action="play"]')!);
    await found('section[data-item="primo.reason"]');
    expect(session.mode).toBe('mediator');
    expect(session.training).toBe('veut-apprendre');
    expect($('[data-training="banner"]')?.textContent).toContain('Formation : personne réelle absente');
    await fireEvent.click(await found('[data-value="learn-digital"]'));
    await waitFor(async () => expect((await stored())?.training).toBe('veut-apprendre'));
  });

  it('the debrief says the card matches, then names the answer and the rule of a difference; « Terminer et effacer » leaves nothing', async () => {
    const card = cardById('rupture-de-droits')!;
    await session.start('mediator', card.id);
    await playToBilan(card.answers);
    let debrief = await found('[data-training="debrief"]');
    expect(debrief.dataset.trainingExpected).toBe('faire-a-la-place');
    expect(debrief.dataset.trainingMatch).toBe('true');
    expect($('[data-sheet-training]')).not.toBeNull();

    session.answer('triage.urgency', 'soon', { advance: false });
    await tick();
    debrief = await found('[data-training="debrief"]');
    expect(debrief.dataset.trainingMatch).toBe('false');
    const posture = debrief.querySelector<HTMLElement>('[data-difference="posture"]')!;
    expect(posture.dataset.rule).toBe('posture.urgency');
    expect(posture.querySelector('[data-cause="triage.urgency"]')).not.toBeNull();
    expect(posture.textContent).toContain('Règle 1');
    expect(posture.textContent).toContain('Fiche 004, cas 1');

    await session.finish();
    await tick();
    expect(session.training).toBeNull();
    expect(await stored()).toBeUndefined();
    await found('[data-action="start"]');
    expect($('[data-training="banner"]')).toBeNull();
  });
});
