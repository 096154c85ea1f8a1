// Every language says everything French says: same keys, same variables, the plural forms its
// grammar needs (i18next picks `_<category>` by Intl.PluralRules, and shows the bare key when that
// form is missing), no empty text, and nothing left in French by mistake.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lib/i18n/languages';
import { loadLocale as load, LOCALES_DIR as DIR } from '../support/locales';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

const source = load('fr');
const sourceBases = new Map<string, string>();
for (const [key, value] of source) sourceBases.set(key.replace(PLURAL, ''), value);
const pluralBases = new Set([...source.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));

/** Texts that are the same in French and elsewhere on purpose: names, addresses, file names. */
const SAME_AS_FRENCH = new Set([
  'app.name',
  'mediator.report.orientationValues.france-services',
  'mediator.report.orientationValues.aidants-connect',
  'exercises.browser.startAddress',
  'exercises.browser.ad.address',
  'exercises.browser.official.address',
  'exercises.inbox.messages.caf.sender',
  'exercises.inbox.messages.caf.attachment',
  'exercises.inbox.messages.family.sender',
  'exercises.form.site.address',
]);
/** Words of the pointer exercise: a fruit may have the same name in two languages (Kiwi, Ananas). */
const SHARED_WORDS = /^exercises\.pointer\.words\./;
const isProperName = (text: string) =>
  /^(Pix|FranceConnect|France Services|Aidants Connect|Les Bons Clics|service-public(\.gouv)?\.fr|OK|Email|E-mail|Internet|Wifi|Wi-Fi)$/i.test(text.trim()) ||
  /^[\w.+-]+@[\w.-]+$/.test(text.trim()) ||
  !/\p{L}{3,}/u.test(text);

describe('locale files', () => {
  it('ships one file per language of the languages table, and nothing else', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(files).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  it('fr.json has every plural form French needs, with the same variables in each', () => {
    const categories = new Intl.PluralRules('fr').resolvedOptions().pluralCategories;
    const gaps: string[] = [];
    for (const base of pluralBases) {
      const forms = categories.map((c) => source.get(`${base}_${c}`));
      const shapes = new Set(forms.map((text) => (text === undefined ? 'missing' : variables(text).join())));
      if (forms.includes(undefined) || shapes.size !== 1) gaps.push(base);
    }
    expect(gaps).toEqual([]);
  });

  describe.each(LANGUAGES.filter((l) => l.code !== 'fr').map((l) => [l.code, l.intl] as const))('%s', (code, intl) => {
    const target = load(code);
    const categories = new Intl.PluralRules(intl).resolvedOptions().pluralCategories;

    it('has every key of fr.json, with the same variables', () => {
      const missing: string[] = [];
      const wrongVariables: string[] = [];
      for (const [base, text] of sourceBases) {
        const keys = pluralBases.has(base) ? categories.map((c) => `${base}_${c}`) : [base];
        for (const key of keys) {
          const value = target.get(key);
          if (value === undefined) missing.push(key);
          else if (!pluralBases.has(base) && variables(value).join() !== variables(text).join()) wrongVariables.push(key);
          else if (pluralBases.has(base) && variables(value).some((v) => !variables(text).includes(v))) wrongVariables.push(key);
        }
      }
      expect(missing).toEqual([]);
      expect(wrongVariables).toEqual([]);
    });

    it('has no key that French does not have, and no empty text', () => {
      const unknown = [...target.keys()].filter((k) => !sourceBases.has(k.replace(PLURAL, '')));
      const empty = [...target].filter(([, v]) => v.trim() === '').map(([k]) => k);
      expect(unknown).toEqual([]);
      expect(empty).toEqual([]);
    });

    it('leaves nothing untranslated by mistake', () => {
      // fr-FALC is French too: its short labels may stay as they are.
      if (code === 'fr-FALC') return;
      const same = [...target]
        .filter(([k, v]) => source.get(k) === v && !SAME_AS_FRENCH.has(k) && !SHARED_WORDS.test(k) && !isProperName(v))
        .map(([k]) => k);
      expect(same).toEqual([]);
    });
  });

  it('fr-FALC rewrites most of the French texts in easy-to-read words', () => {
    const falc = load('fr-FALC');
    const rewritten = [...source].filter(([k, v]) => falc.get(k) !== undefined && falc.get(k) !== v).length;
    expect(rewritten / source.size).toBeGreaterThan(0.6);
  });
});
