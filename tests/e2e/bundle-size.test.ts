// The size budget of the first screen: the benchmark reports against 45 kB gzip, this test fails
// above 60 kB so the budget cannot drift silently. Same computation as `npm run bench`.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIRST_SCREEN_JS_LIMIT, buildSizes, firstScreenScripts } from '../../bench/sizes.mjs';
import { DIST } from './support/server';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

describe('bundle size', () => {
  it(`keeps the first-screen JavaScript under ${kB(FIRST_SCREEN_JS_LIMIT)} gzip`, async () => {
    const sizes = await buildSizes(DIST);
    const detail = `${sizes.firstScreenJs.files.map((f) => `${f.file} ${kB(f.gzip)}`).join(', ')} (see what weighs: node bench/composition.mjs)`;
    expect(sizes.firstScreenJs.files.length, 'no entry script found in index.html').toBeGreaterThan(0);
    expect(sizes.firstScreenJs.gzip, `first-screen JavaScript: ${detail}`).toBeLessThanOrEqual(FIRST_SCREEN_JS_LIMIT);
  });

  it('preloads the French texts from index.html, as JSON data rather than a script', async () => {
    const sizes = await buildSizes(DIST);
    expect(sizes.firstScreenData.files.map((f) => f.file)).toEqual(['locales/fr.json']);
  });

  it('precaches the first-screen files, so the first screen works offline', async () => {
    const sizes = await buildSizes(DIST);
    const precached = new Set(sizes.precache.files.map((f) => f.file));
    for (const { file } of [...sizes.firstScreenJs.files, ...sizes.firstScreenCss.files, ...sizes.firstScreenData.files]) {
      expect(precached, file).toContain(file);
    }
  });

  // The budget is only as good as the import walk: it must follow static imports and leave dynamic ones.
  describe('the first-screen walk', () => {
    let dir = '';
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('follows modulepreloads and static imports recursively, not import()', async () => {
      dir = await mkdtemp(join(tmpdir(), 'bundle-size-'));
      await mkdir(join(dir, 'assets'));
      await writeFile(
        join(dir, 'index.html'),
        '<script type="module" crossorigin src="/assets/entry.js"></script>' +
          '<link rel="modulepreload" crossorigin href="/assets/preloaded.js">' +
          '<link rel="stylesheet" href="/assets/app.css">',
      );
      await writeFile(join(dir, 'assets/entry.js'), 'import{a as b}from"./shared.js";import"./side.js";const l=()=>import(`./lazy.js`);b(l);');
      await writeFile(join(dir, 'assets/shared.js'), 'export{c as a}from"./deep.js";');
      await writeFile(join(dir, 'assets/deep.js'), 'export const c=()=>import("./lazy2.js");');
      await writeFile(join(dir, 'assets/side.js'), 'console.log(1);');
      await writeFile(join(dir, 'assets/preloaded.js'), 'export const p=1;');
      await writeFile(join(dir, 'assets/lazy.js'), 'export default 1;');
      await writeFile(join(dir, 'assets/lazy2.js'), 'export default 2;');
      const { files, lazy } = await firstScreenScripts(dir);
      expect(files.sort()).toEqual(['assets/deep.js', 'assets/entry.js', 'assets/preloaded.js', 'assets/shared.js', 'assets/side.js']);
      expect(lazy).toEqual(['assets/lazy.js', 'assets/lazy2.js']);
    });
  });
});
