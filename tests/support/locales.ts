// Reading the locale files and their glossaries, for the tests that check what the texts say.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LOCALES_DIR = resolve(import.meta.dirname, '../../locales');
export const GLOSSARY_DIR = join(LOCALES_DIR, 'glossary');

type Tree = { [key: string]: string | Tree };

/** Nested texts as `a.b.c` → text (a key may itself hold a dot: `nextSteps["browser.official-sites"]`). */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

export const loadLocale = (code: string) =>
  flatten(JSON.parse(readFileSync(join(LOCALES_DIR, `${code}.json`), 'utf8')) as Tree);

export const GLOSSARY_COLUMNS = ['term', 'translation', 'French name kept', 'gloss', 'forbidden variants'];

export interface GlossaryRow {
  term: string;
  translation: string;
  kept: string;
  gloss: string;
  forbidden: string[];
}

export interface Glossary {
  /** every line of the file that starts with « | », in order */
  tableLines: string[];
  /** whether those lines are one block, with nothing else between them */
  contiguous: boolean;
  header: string[];
  rows: GlossaryRow[];
  /** rows whose cell count is not the header's */
  malformed: string[];
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());

const NONE = /^(—|-|–)?$/;

export function glossaryPath(code: string): string {
  return join(GLOSSARY_DIR, `${code}.md`);
}

export function readGlossary(code: string): Glossary | undefined {
  const path = glossaryPath(code);
  if (!existsSync(path)) return undefined;
  const lines = readFileSync(path, 'utf8').split('\n');
  const indices = lines.flatMap((l, i) => (l.trim().startsWith('|') ? [i] : []));
  const tableLines = indices.map((i) => lines[i]);
  const contiguous = indices.every((n, j) => j === 0 || n === indices[j - 1] + 1);
  const [headerLine = '', , ...body] = tableLines;
  const header = cells(headerLine);
  const malformed = body.filter((l) => cells(l).length !== header.length);
  const rows = body
    .map(cells)
    .filter((c) => c.length === GLOSSARY_COLUMNS.length)
    .map(([term, translation, kept, gloss, forbidden]) => ({
      term,
      translation,
      kept,
      gloss: NONE.test(gloss) ? '' : gloss,
      forbidden: NONE.test(forbidden)
        ? []
        : forbidden
            .split(',')
            .map((v) => v.trim().replace(/^[«"`]\s*|\s*[»"`]$/g, ''))
            .filter(Boolean),
    }));
  return { tableLines, contiguous, header, rows, malformed };
}

/** Apostrophes and spaces made alike, case folded: what a reader would call the same text. */
export const normalize = (text: string) =>
  text
    .replace(/['ʼ]/g, '’')
    .replace(/[\u00a0\u202f\u2060\u2066-\u2069]/g, (c) => (c === '\u00a0' || c === '\u202f' ? ' ' : ''))
    .toLocaleLowerCase();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `text` holds `phrase`, case and apostrophes aside; a phrase that starts or ends with a
 * letter must be a whole word there (« CAF » is not in « cafétéria »).
 */
export function contains(text: string, phrase: string): boolean {
  const p = normalize(phrase);
  const before = /^[\p{L}\p{N}]/u.test(p) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = /[\p{L}\p{N}]$/u.test(p) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(before + escape(p) + after, 'u').test(normalize(text));
}
