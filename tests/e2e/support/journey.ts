// Drives the app through its stable hooks (framework section 8), whatever the language.
import type { Page } from 'playwright-core';
import type { Mode } from '../../../src/lib/diagnostic';

export type Plan = Record<string, string | readonly string[]>;

/** How a control is pressed: a mouse click by default; a finger's tap, or the keyboard (support/input.ts). */
export type Press = (page: Page, selector: string) => Promise<void>;
export const click: Press = (page, selector) => page.click(selector);

export interface JourneyOptions {
  /** areas to skip with « Passer ce thème » */
  skipAreas?: readonly string[];
  /** the answer for an item the plan does not name (default: `skip`) */
  fallback?: (itemId: string) => string | readonly string[];
  /** called on each exercise screen; by default the exercise is skipped */
  onExercise?: (page: Page, exerciseId: string) => Promise<void>;
  /** called once on each screen before it is answered (axe checks, language switches…) */
  onScreen?: (page: Page, screen: string) => Promise<void>;
  /** at the checkpoint after the triage: « Voir mon bilan maintenant » instead of « Continuer » */
  bilanNow?: boolean;
  /** how each answer and button is pressed (default: a mouse click) */
  press?: Press;
}

/** The mode, « Commencer », and the first question (why the person came) on screen. */
export async function startJourney(page: Page, mode: Mode, press: Press = click): Promise<void> {
  await press(page, `[data-item="mode"] [data-value="${mode}"]`);
  await press(page, '[data-action="start"]');
  await page.waitForSelector('section[data-item]');
}

/** Answers why the person came (a démarche: tried_online follows) and waits for the next question. */
export async function answerReason(page: Page, reason = 'papers'): Promise<void> {
  await page.click(`section[data-item="primo.reason"] [data-value="${reason}"]`);
  await page.waitForSelector('section[data-item="primo.reason"]', { state: 'detached' });
}

async function currentScreen(page: Page): Promise<{ kind: 'bilan' | 'intro' | 'item' | 'checkpoint'; id: string }> {
  const handle = await page.waitForSelector('[data-posture], [data-area-intro], section[data-item], [data-screen="checkpoint"]');
  const posture = await handle.getAttribute('data-posture');
  if (posture !== null) return { kind: 'bilan', id: posture };
  if ((await handle.getAttribute('data-screen')) === 'checkpoint') return { kind: 'checkpoint', id: 'checkpoint' };
  const area = await handle.getAttribute('data-area-intro');
  if (area !== null) return { kind: 'intro', id: area };
  return { kind: 'item', id: (await handle.getAttribute('data-item')) ?? '' };
}

async function waitForLeaving(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(selector, { state: 'detached' });
}

/** Answers every screen up to the bilan, following the plan; returns the posture shown. */
export async function answerUntilBilan(page: Page, plan: Plan, options: JourneyOptions = {}): Promise<string> {
  const press = options.press ?? click;
  for (let guard = 0; guard < 120; guard++) {
    const screen = await currentScreen(page);
    await options.onScreen?.(page, `${screen.kind}:${screen.id}`);
    if (screen.kind === 'bilan') return screen.id;
    if (screen.kind === 'checkpoint') {
      const selector = '[data-screen="checkpoint"]';
      await press(page, `${selector} [data-action="${options.bilanNow ? 'bilan-now' : 'next'}"]`);
      await waitForLeaving(page, selector);
      continue;
    }
    if (screen.kind === 'intro') {
      const selector = `[data-area-intro="${screen.id}"]`;
      const action = options.skipAreas?.includes(screen.id) ? 'skip' : 'next';
      await press(page, `${selector} [data-action="${action}"]`);
      await waitForLeaving(page, selector);
      continue;
    }
    const selector = `section[data-item="${screen.id}"]`;
    if (screen.id.startsWith('exercise.') && options.onExercise) {
      await options.onExercise(page, screen.id);
    } else {
      const value = plan[screen.id] ?? options.fallback?.(screen.id) ?? 'skip';
      if (Array.isArray(value)) {
        for (const v of value) await press(page, `${selector} [data-value="${v}"]`);
        await press(page, `${selector} [data-action="next"]`);
      } else {
        await press(page, `${selector} [data-value="${value as string}"]`);
      }
    }
    await waitForLeaving(page, selector);
  }
  throw new Error('The journey did not reach the bilan');
}

/** What the bilan shows, read through the hooks. */
export async function readBilan(page: Page): Promise<{
  posture: string | null;
  levels: Record<string, string>;
  steps: string[];
  alerts: string[];
}> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-posture]');
    const levels: Record<string, string> = {};
    for (const row of document.querySelectorAll('[data-posture] [data-area]')) {
      levels[row.getAttribute('data-area') ?? ''] = row.getAttribute('data-level') ?? '';
    }
    return {
      posture: root?.getAttribute('data-posture') ?? null,
      levels,
      steps: [...document.querySelectorAll('[data-posture] [data-step]')].map((e) => e.getAttribute('data-step') ?? ''),
      alerts: [...document.querySelectorAll('[data-posture] [data-alert]')].map((e) => e.getAttribute('data-alert') ?? ''),
    };
  });
}

/** Reads the session record straight from the page's IndexedDB. */
export async function storedSession(page: Page): Promise<unknown> {
  return page.evaluate(readStoredSession);
}

/** The answers of the stored session (exercise scores included), or none. */
export async function storedAnswers(page: Page): Promise<Record<string, unknown>> {
  return ((await storedSession(page)) as { answers?: Record<string, unknown> } | undefined)?.answers ?? {};
}

/** Runs in the page, through any engine's driver: the session record, or undefined. */
export async function readStoredSession(): Promise<unknown> {
  // Opening a database that does not exist would create it empty: look first.
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes('bilan-numerique')) return undefined;
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('bilan-numerique');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('session')) {
        db.close();
        resolve(undefined);
        return;
      }
      const get = db.transaction('session').objectStore('session').get('current');
      get.onsuccess = () => {
        db.close();
        resolve(get.result);
      };
      get.onerror = () => reject(get.error);
    };
  });
}
