// exercise.password: the person invents a password (never a real one) while a live checklist
// shows the seed's five criteria. Four are computed here; the fifth, « pas de lien avec la vie
// privée », cannot be known from the text and is asked. This module sees the text only to
// answer the checklist: it keeps nothing, and the score carries no trace of it.
import type { ExerciseScore } from '../types';

export const PASSWORD_MIN_LENGTH = 8;

export const PASSWORD_CRITERIA = ['length', 'cases', 'digitsAndLetters', 'special'] as const;
export type PasswordCriterion = (typeof PASSWORD_CRITERIA)[number];

/** Which of the four computable criteria the text meets. Letters and digits of any script count. */
export function passwordCriteria(text: string): Record<PasswordCriterion, boolean> {
  return {
    // Counted in characters as a person sees them (code points), not UTF-16 units.
    length: [...text].length >= PASSWORD_MIN_LENGTH,
    cases: /\p{Lu}/u.test(text) && /\p{Ll}/u.test(text),
    digitsAndLetters: /\p{Nd}/u.test(text) && /\p{L}/u.test(text),
    special: /[^\p{L}\p{Nd}]/u.test(text),
  };
}

/** How many of the four computable criteria hold. */
export function criteriaMet(text: string): number {
  return Object.values(passwordCriteria(text)).filter(Boolean).length;
}

// Why these numbers: the checklist is shown live, so anyone can reach four by trial; what
// tells ease from hesitation is doing it without long searching.
/** All four computed criteria: a password the seed calls sure. */
export const PASSWORD_FLUENT_CRITERIA = 4;
/** Two or three: on the way, the person understood part of the rule. Fewer is « pas réussi ». */
export const PASSWORD_PARTIAL_CRITERIA = 2;
/** Inventing and typing a sure password in 90 s is ease; the exercise allows two minutes. */
export const PASSWORD_FLUENT_MS = 90_000;

export interface PasswordRecord {
  /** the person said « J'ai fini » (false: gave up) */
  done: boolean;
  /** how many of the four computed criteria held at the end (the only trace of the text) */
  criteriaMet: number;
  /** the answer to « a-t-il un lien avec votre vie privée ? »; null when not answered */
  linkedToPrivateLife: boolean | null;
  durationMs: number;
}

export function scorePassword(r: PasswordRecord): ExerciseScore {
  if (!r.done || r.criteriaMet < PASSWORD_PARTIAL_CRITERIA) return 0;
  // A birth date or a pet's name makes any password guessable: at best hesitation.
  const sure = r.criteriaMet >= PASSWORD_FLUENT_CRITERIA && r.linkedToPrivateLife === false;
  return sure && r.durationMs <= PASSWORD_FLUENT_MS ? 2 : 1;
}
