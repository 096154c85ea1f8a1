// No text ever reaches the page as HTML: not translations (a translator's file is not code), not
// stored values, not anything else. Svelte escapes every {expression}; only {@html} and the DOM's
// HTML sinks would not.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, extensions);
    return extensions.some((e) => entry.name.endsWith(e)) ? [path] : [];
  });
}

const AT_HTML = /\{@html\b/;
const HTML_SINK = /\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|\bsrcdoc\b|createContextualFragment/;
const STYLE_ATTRIBUTE = /(<[a-z][^>]*\s|^\s*)style\s*=\s*["{]/i;
const EVAL = /\beval\s*\(|new\s+Function\s*\(|set(Timeout|Interval)\s*\(\s*['"`]/;

const SVELTE = filesUnder(join(ROOT, 'src'), ['.svelte']);
const CODE = filesUnder(join(ROOT, 'src'), ['.svelte', '.ts']);

/** Lines of `files` matching `pattern`, as `path:line: text`. */
function findings(files: string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('no HTML injection', () => {
  it('finds the components to check', () => {
    expect(SVELTE.length).toBeGreaterThan(10);
  });

  it('no component uses {@html}', () => {
    expect(findings(SVELTE, AT_HTML)).toEqual([]);
  });

  it('no code writes HTML through the DOM (innerHTML, outerHTML, insertAdjacentHTML, document.write, srcdoc)', () => {
    expect(findings(CODE, HTML_SINK)).toEqual([]);
  });

  it('no code evaluates strings (the policy forbids it too)', () => {
    expect(findings(CODE, EVAL)).toEqual([]);
  });

  it('no template has a style attribute: the policy blocks inline style attributes (use a class, or a style: directive, which goes through CSSOM)', () => {
    expect(findings(SVELTE, STYLE_ATTRIBUTE)).toEqual([]);
  });

  it.each([
    [STYLE_ATTRIBUTE, '<span style="color: red">'],
    [STYLE_ATTRIBUTE, '<span style={css}>'],
    [STYLE_ATTRIBUTE, '      style="inset-inline-start: 0"'],
    [AT_HTML, '<p>{@html t(\'welcome.intro\')}</p>'],
    [HTML_SINK, 'node.innerHTML = text;'],
    [HTML_SINK, 'el.insertAdjacentHTML("beforeend", x)'],
    [HTML_SINK, '<iframe srcdoc={page}></iframe>'],
    [EVAL, 'setTimeout("go()", 10)'],
    [EVAL, 'const f = new Function(body);'],
  ])('the pattern %s catches %s', (pattern, sample) => {
    expect(pattern.test(sample)).toBe(true);
  });
});
