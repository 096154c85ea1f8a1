// The printed sheet's content (framework section 6), the French copy toggle of the bilan screen,
// and the fitting that keeps the sheet on one page. Page count itself is checked in Chromium (e2e).
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import { IDBFactory } from 'fake-indexeddb';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluate, type AnswerValue } from '../../src/lib/diagnostic';
import { i18n } from '../../src/lib/i18n/i18n.svelte';
import { session } from '../../src/lib/session/session.svelte';
import { DEFAULT_SETTINGS } from '../../src/lib/storage';
import BilanSheet from '../../src/print/BilanSheet.svelte';
import { fitToPage, MIN_FIT } from '../../src/print/fit';
import { printOptions } from '../../src/print/print-options.svelte';
import Bilan from '../../src/ui/screens/Bilan.svelte';

const WORST: Record<string, AnswerValue> = {
  'obs.refuses_device': 'no',
  'obs.handling': 'hesitant',
  'obs.browser': 'hesitant',
  'primo.has_email': 'yes',
  'primo.checks_email': 'never',
  'primo.devices': ['none'],
  'primo.internet': 'no',
  'triage.urgency': 'urgent',
  'triage.wants_to_learn': 'later',
  'triage.need': 'both',
  'mouse.click': 'alone',
  'mouse.scroll': 'alone',
  'exercise.pointer': 0,
  'email.read': 'not-yet',
  'email.scam': 'not-yet',
  'passwords.create': 'with-help',
};

async function prepare(mode: 'self' | 'mediator', answers: Record<string, AnswerValue>): Promise<void> {
  await session.start(mode);
  for (const [id, value] of Object.entries(answers)) session.answer(id, value, { advance: false });
  await tick();
}

beforeEach(async () => {
  session.reset();
  printOptions.reset();
  await session.boot({ indexedDB: new IDBFactory(), preferredLanguages: ['fr'] });
});
afterEach(async () => {
  cleanup();
  session.reset();
  await i18n.setLanguage('fr');
});

const textOf = (container: HTMLElement, selector: string) => container.querySelector(selector)?.textContent ?? '';

