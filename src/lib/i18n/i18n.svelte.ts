// i18next, made reactive with one $state field: every `t()` read in a template re-runs when the
// language changes. Locale files are JSON, not scripts: fetched from /locales/ and read by
// `JSON.parse` (cheaper than compiling a module of the same size), precached by the service worker
// for offline use; French, always needed as the fallback, is preloaded by index.html
// (locales-plugin.ts). The development server serves the same addresses from the project folder.
import i18next, { type TOptions } from 'i18next';
import { languageOf, SOURCE_LANGUAGE, type LanguageCode } from './languages';

type Texts = Record<string, unknown>;
const downloads = new Map<LanguageCode, Promise<Texts>>();

/** One request per locale file, shared by every caller; a failed one can be tried again. */
function download(code: LanguageCode): Promise<Texts> {
  let texts = downloads.get(code);
  if (!texts) {
    texts = fetch(`${import.meta.env.BASE_URL}locales/${code}.json`).then(async (response) => {
      if (!response.ok) throw new Error(`Locale ${code}: HTTP ${response.status}`);
      return (await response.json()) as Texts;
    });
    texts.catch(() => downloads.delete(code));
    downloads.set(code, texts);
  }
  return texts;
}

async function loadBundle(code: LanguageCode): Promise<void> {
  // i18next looks codes up in its own casing (`fr-FALC` → `fr-Falc`, read as a script subtag):
  // the bundle is stored under that name, or FALC would silently fall back to French.
  const key = i18next.services?.languageUtils?.formatLanguageCode(code) ?? code;
  if (i18next.hasResourceBundle(key, 'translation')) return;
  // A new bundle of freshly parsed texts: no merge, and no defensive copy of 25 kB to make.
  i18next.addResourceBundle(key, 'translation', await download(code), false, true, { skipCopy: true });
}

/**
 * Starts fetching a locale file now, without waiting: at start-up the texts download while
 * IndexedDB opens, instead of after it.
 */
export function prefetchLocale(code: LanguageCode): void {
  download(code).catch(() => {});
}

class I18n {
  #lang = $state<LanguageCode>(SOURCE_LANGUAGE);
  #ready = $state(false);

  get lang(): LanguageCode {
    return this.#lang;
  }
  get ready(): boolean {
    return this.#ready;
  }
  get dir(): 'rtl' | 'ltr' {
    return languageOf(this.#lang).rtl ? 'rtl' : 'ltr';
  }
  /** The BCP 47 locale for Intl (dates, numbers). */
  get intlLocale(): string {
    return languageOf(this.#lang).intl;
  }

  /** Translates in the current language; reading it in a template subscribes to language changes. */
  t = (key: string, options?: TOptions): string => {
    const lng = this.#lang;
    return i18next.t(key, { ...options, lng }) as string;
  };

  /** Translates in French, the source language (the agent's copy of the sheet). */
  tSource = (key: string, options?: TOptions): string => i18next.t(key, { ...options, lng: SOURCE_LANGUAGE }) as string;

  #prepared: Promise<void> | undefined;

  /**
   * i18next with the French texts, every language's fallback: once. Needs no stored data, so the
   * session starts it while IndexedDB opens (that waits on the disk, not on the processor).
   */
  prepare(): Promise<void> {
    this.#prepared ??= (async () => {
      if (!i18next.isInitialized) {
        await i18next.init({
          lng: SOURCE_LANGUAGE,
          fallbackLng: SOURCE_LANGUAGE,
          // `fr-FALC` is its own language: no automatic `fr-FALC` → `fr` lookup chain but the fallback.
          load: 'currentOnly',
          interpolation: { escapeValue: false },
          resources: {},
          returnNull: false,
        });
      }
      await loadBundle(SOURCE_LANGUAGE);
    })().catch((error: unknown) => {
      this.#prepared = undefined; // a failed download can be tried again
      throw error;
    });
    return this.#prepared;
  }

  async init(code: LanguageCode): Promise<void> {
    await this.prepare();
    await this.setLanguage(code);
    this.#ready = true;
  }

  async setLanguage(code: LanguageCode): Promise<void> {
    await loadBundle(code);
    await i18next.changeLanguage(code);
    this.#lang = code;
    const language = languageOf(code);
    document.documentElement.lang = language.htmlLang;
    document.documentElement.dir = language.rtl ? 'rtl' : 'ltr';
  }

  formatDate(date: Date, lang: LanguageCode = this.#lang): string {
    return new Intl.DateTimeFormat(languageOf(lang).intl, { dateStyle: 'long' }).format(date);
  }
}

export const i18n = new I18n();
export const t = i18n.t;
