// Driving the app by finger or by keyboard alone, and checking afterwards which pointers the page
// really saw: a journey's `press` (support/journey.ts) can be a tap or Tab-then-Enter.
import type { Page } from 'playwright-core';
import type { Press } from './journey';

/** A finger's tap: touch events (and `pointerType` « touch »), never the mouse. The context needs `hasTouch`. */
export const tap: Press = (page, selector) => page.tap(selector);

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, as a keyboard user
 * would: it also proves the control is reachable by Tab. Fails after `max` presses.
 */
export async function tabTo(page: Page, selector: string, { max = 60, backwards = false } = {}): Promise<void> {
  await page.waitForSelector(selector);
  const key = backwards ? 'Shift+Tab' : 'Tab';
  const focused = () => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  for (let presses = 0; presses < max; presses++) {
    if (await focused()) return;
    await page.keyboard.press(key);
  }
  if (await focused()) return;
  const at = await page.evaluate(() => {
    const e = document.activeElement;
    return e ? `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}> « ${(e.textContent ?? '').trim().slice(0, 40)} »` : 'nothing';
  });
  throw new Error(`${max} × ${key} never reached ${selector}: the focus is on ${at}`);
}

/** Tab to the control, then Enter (or `key`): a press by keyboard alone. */
export const byKeyboard =
  (key = 'Enter'): Press =>
  async (page, selector) => {
    await tabTo(page, selector);
    await page.keyboard.press(key);
  };

/** Runs in the page before the app (an init script): notes every pointerdown's type and every touchstart. */
export function recordPointers(): void {
  const seen = { pointers: [] as string[], touchstarts: 0 };
  Object.defineProperty(window, '__pointersSeen', { value: seen });
  addEventListener('pointerdown', (event) => seen.pointers.push(event.pointerType), { capture: true });
  addEventListener('touchstart', () => seen.touchstarts++, { capture: true, passive: true });
}

/** What `recordPointers` noted since the page loaded. */
export function pointersSeen(page: Page): Promise<{ pointers: string[]; touchstarts: number }> {
  return page.evaluate(() => (window as unknown as { __pointersSeen: { pointers: string[]; touchstarts: number } }).__pointersSeen);
}