describe('the printed sheet', () => {
  it('holds the posture, the levels, every next step in order, the alerts and both reminders', async () => {
    await prepare('mediator', WORST);
    const { container } = render(BilanSheet);
    const result = evaluate(session.answers);
    const sheet = container.querySelector('[data-sheet]');
    expect(sheet?.getAttribute('data-sheet-posture')).toBe(result.posture);
    expect(sheet?.textContent).toContain(i18n.t(`postures.${result.posture}.title`));
    expect([...container.querySelectorAll('[data-sheet-step]')].map((e) => e.getAttribute('data-sheet-step'))).toEqual(result.nextSteps);
    expect(result.nextSteps.length).toBeGreaterThan(0);
    expect([...container.querySelectorAll('[data-sheet-alert]')].map((e) => e.getAttribute('data-sheet-alert'))).toEqual(result.alerts);
    for (const [area, row] of Object.entries(result.areas)) {
      expect(container.querySelector(`[data-sheet-area="${area}"]`)?.getAttribute('data-level')).toBe(row.level);
    }
    // mouse: « alone » declared, the exercise failed: both are printed
    expect(sheet?.textContent).toContain('Selon vos réponses\u00a0: Autonome · Selon les exercices\u00a0: À découvrir');
    expect(sheet?.textContent).toContain('Ce bilan est un repère. Il ne vous engage à rien et n’engage personne sur vos droits, un montant ou un délai.');
    expect(sheet?.textContent).toContain('Aucune donnée n’a été conservée sur cet appareil.');
    expect(sheet?.textContent).toContain('Nom\u00a0:');
    // no hook of the screen on the sheet: the screen's tests read [data-step] and [data-posture]
    expect(container.querySelector('[data-step], [data-posture]')).toBeNull();
  });

  it('summarises the primo answers in words, with the email check only when there is an email', async () => {
    await prepare('self', { ...WORST, 'primo.has_email': 'no', 'primo.checks_email': 'skip', 'primo.devices': ['smartphone', 'tablet'] });
    const { container } = render(BilanSheet);
    const situation = textOf(container, '.situation');
    expect(situation).toContain('Un smartphone (téléphone avec Internet), Une tablette');
    expect(situation).toContain('Internet à la maison');
    expect(situation).not.toContain('Consultation des mails');
  });

  it('prints no level count for an area that was not assessed, and one for an assessed area', async () => {
    await prepare('self', WORST);
    const { container } = render(BilanSheet);
    const device = container.querySelector('[data-sheet-area="device"]');
    const mouse = container.querySelector('[data-sheet-area="mouse"]');
    expect(device?.getAttribute('data-level')).toBe('not-assessed');
    expect(device?.textContent).toContain('Non évalué');
    expect(device?.textContent).not.toMatch(/\d/);
    expect(mouse?.getAttribute('data-level')).toBe('to-discover');
    expect(mouse?.textContent).toContain(i18n.t('levels.stepOf', { current: 1 }));
  });

  it('shows the activity report in mediator mode only, in French', async () => {
    await prepare('self', WORST);
    const self = render(BilanSheet);
    expect(self.container.querySelector('[data-sheet-report]')).toBeNull();
    cleanup();
    await prepare('mediator', WORST);
    await i18n.setLanguage('en');
    const { container } = render(BilanSheet);
    const report = container.querySelector('[data-sheet-report]');
    expect(report?.getAttribute('lang')).toBe('fr');
    expect(report?.textContent).toContain('Pour votre compte-rendu d’activité');
    expect(report?.textContent).toContain('Avec guidage');
    expect(report?.textContent).toContain('Pas de matériel');
  });

  it('prints the place’s local addresses when the settings hold some', async () => {
    await session.saveSettings({
      ...DEFAULT_SETTINGS,
      localAddresses: [{ name: 'Médiathèque Jean-Macé', address: '4 place de la République', hours: 'mardi 14 h – 18 h', phone: '03 80 47 12 34' }],
    });
    await prepare('self', WORST);
    const { container } = render(BilanSheet);
    const address = textOf(container, '[data-sheet-address]');
    expect(address).toContain('Médiathèque Jean-Macé');
    expect(address).toContain('4 place de la République');
    expect(address).toContain('03 80 47 12 34');
  });

  it('adds the French copy only when asked and the language is not French', async () => {
    await prepare('mediator', WORST);
    printOptions.bilingual = true;
    const french = render(BilanSheet);
    expect(french.container.querySelector('[data-sheet-french]')).toBeNull();
    cleanup();

    await i18n.setLanguage('ar');
    printOptions.bilingual = false;
    const { container } = render(BilanSheet);
    expect(container.querySelector('[data-sheet-french]')).toBeNull();
    printOptions.bilingual = true;
    await tick();
    const copy = container.querySelector('[data-sheet-french]');
    expect(copy?.getAttribute('lang')).toBe('fr');
    expect(copy?.getAttribute('dir')).toBe('ltr');
    for (const step of evaluate(session.answers).nextSteps) expect(copy?.textContent).toContain(i18n.tSource(`nextSteps.${step}`));
    expect(copy?.textContent).toContain(i18n.tSource(`postures.${evaluate(session.answers).posture}.title`));
    // the main part stays in the person's language
    expect(textOf(container, '[data-sheet-step]')).toBe(i18n.t(`nextSteps.${evaluate(session.answers).nextSteps[0]}`));
    expect(textOf(container, '[data-sheet-step]')).not.toBe(i18n.tSource(`nextSteps.${evaluate(session.answers).nextSteps[0]}`));
  });
});

