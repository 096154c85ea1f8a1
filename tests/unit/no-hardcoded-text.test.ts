// No visible sentence is written in a component: every text goes through t() and locales/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function svelteFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return svelteFiles(path);
    return name.endsWith('.svelte') ? [path] : [];
  });
}

/** Removes `{…}` expressions, balancing nested braces. */
function withoutExpressions(markup: string): string {
  let out = '';
  let depth = 0;
  for (const char of markup) {
    if (char === '{') depth++;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += char;
  }
  return out;
}

/** The text a person could read in a component's markup, outside t() calls. */
export function visibleLiterals(source: string): string[] {
  const markup = source
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const found: string[] = [];
  // Attributes people read or hear.
  for (const m of markup.matchAll(/\b(aria-label|title|alt|placeholder|aria-description|aria-roledescription)="([^"{]*)"/g)) {
    if (/\p{L}/u.test(m[2])) found.push(`${m[1]}="${m[2]}"`);
  }
  const text = withoutExpressions(markup).replace(/<[^>]*>/g, ' ');
  for (const chunk of text.split(/\s{2,}|\n/)) {
    // Entities and punctuation (·, —, :) may stand between translated texts.
    const clean = chunk.replace(/&[a-z]+;/g, '').trim();
    if (/\p{L}/u.test(clean)) found.push(clean);
  }
  return found;
}

describe('components hold no visible text', () => {
  it('detects a sentence written in markup (the check itself works)', () => {
    expect(visibleLiterals('<p>Bonjour</p>')).toEqual(['Bonjour']);
    expect(visibleLiterals('<button aria-label="Fermer">{t("x")}</button>')).toEqual(['aria-label="Fermer"']);
    expect(visibleLiterals('<p>{t("a")} · {t("b", { n: { m: 1 } })}</p>')).toEqual([]);
  });

  it.each(svelteFiles(SRC).map((f) => [relative(SRC, f), f]))('%s', (_name, file) => {
    expect(visibleLiterals(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
