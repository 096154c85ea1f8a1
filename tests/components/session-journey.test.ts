// The whole app rendered in jsdom on a fresh fake IndexedDB: answering, Back, the two skips,
// what each mode shows, and that every answer is saved as it is given.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { IDBFactory } from 'fake-indexeddb';
import { tick } from 'svelte';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import { loadJourneyIcons } from '../../src/ui/components/icons';
import { loadBilanSheet, loadFinishDialog, loadInactivityDialog, loadJourney, loadResumePrompt, loadSettings } from '../../src/ui/lazy';
import type { Mode } from '../../src/lib/diagnostic';
import { session } from '../../src/lib/session/session.svelte';
import { openIndexedDbStore, type SessionRecord } from '../../src/lib/storage';

// jsdom has <dialog> but not its modal methods; the app's dialogs only need open/close.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};

let factory: IDBFactory;
let container: HTMLElement;

// The screens that load on demand are compiled once up front: the first test then does not
// spend its waiting time on the transform (loading on demand itself is checked end to end).
beforeAll(async () => {
  await Promise.all([loadJourney(), loadSettings(), loadBilanSheet(), loadResumePrompt(), loadFinishDialog(), loadInactivityDialog(), loadJourneyIcons()]);
}, 30_000);

beforeEach(async () => {
  session.reset();
  factory = new IDBFactory();
  await session.boot({ indexedDB: factory, preferredLanguages: ['fr'] });
  ({ container } = render(App));
});
afterEach(() => {
  session.reset();
});

const $ = (selector: string) => container.querySelector<HTMLElement>(selector);

async function click(selector: string): Promise<void> {
  // Screens past the welcome one load on demand (src/ui/lazy.ts): wait for them as a person would.
  const element = await waitFor(() => {
    const found = $(selector);
    if (!found) throw new Error(`nothing matches ${selector} on ${currentScreen()}`);
    return found;
  });
  await fireEvent.click(element);
  await tick();
  await waitFor(() => expect(currentScreen()).not.toBe('loading'), { timeout: 5000 });
}

function currentScreen(): string {
  const item = $('section[data-item]')?.dataset.item;
  if (item) return item;
  const area = $('[data-area-intro]')?.dataset.areaIntro;
  if (area) return `intro:${area}`;
  if ($('[data-screen="checkpoint"]')) return 'checkpoint';
  if ($('[data-posture]')) return 'bilan';
  if ($('#welcome-title')) return 'welcome';
  // The journey's chunk is still on its way.
  if (session.phase === 'journey') return 'loading';
  return 'unknown';
}

/** Starts a journey and says why the person came (papers: a démarche, so tried_online follows). */
async function start(mode: Mode): Promise<void> {
  await click(`[data-item="mode"] [data-value="${mode}"]`);
  await click('[data-action="start"]');
  // The journey's state loads with « Commencer » (session.start): a moment on the welcome screen.
  await waitFor(() => expect(currentScreen()).toBe('primo.reason'));
  await click('[data-value="papers"]');
}

/** Presses « Passer » on each question until `screen` shows. */
async function skipUntil(target: string): Promise<string[]> {
  const seen: string[] = [];
  for (let guard = 0; guard < 60 && currentScreen() !== target; guard++) {
    seen.push(currentScreen());
    // The checkpoint has no « Passer »: « Continuer » goes on to the areas.
    await click(currentScreen() === 'checkpoint' ? '[data-screen="checkpoint"] [data-action="next"]' : 'section[data-item] [data-value="skip"]');
  }
  expect(currentScreen()).toBe(target);
  return seen;
}

/** Presses « Passer ce thème » on each area intro until the bilan. */
async function skipAreasToBilan(): Promise<void> {
  for (let guard = 0; guard < 10 && currentScreen() !== 'bilan'; guard++) await click('[data-area-intro] [data-action="skip"]');
  expect(currentScreen()).toBe('bilan');
}

