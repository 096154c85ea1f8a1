// Options of the printed sheet chosen on the bilan screen. Not personal, never stored:
// they live in memory for one session and go back to their defaults when a journey opens and at erasure.
import { readsFrenchWithDifficulty } from '../lib/diagnostic/french-reading';
import { i18n } from '../lib/i18n/i18n.svelte';
import { languageOf, type LanguageCode } from '../lib/i18n/languages';
import { onErase } from '../lib/session/erase-hooks';
import { session } from '../lib/session/session.svelte';

/** The French copy is offered when the person's language is not a form of French (fr, fr-FALC). */
export function offersFrenchCopy(lang: LanguageCode): boolean {
  return languageOf(lang).htmlLang !== 'fr';
}

class PrintOptions {
  /** The person's own choice; null until they touch the switch. */
  #bilingual = $state<boolean | null>(null);
  #qr = $state(false);

  /**
   * The sheet adds a compact French copy for the agent who will read it. Until the person
   * chooses, it is on when they find reading French hard and the sheet is in another language:
   * the agent reads the French, the person keeps their own.
   */
  get bilingual(): boolean {
    return this.#bilingual ?? (readsFrenchWithDifficulty(session.answers) && offersFrenchCopy(i18n.lang));
  }
  set bilingual(value: boolean) {
    this.#bilingual = value;
  }

  /** The sheet carries a QR code that opens the same bilan on another device (off by default: the person chooses). */
  get qr(): boolean {
    return this.#qr;
  }
  set qr(value: boolean) {
    this.#qr = value;
  }

  reset(): void {
    this.#bilingual = null;
    this.#qr = false;
  }
}

export const printOptions = new PrintOptions();
onErase(() => printOptions.reset());
