// The hands-on exercises in real Chromium: the pointer exercise with a mouse and with a finger
// (touch emulation), the typing exercise with the keyboard alone, the bilan showing declared
// against observed, and that an invented password leaves no trace anywhere once left.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { TABLET, TOUCH_TABLET, watchedPage } from './support/browser';
import { answerUntilBilan, readBilan, startJourney, storedAnswers, storedSession } from './support/journey';
import { tabTo } from './support/input';
import { useAppInChromium } from './support/harness';
import { axeViolations } from './support/axe';

const app = useAppInChromium();

/** Skips every question and opens every area until the exercise `id` shows. */
async function reach(page: Page, id: string, answer: (item: string) => string = () => 'skip'): Promise<void> {
  for (let guard = 0; guard < 120; guard++) {
    const handle = await page.waitForSelector('[data-area-intro], section[data-item], [data-screen="checkpoint"]');
    if ((await handle.getAttribute('data-screen')) === 'checkpoint') {
      await page.click('[data-screen="checkpoint"] [data-action="next"]');
      await page.waitForSelector('[data-screen="checkpoint"]', { state: 'detached' });
      continue;
    }
    const area = await handle.getAttribute('data-area-intro');
    if (area !== null) {
      await page.click(`[data-area-intro="${area}"] [data-action="next"]`);
      await page.waitForSelector(`[data-area-intro="${area}"]`, { state: 'detached' });
      continue;
    }
    const item = (await handle.getAttribute('data-item')) ?? '';
    if (item === id) return;
    await page.click(`section[data-item="${item}"] [data-value="${item.startsWith('exercise.') ? 'skip' : answer(item)}"]`);
    await page.waitForSelector(`section[data-item="${item}"]`, { state: 'detached' });
  }
  throw new Error(`${id} never showed`);
}

async function begin(page: Page, id: string): Promise<void> {
  await page.click(`section[data-item="${id}"] [data-action="begin"]`);
  await page.waitForSelector('[data-instruction]');
}

const instruction = (page: Page) => page.textContent('[data-instruction]');