async function stored(): Promise<SessionRecord | undefined> {
  const store = await openIndexedDbStore(factory);
  const record = (await store.get('session', 'current')) as SessionRecord | undefined;
  store.close();
  return record;
}

const levelOf = (area: string) => $(`[data-posture] [data-area="${area}"]`)?.dataset.level;

describe('a journey in the rendered app', () => {
  it('starts on the welcome screen, with the start button disabled until a mode is chosen', async () => {
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Faisons le point');
    // The choice and the buttons come one task after the words (src/ui/screens/Welcome.svelte).
    await waitFor(() => expect($('[data-action="start"]')).toBeDisabled());
    await click('[data-item="mode"] [data-value="self"]');
    expect($('[data-action="start"]')).toBeEnabled();
  });

  it('an answer moves on at once, and is saved to IndexedDB with the step reached', async () => {
    await start('self');
    expect(currentScreen()).toBe('primo.tried_online');
    await click('[data-value="yes-failed"]');
    expect(currentScreen()).toBe('primo.has_email');
    await waitFor(async () => {
      const record = await stored();
      expect(record?.answers).toEqual({ 'primo.reason': 'papers', 'primo.tried_online': 'yes-failed' });
      expect(record?.step).toBe('item:primo.has_email');
      expect(record?.mode).toBe('self');
    });
  });

  it('has_email=yes asks checks_email next; has_email=no does not', async () => {
    await start('self');
    await click('[data-value="no"]');
    await click('[data-value="yes"]');
    expect(currentScreen()).toBe('primo.checks_email');
    await click('[data-action="back"]');
    await click('[data-value="no"]');
    expect(currentScreen()).toBe('primo.devices');
  });

  it('Back returns to the previous question with its answer still selected, and Next goes on again', async () => {
    await start('self');
    await click('[data-value="yes-succeeded"]');
    await click('[data-value="unsure"]');
    expect(currentScreen()).toBe('primo.devices');
    await click('[data-action="back"]');
    expect(currentScreen()).toBe('primo.has_email');
    expect($('[data-value="unsure"]')).toHaveAttribute('aria-pressed', 'true');
    await click('[data-action="back"]');
    expect($('[data-value="yes-succeeded"]')).toHaveAttribute('aria-pressed', 'true');
    await click('[data-action="next"]');
    expect(currentScreen()).toBe('primo.has_email');
    expect(session.answers).toEqual({ 'primo.reason': 'papers', 'primo.tried_online': 'yes-succeeded', 'primo.has_email': 'unsure' });
  });

  it('Back from the first question returns to the welcome screen, and « Continuer » goes back with the answers', async () => {
    await start('self');
    await click('[data-value="no"]');
    await click('[data-action="back"]');
    await click('[data-action="back"]');
    expect(currentScreen()).toBe('primo.reason');
    await click('[data-action="back"]');
    expect(currentScreen()).toBe('welcome');
    await click('[data-action="continue"]');
    expect(currentScreen()).toBe('primo.reason');
    expect($('[data-value="papers"]')).toHaveAttribute('aria-pressed', 'true');
  });

  it('a multiple choice needs Next, and « Aucun appareil » stands alone', async () => {
    await start('self');
    await skipUntil('primo.devices');
    expect($('[data-action="next"]')).toBeNull();
    await click('[data-value="smartphone"]');
    await click('[data-value="tablet"]');
    await click('[data-value="none"]');
    expect($('[data-value="none"]')).toHaveAttribute('aria-pressed', 'true');
    expect($('[data-value="smartphone"]')).toHaveAttribute('aria-pressed', 'false');
    await click('[data-action="next"]');
    expect(session.answers['primo.devices']).toEqual(['none']);
    expect(currentScreen()).toBe('primo.internet');
  });
});

