// A whole journey, welcome to bilan, with the sixth area and exercise.form done by finger alone
// (touch events on a tablet in portrait) and by keyboard alone (Tab, Enter, Space, Escape): every
// control reachable and usable both ways, and the page saw no other pointer than the one meant.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FORM_EXPECTED_DATE } from '../../src/lib/diagnostic/exercises';
import { axeViolations } from './support/axe';
import { TOUCH_TABLET } from './support/browser';
import { openWelcome, useAppInChromium } from './support/harness';
import { byKeyboard, pointersSeen, recordPointers, tabTo, tap } from './support/input';
import { answerUntilBilan, readBilan, startJourney, storedAnswers, type Plan, type Press } from './support/journey';

const app = useAppInChromium();
const FORM = 'section[data-item="exercise.form"]';
const skipExercise = (press: Press) => (page: Page, id: string) => press(page, `section[data-item="${id}"] [data-value="skip"]`);
const focused = (page: Page, attribute: string) => page.evaluate((a) => document.activeElement?.getAttribute(a) ?? null, attribute);
const formScore = async (page: Page) => (await storedAnswers(page))['exercise.form'];

/** exercise.form with a finger: every tap a touch, the text through the (virtual) keyboard. */
async function formByTouch(page: Page): Promise<void> {
  await tap(page, `${FORM} [data-action="begin"]`);
  await tap(page, '#form-date');
  await page.keyboard.type(FORM_EXPECTED_DATE);
  await tap(page, '#form-town');
  await page.keyboard.type('Lyon');
  await tap(page, '[data-action="continue"]');
  await tap(page, '[data-action="choose-file"]');
  await tap(page, 'dialog:modal [data-file="justificatif"]');
  await page.waitForSelector('dialog', { state: 'detached' });
  expect(await page.getAttribute('#form-file-state', 'data-attached')).toBe('justificatif');
  await tap(page, '[data-action="send"]');
  await page.waitForSelector('[data-line="number"]');
  // Alone with the tablet, nobody hears the number said aloud: no such button.
  expect(await page.$('[data-action="said-number"]')).toBeNull();
  await tap(page, '[data-line="number"]');
  await page.waitForSelector('[data-exercise-done]');
  expect(await formScore(page)).toBe(2);
  await tap(page, `${FORM} [data-action="next"]`);
}

