// A whole journey in each mode, in real Chromium against the built app, checked through the hooks.
import { describe, expect, it } from 'vitest';
import { TABLET, watchedPage } from './support/browser';
import { answerUntilBilan, readBilan, startJourney, storedSession, type Plan } from './support/journey';
import { useAppInChromium } from './support/harness';

const app = useAppInChromium();

const LEARNER: Plan = {
  'primo.tried_online': 'yes-failed',
  'primo.has_email': 'yes',
  'primo.checks_email': 'rarely',
  'primo.devices': ['smartphone'],
  'primo.internet': 'mobile-only',
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
    expect(await page.getAttribute('section[data-item]', 'data-item')).toBe('primo.tried_online');

    const posture = await answerUntilBilan(page, LEARNER, {
      skipAreas: ['passwords'],
      fallback: (id) => (id.startsWith('device.') ? 'alone' : id.startsWith('mouse.') ? 'with-help' : id.startsWith('email.') ? 'not-yet' : 'skip'),
    });

    expect(posture).toBe('faire-avec');
    const bilan = await readBilan(page);
    expect(bilan.levels).toEqual({
      device: 'autonomous',
      mouse: 'learning',
      browser: 'not-assessed',
      email: 'to-discover',
      passwords: 'not-assessed',
    });
    expect(bilan.alerts).toEqual(['email-not-checked']);
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
    await page.click('[data-value="yes-succeeded"]');
    await page.waitForSelector('section[data-item="primo.has_email"]');
    await page.click('[data-action="back"]');
    await page.waitForSelector('section[data-item="primo.tried_online"]');
    expect(await page.getAttribute('[data-value="yes-succeeded"]', 'aria-pressed')).toBe('true');
    await context.close();
  });
});