describe('the two skips lead to « non évalué »', () => {
  it('« Passer » on every question of an area, and « Passer ce thème » on the others', async () => {
    await start('self');
    await skipUntil('intro:device');
    await click('[data-area-intro="device"] [data-action="next"]');
    const skipped = await skipUntil('intro:mouse');
    expect(skipped).toEqual(['device.power', 'device.wifi', 'device.apps', 'device.photo']);
    expect(session.answers['device.power']).toBe('skip');
    await skipAreasToBilan();
    for (const area of ['device', 'mouse', 'browser', 'email', 'passwords', 'procedures']) expect(levelOf(area)).toBe('not-assessed');
    // Some thirty screens clicked through: slow on a loaded machine.
  }, 30_000);

  it('« Passer ce thème » from inside an area skips the rest of it, and answers already given there too', async () => {
    await start('self');
    await skipUntil('intro:device');
    await click('[data-area-intro="device"] [data-action="next"]');
    await click('[data-value="alone"]');
    await click('[data-value="alone"]');
    expect(currentScreen()).toBe('device.apps');
    await click('section[data-item] [data-action="skip"]');
    expect(currentScreen()).toBe('intro:mouse');
    expect(session.answers['device.power']).toBe('skip');
    expect(session.answers['device.photo']).toBe('skip');
  });

  it('answered areas are assessed while a skipped one is not', async () => {
    await start('self');
    await skipUntil('intro:device');
    await click('[data-area-intro="device"] [data-action="next"]');
    for (let i = 0; i < 4; i++) await click('[data-value="alone"]');
    expect(currentScreen()).toBe('intro:mouse');
    await skipAreasToBilan();
    expect(levelOf('device')).toBe('autonomous');
    expect(levelOf('mouse')).toBe('not-assessed');
  });
});

describe('why the person came, and the checkpoint', () => {
  it('the reason screen: ten answers, each a real button with its own pictogram, reachable by keyboard', async () => {
    await click('[data-item="mode"] [data-value="self"]');
    await click('[data-action="start"]');
    await waitFor(() => expect(currentScreen()).toBe('primo.reason'));
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('section[data-item="primo.reason"] .answers button[data-value]')];
    expect(buttons.map((b) => b.dataset.value)).toEqual([
      'social-health', 'work', 'taxes-money', 'papers', 'residence', 'housing', 'family-school', 'keep-in-touch', 'learn-digital', 'other',
    ]);
    // Each answer has words and a drawn pictogram, and no two answers share the same picture.
    for (const b of buttons) {
      expect(b.tagName).toBe('BUTTON');
      expect(b.textContent?.trim().length).toBeGreaterThan(3);
    }
    await waitFor(() => expect(buttons.every((b) => b.querySelector('svg path'))).toBe(true));
    const pictures = buttons.map((b) => [...b.querySelectorAll('svg path')].map((p) => p.getAttribute('d')).join('|'));
    expect(new Set(pictures).size).toBe(10);
    // The keyboard: a button takes the focus, and Enter (a click on a real button) answers.
    buttons[7]!.focus();
    expect(document.activeElement).toBe(buttons[7]);
    await fireEvent.click(buttons[7]!);
    await tick();
    // « Rester en contact » is no démarche: « avez-vous essayé cette démarche » is not asked.
    await waitFor(() => expect(currentScreen()).toBe('primo.has_email'));
    expect(session.answers['primo.reason']).toBe('keep-in-touch');
  });

  it.each(['self', 'mediator'] as const)('%s: the checkpoint offers the quick bilan; Back returns to it, and « Continuer » still goes on', async (mode) => {
    await start(mode);
    const seen = await skipUntil('checkpoint');
    expect(seen.at(-1)).toBe('triage.need');
    expect($('[data-screen="checkpoint"] [data-action="bilan-now"]')).not.toBeNull();
    // Answers already given in an area are not counted in a quick bilan.
    session.answer('mouse.click', 'alone', { advance: false });
    await click('[data-action="bilan-now"]');
    expect(currentScreen()).toBe('bilan');
    expect($('[data-quick-bilan]')).not.toBeNull();
    for (const row of container.querySelectorAll<HTMLElement>('[data-posture] [data-area]')) expect(row.dataset.level).toBe('not-assessed');
    expect(container.querySelectorAll('[data-posture] [data-area]')).toHaveLength(6);
    expect($('[data-reason="papers"]')).not.toBeNull();
    await click('[data-posture] [data-action="back"]');
    expect(currentScreen()).toBe('checkpoint');
    await click('[data-screen="checkpoint"] [data-action="next"]');
    expect(currentScreen()).toBe('intro:device');
  });

  it('reading French with difficulty puts « Écouter » forward and the French copy on by default', async () => {
    await session.changeLanguage('en');
    await start('self');
    await skipUntil('primo.french');
    await click('[data-value="very-difficult"]');
    const listen = $('[data-action="listen"]');
    // jsdom has no voice: the button shows only where one exists; the default sheet copy does not depend on it.
    if (listen) expect(listen).toHaveClass('primary');
    await skipUntil('checkpoint');
    await click('[data-action="bilan-now"]');
    expect($('[data-alert="french-reading"]')).not.toBeNull();
    expect($('[data-action="bilingual"]')).toHaveAttribute('aria-checked', 'true');
  });
});

