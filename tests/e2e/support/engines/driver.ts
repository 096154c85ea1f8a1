// One driver for the three engines a tablet runs: what a cross-engine scenario may ask of a
// browser. chromium.ts, firefox.ts and webkit.ts implement it; everything that can be done from
// inside the page (waiting, reading hooks, storage) is done here once, through `evaluate`.
import type { RunningServer } from '../server';

export type EngineName = 'chromium' | 'firefox' | 'webkit';

export interface Engine {
  readonly name: EngineName;
  /**
   * A page of a fresh origin: its own server of the built app on a new port, so that nothing a
   * previous scenario stored (IndexedDB, service worker, caches) is seen, even in one browser.
   */
  open(): Promise<EnginePage>;
  close(): Promise<void>;
}

export interface EnginePage {
  readonly engine: EngineName;
  /** The app's origin, served by `server`. */
  readonly url: string;
  readonly server: RunningServer;
  /** Runs a self-contained function in the page (its source is sent, not its closure) and returns its JSON result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Presses an element with a finger where the engine's driver can emulate touch, else with the mouse. */
  press(selector: string): Promise<void>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** The network cut (emulated, or the server stopped where the driver cannot emulate it). */
  setOffline(offline: boolean): Promise<void>;
  /** The page printed to an A4 PDF with `@media print`, or an error where the engine cannot print. */
  pdf(): Promise<Buffer>;
  /** Requests to any origin other than the app's, as far as the engine lets a driver see them. */
  foreignRequests(): Promise<string[]>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Waits until `selector` is in the page (or, with `gone`, no longer is). */
export async function waitFor(page: EnginePage, selector: string, options: { gone?: boolean; timeout?: number } = {}): Promise<void> {
  const deadline = Date.now() + (options.timeout ?? 15_000);
  const wanted = !options.gone;
  for (;;) {
    if ((await exists(page, selector)) === wanted) return;
    if (Date.now() > deadline) throw new Error(`${page.engine}: ${selector} ${wanted ? 'never appeared' : 'never left'}`);
    await sleep(50);
  }
}

/** Waits until a function run in the page returns true. */
export async function waitUntil<A>(page: EnginePage, what: string, fn: (arg: A) => boolean | Promise<boolean>, arg?: A, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(fn, arg as A))) {
    if (Date.now() > deadline) throw new Error(`${page.engine}: ${what} never happened`);
    await sleep(100);
  }
}

export function exists(page: EnginePage, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.querySelector(s) !== null, selector);
}

export function attribute(page: EnginePage, selector: string, name: string): Promise<string | null> {
  return page.evaluate(([s, n]) => document.querySelector(s)?.getAttribute(n) ?? null, [selector, name] as const);
}

export function text(page: EnginePage, selector: string): Promise<string | null> {
  return page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
}

/** Waits for the element, then presses it. */
export async function press(page: EnginePage, selector: string): Promise<void> {
  await waitFor(page, selector);
  await page.press(selector);
}
