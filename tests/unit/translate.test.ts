// The translation rules the locale files rely on (src/lib/i18n/translate.ts): nested keys,
// variables, each language's plural forms with `_zero` for 0, French as the fallback, and a
// missing key shown as itself rather than as a blank.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageOf, type LanguageCode } from '../../src/lib/i18n/languages';
import { interpolate, lookup, translate, type Params, type Texts } from '../../src/lib/i18n/translate';

const locale = (code: LanguageCode) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../locales/${code}.json`), 'utf8')) as Texts;
const entry = (code: LanguageCode) => ({ texts: locale(code) as Texts | undefined, plurals: new Intl.PluralRules(languageOf(code).intl) });
const french = entry('fr');
const inLanguage = (code: LanguageCode, key: string, params?: Params) => translate(key, params, [entry(code), french]);

describe('lookup', () => {
  const texts: Texts = { a: { b: { c: 'deep' }, d: 'flat' } };
  it('follows a dotted key down the nested texts', () => {
    expect(lookup(texts, 'a.b.c')).toBe('deep');
    expect(lookup(texts, 'a.d')).toBe('flat');
  });
  it('finds names that contain dots themselves, as the framework ids are', () => {
    const steps: Texts = { nextSteps: { 'procedure.do-together': 'together', procedure: { other: 'nested' } } };
    expect(lookup(steps, 'nextSteps.procedure.do-together')).toBe('together');
    expect(lookup(steps, 'nextSteps.procedure.other')).toBe('nested');
    expect(lookup(locale('fr'), 'nextSteps.procedure.do-together')).toBe((locale('fr').nextSteps as Texts)['procedure.do-together']);
  });
  it('never reads what objects inherit', () => {
    expect(lookup(texts, 'a.constructor')).toBeUndefined();
    expect(lookup(texts, 'a.d.length')).toBeUndefined();
  });
  it('gives nothing for a missing key, a key through a text, or a key naming a group', () => {
    expect(lookup(texts, 'a.x')).toBeUndefined();
    expect(lookup(texts, 'a.d.e')).toBeUndefined();
    expect(lookup(texts, 'a.b')).toBeUndefined();
    expect(lookup(undefined, 'a.d')).toBeUndefined();
  });
});

describe('interpolate', () => {
  it('fills every variable, spaces inside the braces allowed, numbers written as numbers', () => {
    expect(interpolate('{{current}} sur {{ total }}, encore {{current}}', { current: 2, total: 9 })).toBe('2 sur 9, encore 2');
  });
  it('leaves a variable without a value as written, and does not read dollar patterns in values', () => {
    expect(interpolate('Résultats pour {{query}} ({{count}})', { query: '$& $1' })).toBe('Résultats pour $& $1 ({{count}})');
  });
});

describe('translate with the shipped locale files', () => {
  it('reads a French text and fills its variables', () => {
    expect(inLanguage('fr', 'progress.question', { current: 3, total: 12 })).toBe(
      interpolate(lookup(locale('fr'), 'progress.question')!, { current: 3, total: 12 }),
    );
    expect(inLanguage('fr', 'progress.question', { current: 3, total: 12 })).toMatch(/3.*12/);
  });

  it('picks the French plural form by count (0 and 1 are singular in French)', () => {
    const fr = locale('fr');
    expect(inLanguage('fr', 'settings.seconds', { count: 1 })).toBe(interpolate(lookup(fr, 'settings.seconds_one')!, { count: 1 }));
    expect(inLanguage('fr', 'settings.seconds', { count: 0 })).toBe(interpolate(lookup(fr, 'settings.seconds_one')!, { count: 0 }));
    expect(inLanguage('fr', 'settings.seconds', { count: 30 })).toBe(interpolate(lookup(fr, 'settings.seconds_other')!, { count: 30 }));
  });

  it('picks each of the six Arabic forms, `_zero` for 0', () => {
    const ar = locale('ar');
    const cases: [number, string][] = [
      [0, 'zero'],
      [1, 'one'],
      [2, 'two'],
      [5, 'few'],
      [11, 'many'],
      [100, 'other'],
    ];
    const seen = new Set<string>();
    for (const [count, form] of cases) {
      const expected = interpolate(lookup(ar, `settings.seconds_${form}`)!, { count });
      expect(inLanguage('ar', 'settings.seconds', { count })).toBe(expected);
      seen.add(expected);
    }
    expect(seen.size).toBeGreaterThan(3);
  });

  it('uses the Ukrainian few and many forms', () => {
    const uk = locale('uk');
    expect(inLanguage('uk', 'settings.seconds', { count: 3 })).toBe(interpolate(lookup(uk, 'settings.seconds_few')!, { count: 3 }));
    expect(inLanguage('uk', 'settings.seconds', { count: 7 })).toBe(interpolate(lookup(uk, 'settings.seconds_many')!, { count: 7 }));
  });

  it('treats fr-FALC as its own language with French plural rules', () => {
    const falc = locale('fr-FALC');
    expect(inLanguage('fr-FALC', 'welcome.title')).toBe(lookup(falc, 'welcome.title'));
    expect(inLanguage('fr-FALC', 'settings.seconds', { count: 2 })).toBe(interpolate(lookup(falc, 'settings.seconds_other')!, { count: 2 }));
  });

  it('falls back to French for a text a language lacks, plural forms included', () => {
    const partial = { texts: { welcome: { title: 'Only this' } }, plurals: new Intl.PluralRules('en-GB') };
    expect(translate('welcome.title', undefined, [partial, french])).toBe('Only this');
    expect(translate('welcome.intro', undefined, [partial, french])).toBe(lookup(locale('fr'), 'welcome.intro'));
    expect(translate('settings.seconds', { count: 5 }, [partial, french])).toBe(interpolate(lookup(locale('fr'), 'settings.seconds_other')!, { count: 5 }));
  });

  it('uses the plain key when a count is given but no plural forms exist, and skips a language not loaded', () => {
    expect(translate('welcome.title', { count: 4 }, [{ ...entry('en'), texts: undefined }, french])).toBe(lookup(locale('fr'), 'welcome.title'));
  });

  it('reads a language’s plural rules only for a text with a count (the app builds them at the first one)', () => {
    let reads = 0;
    const counted = {
      texts: locale('fr'),
      get plurals() {
        reads += 1;
        return new Intl.PluralRules('fr-FR');
      },
    };
    expect(translate('welcome.title', undefined, [counted])).toBe(lookup(locale('fr'), 'welcome.title'));
    expect(translate('welcome.intro', { name: 'x' }, [counted])).toBe(lookup(locale('fr'), 'welcome.intro'));
    expect(reads).toBe(0);
    expect(translate('settings.seconds', { count: 2 }, [counted])).toBe(interpolate(lookup(locale('fr'), 'settings.seconds_other')!, { count: 2 }));
    expect(reads).toBe(1);
  });

  it('shows a missing key as itself, never as an empty text', () => {
    expect(inLanguage('ar', 'no.such.key')).toBe('no.such.key');
    expect(translate('welcome.title', undefined, [])).toBe('welcome.title');
  });
});
