// Each exercise's score from recorded events: fast and clean → 2, slow or with misses → 1,
// abandoned or mostly not done → 0, checked at the edges of each named threshold.
import { describe, expect, it } from 'vitest';
import {
  BROWSER_THRESHOLDS,
  INBOX_MAX_SCAM_GUESSES,
  INBOX_THRESHOLDS,
  PASSWORD_FLUENT_MS,
  POINTER_THRESHOLDS,
  TYPING_MAX_CORRECTIONS,
  TYPING_THRESHOLDS,
  scoreBrowser,
  scoreInbox,
  scorePassword,
  scorePointer,
  scoreTyping,
  type BrowserRecord,
  type InboxRecord,
  type PasswordRecord,
  type PointerRecord,
  type TypingRecord,
} from '../../src/lib/diagnostic/exercises';

describe('exercise.pointer', () => {
  const clean: PointerRecord = { done: ['targets', 'drag', 'scroll'], misses: 0, drops: 0, tapInsteadOfDrag: false, durationMs: 20_000 };
  it.each<[string, Partial<PointerRecord>, 0 | 1 | 2]>([
    ['fast and clean', {}, 2],
    ['exactly at the time limit', { durationMs: POINTER_THRESHOLDS.fluentMs }, 2],
    ['one millisecond over the time limit', { durationMs: POINTER_THRESHOLDS.fluentMs + 1 }, 1],
    ['as many misses as allowed', { misses: POINTER_THRESHOLDS.maxMisses }, 2],
    ['one miss more than allowed', { misses: POINTER_THRESHOLDS.maxMisses + 1 }, 1],
    ['the card dropped once outside the box', { drops: 1 }, 1],
    ['the card tapped then the box tapped, with a pointer', { tapInsteadOfDrag: true }, 1],
    ['two steps of three done', { done: ['targets', 'drag'] }, 1],
    ['one step of three done', { done: ['targets'] }, 0],
    ['abandoned at once', { done: [], durationMs: 3_000 }, 0],
  ])('%s', (_name, change, score) => {
    expect(scorePointer({ ...clean, ...change })).toBe(score);
  });
});

describe('exercise.typing', () => {
  const clean: TypingRecord = { done: true, errors: 0, corrections: 0, wrongAttempts: 0, hintsUsed: 0, durationMs: 25_000 };
  it.each<[string, Partial<TypingRecord>, 0 | 1 | 2]>([
    ['fast and clean', {}, 2],
    ['exactly at the time limit', { durationMs: TYPING_THRESHOLDS.fluentMs }, 2],
    ['over the time limit', { durationMs: TYPING_THRESHOLDS.fluentMs + 1 }, 1],
    ['slips as many as allowed, fixed', { errors: TYPING_THRESHOLDS.maxMisses, corrections: TYPING_THRESHOLDS.maxMisses }, 2],
    ['one slip more than allowed', { errors: TYPING_THRESHOLDS.maxMisses + 1 }, 1],
    ['as many corrections as allowed', { corrections: TYPING_MAX_CORRECTIONS }, 2],
    ['one correction more than allowed', { corrections: TYPING_MAX_CORRECTIONS + 1 }, 1],
    ['a wrong copy validated, then fixed', { wrongAttempts: 1 }, 1],
    ['the @ hint asked for', { hintsUsed: 1 }, 1],
    ['given up', { done: false }, 0],
  ])('%s', (_name, change, score) => {
    expect(scoreTyping({ ...clean, ...change })).toBe(score);
  });
});

describe('exercise.browser', () => {
  const clean: BrowserRecord = { reachedBy: 'address-bar', wentBack: true, misses: 0, wrongAddresses: 0, durationMs: 30_000 };
  it.each<[string, Partial<BrowserRecord>, 0 | 1 | 2]>([
    ['the address bar, then back', {}, 2],
    ['exactly at the time limit', { durationMs: BROWSER_THRESHOLDS.fluentMs }, 2],
    ['over the time limit', { durationMs: BROWSER_THRESHOLDS.fluentMs + 1 }, 1],
    ['the search box instead of the address bar', { reachedBy: 'search' }, 1],
    ['one wrong click', { misses: BROWSER_THRESHOLDS.maxMisses }, 2],
    ['two wrong clicks', { misses: BROWSER_THRESHOLDS.maxMisses + 1 }, 1],
    ['an address typed wrong first', { wrongAddresses: 1 }, 1],
    ['the site reached, but not back', { wentBack: false }, 0],
    ['given up', { reachedBy: null, wentBack: false }, 0],
  ])('%s', (_name, change, score) => {
    expect(scoreBrowser({ ...clean, ...change })).toBe(score);
  });
});

describe('exercise.inbox', () => {
  const clean: InboxRecord = { done: ['open', 'attachment', 'scam'], misses: 0, durationMs: 40_000 };
  it.each<[string, Partial<InboxRecord>, 0 | 1 | 2]>([
    ['three steps, no wrong choice', {}, 2],
    ['exactly at the time limit', { durationMs: INBOX_THRESHOLDS.fluentMs }, 2],
    ['over the time limit', { durationMs: INBOX_THRESHOLDS.fluentMs + 1 }, 1],
    ['one wrong message opened', { misses: INBOX_THRESHOLDS.maxMisses }, 2],
    ['two wrong choices (as many scam guesses as allowed)', { misses: INBOX_MAX_SCAM_GUESSES }, 1],
    ['the scam not spotted', { done: ['open', 'attachment'] }, 1],
    ['only the message opened', { done: ['open'] }, 0],
    ['given up', { done: [] }, 0],
  ])('%s', (_name, change, score) => {
    expect(scoreInbox({ ...clean, ...change })).toBe(score);
  });
});

describe('exercise.password', () => {
  const clean: PasswordRecord = { done: true, criteriaMet: 4, linkedToPrivateLife: false, durationMs: 40_000 };
  it.each<[string, Partial<PasswordRecord>, 0 | 1 | 2]>([
    ['four criteria, no link with private life, in time', {}, 2],
    ['exactly at the time limit', { durationMs: PASSWORD_FLUENT_MS }, 2],
    ['over the time limit', { durationMs: PASSWORD_FLUENT_MS + 1 }, 1],
    ['linked to private life', { linkedToPrivateLife: true }, 1],
    ['the private life question left unanswered', { linkedToPrivateLife: null }, 1],
    ['three criteria', { criteriaMet: 3 }, 1],
    ['two criteria', { criteriaMet: 2 }, 1],
    ['one criterion', { criteriaMet: 1 }, 0],
    ['given up', { done: false }, 0],
  ])('%s', (_name, change, score) => {
    expect(scorePassword({ ...clean, ...change })).toBe(score);
  });
});