async function center(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await (await page.waitForSelector(selector)).boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function newPage(options = TABLET): Promise<{ context: BrowserContext; page: Page; errors: string[]; foreignRequests: string[] }> {
  const context = await app.browser.newContext(options);
  const watched = await watchedPage(context, app.server.url);
  await watched.page.goto(app.server.url);
  await startJourney(watched.page, 'self');
  return { context, ...watched };
}

describe('hands-on exercises', () => {
  it('pointer with a mouse: « Cliquez », targets, a real drag, a scrolled list → 2, kept as observed evidence', async () => {
    const { context, page, errors, foreignRequests } = await newPage();
    await reach(page, 'exercise.pointer');
    await begin(page, 'exercise.pointer');
    await page.mouse.move(5, 5);
    for (let i = 0; i < 4; i++) await page.click(`[data-target="${i}"]`);
    expect(await instruction(page)).toContain('Faites glisser la lettre');
    expect(await page.getAttribute('.play', 'data-input')).toBe('mouse');

    const from = await center(page, '[data-card]');
    const to = await center(page, '[data-box]');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await page.mouse.up();

    expect(await instruction(page)).toContain('cliquez dessus');
    await page.click('[data-word="target"]');
    await page.waitForSelector('[data-exercise-done]');
    expect((await storedAnswers(page))['exercise.pointer']).toBe(2);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('pointer with a finger (touch emulation): « Touchez », taps and a touch drag → 2', async () => {
    const { context, page, errors } = await newPage(TOUCH_TABLET);
    await reach(page, 'exercise.pointer');
    await begin(page, 'exercise.pointer');
    // A coarse pointer is guessed before any touch.
    expect(await instruction(page)).toBe('Touchez le rond.');
    for (let i = 0; i < 4; i++) await page.tap(`[data-target="${i}"]`);
    expect(await page.getAttribute('.play', 'data-input')).toBe('touch');
    expect(await instruction(page)).toContain('Posez le doigt');

    // Playwright has no touch drag: the DevTools protocol sends the finger's moves.
    const from = await center(page, '[data-card]');
    const to = await center(page, '[data-box]');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
    for (let s = 1; s <= 10; s++) {
      const x = from.x + ((to.x - from.x) * s) / 10;
      const y = from.y + ((to.y - from.y) * s) / 10;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });

    expect(await instruction(page)).toContain('touchez-le');
    // A finger swipes the list up until the word shows, then taps it.
    const list = await center(page, '.words');
    for (let swipe = 0; swipe < 6; swipe++) {
      const visible = await page.evaluate(() => {
        const word = document.querySelector('[data-word="target"]')!.getBoundingClientRect();
        const box = document.querySelector('.words')!.getBoundingClientRect();
        return word.top >= box.top && word.bottom <= box.bottom;
      });
      if (visible) break;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: list.x, y: list.y + 60 }] });
      for (let s = 1; s <= 6; s++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: list.x, y: list.y + 60 - s * 20 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    }
    expect(await page.evaluate(() => document.querySelector('.words')!.scrollTop)).toBeGreaterThan(0);
    await page.tap('[data-word="target"]');
    await page.waitForSelector('[data-exercise-done]');
    expect((await storedAnswers(page))['exercise.pointer']).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('typing with the keyboard alone; given up, it shows in the bilan as observed against declared', async () => {
    const { context, page, errors } = await newPage();
    // The person says « alone » for every mouse and keyboard item.
    await reach(page, 'exercise.pointer', (item) => (item.startsWith('mouse.') ? 'alone' : 'skip'));
    await page.click('section[data-item="exercise.pointer"] [data-value="skip"]');
    await page.waitForSelector('section[data-item="exercise.typing"]');

    // From the title, Tab reaches « Commencer », then the field: no mouse at all.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await tabTo(page, '[data-action="begin"]', { max: 8 });
    await page.keyboard.press('Enter');
    await tabTo(page, '#typing-copy', { max: 8 });
    await page.keyboard.type('Jean.Martin@exemple.fr');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-exercise-done]');
    expect((await storedAnswers(page))['exercise.typing']).toBe(2);

    // Done again, and given up this time: observed 0 for typing.
    await page.click('[data-action="redo"]');
    await begin(page, 'exercise.typing');
    await page.click('[data-action="give-up"]');
    await page.waitForSelector('[data-exercise-done]');
    expect((await storedAnswers(page))['exercise.typing']).toBe(0);
    await page.click('section[data-item="exercise.typing"] [data-action="next"]');

    await answerUntilBilan(page, {}, { fallback: () => 'skip' });
    const bilan = await readBilan(page);
    // Declared autonomous, observed 0 (typing only: the pointer was skipped) → to discover.
    expect(bilan.levels.mouse).toBe('to-discover');
    const row = await page.textContent('[data-area="mouse"]');
    expect(row).toMatch(/Selon vos réponses\s: Autonome/);
    expect(row).toMatch(/Selon les exercices\s: À découvrir/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an invented password never reaches IndexedDB, localStorage or the page once the screen is left', async () => {
    const INVENTED = 'Zebre!Orange-93';
    const traces = async (page: Page) => {
      const stored = JSON.stringify((await storedSession(page)) ?? null);
      const inPage = await page.evaluate(
        (secret) => ({
          fields: [...document.querySelectorAll('input')].some((i) => i.value.includes(secret)),
          local: JSON.stringify({ ...localStorage }).includes(secret),
          session: JSON.stringify({ ...sessionStorage }).includes(secret),
        }),
        INVENTED,
      );
      return { idb: stored.includes(INVENTED), ...inPage };
    };
    const clean = { idb: false, fields: false, local: false, session: false };

    // Finished: the score is kept, nothing else.
    const first = await newPage();
    await reach(first.page, 'exercise.password');
    await begin(first.page, 'exercise.password');
    await first.page.fill('#password-field', INVENTED);
    await first.page.click('[data-action="toggle-visibility"]');
    expect(await first.page.getAttribute('#password-field', 'type')).toBe('text');
    expect(await first.page.getAttribute('[data-criterion="special"]', 'data-met')).toBe('true');
    await first.page.click('[data-answer="no"]');
    await first.page.click('[data-action="finish-exercise"]');
    await first.page.waitForSelector('[data-exercise-done]');
    expect((await storedAnswers(first.page))['exercise.password']).toBe(2);
    expect(await traces(first.page)).toEqual(clean);
    await first.page.click('section[data-item="exercise.password"] [data-action="next"]');
    // The sixth area comes next.
    await first.page.waitForSelector('[data-area-intro="procedures"]');
    expect(await traces(first.page)).toEqual(clean);
    expect(first.errors).toEqual([]);
    await first.context.close();

    // Left half-way with « Passer » and with Back: nothing either.
    const second = await newPage();
    await reach(second.page, 'exercise.password');
    await begin(second.page, 'exercise.password');
    await second.page.fill('#password-field', INVENTED);
    await second.page.click('section[data-item="exercise.password"] [data-action="back"]');
    await second.page.waitForSelector('section[data-item="exercise.password"]', { state: 'detached' });
    expect(await traces(second.page)).toEqual(clean);
    await second.page.click('[data-action="next"], [data-value="skip"]');
    await second.page.waitForSelector('section[data-item="exercise.password"]');
    await begin(second.page, 'exercise.password');
    expect(await second.page.inputValue('#password-field')).toBe('');
    await second.page.fill('#password-field', INVENTED);
    await second.page.click('section[data-item="exercise.password"] [data-value="skip"]');
    await second.page.waitForSelector('[data-area-intro="procedures"]');
    expect(await traces(second.page)).toEqual(clean);
    expect((await storedAnswers(second.page))['exercise.password']).toBe('skip');
    await second.context.close();
  });

  it('the form exercise: a native modal file sheet, the errors, → 2, and nothing typed kept anywhere', async () => {
    const TYPED = 'Zanzibar-sur-Test';
    const { context, page, errors, foreignRequests } = await newPage();
    await reach(page, 'exercise.form');
    await begin(page, 'exercise.form');
    expect(await page.textContent('section[data-item="exercise.form"]')).toContain('www.demarches.exemple.fr');

    // The required field left empty: its message under it, the focus on it.
    await page.fill('#form-date', '14/03/2026');
    await page.click('[data-action="continue"]');
    expect(await page.getAttribute('#form-town', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#form-town-error')).toContain('Ce champ est obligatoire');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('form-town');
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#form-town', TYPED);
    await page.click('[data-action="continue"]');
    await page.waitForSelector('[data-action="choose-file"]');

    // The sheet is the page's own modal dialog, never the device's picker: Escape closes it.
    await page.click('[data-action="choose-file"]');
    expect(await page.$$eval('dialog:modal [data-file]', (files) => files.map((f) => f.getAttribute('data-file')))).toEqual(['photo', 'justificatif', 'list']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-file'))).toBe('photo');
    expect(await page.$('input[type="file"]')).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('choose-file');
    await page.keyboard.press('Enter');
    await page.click('dialog:modal [data-file="justificatif"]');
    await page.click('[data-action="send"]');
    await page.waitForSelector('[data-line="number"]');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('[data-line="number"]');
    await page.waitForSelector('[data-exercise-done]');
    expect((await storedAnswers(page))['exercise.form']).toBe(2);

    const traces = await page.evaluate(
      (typed) => ({
        dom: document.documentElement.outerHTML.includes(typed),
        fields: [...document.querySelectorAll('input')].some((i) => i.value.includes(typed)),
        local: JSON.stringify({ ...localStorage }).includes(typed),
        session: JSON.stringify({ ...sessionStorage }).includes(typed),
      }),
      TYPED,
    );
    expect({ idb: JSON.stringify((await storedSession(page)) ?? null).includes(TYPED), ...traces }).toEqual({
      idb: false,
      dom: false,
      fields: false,
      local: false,
      session: false,
    });
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
