// The languages the app ships, named in their own script (never by a flag). Their writing
// direction comes from i18next (`i18n.dirOf`).
export const LANGUAGES = [
  { code: 'fr', endonym: 'Français', htmlLang: 'fr', intl: 'fr-FR' },
  { code: 'fr-FALC', endonym: 'Français facile (FALC)', htmlLang: 'fr', intl: 'fr-FR' },
  { code: 'en', endonym: 'English', htmlLang: 'en', intl: 'en-GB' },
  { code: 'es', endonym: 'Español', htmlLang: 'es', intl: 'es-ES' },
  // Latin digits in Arabic dates (ar-u-nu-latn): letters and forms in France write 0–9, and some
  // browsers' plain 'ar' writes ٢ ديسمبر ٢٠٢٦.
  { code: 'ar', endonym: 'العربية', htmlLang: 'ar', intl: 'ar-u-nu-latn' },
  { code: 'uk', endonym: 'Українська', htmlLang: 'uk', intl: 'uk-UA' },
  { code: 'tr', endonym: 'Türkçe', htmlLang: 'tr', intl: 'tr-TR' },
  { code: 'ro', endonym: 'Română', htmlLang: 'ro', intl: 'ro-RO' },
  { code: 'pt', endonym: 'Português', htmlLang: 'pt', intl: 'pt-PT' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export type Language = (typeof LANGUAGES)[number];
export const SOURCE_LANGUAGE: LanguageCode = 'fr';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return LANGUAGES.some((l) => l.code === value);
}

export function languageOf(code: LanguageCode): Language {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
}

/** The first shipped language among the browser's preferred ones (`pt-BR` → `pt`), if any. */
export function matchPreferred(preferred: readonly string[]): LanguageCode | undefined {
  for (const tag of preferred) {
    const exact = LANGUAGES.find((l) => l.code.toLowerCase() === tag.toLowerCase());
    if (exact) return exact.code;
    const base = tag.split('-')[0].toLowerCase();
    const byBase = LANGUAGES.find((l) => l.code === base);
    if (byBase) return byBase.code;
  }
  return undefined;
}
