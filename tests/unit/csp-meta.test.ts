// The built index.html carries the Content Security Policy as a <meta> and no inline script: a
// real production build (the project's own vite.config.ts) into a temporary folder.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { injectCspMeta, metaContentSecurityPolicy } from '../../src/lib/security/csp-meta-plugin';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security/headers';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every <script ...>body</script> of a page, with its attributes and body. */
function scriptsOf(html: string): { attributes: string; body: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].map((m) => ({ attributes: m[1], body: m[2] }));
}

function metaPolicyOf(html: string): string | null {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return match ? match[1].replaceAll('&quot;', '"').replaceAll('&amp;', '&') : null;
}

describe('the policy a <meta> can carry', () => {
  it('is the header policy without frame-ancestors, which a meta tag cannot set', () => {
    const meta = metaContentSecurityPolicy();
    expect(meta).not.toContain('frame-ancestors');
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    for (const directive of CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors'))) {
      expect(meta.split('; ')).toContain(directive);
    }
  });

  it('goes right after <meta charset>, before any script or stylesheet', () => {
    const html = '<!doctype html><html><head>\n<meta charset="UTF-8" />\n<script type="module" src="/a.js"></script></head></html>';
    const out = injectCspMeta(html, "default-src 'self'");
    expect(out.indexOf('Content-Security-Policy')).toBeGreaterThan(out.indexOf('charset'));
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
    expect(metaPolicyOf(out)).toBe("default-src 'self'");
    // Idempotent: a second pass adds no second policy.
    expect(injectCspMeta(out).match(/Content-Security-Policy/g)).toHaveLength(1);
  });
});

describe('the production build', () => {
  let outDir: string;
  let html: string;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'bilan-csp-'));
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    html = readFileSync(join(outDir, 'index.html'), 'utf8');
  }, 120_000);
  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('carries the meta policy, strict on scripts', () => {
    const policy = metaPolicyOf(html);
    expect(policy).toBe(metaContentSecurityPolicy());
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("connect-src 'self'");
  });

  it('has no inline script, no inline event handler and no inline style element', () => {
    const scripts = scriptsOf(html);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.attributes).toMatch(/\ssrc="\/[^"]+"/);
      expect(script.body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('names no other origin', () => {
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/(?!\/)/);
  });
});
