// The service worker bridge, in `prompt` mode: a new version waits until the app offers it on a
// calm screen (welcome or bilan), so no page ever reloads under a person answering.

class PwaState {
  #needRefresh = $state(false);
  #update: ((reload?: boolean) => Promise<void>) | null = null;

  /** A new version is installed and waiting. */
  get needRefresh(): boolean {
    return this.#needRefresh;
  }

  /**
   * Registers the service worker once the page is idle: its install downloads every file for
   * offline use, which must not compete with the first screen for the network and the processor
   * (nor its code with the first screen's scripts: it is a chunk of its own).
   */
  register(): void {
    if (!('serviceWorker' in navigator)) return;
    if ('requestIdleCallback' in window) requestIdleCallback(() => void this.#register(), { timeout: 2000 });
    else setTimeout(() => void this.#register(), 500);
  }

  async #register(): Promise<void> {
    const { registerSW } = await import('virtual:pwa-register');
    this.#update = registerSW({
      immediate: true,
      onNeedRefresh: () => {
        this.#needRefresh = true;
      },
    });
  }

  /** Activates the waiting version and reloads: only offered where no answer can be lost. */
  async apply(): Promise<void> {
    this.#needRefresh = false;
    await this.#update?.(true);
  }
}

export const pwa = new PwaState();
