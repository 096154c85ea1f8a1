// Accessibility in real Chromium: axe on every screen (French, Arabic, mediator mode), the whole
// journey with the keyboard alone, focus on each new heading, reflow at 320 px, touch targets.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, type AxeViolation } from './support/axe';
import { TABLET } from './support/browser';
import { answerUntilBilan, startJourney } from './support/journey';
import { useAppInChromium } from './support/harness';

const app = useAppInChromium();

const hasLocale = (code: string) => existsSync(resolve(import.meta.dirname, `../../locales/${code}.json`));

async function openApp(language: string, viewport = TABLET.viewport): Promise<Page> {
  const context = await app.browser.newContext({ ...TABLET, viewport, locale: language });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await page.waitForSelector('[data-item="mode"]');
  return page;
}

async function setLanguage(page: Page, code: string): Promise<void> {
  await page.click('[data-action="language"]');
  await page.click(`[data-action="language"] ~ * [data-value="${code}"], #panel-language [data-value="${code}"]`);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, code === 'fr-FALC' ? 'fr' : code);
}

/** Collects axe violations per screen, checking each kind of screen once. */
function auditor(page: Page) {
  const report: Record<string, AxeViolation[]> = {};
  const seenKinds = new Set<string>();
  return {
    report,
    async check(label: string): Promise<void> {
      const violations = await axeViolations(page);
      if (violations.length > 0) report[label] = violations;
    },
    /** For answerUntilBilan's onScreen: each kind of screen once (single, multiple, can-do, intro, each exercise, bilan). */
    async onScreen(_page: Page, screen: string): Promise<void> {
      const id = screen.split(':')[1] ?? '';
      const kind = screen.startsWith('item:')
        ? id.startsWith('exercise.')
          ? id
          : id === 'primo.devices' || id === 'primo.reason'
            ? id
            : /^(device|mouse|browser|email|passwords|procedures)\./.test(id)
              ? 'can-do'
              : 'single'
        : screen.split(':')[0];
      if (seenKinds.has(kind)) return;
      seenKinds.add(kind);
      await this.check(screen);
    },
  };
}

const PLAN = {
  'primo.devices': ['smartphone', 'computer'],
  'primo.has_email': 'yes',
  'primo.checks_email': 'never',
  'triage.urgency': 'not-urgent',
} as const;
const fallback = (id: string) => (id.startsWith('exercise.') ? 'skip' : id.includes('.') && !id.startsWith('primo') && !id.startsWith('triage') && !id.startsWith('obs') ? 'with-help' : 'skip');

describe('axe finds no violation', () => {
  it.each([
    ['fr', 'self'],
    ['fr', 'mediator'],
    ['ar', 'self'],
    ['ar', 'mediator'],
  ] as const)('on every screen in %s, %s mode', async (language, mode) => {
    if (!hasLocale(language)) throw new Error(`locales/${language}.json is missing`);
    const page = await openApp('fr-FR');
    if (language !== 'fr') await setLanguage(page, language);
    const audit = auditor(page);
    await audit.check('welcome');
    await page.click('[data-action="language"]');
    await audit.check('language picker open');
    await page.keyboard.press('Escape');
    await page.click('[data-action="display"]');
    await audit.check('display menu open');
    await page.keyboard.press('Escape');

    await startJourney(page, mode);
    if (mode === 'mediator') {
      await page.click('[data-action="reminders"]');
      await audit.check('reminders panel');
    }
    await page.click('[data-action="menu-finish"]');
    await audit.check('finish dialog');
    await page.click('[data-action="cancel"]');

    await answerUntilBilan(page, PLAN, { fallback, onScreen: (p, s) => audit.onScreen(p, s) });
    await page.click('[data-posture] [data-action="finish"]');
    await page.waitForSelector('[data-item="mode"]');
    await audit.check('welcome after erasure (notice)');
    await page.click('[data-action="settings"]');
    await page.waitForSelector('[data-screen="settings"]');
    await page.click('[data-action="add-address"]');
    await audit.check('settings');

    expect(audit.report).toEqual({});
    await page.context().close();
  });

  it('on the inactivity dialog, the resume prompt and the error screen', async () => {
    const page = await openApp('fr-FR');
    const audit = auditor(page);
    await startJourney(page, 'self');
    await page.click('[data-value="other"]');
    // A reload in the middle: the resume prompt.
    await page.reload();
    await page.waitForSelector('[data-action="resume"]');
    await audit.check('resume prompt');
    await page.click('[data-action="resume"]');
    await page.waitForSelector('section[data-item]');
    // Any unexpected error shows « Recommencer », never a blank page.
    await page.evaluate(() => setTimeout(() => Promise.reject(new Error('test: unexpected')), 0));
    await page.waitForSelector('[data-screen="error"]');
    await audit.check('error screen');
    await page.click('[data-screen="error"] [data-action="restart"]');
    await page.waitForSelector('[data-item="mode"]');
    expect(audit.report).toEqual({});
    await page.context().close();
  });
});

