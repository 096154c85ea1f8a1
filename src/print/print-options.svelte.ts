// Options of the printed sheet chosen on the bilan screen. Not personal, never stored:
// they live in memory for one session and go back to their defaults when a journey opens and at erasure.
import { languageOf, type LanguageCode } from '../lib/i18n/languages';
import { onErase } from '../lib/session/erase-hooks';

/** The French copy is offered when the person's language is not a form of French (fr, fr-FALC). */
export function offersFrenchCopy(lang: LanguageCode): boolean {
  return languageOf(lang).htmlLang !== 'fr';
}

class PrintOptions {
  #bilingual = $state(false);
  #qr = $state(false);

  /** The sheet adds a compact French copy for the agent who will read it. */
  get bilingual(): boolean {
    return this.#bilingual;
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
    this.#bilingual = false;
    this.#qr = false;
  }
}

export const printOptions = new PrintOptions();
onErase(() => printOptions.reset());
