// The welcome, a question, an exercise and the bilan in Arabic and Ukrainian, at tablet (both
// ways) and phone sizes: nothing wider than the screen, no text cut by its box. Screenshots are
// kept in test-results/screens/ to look at (punctuation and Latin runs in right-to-left text).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchedPage } from './support/browser';
import { answerUntilBilan, startJourney, type Plan } from './support/journey';
import { useAppInChromium } from './support/harness';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screens');
const app = useAppInChromium();

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

const SIZES = {
  landscape: { width: 1024, height: 768 },
  portrait: { width: 768, height: 1024 },
  phone: { width: 390, height: 844 },
} as const;

const PLAN: Plan = {
  'primo.reason': 'residence',
  'primo.tried_online': 'yes-failed',
  'primo.has_email': 'yes',
  'primo.checks_email': 'rarely',
  'primo.devices': ['smartphone'],
  'primo.internet': 'mobile-only',
  'primo.french': 'difficult',
  'triage.urgency': 'urgent',
  'triage.wants_to_learn': 'later',
  'triage.need': 'both',
};
const fallback = (id: string) => (id.startsWith('exercise.') ? 'skip' : 'with-help');

/** What a reader would see as broken: a page wider than the screen, a text cut by its own box. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) {
      problems.push(`the page is ${document.documentElement.scrollWidth}px wide on a ${width}px screen`);
    }
    for (const element of document.querySelectorAll<HTMLElement>('h1, h2, h3, p, li, label, legend, button, a, span')) {
      if (element.closest('.visually-hidden') || element.getClientRects().length === 0) continue;
      const text = (element.textContent ?? '').trim().slice(0, 40);
      const style = getComputedStyle(element);
      // The printed sheet waits off screen, hidden, for window.print().
      if (!text || style.visibility === 'hidden') continue;
      const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (clips && element.scrollWidth > element.clientWidth + 1) problems.push(`cut: « ${text} »`);
      const box = element.getBoundingClientRect();
      if (box.right > width + 1 || box.left < -1) problems.push(`off the screen: « ${text} »`);
    }
    return problems;
  });
}

describe.each(['ar', 'uk'])('%s on screen', (code) => {
  it.each(Object.entries(SIZES))('%s: welcome, question, exercise, bilan', async (size, viewport) => {
    const context = await app.browser.newContext({ viewport, locale: code === 'ar' ? 'ar' : 'uk-UA', deviceScaleFactor: 1 });
    const { page, errors } = await watchedPage(context, app.server.url);
    const problems: Record<string, string[]> = {};
    const look = async (name: string) => {
      // One picture per screen height, readable at full size, rather than one long strip.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, part = 1; y < height; y += viewport.height, part++) {
        const clip = { x: 0, y, width: viewport.width, height: Math.min(viewport.height, height - y) };
        await page.screenshot({ path: resolve(SHOTS, `${code}-${size}-${name}-${part}.png`), fullPage: true, clip });
      }
      problems[name] = await layoutProblems(page);
    };
    await page.goto(app.server.url);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, code);
    await page.waitForSelector('[data-item="mode"]');
    await look('welcome');
    await startJourney(page, 'self');
    await look('question');
    await answerUntilBilan(page, PLAN, {
      fallback,
      onExercise: async (p, id) => {
        if (id === 'exercise.browser') {
          await p.click(`section[data-item="${id}"] [data-action="begin"]`);
          await p.waitForSelector('[data-instruction]');
          await look('exercise');
        }
        await p.click(`section[data-item="${id}"] [data-value="skip"]`);
      },
    });
    await look('bilan');
    expect(problems).toEqual({ welcome: [], question: [], exercise: [], bilan: [] });
    expect(errors).toEqual([]);
    await context.close();
  });
});