describe('keyboard, focus and reflow', () => {
  /** Presses Tab until the focused element matches, then Enter: what a keyboard user does. */
  async function tabTo(page: Page, selector: string): Promise<void> {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
        await page.keyboard.press('Enter');
        return;
      }
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  it('the whole journey can be done with the keyboard alone, focus on each new heading', async () => {
    const page = await openApp('fr-FR');
    await tabTo(page, '[data-item="mode"] [data-value="self"]');
    await tabTo(page, '[data-action="start"]');
    const headingsFocused: boolean[] = [];
    for (let guard = 0; guard < 80; guard++) {
      await page.waitForSelector('[data-posture], [data-area-intro], section[data-item], [data-screen="checkpoint"]');
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      headingsFocused.push(true);
      if (await page.$('[data-posture]')) break;
      if (await page.$('[data-area-intro], [data-screen="checkpoint"]')) await tabTo(page, '[data-action="next"]');
      else if (await page.$('section[data-item="primo.devices"]')) {
        await tabTo(page, '[data-value="tablet"]');
        await tabTo(page, '[data-action="next"]');
      } else if (await page.$('section[data-item^="exercise."]')) await tabTo(page, '[data-value="skip"]');
      else if (await page.$('section[data-item^="primo."], section[data-item^="triage."]')) await tabTo(page, '[data-item] .answer');
      else await tabTo(page, '[data-value="alone"]');
    }
    expect(await page.getAttribute('[data-posture]', 'data-posture')).toBe('laisser-faire');
    await tabTo(page, '[data-posture] [data-action="finish"]');
    await page.waitForSelector('[data-item="mode"]');
    expect(headingsFocused.length).toBeGreaterThan(20);
    await page.context().close();
  });

  it('announces the progress through a polite live region', async () => {
    const page = await openApp('fr-FR');
    await startJourney(page, 'self');
    const live = () => page.textContent('[aria-live="polite"]');
    expect(await live()).toContain('Étape 1 sur 9');
    await page.click('[data-value="papers"]');
    await page.waitForSelector('section[data-item="primo.tried_online"]');
    expect(await live()).toContain('Question 2');
    await page.context().close();
  });

  it.each([
    ['a phone, 320 px wide (or 200% zoom on 640 px)', { width: 320, height: 640 }],
    ['a tablet in portrait', { width: 768, height: 1024 }],
  ])('reflows without horizontal scrolling on %s, with targets of 48 px at least', async (_label, viewport) => {
    const page = await openApp('fr-FR', viewport);
    const problems: string[] = [];
    const inspect = async (screen: string) => {
      const result = await page.evaluate(() => {
        const overflow = document.documentElement.scrollWidth > window.innerWidth + 1;
        const small = [...document.querySelectorAll('button, a[href], input, select')]
          .filter((e) => !e.closest('.visually-hidden') && !(e as HTMLElement).matches('.skip-link, [type="file"]'))
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.height < 48 || r.width < 48) && !(r.height >= 24 && r.width >= 24 && false))
          .filter(({ e }) => !(e instanceof HTMLInputElement && (e.type === 'checkbox' || e.type === 'radio')))
          .map(({ e, r }) => `${e.tagName}${e.getAttribute('data-action') ? `[${e.getAttribute('data-action')}]` : ''} ${Math.round(r.width)}x${Math.round(r.height)}`);
        return { overflow, small };
      });
      if (result.overflow) problems.push(`${screen}: horizontal scroll`);
      for (const s of result.small) problems.push(`${screen}: small target ${s}`);
    };
    await inspect('welcome');
    await startJourney(page, 'mediator');
    await inspect('question');
    await answerUntilBilan(page, PLAN, {
      fallback,
      onScreen: async (_p, screen) => {
        if (screen === 'intro:device' || screen.startsWith('item:exercise.') || screen.startsWith('bilan')) await inspect(screen);
      },
    });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the text size and the high contrast apply at once', async () => {
    const page = await openApp('fr-FR');
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize));
    const before = await size();
    await page.click('[data-action="display"]');
    await page.click('[data-value="larger"]');
    expect(await size()).toBeGreaterThan(before * 1.3);
    await page.click('[data-action="contrast"]');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.context().close();
  });
});
