// The accueil (issue 16): why the person came, reading French, the checkpoint and the quick
// bilan, the sixth area. axe on each new screen in French and Arabic, the ten reasons on a tablet
// in both orientations (screenshots kept under test-results/accueil/ to look at).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, type AxeViolation } from './support/axe';
import { TABLET, watchedPage } from './support/browser';
import { answerUntilBilan, startJourney } from './support/journey';
import { useAppInChromium } from './support/harness';

const app = useAppInChromium();
const ARTIFACTS = resolve(import.meta.dirname, '../../test-results/accueil');
mkdirSync(ARTIFACTS, { recursive: true });

async function openIn(language: 'fr' | 'ar', viewport = TABLET.viewport) {
  const context = await app.browser.newContext({ ...TABLET, viewport, locale: language === 'ar' ? 'ar' : 'fr-FR' });
  const watched = await watchedPage(context, app.server.url);
  await watched.page.goto(app.server.url);
  await watched.page.waitForSelector('[data-item="mode"]');
  await watched.page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  return { ...watched, close: () => context.close() };
}

describe('why the person came, on a tablet', () => {
  it.each([
    ['fr', { width: 768, height: 1024 }],
    ['fr', { width: 1024, height: 768 }],
    ['ar', { width: 768, height: 1024 }],
    ['ar', { width: 1024, height: 768 }],
  ] as const)('%s, %o: ten answers, each with its pictogram, in two columns', async (language, viewport) => {
    const { page, errors, close } = await openIn(language, viewport);
    await startJourney(page, 'self');
    await page.waitForSelector('section[data-item="primo.reason"]');
    // The pictograms arrive with the journey's chunk: wait until every one is drawn.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('section[data-item="primo.reason"] .answers [data-value] svg')].every((svg) => svg.querySelector('path')),
    );
    const boxes = await page.$$eval('section[data-item="primo.reason"] .answers [data-value]', (buttons) =>
      buttons.map((b) => {
        const r = b.getBoundingClientRect();
        return { value: b.getAttribute('data-value'), top: r.top, bottom: r.bottom, left: r.left, width: r.width, height: r.height };
      }),
    );
    expect(boxes).toHaveLength(10);
    // Two columns: five rows of two; big targets.
    expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(5);
    for (const b of boxes) {
      expect(b.height).toBeGreaterThanOrEqual(56);
      expect(b.width).toBeGreaterThanOrEqual(250);
    }
    // In portrait, all ten fit above the fold.
    if (viewport.height > viewport.width) expect(Math.max(...boxes.map((b) => b.bottom))).toBeLessThanOrEqual(viewport.height);
    // Right to left in Arabic: the first answer sits on the right.
    const [first, second] = boxes;
    if (language === 'ar') expect(first!.left).toBeGreaterThan(second!.left);
    else expect(first!.left).toBeLessThan(second!.left);
    await page.screenshot({ path: resolve(ARTIFACTS, `reason-${language}-${viewport.width}x${viewport.height}.png`) });
    expect(errors).toEqual([]);
    await close();
  });
});

describe('axe on the new screens', () => {
  it.each([
    ['fr', 'self'],
    ['ar', 'mediator'],
  ] as const)('%s, %s mode: reason, reading French, checkpoint, quick bilan, the sixth area', async (language, mode) => {
    const { page, errors, close } = await openIn(language);
    const report: Record<string, AxeViolation[]> = {};
    const check = async (label: string) => {
      const violations = await axeViolations(page);
      if (violations.length > 0) report[label] = violations;
    };
    const audited = new Set(['item:primo.reason', 'item:primo.french', 'checkpoint:checkpoint']);
    await startJourney(page, mode);
    await answerUntilBilan(
      page,
      { 'primo.reason': 'housing', 'primo.french': 'difficult', 'triage.urgency': 'soon' },
      { bilanNow: true, onScreen: async (_p: Page, screen: string) => (audited.has(screen) || screen.startsWith('bilan') ? check(screen) : undefined) },
    );
    expect(await page.$('[data-quick-bilan]')).not.toBeNull();
    await page.screenshot({ path: resolve(ARTIFACTS, `quick-bilan-${language}-${mode}.png`), fullPage: true });

    // Back to the checkpoint, then the sixth area: its intro, a can-do item, the exercise.
    await page.click('[data-posture] [data-action="back"]');
    await page.waitForSelector('[data-screen="checkpoint"]');
    await page.screenshot({ path: resolve(ARTIFACTS, `checkpoint-${language}-${mode}.png`) });
    await page.click('[data-screen="checkpoint"] [data-action="next"]');
    for (const area of ['device', 'mouse', 'browser', 'email', 'passwords']) {
      await page.click(`[data-area-intro="${area}"] [data-action="skip"]`);
      await page.waitForSelector(`[data-area-intro="${area}"]`, { state: 'detached' });
    }
    await page.waitForSelector('[data-area-intro="procedures"]');
    await check('intro:procedures');
    await page.click('[data-area-intro="procedures"] [data-action="next"]');
    await page.waitForSelector('section[data-item="procedures.account"]');
    await check('item:procedures.account');
    for (const item of ['account', 'personal_space', 'form', 'scan', 'receipt', 'letter']) {
      await page.click(`section[data-item="procedures.${item}"] [data-value="with-help"]`);
      await page.waitForSelector(`section[data-item="procedures.${item}"]`, { state: 'detached' });
    }
    await page.waitForSelector('section[data-item="exercise.form"]');
    await check('exercise.form');
    await page.click('section[data-item="exercise.form"] [data-value="skip"]');
    await page.waitForSelector('[data-posture]');
    expect(await page.getAttribute('[data-posture] [data-area="procedures"]', 'data-level')).toBe('learning');
    expect(await page.$('[data-quick-bilan]')).toBeNull();
    await check('bilan with procedures');
    expect(report).toEqual({});
    expect(errors).toEqual([]);
    await close();
  });
});