describe('the bilan screen', () => {
  it('shows what the sheet shows: the same posture, levels, alerts, next steps and primo summary', async () => {
    await prepare('mediator', WORST);
    const screen = render(Bilan).container;
    const sheet = render(BilanSheet).container;
    const ids = (root: HTMLElement, selector: string, attribute: string) => [...root.querySelectorAll(selector)].map((e) => e.getAttribute(attribute));
    expect(screen.querySelector('[data-posture]')?.getAttribute('data-posture')).toBe(sheet.querySelector('[data-sheet]')?.getAttribute('data-sheet-posture'));
    expect(ids(screen, '[data-area]', 'data-level')).toEqual(ids(sheet, '[data-sheet-area]', 'data-level'));
    expect(ids(screen, '[data-alert]', 'data-alert')).toEqual(ids(sheet, '[data-sheet-alert]', 'data-sheet-alert'));
    expect(ids(screen, '[data-step]', 'data-step')).toEqual(ids(sheet, '[data-sheet-step]', 'data-sheet-step'));
    expect(ids(screen, '[data-summary]', 'data-summary')).toEqual(['primo.devices', 'primo.internet', 'primo.has_email', 'primo.checks_email', 'primo.french']);
    expect(ids(sheet, '[data-sheet-summary]', 'data-sheet-summary')).toEqual(ids(screen, '[data-summary]', 'data-summary'));
    expect(textOf(screen, '[data-summary="primo.checks_email"]')).toContain('Jamais');
    expect(textOf(screen, '[data-area="mouse"]')).toContain('Selon vos réponses\u00a0: Autonome · Selon les exercices\u00a0: À découvrir');
  });

  it('keeps the activity report in La Coop’s French when the person reads Arabic', async () => {
    await prepare('mediator', WORST);
    await i18n.setLanguage('ar');
    const { container } = render(Bilan);
    const report = container.querySelector('[data-report]');
    expect(report?.getAttribute('lang')).toBe('fr');
    expect(report?.getAttribute('dir')).toBe('ltr');
    expect(report?.textContent).toContain('Pour votre compte-rendu d’activité');
    expect(report?.textContent).toContain('Autonomie');
    expect(report?.textContent).toContain('Avec guidage');
    expect(report?.textContent).toContain('Pas de matériel');
    expect(report?.textContent).not.toMatch(/\p{Script=Arabic}/u);
    // the rest of the screen is in Arabic
    expect(textOf(container, '[data-posture] h2')).toBe(i18n.t(`postures.${evaluate(session.answers).posture}.title`));
    expect(textOf(container, '[data-posture] h2')).toMatch(/\p{Script=Arabic}/u);
  });
});

describe('the bilan screen’s French copy toggle', () => {
  it('is offered in another language, not in French nor in FALC, and switches the option', async () => {
    await prepare('self', WORST);
    const { container } = render(Bilan);
    expect(container.querySelector('[data-action="bilingual"]')).toBeNull();
    await i18n.setLanguage('fr-FALC');
    await tick();
    expect(container.querySelector('[data-action="bilingual"]')).toBeNull();
    await i18n.setLanguage('en');
    await tick();
    const toggle = container.querySelector<HTMLElement>('[data-action="bilingual"]');
    expect(toggle?.getAttribute('aria-checked')).toBe('false');
    await fireEvent.click(toggle!);
    expect(printOptions.bilingual).toBe(true);
    expect(toggle?.getAttribute('aria-checked')).toBe('true');
    // the hooks of the screen are still there
    expect(container.querySelector('[data-action="print"]')).not.toBeNull();
    expect(container.querySelector('[data-action="finish"]')).not.toBeNull();
  });
});

describe('fitToPage', () => {
  /** A sheet whose height follows its type scale, as text does. */
  function fakeSheet(heightAtFull: number): HTMLElement {
    const element = document.createElement('div');
    element.getBoundingClientRect = () => ({ height: heightAtFull * Number(element.style.getPropertyValue('--fit')) }) as DOMRect;
    return element;
  }

  it.each([
    [900, 1000, 1],
    [1100, 1000, 0.9],
    [1300, 1000, 0.75],
  ])('a sheet %i px tall at full size, in %i px: scale %f', (full, room, expected) => {
    const sheet = fakeSheet(full);
    expect(fitToPage(sheet, room)).toBe(expected);
    expect(full * expected).toBeLessThanOrEqual(room);
    expect(sheet.style.getPropertyValue('--fit')).toBe(String(expected));
  });

  it('stops at the smallest readable scale', () => {
    expect(fitToPage(fakeSheet(5000), 1000)).toBe(MIN_FIT);
  });
});
