// The place's settings (not personal: they survive erasure), and the place code that guards them.
// Opening the settings screen asks for the code when one is set; the screen stays unlocked until it
// is closed. A forgotten code resets every setting to its default, the code included: no bypass.
import { DEFAULT_SETTINGS, type PlaceSettings, type Repository } from '../storage';

// The hashing is needed only at the settings' door, never on the first screen.
const loadPlaceCode = () => import('./place-code');

export class PlaceSettingsState {
  #value = $state<PlaceSettings>(structuredClone(DEFAULT_SETTINGS));
  #unlocked = $state(false);
  #repository: Repository | null = null;

  get value(): PlaceSettings {
    return this.#value;
  }
  get hasCode(): boolean {
    return this.#value.placeCode !== null;
  }
  /** Whether the settings screen may show the settings (no code, or the right code given). */
  get unlocked(): boolean {
    return this.#unlocked || !this.hasCode;
  }

  /** Reads the stored settings; `dropped` when they were unreadable and defaults stand in. */
  async load(repository: Repository): Promise<{ dropped: boolean }> {
    this.#repository = repository;
    const { settings, dropped } = await repository.loadSettings();
    this.#value = settings;
    return { dropped };
  }

  async save(settings: PlaceSettings): Promise<void> {
    this.#value = settings;
    await this.#repository?.saveSettings(settings);
  }

  /** A new code (4 to 8 digits), or null to remove it. */
  async setCode(code: string | null): Promise<void> {
    const placeCode = code === null ? null : await (await loadPlaceCode()).hashPlaceCode(code);
    await this.save({ ...$state.snapshot(this.#value), placeCode });
    this.#unlocked = true;
  }

  async unlock(code: string): Promise<boolean> {
    const stored = this.#value.placeCode;
    this.#unlocked = stored === null || (await (await loadPlaceCode()).verifyPlaceCode(code, stored));
    return this.#unlocked;
  }

  lock(): void {
    this.#unlocked = false;
  }

  /** « Code oublié »: every setting back to its default, the code removed. */
  async resetToDefaults(): Promise<void> {
    await this.save(structuredClone(DEFAULT_SETTINGS));
    this.#unlocked = true;
  }

  /** For tests: defaults, no storage. */
  reset(): void {
    this.#value = structuredClone(DEFAULT_SETTINGS);
    this.#unlocked = false;
    this.#repository = null;
  }
}
