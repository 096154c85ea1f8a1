// The journey driven through the section-8 hooks, written once for every engine. It answers
// whatever screen is shown (the first offered answer that is not a skip, or « Suivant »), not a
// fixed list of items: new questions or screens do not break it.
import { precachedPaths, readTraces, type Traces } from '../offline';
import { readStoredSession } from '../journey';
import { press, waitFor, waitUntil, type EnginePage } from './driver';

type Screen =
  | { kind: 'bilan'; id: string }
  | { kind: 'intro'; id: string }
  | { kind: 'next'; id: string }
  | { kind: 'item'; id: string; values: string[] };

/** What is on screen now, read in one round trip (WebDriver's cost is per command). */
function readScreen(): Screen | null {
  const posture = document.querySelector('[data-posture]');
  if (posture) return { kind: 'bilan', id: posture.getAttribute('data-posture') ?? '' };
  const intro = document.querySelector('[data-area-intro]');
  if (intro) return { kind: 'intro', id: intro.getAttribute('data-area-intro') ?? '' };
  const item = document.querySelector('section[data-item]');
  if (item) {
    const values = [...item.querySelectorAll('[data-value]')].map((e) => e.getAttribute('data-value') ?? '').filter((v) => v !== 'skip');
    return { kind: 'item', id: item.getAttribute('data-item') ?? '', values };
  }
  if (document.querySelector('main [data-action="next"]')) return { kind: 'next', id: '' };
  return null;
}

export async function currentScreen(page: EnginePage): Promise<Screen> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const screen = await page.evaluate(readScreen);
    if (screen) return screen;
    if (Date.now() > deadline) throw new Error(`${page.engine}: no screen of the journey is shown`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

export async function startJourney(page: EnginePage, mode: 'self' | 'mediator'): Promise<void> {
  await press(page, `[data-item="mode"] [data-value="${mode}"]`);
  await press(page, '[data-action="start"]');
  // « Commencer » downloads the questionnaire, then the journey's screen (from the service
  // worker): over a driver, on a loaded machine, that can pass the usual 15 s.
  try {
    await waitFor(page, 'section[data-item]', { timeout: 45_000 });
  } catch (error) {
    // Say what is shown instead: still the welcome (start never took), or the error screen.
    const shown = await page.evaluate(() => {
      const main = document.querySelector<HTMLElement>('main');
      const error = document.querySelector<HTMLElement>('[data-screen="error"]');
      const start = document.querySelector<HTMLButtonElement>('[data-action="start"]');
      return `phase ${main?.dataset.phase ?? '?'}, error screen ${error ? (error.dataset.cause ?? 'yes') : 'no'}, start ${start ? (start.disabled ? 'disabled' : 'enabled') : 'absent'}`;
    });
    throw new Error(`${(error as Error).message} (${shown})`);
  }
}

/** Answers the screen shown and waits until it has left; exercises are skipped. */
export async function answerOne(page: EnginePage): Promise<Screen> {
  const screen = await currentScreen(page);
  if (screen.kind === 'bilan') return screen;
  if (screen.kind === 'intro') {
    await press(page, `[data-area-intro="${screen.id}"] [data-action="next"]`);
    await waitFor(page, `[data-area-intro="${screen.id}"]`, { gone: true });
    return screen;
  }
  if (screen.kind === 'next') {
    const before = await page.evaluate(() => document.querySelector('main')?.innerHTML ?? '');
    await press(page, 'main [data-action="next"]');
    await waitUntil(page, 'leaving a screen', (html) => (document.querySelector('main')?.innerHTML ?? '') !== html, before);
    return screen;
  }
  const section = `section[data-item="${screen.id}"]`;
  const value = screen.id.startsWith('exercise.') || screen.values.length === 0 ? 'skip' : screen.values[0];
  await press(page, `${section} [data-value="${value}"]`);
  // A single answer moves on by itself; a choice of several stays until « Suivant » is pressed.
  await waitUntil(page, `${screen.id} answered`, (s) => {
    const next = document.querySelector<HTMLButtonElement>(`${s} [data-action="next"]`);
    return document.querySelector(s) === null || (next !== null && !next.disabled);
  }, section);
  if (await page.evaluate((s) => document.querySelector(s) !== null, section)) await press(page, `${section} [data-action="next"]`);
  await waitFor(page, section, { gone: true });
  return screen;
}

/** Answers every screen up to the bilan; returns the posture shown. */
export async function answerUntilBilan(page: EnginePage): Promise<string> {
  for (let guard = 0; guard < 150; guard++) {
    const screen = await answerOne(page);
    if (screen.kind === 'bilan') return screen.id;
  }
  throw new Error(`${page.engine}: the journey did not reach the bilan`);
}

export function storedSession(page: EnginePage): Promise<{ step?: string; answers?: Record<string, unknown> } | undefined> {
  return page.evaluate(readStoredSession) as never;
}

export function traces(page: EnginePage): Promise<Traces> {
  return page.evaluate(readTraces);
}

/**
 * Nothing left in any storage: no session record (the place's settings may stay), both web
 * storages and cookies empty, Cache Storage holding only the service worker's precache.
 */
export async function nothingLeft(page: EnginePage): Promise<string[]> {
  const left: string[] = [];
  if ((await storedSession(page)) !== undefined) left.push('IndexedDB: the session record');
  const found = await traces(page);
  if (found.localStorage) left.push(`localStorage: ${found.localStorage}`);
  if (found.sessionStorage) left.push(`sessionStorage: ${found.sessionStorage}`);
  if (found.cookie) left.push(`cookie: ${found.cookie}`);
  const precached = new Set(precachedPaths());
  for (const [name, paths] of Object.entries(found.caches)) {
    if (!name.startsWith('workbox-precache')) left.push(`cache ${name}`);
    for (const path of paths) if (!precached.has(path)) left.push(`${path} in cache ${name}`);
  }
  return left;
}

/** Waits until the service worker is installed, then reloads so that it controls the page. */
export async function controlledByServiceWorker(page: EnginePage): Promise<void> {
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await page.reload();
  await waitUntil(page, 'control by the service worker', () => navigator.serviceWorker.controller !== null);
  await waitFor(page, '[data-item="mode"], [data-action="resume"]');
}

/** A short delay through the settings import, as a place would set up a tablet: the real file input's change. */
export async function importSettings(page: EnginePage, settings: unknown): Promise<void> {
  await press(page, '[data-action="settings"]');
  await waitFor(page, '[data-input="import-settings"]');
  const notice = '[data-screen="settings"] [role="status"]';
  await page.evaluate((json) => {
    const input = document.querySelector<HTMLInputElement>('[data-input="import-settings"]')!;
    // What choosing a file does: the input's files set, then its change event.
    const files = new DataTransfer();
    files.items.add(new File([json], 'reglages.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, JSON.stringify(settings));
  await waitFor(page, notice);
  const imported = await page.evaluate((s) => document.querySelector(s)?.textContent ?? '', notice);
  await press(page, '[data-action="save-settings"]');
  // The notice changes from « importés » to « enregistrés » once saved.
  await waitUntil(page, 'the settings saved', ([s, before]) => document.querySelector(s)?.textContent !== before, [notice, imported] as const);
  await press(page, '[data-screen="settings"] [data-action="back"]');
  await waitFor(page, '[data-item="mode"]');
}
