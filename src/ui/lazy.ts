// Screens past the welcome screen load on demand, so the first screen carries only what it shows.
// Each loader is memoised; `prefetchScreens` warms them once the welcome screen is up, so the
// click on « Commencer » finds the journey ready (offline too: every chunk is precached).
const memo = <T>(load: () => Promise<T>) => {
  let promise: Promise<T> | undefined;
  return () => (promise ??= load());
};

export const loadJourney = memo(() => import('./screens/Journey.svelte'));
export const loadSettings = memo(() => import('./screens/Settings.svelte'));
export const loadBilanSheet = memo(() => import('../print/BilanSheet.svelte'));

export function prefetchScreens(): void {
  const warm = () => {
    void loadJourney();
    void loadBilanSheet();
  };
  if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 2000 });
  else setTimeout(warm, 200);
}
