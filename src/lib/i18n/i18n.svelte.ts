// The app's translations, made reactive with one $state field: every `t()` read in a template re-runs
// when the language changes. Locale files are JSON, not scripts: fetched from /locales/ and read by
// `JSON.parse` (cheaper than compiling a module of the same size), precached by the service worker
// for offline use; French, always needed as the fallback, is preloaded by index.html
// (locales-plugin.ts). The development server serves the same addresses from the project folder.
import { languageOf, SOURCE_LANGUAGE, type LanguageCode } from './languages';
import { lookup, translate, type Params, type Texts } from './translate';

const downloads = new Map<LanguageCode, Promise<Texts>>();
const bundles = new Map<LanguageCode, Texts>();
const pluralRules = new Map<LanguageCode, Intl.PluralRules>();

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
  if (!bundles.has(code)) bundles.set(code, await download(code));
}

/**
 * A language's plural rules, built at the first text with a count: building them loads Intl's
 * data, one of the costliest calls of a first render, and the welcome screen counts nothing.
 */
function pluralRulesFor(code: LanguageCode): Intl.PluralRules {
  let rules = pluralRules.get(code);
  if (!rules) pluralRules.set(code, (rules = new Intl.PluralRules(languageOf(code).intl)));
  return rules;
}

/** What `translate` tries for a language: its texts, then French's. */
function chainFor(code: LanguageCode) {
  const codes = code === SOURCE_LANGUAGE ? [code] : [code, SOURCE_LANGUAGE];
  return codes.map((c) => ({
    texts: bundles.get(c),
    get plurals() {
      return pluralRulesFor(c);
    },
  }));
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
  t = (key: string, params?: Params): string => translate(key, params, chainFor(this.#lang));

  /** Translates in French, the source language (the agent's copy of the sheet). */
  tSource = (key: string, params?: Params): string => translate(key, params, chainFor(SOURCE_LANGUAGE));

  /** Whether the current language or French has a text for `key` (the error screen's own fallback needs to know). */
  has(key: string): boolean {
    return chainFor(this.#lang).some(({ texts }) => lookup(texts, key) !== undefined);
  }

  async init(code: LanguageCode): Promise<void> {
    await loadBundle(SOURCE_LANGUAGE); // every language's fallback
    await this.setLanguage(code);
    this.#ready = true;
  }

  async setLanguage(code: LanguageCode): Promise<void> {
    await loadBundle(code);
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
