// The session's lifecycle, phase by phase, with an injected clock (no fake timers): wherever a
// person's answers exist the countdown runs, and every way out ends in the same erasure.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../src/lib/i18n/i18n.svelte';
import { display } from '../../src/lib/session/display.svelte';
import { onErase } from '../../src/lib/session/erase-hooks';
import { TRANSITIONS, transition, type Phase } from '../../src/lib/session/lifecycle';
import { session } from '../../src/lib/session/session.svelte';
import { DEFAULT_SETTINGS, openIndexedDbStore } from '../../src/lib/storage';
import { printOptions } from '../../src/print/print-options.svelte';

const LIFETIME_MS = (DEFAULT_SETTINGS.inactivitySeconds + DEFAULT_SETTINGS.warningSeconds) * 1000;

let factory: IDBFactory;
let clock: number;
const now = () => clock;

async function boot(preferredLanguages = ['fr']): Promise<void> {
  session.reset();
  await session.boot({ indexedDB: factory, now, preferredLanguages });
}

async function stored(): Promise<unknown> {
  const store = await openIndexedDbStore(factory);
  try {
    return await store.get('session', 'current');
  } finally {
    store.close();
  }
}

/** Waits until the autosave writer has caught up (its writes are queued). */
async function settled(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** A person starts, answers two questions, and leaves things as a person would. */
async function answerTwo(): Promise<void> {
  await session.start('self');
  session.answer('primo.tried_online', 'no');
  session.answer('primo.has_email', 'no');
  await settled();
  expect(await stored()).toBeDefined();
}

const PHASES_WITH_ANSWERS: ReadonlyArray<[string, Phase, () => Promise<void>]> = [
  ['a question', 'journey', answerTwo],
  [
    'the bilan',
    'journey',
    async () => {
      await answerTwo();
      for (let i = 0; i < 200 && session.step.kind !== 'bilan'; i++) session.next();
      expect(session.step.kind).toBe('bilan');
    },
  ],
  [
    'the welcome screen after Back',
    'welcome',
    async () => {
      await answerTwo();
      session.back();
      session.back();
      session.back();
      expect(session.hasAnswers).toBe(true);
    },
  ],
  [
    'the error screen',
    'error',
    async () => {
      await answerTwo();
      session.fail();
    },
  ],
  [
    'the settings, opened after Back',
    'settings',
    async () => {
      await answerTwo();
      session.back();
      session.back();
      session.back();
      session.openSettings();
    },
  ],
  [
    'the « Reprendre » prompt after a reload',
    'resume',
    async () => {
      await answerTwo();
      await boot();
    },
  ],
];

async function expectErased(): Promise<void> {
  await settled();
  expect(session.phase).toBe('welcome');
  expect(session.answers).toEqual({});
  expect(session.hasAnswers).toBe(false);
  expect(session.inactivity).toBeNull();
  expect(await stored()).toBeUndefined();
  // Nothing offers the answers to the next person, even after a reload.
  await boot();
  expect(session.phase).toBe('welcome');
  expect(session.hasAnswers).toBe(false);
}

beforeAll(() => {
  clock = Date.parse('2026-12-02T09:00:00Z');
});
afterEach(() => session.reset());

describe('the table of phases', () => {
  it.each(Object.keys(TRANSITIONS) as Phase[])('from %s, erasure leads to the welcome screen and an error to the error screen', (phase) => {
    expect(transition(phase, 'erase')).toBe('welcome');
    expect(transition(phase, 'fail')).toBe('error');
  });

  it('ignores an event that means nothing in a phase', () => {
    expect(transition('resume', 'open-settings')).toBeNull();
    expect(transition('error', 'start')).toBeNull();
  });
});

describe('wherever answers exist, the countdown runs and its end erases them', () => {
  it.each(PHASES_WITH_ANSWERS)('on %s', async (_name, phase, reach) => {
    factory = new IDBFactory();
    await boot();
    await reach();
    expect(session.phase).toBe(phase);
    const timer = session.inactivity;
    expect(timer?.running).toBe(true);
    clock += LIFETIME_MS - 1000;
    timer?.check();
    expect(timer?.warning).toBe(true);
    clock += 1000;
    timer?.check();
    await expectErased();
  });
});

describe('every way out is the same erasure', () => {
  const WAYS_OUT: ReadonlyArray<[string, () => Promise<void>]> = [
    ['« Terminer et effacer »', () => session.finish()],
    [
      'inactivity',
      async () => {
        clock += LIFETIME_MS;
        session.inactivity?.check();
        await settled();
      },
    ],
    ['stale at start', async () => ((clock += LIFETIME_MS + 1), boot())],
    ['« Recommencer » on the resume prompt', async () => (await boot(), await session.restart())],
    ['« Recommencer » on the error screen', async () => (session.fail(), await session.recover())],
  ];

  it.each(WAYS_OUT)('%s', async (_name, leave) => {
    factory = new IDBFactory();
    await boot(['uk']);
    await session.saveSettings({ ...session.settings, defaultLanguage: 'ar' });
    let hooks = 0;
    const unregister = onErase(() => hooks++);
    await answerTwo();
    await session.changeLanguage('ro');
    display.textSize = 'larger';
    printOptions.bilingual = true;

    await leave();

    unregister();
    expect(hooks).toBe(1);
    expect(display.textSize).toBe('normal');
    expect(printOptions.bilingual).toBe(false);
    // The place's default language comes back for the next person.
    expect(i18n.lang).toBe('ar');
    await expectErased();
  });

  it('without a place default, the browser’s language comes back', async () => {
    factory = new IDBFactory();
    await boot(['uk']);
    await answerTwo();
    await session.changeLanguage('ro');
    await session.finish();
    expect(i18n.lang).toBe('uk');
  });
});

describe('answers follow the journey', () => {
  it('an answer to a question no longer asked is dropped, not kept for the bilan', async () => {
    factory = new IDBFactory();
    await boot();
    await session.start('self');
    session.answer('primo.tried_online', 'no');
    session.answer('primo.has_email', 'yes');
    session.answer('primo.checks_email', 'never');
    session.back();
    session.back();
    session.answer('primo.has_email', 'no');
    expect(session.answers).not.toHaveProperty('primo.checks_email');
    await settled();
    expect((await stored()) as { answers: object }).not.toHaveProperty('answers.primo\\.checks_email');
  });

  it('unticking every device leaves no answer, not the previous set', async () => {
    factory = new IDBFactory();
    await boot();
    await session.start('self');
    session.answer('primo.devices', ['tablet'], { advance: false });
    session.answer('primo.devices', [], { advance: false });
    expect(session.answers).not.toHaveProperty('primo.devices');
  });
});
