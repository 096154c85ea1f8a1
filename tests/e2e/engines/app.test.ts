// The app in every engine a tablet runs (Chromium, Firefox, WebKit), each scenario written once
// against the driver of tests/e2e/support/engines: a whole journey in each mode with a reload in
// the middle, offline after the first visit, both erasures, under the production policy.
import { describe, expect, it } from 'vitest';
import {
  ENGINES,
  exists,
  press,
  useEngine,
  waitFor,
  type EnginePage,
} from '../support/engines';
import {
  answerOne,
  answerUntilBilan,
  controlledByServiceWorker,
  currentScreen,
  importSettings,
  nothingLeft,
  startJourney,
  storedSession,
} from '../support/engines/journey';
import { writeTraces } from '../support/offline';

/** A report takes a moment to reach the server: wait before saying there is none. */
async function cspViolations(page: EnginePage): Promise<string[]> {
  await new Promise((ok) => setTimeout(ok, 500));
  return [...page.server.cspReports];
}

/** A journey is a few hundred driver commands: over WebDriver's HTTP, on a loaded machine, minutes. */
const SCENARIO_TIMEOUT = 300_000;

describe.each(ENGINES)('%s', (name) => {
  const browser = useEngine(name);

  it.each(['self', 'mediator'] as const)('%s mode: a whole journey to the bilan, a reload in the middle losing nothing, then « Terminer et effacer » leaves nothing', async (mode) => {
    const page = await browser.engine.open();
    await controlledByServiceWorker(page);
    await startJourney(page, mode);
    for (let i = 0; i < 4; i++) await answerOne(page);

    // The reload: the same question comes back with every answer given so far.
    const before = await currentScreen(page);
    await expect.poll(async () => (await storedSession(page))?.step, { timeout: 10_000 }).toBe(`item:${before.id}`);
    const stored = await storedSession(page);
    await page.reload();
    await press(page, '[data-action="resume"]');
    await waitFor(page, `section[data-item="${before.id}"]`);
    expect((await storedSession(page))?.answers).toEqual(stored?.answers);

    const posture = await answerUntilBilan(page);
    expect(posture).not.toBe('');
    expect(await exists(page, '[data-report]')).toBe(mode === 'mediator');

    await page.evaluate(writeTraces);
    await press(page, '[data-posture] [data-action="finish"]');
    await waitFor(page, '[data-item="mode"]');
    expect(await nothingLeft(page)).toEqual([]);
    expect(await exists(page, '[data-posture], [data-action="resume"]')).toBe(false);

    expect(await cspViolations(page)).toEqual([]);
    expect(await page.foreignRequests()).toEqual([]);
    // The two checks above can fail: an image from elsewhere is blocked, reported, and seen.
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'http://example.invalid/canary.png';
      document.body.append(image);
    });
    await expect.poll(() => page.server.cspReports.join(' '), { timeout: 10_000 }).toContain('example.invalid');
    await page.close();
  }, SCENARIO_TIMEOUT);

  it('offline after the first visit: a reload and a whole journey with the network cut', async () => {
    const page = await browser.engine.open();
    await controlledByServiceWorker(page);
    await page.setOffline(true);
    await page.reload();
    await startJourney(page, 'self');
    expect(await answerUntilBilan(page)).not.toBe('');
    // A request the service worker could not answer would have failed: none did.
    const failed = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).responseStatus >= 400).map((e) => e.name),
    );
    expect(failed).toEqual([]);
    expect(await page.foreignRequests()).toEqual([]);
    await page.close();
  }, SCENARIO_TIMEOUT);

  it('inactivity: the warning, then everything wiped', async () => {
    const page = await browser.engine.open();
    await controlledByServiceWorker(page);
    await importSettings(page, { inactivitySeconds: 3, warningSeconds: 2 });
    await startJourney(page, 'self');
    await answerOne(page);
    await answerOne(page);
    await expect.poll(async () => Object.keys((await storedSession(page))?.answers ?? {}).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await page.evaluate(writeTraces);
    await waitFor(page, 'dialog[data-dialog="inactivity"]');
    await waitFor(page, 'dialog[data-dialog="inactivity"]', { gone: true, timeout: 20_000 });
    await waitFor(page, '[data-item="mode"]');
    await expect.poll(() => nothingLeft(page), { timeout: 5_000 }).toEqual([]);
    expect(await exists(page, '[data-action="continue"], [data-action="resume"]')).toBe(false);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  }, SCENARIO_TIMEOUT);
});