describe('the two modes differ', () => {
  it('self mode: no observation, no reminders, no activity report', async () => {
    await start('self');
    expect($('[data-action="reminders"]')).toBeNull();
    const seen = await skipUntil('intro:device');
    expect(seen.some((id) => id.startsWith('obs.'))).toBe(false);
    await skipAreasToBilan();
    expect($('[data-report]')).toBeNull();
  });

  it('mediator mode: observations after primo, the reminders panel, and the activity report', async () => {
    await start('mediator');
    expect($('#mediator-panel')).toBeNull();
    await click('[data-action="reminders"]');
    expect($('#mediator-panel')).not.toBeNull();
    expect($('[data-action="reminders"]')).toHaveAttribute('aria-expanded', 'true');
    const seen = await skipUntil('intro:device');
    expect(seen).toEqual([
      'primo.tried_online',
      'primo.has_email',
      'primo.devices',
      'primo.internet',
      'primo.french',
      'obs.refuses_device',
      'obs.handling',
      'obs.browser',
      'triage.urgency',
      'triage.wants_to_learn',
      'triage.need',
      'checkpoint',
    ]);
    await skipAreasToBilan();
    expect($('[data-report]')).not.toBeNull();
  });

  it('mediator mode words the question for the mediator', async () => {
    await start('self');
    const selfHeading = $('h1')?.textContent;
    session.reset();
    await session.boot({ indexedDB: new IDBFactory(), preferredLanguages: ['fr'] });
    await tick();
    await start('mediator');
    expect(currentScreen()).toBe('primo.tried_online');
    expect($('h1')?.textContent).not.toBe(selfHeading);
  });
});

describe('the end of a session', () => {
  it('« Terminer et effacer » on the bilan empties the store and the memory, and keeps the settings', async () => {
    await session.saveSettings({ ...session.settings, inactivitySeconds: 600 });
    await start('self');
    await click('[data-value="yes-failed"]');
    await skipUntil('intro:device');
    await skipAreasToBilan();
    await waitFor(async () => expect(await stored()).toBeDefined());
    await click('[data-posture] [data-action="finish"]');
    await waitFor(async () => expect(await stored()).toBeUndefined());
    expect(currentScreen()).toBe('welcome');
    expect(session.answers).toEqual({});
    expect(session.hasAnswers).toBe(false);
    expect($('[data-action="continue"]')).toBeNull();
    expect(session.settings.inactivitySeconds).toBe(600);
  });

  it('the top bar\'s « Terminer et effacer » asks first, and cancelling keeps everything', async () => {
    await start('self');
    await click('[data-value="no"]');
    await click('[data-action="menu-finish"]');
    await click('[data-action="cancel"]');
    expect(currentScreen()).toBe('primo.has_email');
    await click('[data-action="menu-finish"]');
    await click('[data-action="finish"]');
    await waitFor(async () => expect(await stored()).toBeUndefined());
    expect(currentScreen()).toBe('welcome');
    expect(session.answers).toEqual({});
  });
});

