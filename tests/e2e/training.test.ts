// The training mode in Chromium against the built app (framework, section 10): choose a card, run
// the ordinary mediator journey with its answers, read the debrief; change one observation and the
// debrief names it and its rule; print (« FORMATION » on a one-page sheet, the debrief on the next
// page); « Terminer et effacer » leaves nothing. Screenshots and the PDF are kept in test-results/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardById } from '../../src/lib/diagnostic/training/cards';
import { TABLET, watchedPage } from './support/browser';
import { useAppInChromium } from './support/harness';
import { answerUntilBilan, storedSession, type Plan } from './support/journey';

const OUT = resolve(import.meta.dirname, '../../test-results/training');
const app = useAppInChromium();
const CARD = cardById('telephone-prepaye')!;

async function playCard(page: Page, plan: Plan): Promise<void> {
  await page.click('[data-action="training"]');
  await page.waitForSelector('[data-card]');
  await page.click(`[data-card="${CARD.id}"] [data-action="play"]`);
  await page.waitForSelector('section[data-item]');
  await answerUntilBilan(page, plan);
  await page.waitForSelector('[data-training="debrief"]');
}

describe('training mode', () => {
  it('a card played as written matches; one observation changed is named with its rule; the print and the erasure', { timeout: 240_000 }, async () => {
    mkdirSync(OUT, { recursive: true });
    const context = await app.browser.newContext(TABLET);
    const { page, errors, foreignRequests } = await watchedPage(context, app.server.url);
    await page.goto(app.server.url);
    await page.waitForSelector('[data-action="training"]');

    await page.click('[data-action="training"]');
    await page.waitForSelector('[data-card]');
    expect(await page.locator('[data-card]').count()).toBeGreaterThanOrEqual(8);
    expect(await page.getAttribute(`[data-card="${CARD.id}"]`, 'data-card-posture')).toBe('laisser-faire');
    await page.screenshot({ path: join(OUT, 'deck-1024x768.png') });
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.screenshot({ path: join(OUT, 'deck-768x1024.png') });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.click('[data-screen="training"] [data-action="back"]');

    // As written: the debrief matches.
    await playCard(page, CARD.answers as Plan);
    expect(await page.textContent('[data-training="banner"]')).toContain('Formation : personne réelle absente');
    const debrief = page.locator('[data-training="debrief"]');
    expect(await debrief.getAttribute('data-training-expected')).toBe('laisser-faire');
    expect(await debrief.getAttribute('data-training-match')).toBe('true');
    expect((await storedSession(page)) as { training?: string }).toMatchObject({ training: CARD.id });
    await debrief.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'debrief-match-1024x768.png') });

    // Print: the sheet with « FORMATION » on page 1, the debrief on page 2.
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const file = join(OUT, 'training.pdf');
    writeFileSync(file, pdf);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBe(2);
    // -raw keeps the rotated word's letters in order; spaces are squeezed (the word is letter-spaced).
    const pageText = (n: number) =>
      execFileSync('pdftotext', ['-raw', '-f', String(n), '-l', String(n), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(pageText(1)).toContain('FORMATION');
    expect(pageText(1)).toContain('Monbilannumérique');
    expect(pageText(2)).toContain('Débriefdelamiseensituation');
    execFileSync('pdftoppm', ['-png', '-r', '80', file, join(OUT, 'training-print')]);

    await page.click('[data-action="finish"]');
    await page.waitForSelector('[data-action="start"]');
    expect(await storedSession(page)).toBeUndefined();
    expect(await page.locator('[data-training="banner"]').count()).toBe(0);

    // Again, the mediator notes the person unable with the browser: the debrief names it and the rule.
    await playCard(page, { ...(CARD.answers as Plan), 'obs.browser': 'unable' });
    expect(await debrief.getAttribute('data-training-match')).toBe('false');
    const level = debrief.locator('[data-difference="level"][data-subject="browser"]');
    expect(await level.getAttribute('data-rule')).toBe('level.observation');
    expect(await level.locator('[data-cause="obs.browser"]').count()).toBe(1);
    const posture = debrief.locator('[data-difference="posture"]');
    expect(await posture.getAttribute('data-rule')).toBe('posture.laisser-faire');
    expect(await posture.textContent()).toContain('Aller sur un site avec le navigateur');
    await debrief.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'debrief-difference-1024x768.png'), fullPage: true });
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.screenshot({ path: join(OUT, 'debrief-difference-768x1024.png'), fullPage: true });

    await page.click('[data-action="finish"]');
    await page.waitForSelector('[data-action="start"]');
    expect(await storedSession(page)).toBeUndefined();
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
