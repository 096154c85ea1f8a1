// Updates never reload the page under a person answering: the service worker waits (prompt mode),
// and only the welcome screen and the bilan may apply a new version. Checked on the source, so a
// new call from a question screen, or a switch to autoUpdate, fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

const SOURCES = sourceFiles(join(ROOT, 'src')).map((path) => ({ file: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
const filesMatching = (pattern: RegExp) => SOURCES.filter((s) => pattern.test(s.text)).map((s) => s.file).sort();

describe('the update flow', () => {
  it('pwa.apply() is called only from the update offer, shown only on the welcome screen and the bilan', () => {
    expect(filesMatching(/\bpwa\.apply\s*\(/)).toEqual(['src/ui/components/UpdateOffer.svelte']);
    expect(filesMatching(/<UpdateOffer\b/)).toEqual(['src/ui/screens/Bilan.svelte', 'src/ui/screens/Welcome.svelte']);
  });

  it('each of those offers it only when a new version is waiting', () => {
    for (const file of ['src/ui/screens/Bilan.svelte', 'src/ui/screens/Welcome.svelte']) {
      const text = SOURCES.find((s) => s.file === file)!.text;
      const guard = text.indexOf('{#if pwa.needRefresh}');
      const offer = text.indexOf('<UpdateOffer');
      expect(guard, file).toBeGreaterThan(-1);
      expect(offer, file).toBeGreaterThan(guard);
      expect(text.slice(guard, offer), file).not.toContain('{/if}');
    }
  });

  it('the service worker is registered in one place, and only apply() activates a waiting version', () => {
    expect(filesMatching(/virtual:pwa-register/)).toEqual(['src/lib/pwa/pwa.svelte.ts']);
    const bridge = SOURCES.find((s) => s.file === 'src/lib/pwa/pwa.svelte.ts')!.text;
    // The update function is called once, inside apply().
    const calls = [...bridge.matchAll(/this\.#update\?\.\(/g)];
    expect(calls).toHaveLength(1);
    const apply = bridge.slice(bridge.indexOf('async apply()'));
    expect(apply.slice(0, apply.indexOf('\n  }'))).toContain('this.#update?.(true)');
    // No reload behind the person's back.
    expect(filesMatching(/location\.reload\s*\(/)).toEqual([]);
  });

  it('vite-plugin-pwa is in prompt mode, without skipWaiting or clientsClaim', () => {
    const config = readFileSync(join(ROOT, 'vite.config.ts'), 'utf8');
    expect(config).toMatch(/registerType:\s*'prompt'/);
    expect(config).not.toMatch(/autoUpdate/);
    expect(config).not.toMatch(/skipWaiting\s*:\s*true/);
    expect(config).not.toMatch(/clientsClaim\s*:\s*true/);
  });
});
