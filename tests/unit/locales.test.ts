// Every language says everything French says: same keys, same variables, the plural forms its
// grammar needs, no empty text, and nothing left in French by mistake.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lib/i18n/languages';

const DIR = resolve(import.meta.dirname, '../../locales');
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const load = (code: string) => flatten(JSON.parse(readFileSync(join(DIR, `${code}.json`), 'utf8')) as Tree);
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
  /^(Pix|FranceConnect|France Services|Aidants Connect|Les Bons Clics|service-public\.fr|OK|Email|E-mail|Internet|Wifi|Wi-Fi)$/i.test(text.trim()) ||
  /^[\w.+-]+@[\w.-]+$/.test(text.trim()) ||
  !/\p{L}{3,}/u.test(text);

describe('locale files', () => {
  it('ships one file per language of the languages table, and nothing else', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(files).toEqual(LANGUAGES.map((l) => l.code).sort());
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
