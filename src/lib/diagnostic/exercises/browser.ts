// exercise.browser: a simulated browser. Task 1 « Allez sur service-public.gouv.fr »: typing the
// address into the address bar is the direct way; typing it into the page's search box and
// clicking the result also gets there, as a detour (framework §2). Task 2: the back button.
import type { ExerciseScore } from '../types';
import { scoreMeasures, type Thresholds } from './score';

/**
 * The addresses that reach the site: the one asked, and the old one that still redirects to it
 * (people type what they saw on an old letter).
 */
export const BROWSER_TARGET_ADDRESSES = ['service-public.gouv.fr', 'service-public.fr'] as const;

/** What a person would type, reduced to the bare site: no scheme, no www, no trailing slash, no spaces. */
export function normalizeAddress(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

export function isTargetAddress(text: string): boolean {
  return (BROWSER_TARGET_ADDRESSES as readonly string[]).includes(normalizeAddress(text));
}

export const BROWSER_THRESHOLDS: Thresholds = {
  // Typing 22 characters and pressing one button: 30–40 s for someone at ease who reads the
  // instructions; 75 s leaves room for a slow typist who knows the way.
  fluentMs: 75_000,
  // One wrong click (a tab, an advertised result) is a look around; two is being lost.
  maxMisses: 1,
  // An address typed wrong then typed again: hesitation.
  maxRetries: 0,
};

export interface BrowserRecord {
  /** how the site was reached, or null when the person gave up */
  reachedBy: 'address-bar' | 'search' | null;
  wentBack: boolean;
  /** clicks on a wrong result */
  misses: number;
  /** addresses typed that lead nowhere */
  wrongAddresses: number;
  durationMs: number;
}

export function scoreBrowser(r: BrowserRecord): ExerciseScore {
  return scoreMeasures(
    {
      steps: 2,
      stepsDone: (r.reachedBy ? 1 : 0) + (r.wentBack ? 1 : 0),
      durationMs: r.durationMs,
      misses: r.misses,
      retries: r.wrongAddresses,
      hintsUsed: 0,
      detours: r.reachedBy === 'search' ? 1 : 0,
    },
    BROWSER_THRESHOLDS,
  );
}