describe('after a reload', () => {
  /** What a reload does: a new boot on the same IndexedDB, and the app drawn again. */
  async function reload(options: { now?: () => number } = {}): Promise<void> {
    cleanup();
    session.reset();
    await session.boot({ indexedDB: factory, preferredLanguages: ['fr'], ...options });
    ({ container } = render(App));
  }

  it('« Reprendre » returns to the same question with every answer', async () => {
    await start('mediator');
    await click('[data-value="yes-failed"]');
    await click('[data-value="yes"]');
    await waitFor(async () => expect((await stored())?.step).toBe('item:primo.checks_email'));
    await reload();
    await waitFor(() => expect($('[data-action="resume"]')).not.toBeNull());
    await click('[data-action="resume"]');
    expect(currentScreen()).toBe('primo.checks_email');
    expect(session.mode).toBe('mediator');
    expect(session.answers).toEqual({ 'primo.reason': 'papers', 'primo.tried_online': 'yes-failed', 'primo.has_email': 'yes' });
  });

  it('« Recommencer » erases the saved session and shows the welcome screen', async () => {
    await start('self');
    await click('[data-value="no"]');
    await waitFor(async () => expect(await stored()).toBeDefined());
    await reload();
    await click('[data-action="restart"]');
    expect(currentScreen()).toBe('welcome');
    await waitFor(async () => expect(await stored()).toBeUndefined());
    expect(session.answers).toEqual({});
  });

  it('a session older than the limit is gone at start, with a short message', async () => {
    await start('self');
    await click('[data-value="no"]');
    await waitFor(async () => expect(await stored()).toBeDefined());
    const later = Date.now() + 17 * 60_000;
    await reload({ now: () => later });
    expect(currentScreen()).toBe('welcome');
    expect($('[data-action="resume"]')).toBeNull();
    expect(container.textContent).toContain('Un ancien bilan');
    expect(await stored()).toBeUndefined();
  });

  it('the « Reprendre » prompt itself expires: left alone, the session is erased at the end of its lifetime', async () => {
    await start('self');
    await click('[data-value="no"]');
    await waitFor(async () => expect(await stored()).toBeDefined());
    // 300 ms before the 16-minute lifetime ends: the prompt shows, the countdown runs on it, then the session goes.
    let clock = Date.now() + 16 * 60_000 - 300;
    await reload({ now: () => clock });
    await waitFor(() => expect($('[data-action="resume"]')).not.toBeNull());
    await waitFor(() => expect(session.inactivity?.warning).toBe(true));
    clock += 1000;
    await waitFor(() => expect(currentScreen()).toBe('welcome'), { timeout: 3000 });
    expect(container.textContent).toContain('Sans activité, le bilan a été effacé');
    expect(await stored()).toBeUndefined();
  });

  it('a garbage record gives the welcome screen and a short message, not a crash', async () => {
    const store = await openIndexedDbStore(factory);
    await store.put('session', 'current', '{not json');
    store.close();
    await reload();
    expect(currentScreen()).toBe('welcome');
    expect(container.textContent).toContain('illisibles');
    expect(await stored()).toBeUndefined();
  });

  it('without IndexedDB the app says a reload would lose the answers, and still works', async () => {
    cleanup();
    session.reset();
    const blocked = { open: () => { throw new DOMException('blocked', 'SecurityError'); } } as unknown as IDBFactory;
    await session.boot({ indexedDB: blocked, preferredLanguages: ['fr'] });
    ({ container } = render(App));
    expect(session.persistent).toBe(false);
    expect(container.textContent).toContain('Ne rechargez pas la page');
    await start('self');
    await click('[data-value="no"]');
    expect(currentScreen()).toBe('primo.has_email');
  });
});
