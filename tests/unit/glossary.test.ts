// Every translated language has a glossary (locales/glossary/<code>.md) of the domain's terms:
// the chosen translation, whether the French name is kept, its gloss, and the variants that must
// not appear. Here, the table's shape, and no forbidden variant anywhere in that language's texts.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lib/i18n/languages';
import { contains, GLOSSARY_COLUMNS, glossaryPath, loadLocale, readGlossary } from '../support/locales';

/** The terms each glossary must have, one row each, spelled as in French. */
const TERMS = [
  'bilan',
  'démarche',
  'dossier',
  'médiateur·rice',
  'conseiller·ère',
  'laisser faire',
  'faire avec',
  'faire à la place',
  'réorienter',
  'Terminer et effacer',
  'France Services',
  'Aidants Connect',
  'FranceConnect',
  'CAF',
  'Assurance maladie',
  'mot de passe oublié',
  'pièce jointe',
];

/** fr.json is the source the glossaries translate from: every other language has one. */
const TRANSLATED = LANGUAGES.map((l) => l.code).filter((code) => code !== 'fr');

describe('glossaries', () => {
  it.each(TRANSLATED)('%s has a glossary', (code) => {
    expect(readGlossary(code), `${glossaryPath(code)} is missing`).toBeDefined();
  });

  describe.each(TRANSLATED.filter((code) => readGlossary(code) !== undefined))('%s', (code) => {
    const glossary = readGlossary(code)!;

    it('is one table with the agreed columns', () => {
      expect(glossary.contiguous).toBe(true);
      expect(glossary.header).toEqual(GLOSSARY_COLUMNS);
      expect(glossary.tableLines[1]).toMatch(/^\s*\|(\s*:?-{3,}:?\s*\|){5}\s*$/);
      expect(glossary.malformed).toEqual([]);
    });

    it('has one row for each term, with a translation and « yes » or « no »', () => {
      const terms = glossary.rows.map((r) => r.term);
      expect(TERMS.filter((t) => !terms.includes(t))).toEqual([]);
      expect(terms.filter((t, i) => terms.indexOf(t) !== i)).toEqual([]);
      expect(glossary.rows.filter((r) => r.translation === '').map((r) => r.term)).toEqual([]);
      expect(glossary.rows.filter((r) => !['yes', 'no'].includes(r.kept)).map((r) => r.term)).toEqual([]);
    });

    it('no text of the language uses a forbidden variant', () => {
      const texts = [...loadLocale(code)];
      const found = glossary.rows.flatMap((row) =>
        row.forbidden.flatMap((variant) =>
          texts.filter(([, text]) => contains(text, variant)).map(([key]) => `${row.term}: « ${variant} » in ${key}`),
        ),
      );
      expect(found).toEqual([]);
    });
  });
});

describe('the forbidden-variant search', () => {
  it.each([
    ['Ouvrez la cafétéria', 'CAF', false],
    ['Le courrier de la CAF.', 'caf', true],
    ['l’écran', "l'écran", true],
    ['оцінювання видалено', 'оцінювання', true],
    ['переоцінювання', 'оцінювання', false],
    ['⁨Entrée⁩ (0)', 'Entrée', true],
  ])('%s contains %s: %s', (text, variant, expected) => {
    expect(contains(text, variant)).toBe(expected);
  });
});
