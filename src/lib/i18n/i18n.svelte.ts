// i18next, made reactive with one $state field: every `t()` read in a template re-runs when the
// language changes. Locale files are lazy chunks (precached by the service worker for offline use).
import i18next, { type TOptions } from 'i18next';
import { languageOf, SOURCE_LANGUAGE, type LanguageCode } from './languages';

type LocaleModule = { default: Record<string, unknown> };
const loaders = import.meta.glob<LocaleModule>('../../../locales/*.json');

async function loadBundle(code: LanguageCode): Promise<void> {
  // i18next looks codes up in its own casing (`fr-FALC` → `fr-Falc`, read as a script subtag):
  // the bundle is stored under that name, or FALC would silently fall back to French.
  const key = i18next.services?.languageUtils?.formatLanguageCode(code) ?? code;
  if (i18next.hasResourceBundle(key, 'translation')) return;
  const load = loaders[`../../../locales/${code}.json`];
  if (!load) throw new Error(`No locale file for ${code}`);
  const mod = await load();
  i18next.addResourceBundle(key, 'translation', mod.default, true, true);
}

/**
 * Starts fetching a locale file now, without waiting: at start-up the texts download while
 * IndexedDB opens, instead of after it. The module system keeps the one request.
 */
export function prefetchLocale(code: LanguageCode): void {
  void loaders[`../../../locales/${code}.json`]?.().catch(() => {});
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

  async init(code: LanguageCode): Promise<void> {
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
      await loadBundle(SOURCE_LANGUAGE);
    }
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
