// Whether the person said reading French is hard (`primo.french`): the alert, the voice brought
// forward, the French copy of the sheet. Its own module: the first screen's read-aloud button asks
// it without loading the questionnaire.
import type { Answers } from './types';

/** `primo.french` is `difficult` or `very-difficult`: the French copy and « Écouter » come first. */
export function readsFrenchWithDifficulty(answers: Answers): boolean {
  const french = answers['primo.french'];
  return french === 'difficult' || french === 'very-difficult';
}
