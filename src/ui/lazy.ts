import { loadJourneyIcons } from './components/icons';
import { retryable as memo } from '../lib/retryable';
import { session } from '../lib/session/session.svelte';

// Screens past the welcome screen load on demand, so the first screen carries only what it shows.
// Each loader is memoised; `prefetchScreens` warms them once the welcome screen is up, so the
// click on « Commencer » finds the journey ready (offline too: every chunk is precached).
// A failed download is not kept: the next call (« Recommencer » on the error screen) retries.

export const loadJourney = memo(() => import('./screens/Journey.svelte'));
// Only after a journey was left half-way (a closed tab): most people never see it.
export const loadResumePrompt = memo(() => import('./screens/ResumePrompt.svelte'));
export const loadSettings = memo(() => import('./screens/Settings.svelte'));
export const loadBilanSheet = memo(() => import('../print/BilanSheet.svelte'));
// The training mode (« Formation »): for mediators in training, never on a person's way.
export const loadTrainingDeck = memo(() => import('./training/TrainingDeck.svelte'));
export const loadTrainingBanner = memo(() => import('./training/TrainingBanner.svelte'));
export const loadTrainingDebrief = memo(() => import('./training/TrainingDebrief.svelte'));
export const loadDebriefSheet = memo(() => import('./training/DebriefSheet.svelte'));
// A bilan opened from a QR code, on another device: only then.
export const loadSharedBilan = memo(() => import('./screens/SharedBilan.svelte'));
// The top bar's reminders and « Terminer et effacer »: only during a journey.
export const loadJourneyTools = memo(() => import('./components/JourneyTools.svelte'));
// The display options: behind a button of the top bar.
export const loadDisplayOptions = memo(() => import('./components/DisplayOptions.svelte'));
// Dialogs open long after the first screen (a confirmation, minutes of inactivity).
export const loadFinishDialog = memo(() => import('./components/FinishDialog.svelte'));
export const loadInactivityDialog = memo(() => import('./components/InactivityDialog.svelte'));

let armed = false;

export function prefetchScreens(): void {
  if (armed) return;
  armed = true;
  // Warmed at the person's first touch or key (choosing a mode comes before « Commencer »), or
  // after a few idle seconds: never while the welcome screen is still being drawn.
  const warm = () => {
    window.removeEventListener('pointerdown', warm, true);
    window.removeEventListener('keydown', warm, true);
    clearTimeout(fallback);
    // A prefetch that fails is retried when the screen is really opened.
    for (const load of [() => session.prepareJourney(), loadJourney, loadJourneyTools, loadBilanSheet, loadFinishDialog, loadInactivityDialog, loadDisplayOptions, loadJourneyIcons]) load().catch(() => {});
  };
  window.addEventListener('pointerdown', warm, true);
  window.addEventListener('keydown', warm, true);
  const fallback = setTimeout(warm, 5000);
}
