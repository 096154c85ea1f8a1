// Arabic on screen: dates in the digits French letters use, Latin runs that the bidirectional
// algorithm would scramble kept in isolates (U+2068…U+2069), and instructions that address women
// and men alike (يُرجى / يمكنك + verbal noun, never a masculine imperative).
import { describe, expect, it } from 'vitest';
import { languageOf } from '../../src/lib/i18n/languages';
import { loadLocale } from '../support/locales';

const texts = [...loadLocale('ar')].filter(([, text]) => /\p{Script=Arabic}/u.test(text));
/** What is left once the isolated runs are taken out: what the algorithm still orders. */
const unisolated = (text: string) => text.replace(/\u2068[^\u2069]*\u2069/g, ' ');

describe('Arabic', () => {
  it('asks Intl for Latin digits: some browsers write plain « ar » dates as ٢ ديسمبر ٢٠٢٦', () => {
    const locale = new Intl.Locale(languageOf('ar').intl);
    expect(locale.numberingSystem).toBe('latn');
    const date = new Intl.DateTimeFormat(languageOf('ar').intl, { dateStyle: 'long' }).format(new Date(2026, 11, 2));
    expect(date).toMatch(/2026/);
    expect(date).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
  });

  it.each([
    ['a sign stuck to Latin letters or digits (?123, @)', /[?@#$][\p{N}A-Za-z]|[\p{N}A-Za-z][?@#$]/u],
    ['a digit in brackets after a Latin letter (à (0))', /[A-Za-zÀ-ÿ]\s*\(\d/],
    ['a web address', /[a-z]\.(fr|com|gouv|org)\b/],
    ['two Latin names joined by an Arabic comma or و', /[A-Za-z]\s*(،|\sو)\s*[A-Za-z]/],
  ])('isolates %s', (_, scrambled) => {
    expect(texts.filter(([, text]) => scrambled.test(unisolated(text))).map(([key]) => key)).toEqual([]);
  });

  it('keeps an isolated address on one line: broken at its hyphen, a right-to-left line shows « -service »', () => {
    const breakable = texts.filter(([, text]) => /\u2068[^\u2069]*-(?!\u2060)[^\u2069]*\u2069/.test(text));
    expect(breakable.map(([key]) => key)).toEqual([]);
  });

  // The scam mails of the inbox exercise keep their imperatives: they are the fiction, not us.
  const MASCULINE_IMPERATIVES = [
    'اضغط', 'انقر', 'المس', 'اطلب', 'خذ وقتك', 'اختر', 'حاول مرة', 'انظر', 'أجب', 'اسحب', 'ضع',
    'ارجع', 'اذهب', 'افتح', 'ابحث', 'تحقّق من', 'ابتكر', 'انسخ', 'صحّح', 'لا تكتب', 'اسأل', 'لاحظ',
    'امسح',
  ];
  it('addresses women and men alike: no masculine imperative in an instruction', () => {
    const found = texts
      .filter(([key]) => !key.startsWith('exercises.inbox.messages.'))
      .flatMap(([key, text]) =>
        MASCULINE_IMPERATIVES.filter((verb) => new RegExp(`(?<!\\p{L})${verb}(?!\\p{L})`, 'u').test(text)).map(
          (verb) => `${key}: ${verb}`,
        ),
      );
    expect(found).toEqual([]);
  });
});
