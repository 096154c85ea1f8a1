// A whole journey in each mode, in real Chromium against the built app, checked through the hooks.
import { describe, expect, it } from 'vitest';
import { TABLET, watchedPage } from './support/browser';
import { answerReason, answerUntilBilan, readBilan, startJourney, storedSession, type Plan } from './support/journey';
import { useAppInChromium } from './support/harness';

const app = useAppInChromium();

const LEARNER: Plan = {
  'primo.reason': 'work',
  'primo.tried_online': 'yes-failed',
  'primo.has_email': 'yes',
  'primo.checks_email': 'rarely',
  'primo.devices': ['smartphone'],
  'primo.internet': 'mobile-only',
  'primo.french': 'easy',
  'triage.urgency': 'soon',
  'triage.wants_to_learn': 'yes',
  'triage.need': 'digital',
};

describe('the whole journey', () => {
  it('self mode: welcome → primo → triage → areas → bilan, with a skipped area and the alerts', async () => {
    const context = await app.browser.newContext(TABLET);
    const { page, foreignRequests, errors } = await watchedPage(context, app.server.url);
    await page.goto(app.server.url);
    await startJourney(page, 'self');
    // Self mode asks no observation: the first screen is a primo question.
    expect(await page.getAttribute('section[data-item]', 'data-item')).toBe('primo.reason');

    const posture = await answerUntilBilan(page, LEARNER, {
      skipAreas: ['passwords'],
      fallback: (id) =>
        id.startsWith('device.') || id === 'procedures.receipt'
          ? 'alone'
          : id.startsWith('mouse.') || id.startsWith('procedures.')
            ? 'with-help'
            : id.startsWith('email.')
              ? 'not-yet'
              : 'skip',
    });

    expect(posture).toBe('faire-avec');
    const bilan = await readBilan(page);
    expect(bilan.levels).toEqual({
      device: 'autonomous',
      mouse: 'learning',
      browser: 'not-assessed',
      email: 'to-discover',
      passwords: 'not-assessed',
      procedures: 'learning',
    });
    expect(bilan.alerts).toEqual(['email-not-checked']);
    // The sixth area's step, but not the receipt's: the person keeps it alone.
    expect(bilan.steps).toContain('procedures.practice');
    expect(bilan.steps).not.toContain('procedures.keep-receipt');
    expect(await page.getAttribute('[data-posture] [data-reason]', 'data-reason')).toBe('work');
    expect(await page.$('[data-quick-bilan]')).toBeNull();
    expect(bilan.steps[0]).toBe('email.check-weekly');
    expect(bilan.steps.length).toBeLessThanOrEqual(6);
    expect(await page.textContent('[data-posture]')).toContain('Ce bilan est un repère');
    expect(await page.$('[data-report]')).toBeNull();
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('mediator mode: observations are asked, the reminders open, and the activity report shows', async () => {
    const context = await app.browser.newContext(TABLET);
    const { page, errors } = await watchedPage(context, app.server.url);
    await page.goto(app.server.url);
    await startJourney(page, 'mediator');
    await page.click('[data-action="reminders"]');
    expect(await page.textContent('#mediator-panel')).toContain('recevabilité');

    const seen: string[] = [];
    const posture = await answerUntilBilan(
      page,
      {
        ...LEARNER,
        'obs.refuses_device': 'no',
        'obs.handling': 'unable',
        'obs.browser': 'hesitant',
        'triage.urgency': 'urgent',
      },
      { fallback: (id) => (id.startsWith('exercise.') ? 'skip' : 'alone'), onScreen: async (_p, screen) => void seen.push(screen) },
    );

    expect(seen).toContain('item:obs.handling');
    expect(posture).toBe('faire-a-la-place');
    const bilan = await readBilan(page);
    // The observation caps mouse at to-discover whatever was declared.
    expect(bilan.levels.mouse).toBe('to-discover');
    expect(bilan.levels.email).toBe('autonomous');
    expect(bilan.steps[0]).toBe('procedure.do-together');
    expect(bilan.alerts).toContain('urgent-situation');
    expect(await page.textContent('[data-report]')).toContain('Avec guidage');
    // The reason's La Coop theme, beside « Diagnostic numérique ».
    expect(await page.textContent('[data-report-field="themes"] dd')).toBe('Diagnostic numérique, Travail - Formation - Entreprise');
    expect(errors).toEqual([]);

    await page.click('[data-posture] [data-action="finish"]');
    await page.waitForSelector('[data-item="mode"]');
    expect(await storedSession(page)).toBeUndefined();
    await context.close();
  });

  it('Back returns to the previous question with its answer still selected', async () => {
    const context = await app.browser.newContext(TABLET);
    const { page } = await watchedPage(context, app.server.url);
    await page.goto(app.server.url);
    await startJourney(page, 'self');
    await answerReason(page);
    await page.click('[data-value="yes-succeeded"]');
    await page.waitForSelector('section[data-item="primo.has_email"]');
    await page.click('[data-action="back"]');
    await page.waitForSelector('section[data-item="primo.tried_online"]');
    expect(await page.getAttribute('[data-value="yes-succeeded"]', 'aria-pressed')).toBe('true');
    await context.close();
  });

  it.each(['self', 'mediator'] as const)('%s mode: the quick bilan from the checkpoint; Back returns to it, « Continuer » goes on', async (mode) => {
    const context = await app.browser.newContext(TABLET);
    const { page, errors } = await watchedPage(context, app.server.url);
    await page.goto(app.server.url);
    await startJourney(page, mode);
    const posture = await answerUntilBilan(
      page,
      { ...LEARNER, 'primo.reason': 'residence', 'primo.french': 'very-difficult', 'triage.urgency': 'urgent', 'obs.handling': 'easy', 'obs.browser': 'easy', 'obs.refuses_device': 'no' },
      { bilanNow: true },
    );
    // Urgent, and nothing shows autonomy: in an urgency, no evidence of autonomy means none.
    expect(posture).toBe('faire-a-la-place');
    const bilan = await readBilan(page);
    expect(Object.keys(bilan.levels)).toHaveLength(6);
    expect(new Set(Object.values(bilan.levels))).toEqual(new Set(['not-assessed']));
    expect(bilan.alerts).toEqual(['urgent-situation', 'email-not-checked', 'french-reading']);
    expect(bilan.steps.slice(0, 2)).toEqual(['procedure.do-together', 'email.check-weekly']);
    expect(bilan.steps).toContain('language.french-workshops');
    expect(await page.$('[data-posture] [data-quick-bilan]')).not.toBeNull();
    expect(await page.$('[data-posture] [data-orientation="ateliers-francais"]')).not.toBeNull();
    expect(((await storedSession(page)) as { step: string }).step).toBe('bilan:quick');

    await page.click('[data-posture] [data-action="back"]');
    await page.waitForSelector('[data-screen="checkpoint"]');
    await page.click('[data-screen="checkpoint"] [data-action="next"]');
    await page.waitForSelector('[data-area-intro="device"]');
    expect(errors).toEqual([]);
    await context.close();
  });
});
