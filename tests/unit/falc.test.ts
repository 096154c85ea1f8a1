// fr-FALC (« facile à lire et à comprendre ») checked against its own rules: short sentences, the
// application as the subject of every erasure (never « est effacé », which hides who erases), and
// no jargon unless its explanation, taken from locales/glossary/fr-FALC.md, is on the same screen:
// in the same text, or in a text of the same top-level group (items, nextSteps, exercises…).
import { describe, expect, it } from 'vitest';
import { contains, loadLocale, readGlossary } from '../support/locales';

const MAX_WORDS = 15;
const falc = [...loadLocale('fr-FALC')];

/** Sentences end with . ! ? or … followed by a space; « service-public.gouv.fr » stays whole. */
const sentences = (text: string) => text.split(/(?<=[.!?…])\s+/);
/** A word has a letter or a digit (« l’application » is one); « : », « — », « » » are not words. */
const wordCount = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const AUXILIARY = '(est|sont|a été|ont été|avait été|sera|seront|va être|vont être|être)';
const PASSIVE_ERASURE = new RegExp(
  `(?<!\\p{L})${AUXILIARY}\\s+(tout\\s+|toutes\\s+)?(effacée?s?|supprimée?s?)(?!\\p{L})`,
  'iu',
);

/** The words a FALC reader may not know, with the glossary row that explains them. */
const JARGON: { word: string; term: string }[] = [
  { word: 'démarche', term: 'démarche' },
  { word: 'dossier', term: 'dossier' },
  { word: 'médiateur', term: 'médiateur·rice' },
  { word: 'médiatrice', term: 'médiateur·rice' },
  { word: 'posture', term: 'posture' },
  { word: 'orientation', term: 'orientation' },
  { word: 'onglet', term: 'onglet' },
  { word: 'navigateur', term: 'navigateur' },
  { word: 'simulateur', term: 'simulateur' },
  { word: 'historique', term: 'historique' },
  { word: 'mandat', term: 'mandat' },
  { word: 'écran tactile', term: 'écran tactile' },
];

const group = (key: string) => key.split('.')[0];
const uses = (text: string, word: string) => contains(text, word) || contains(text, `${word}s`);

describe('fr-FALC', () => {
  it(`has no sentence over ${MAX_WORDS} words`, () => {
    const long = falc.flatMap(([key, text]) =>
      sentences(text)
        .filter((s) => wordCount(s) > MAX_WORDS)
        .map((s) => `${key} (${wordCount(s)}): ${s}`),
    );
    expect(long).toEqual([]);
  });

  it('says who erases: no passive erasure sentence', () => {
    expect(falc.filter(([, text]) => PASSIVE_ERASURE.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  const glossary = readGlossary('fr-FALC');
  it('has a glossary row with a gloss for every jargon word', () => {
    expect(glossary).toBeDefined();
    const missing = JARGON.filter(({ term }) => !glossary?.rows.find((r) => r.term === term)?.gloss).map((j) => j.term);
    expect(missing).toEqual([]);
  });

  it('explains every jargon word on the same screen: in the same text or the same group', () => {
    const unexplained = JARGON.flatMap(({ word, term }) => {
      const gloss = glossary?.rows.find((r) => r.term === term)?.gloss ?? '';
      if (!gloss) return [];
      return falc
        .filter(([, text]) => uses(text, word))
        .filter(([key]) => !falc.some(([other, text]) => group(other) === group(key) && contains(text, gloss)))
        .map(([key]) => `${key}: « ${word} » without « ${gloss} »`);
    });
    expect(unexplained).toEqual([]);
  });
});

describe('the FALC rules themselves', () => {
  it.each([
    ['Toutes les réponses sont effacées.', true],
    ['Le bilan a été effacé.', true],
    ['Le bilan va être effacé dans 10 secondes.', true],
    ['L’application efface vos réponses.', false],
    ['Ce mot de passe est effaçable.', false],
  ])('« %s » is a passive erasure: %s', (text, expected) => {
    expect(PASSIVE_ERASURE.test(text)).toBe(expected);
  });

  it('counts words as a reader does', () => {
    expect(wordCount('Appuyez sur « Oui, je suis toujours là ».')).toBe(7);
    expect(sentences('Allez sur service-public.gouv.fr. Puis revenez.')).toHaveLength(2);
  });
});
