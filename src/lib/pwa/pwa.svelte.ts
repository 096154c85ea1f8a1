// The service worker bridge, in `prompt` mode: a new version waits until the app offers it on a
// calm screen (welcome or bilan), so no page ever reloads under a person answering.
import { registerSW } from 'virtual:pwa-register';

class PwaState {
  #offlineReady = $state(false);
  #needRefresh = $state(false);
  #update: ((reload?: boolean) => Promise<void>) | null = null;

  get offlineReady(): boolean {
    return this.#offlineReady;
  }
  /** A new version is installed and waiting. */
  get needRefresh(): boolean {
    return this.#needRefresh;
  }

  register(): void {
    if (!('serviceWorker' in navigator)) return;
    this.#update = registerSW({
      immediate: true,
      onOfflineReady: () => {
        this.#offlineReady = true;
      },
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

  dismissOfflineReady(): void {
    this.#offlineReady = false;
  }
}

export const pwa = new PwaState();
