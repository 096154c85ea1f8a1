// The server examples of docs/deploy.md say exactly what src/lib/security/headers.ts says (the
// headers the end-to-end tests run under): a change to one without the other fails here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL, HTTPS_ONLY_HEADERS, SECURITY_HEADERS } from '../../src/lib/security/headers';

const DOC = readFileSync(resolve(import.meta.dirname, '../../docs/deploy.md'), 'utf8');
const EXPECTED = { ...SECURITY_HEADERS, ...HTTPS_ONLY_HEADERS };
const SNIPPET = 'snippets/bilan-security-headers.conf';

/** The fenced code blocks of a Markdown text, with their language and first line. */
function codeBlocks(markdown: string): { lang: string; title: string; body: string }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], title: m[2].split('\n')[0].trim(), body: m[2] }));
}

function block(lang: string, title: string): string {
  const found = codeBlocks(DOC).filter((b) => b.lang === lang && b.title === title);
  expect(found, `one \`\`\`${lang} block starting with "${title}"`).toHaveLength(1);
  return found[0].body;
}

/** `{ name: value }` from lines matched by `pattern` (name and value as groups 1 and 2); a name given twice fails. */
function headerLines(text: string, pattern: RegExp): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(pattern)) {
    expect(out, `${m[1]} given twice`).not.toHaveProperty(m[1]);
    out[m[1]] = m[2];
  }
  return out;
}

/** nginx `location … { … }` blocks (the examples nest no braces inside a location). */
function locations(config: string): Map<string, string> {
  return new Map([...config.matchAll(/location\s+([^{]+?)\s*\{([^{}]*)\}/g)].map((m) => [m[1], m[2]]));
}

describe('docs/deploy.md: nginx', () => {
  const snippet = block('nginx', '# /etc/nginx/snippets/bilan-security-headers.conf');
  const server = block('nginx', '# /etc/nginx/sites-available/bilan-numerique');

  it('the snippet sets every header of headers.ts, with the same values, on every response', () => {
    expect(headerLines(snippet, /^add_header\s+(\S+)\s+"([^"]*)"\s+always;$/gm)).toEqual(EXPECTED);
    const lines = snippet.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
    for (const line of lines) expect(line).toMatch(/ always;$/);
  });

  it('every location includes the snippet (nginx drops inherited add_header where a location adds its own)', () => {
    const found = locations(server);
    expect([...found.keys()].sort()).toEqual(['/', '/assets/', '= /sw.js']);
    for (const [path, body] of found) expect(body, path).toContain(`include ${SNIPPET};`);
    const outside = server.replace(/location\s+[^{]+\{[^{}]*\}/g, '');
    expect(outside).not.toMatch(/add_header/);
  });

  it('cache rules: the service worker and the app shell revalidate, hashed assets are immutable', () => {
    const found = locations(server);
    const cacheOf = (path: string) => /add_header Cache-Control "([^"]*)" always;/.exec(found.get(path) ?? '')?.[1];
    expect(cacheOf('= /sw.js')).toBe(CACHE_CONTROL.revalidate);
    expect(cacheOf('/')).toBe(CACHE_CONTROL.revalidate);
    expect(cacheOf('/assets/')).toBe(CACHE_CONTROL.immutable);
    expect(found.get('/')).toContain('try_files $uri /index.html;');
  });

  it('HTTPS, with plain HTTP redirected', () => {
    expect(server).toMatch(/listen 80;[\s\S]*return 301 https:\/\/\$host\$request_uri;/);
    expect(server).toMatch(/listen 443 ssl/);
    expect(server).toMatch(/ssl_certificate\s/);
  });
});

describe('docs/deploy.md: Caddy', () => {
  const caddy = block('caddyfile', '# /etc/caddy/Caddyfile');

  it('the header block sets every header of headers.ts, with the same values', () => {
    const headerBlock = /^\theader \{\n([\s\S]*?)^\t\}$/m.exec(caddy)?.[1] ?? '';
    expect(headerLines(headerBlock, /^\t\t([A-Za-z-]+) "([^"]*)"$/gm)).toEqual(EXPECTED);
  });

  it('cache rules, the fallback and the files', () => {
    expect(caddy).toContain('@hashed path /assets/*');
    expect(caddy).toContain(`header @hashed Cache-Control "${CACHE_CONTROL.immutable}"`);
    expect(caddy).toContain('@revalidated not path /assets/*');
    expect(caddy).toContain(`header @revalidated Cache-Control "${CACHE_CONTROL.revalidate}"`);
    expect(caddy).toContain('try_files {path} /index.html');
    expect(caddy).toMatch(/^\tfile_server$/m);
  });
});

describe('docs/deploy.md: _headers file', () => {
  const file = block('text', '# dist/_headers');
  const rules = new Map(
    file
      .split(/\n\s*\n/)
      .map((chunk) => chunk.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')))
      .filter((lines) => lines.length > 0)
      .map((lines) => [lines[0], headerLines(lines.slice(1).join('\n'), /^ {2}([A-Za-z-]+): (.*)$/gm)]),
  );

  it('every response gets every header; Cache-Control only in the narrow rules (the host joins matching rules)', () => {
    expect([...rules.keys()]).toEqual(['/*', '/sw.js', '/assets/*']);
    expect(rules.get('/*')).toEqual(EXPECTED);
    expect(rules.get('/sw.js')).toEqual({ 'Cache-Control': CACHE_CONTROL.revalidate });
    expect(rules.get('/assets/*')).toEqual({ 'Cache-Control': CACHE_CONTROL.immutable });
  });
});