/** Part 2 by keyboard: the sheet opened with Enter (closed once with Escape), the file by Tab, sent with Space. */
async function attachByKeyboard(page: Page, { escapeFirst = false } = {}): Promise<void> {
  await tabTo(page, '[data-action="choose-file"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog:modal');
  expect(await focused(page, 'data-file')).toBe('photo');
  if (escapeFirst) {
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog', { state: 'detached' });
    expect(await focused(page, 'data-action')).toBe('choose-file');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog:modal');
  }
  // The modal dialog keeps the focus inside: the justificatif is one Tab away.
  await tabTo(page, 'dialog:modal [data-file="justificatif"]', { max: 3 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog', { state: 'detached' });
  expect(await focused(page, 'data-action')).toBe('choose-file');
  await tabTo(page, '[data-action="send"]', { max: 3 });
  await page.keyboard.press('Space');
  await page.waitForSelector('[data-line="number"]');
}

/**
 * exercise.form by keyboard, with a mediator: first the number said aloud (part 1 given up, so
 * the score shows it counted: 1, not 0), then done again in full, the number line reached by Tab → 2.
 */
async function formByKeyboard(page: Page): Promise<void> {
  const enter = byKeyboard('Enter');
  await enter(page, `${FORM} [data-action="begin"]`);
  await enter(page, '[data-action="give-up"]');
  await attachByKeyboard(page);
  // The mediator's button under the lines: named, reachable, nothing axe objects to.
  expect(await axeViolations(page)).toEqual([]);
  await enter(page, '[data-action="said-number"]');
  await page.waitForSelector('[data-exercise-done]');
  expect(await formScore(page)).toBe(1);

  await enter(page, '[data-action="redo"]');
  await enter(page, `${FORM} [data-action="begin"]`);
  await tabTo(page, '#form-date');
  await page.keyboard.type(FORM_EXPECTED_DATE);
  await page.keyboard.press('Tab');
  expect(await focused(page, 'id')).toBe('form-town');
  // The required town left empty: sent back, its message under it, the focus on it.
  await page.keyboard.press('Enter');
  await page.waitForSelector('#form-town-error');
  expect(await page.getAttribute('#form-town', 'aria-invalid')).toBe('true');
  expect(await page.textContent('#form-town-error')).toContain('Ce champ est obligatoire');
  await page.waitForFunction(() => document.activeElement?.id === 'form-town');
  await page.keyboard.type('Lyon');
  await page.keyboard.press('Enter');
  await attachByKeyboard(page, { escapeFirst: true });
  await tabTo(page, '[data-line="number"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-exercise-done]');
  expect(await formScore(page)).toBe(2);
  await enter(page, `${FORM} [data-action="next"]`);
}

const PERSON: Plan = {
  'primo.reason': 'papers',
  'primo.tried_online': 'yes-failed',
  'primo.has_email': 'yes',
  'primo.checks_email': 'weekly',
  'primo.devices': ['tablet', 'smartphone'],
  'primo.internet': 'yes',
  'primo.french': 'easy',
  'triage.urgency': 'soon',
  'triage.wants_to_learn': 'yes',
  'triage.need': 'both',
};

describe('a whole journey by finger alone and by keyboard alone, exercise.form included', () => {
  it('by finger (touch events, tablet in portrait, self mode): every screen tapped, the form → 2, procedures in the bilan', async () => {
    const { page, errors, close } = await openWelcome(app, { options: TOUCH_TABLET, init: recordPointers });
    await startJourney(page, 'self', tap);
    const screens: string[] = [];
    await answerUntilBilan(page, PERSON, {
      press: tap,
      // Every area's questions answered: « with help » for the démarches, « alone » elsewhere.
      fallback: (item) => (item.startsWith('procedures.') ? 'with-help' : 'alone'),
      onExercise: (p, id) => (id === 'exercise.form' ? formByTouch(p) : skipExercise(tap)(p, id)),
      onScreen: async (_, screen) => void screens.push(screen),
    });
    for (const area of ['device', 'mouse', 'browser', 'email', 'passwords', 'procedures']) expect(screens).toContain(`intro:${area}`);
    expect(screens).toContain('item:exercise.form');

    expect((await storedAnswers(page))['exercise.form']).toBe(2);
    const bilan = await readBilan(page);
    // Declared « with help » (learning), observed 2 (autonomous): the lower shows, and both are said.
    expect(bilan.levels.procedures).toBe('learning');
    const row = await page.textContent('[data-posture] [data-area="procedures"]');
    expect(row).toMatch(/Selon vos réponses\s: En apprentissage/);
    expect(row).toMatch(/Selon les exercices\s: Autonome/);

    // Touch it was: every pointer a finger, each with its touchstart, and never a mouse.
    const seen = await pointersSeen(page);
    expect(seen.pointers.length).toBeGreaterThan(40);
    expect([...new Set(seen.pointers)]).toEqual(['touch']);
    expect(seen.touchstarts).toBe(seen.pointers.length);
    expect(errors).toEqual([]);
    await close();
  });

  it('by keyboard alone (mediator mode): every control reached by Tab, the number said or found → 2, procedures in the bilan', async () => {
    const { page, errors, close } = await openWelcome(app, { init: recordPointers });
    // The welcome takes the focus once painted: the keyboard starts from its title.
    await page.waitForFunction(() => document.activeElement?.id === 'welcome-title');
    const enter = byKeyboard('Enter');
    await startJourney(page, 'mediator', enter);
    await answerUntilBilan(
      page,
      { ...PERSON, 'obs.refuses_device': 'no', 'obs.handling': 'easy', 'obs.browser': 'hesitant' },
      {
        press: enter,
        // The démarches' questions skipped: their level is the exercise's alone.
        fallback: (item) => (item.startsWith('procedures.') ? 'skip' : 'with-help'),
        onExercise: (p, id) => (id === 'exercise.form' ? formByKeyboard(p) : skipExercise(enter)(p, id)),
      },
    );

    expect((await storedAnswers(page))['exercise.form']).toBe(2);
    expect((await readBilan(page)).levels.procedures).toBe('autonomous');
    // Keyboard it was: not one pointer, mouse or finger, from the welcome to the bilan.
    expect(await pointersSeen(page)).toEqual({ pointers: [], touchstarts: 0 });
    expect(errors).toEqual([]);
    await close();
  });
});
