// The app's translations: i18next does the work (nested keys, `{{name}}` variables, plural forms
// with `_zero`, French as every language's fallback, the writing direction); this file connects it
// to Svelte and to the locale files. Those are JSON, not scripts: fetched from /locales/ by a small
// i18next backend and read by `JSON.parse` (cheaper than compiling a module of the same size),
// precached by the service worker for offline use; French, always needed as the fallback, is
// preloaded by index.html (locales-plugin.ts). The development server serves the same addresses
// from the project folder.
import i18next, { type BackendModule, type ResourceLanguage } from 'i18next';
import { createSubscriber } from 'svelte/reactivity';
import { LANGUAGES, languageOf, SOURCE_LANGUAGE, type LanguageCode } from './languages';

/** The values a text's `{{name}}` variables take; `count` also picks the plural form. */
export type Params = Readonly<Record<string, string | number>>;

const downloads = new Map<LanguageCode, Promise<ResourceLanguage>>();

/** One request per locale file, shared by every caller; a failed one can be tried again. */
function download(code: LanguageCode): Promise<ResourceLanguage> {
  let texts = downloads.get(code);
  if (!texts) {
    texts = fetch(`${import.meta.env.BASE_URL}locales/${code}.json`).then(async (response) => {
      if (!response.ok) throw new Error(`Locale ${code}: HTTP ${response.status}`);
      return (await response.json()) as ResourceLanguage;
    });
    texts.catch(() => downloads.delete(code));
    downloads.set(code, texts);
  }
  return texts;
}

/**
 * i18next writes language codes in their canonical case (`fr-FALC` becomes `fr-Falc`): the app's
 * code for one of them, matched without case. Anything else is French, the source.
 */
function codeOf(engineCode: string | undefined): LanguageCode {
  return LANGUAGES.find((l) => l.code.toLowerCase() === engineCode?.toLowerCase())?.code ?? SOURCE_LANGUAGE;
}

/** i18next's backend: each language's file, from the shared downloads (one namespace, the default). */
const localeFiles: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    download(codeOf(language)).then(
      (texts) => callback(null, texts),
      (error: unknown) => callback(error instanceof Error ? error : String(error), false),
    );
  },
};

const engine = i18next.createInstance().use(localeFiles);
let started: Promise<unknown> | undefined;

/**
 * Starts fetching a locale file now, without waiting: at start-up the texts download while
 * IndexedDB opens, instead of after it.
 */
export function prefetchLocale(code: LanguageCode): void {
  download(code).catch(() => {});
}

class I18n {
  // Svelte reads in a template re-run when i18next changes language; outside a template it costs nothing.
  #subscribe = createSubscriber((update) => {
    engine.on('languageChanged', update);
    return () => engine.off('languageChanged', update);
  });
  #french = engine.getFixedT(SOURCE_LANGUAGE);
  // Reactive: a screen waiting for the texts (the shared bilan) shows once they are there.
  #ready = $state(false);

  get lang(): LanguageCode {
    this.#subscribe();
    return codeOf(engine.language);
  }
  get ready(): boolean {
    return this.#ready;
  }
  get dir(): 'rtl' | 'ltr' {
    return this.dirOf(this.lang);
  }

  /** A language's writing direction, from i18next's table of right-to-left languages. */
  dirOf(code: LanguageCode): 'rtl' | 'ltr' {
    return engine.dir(code);
  }

  /** Translates in the current language; reading it in a template subscribes to language changes. */
  t = (key: string, params?: Params): string => {
    this.#subscribe();
    return engine.t(key, params);
  };

  /** Translates in French, the source language (the agent's copy of the sheet). */
  tSource = (key: string, params?: Params): string => this.#french(key, params);

  /** Whether the current language or French has a text for `key` (the error screen's own fallback needs to know). */
  has(key: string): boolean {
    this.#subscribe();
    return engine.exists(key);
  }

  async init(code: LanguageCode): Promise<void> {
    // Awaited here and not only through i18next, which takes a failed file for a language without
    // texts, shows keys, and never asks again: without French the boot must fail (the error
    // screen), and « Recommencer » must download again.
    await Promise.all([download(SOURCE_LANGUAGE), download(code)]);
    started ??= engine.init({
      lng: code,
      fallbackLng: SOURCE_LANGUAGE,
      load: 'currentOnly', // `fr-FALC` is a language of its own, not French with a region
      interpolation: { escapeValue: false }, // Svelte escapes what it renders
    });
    await started;
    await this.setLanguage(code);
    this.#ready = true;
  }

  async setLanguage(code: LanguageCode): Promise<void> {
    await download(code); // its failure reaches the caller, instead of a page of keys
    await engine.changeLanguage(code);
    document.documentElement.lang = languageOf(code).htmlLang;
    document.documentElement.dir = this.dirOf(code);
  }

  formatDate(date: Date, lang: LanguageCode = this.lang): string {
    return new Intl.DateTimeFormat(languageOf(lang).intl, { dateStyle: 'long' }).format(date);
  }
}

export const i18n = new I18n();
export const t = i18n.t;
