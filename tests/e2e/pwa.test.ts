// The installable PWA: manifest and icons, a precache that holds every file the app can need,
// Chromium's own installability check, and an update that waits for a calm screen.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { SECURITY_HEADERS } from '../../src/lib/security/headers';
import { CHROMIUM, CHROMIUM_ARGS, TABLET, watchedPage } from './support/browser';
import { answerReason, startJourney } from './support/journey';
import { controlledByServiceWorker, precachedPaths } from './support/offline';
import { DIST } from './support/server';
import { useAppInChromium } from './support/harness';

const app = useAppInChromium();

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [`/${relative(DIST, path)}`];
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the web app manifest', () => {
  it('has every field an installable app needs, and its icons are reachable PNGs of the right size', async () => {
    const html = await (await fetch(app.server.url)).text();
    expect(html).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
    const manifest = await (await fetch(`${app.server.url}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({
      name: 'Bilan numérique',
      short_name: expect.any(String),
      description: expect.stringContaining('numérique'),
      lang: 'fr',
      display: 'standalone',
      start_url: '/',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    });
    expect(manifest.short_name.length).toBeLessThanOrEqual(15);

    const icons = manifest.icons as { src: string; sizes: string; type: string; purpose?: string }[];
    const described = icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`).sort();
    expect(described).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of icons) {
      const response = await fetch(new URL(icon.src, `${app.server.url}/manifest.webmanifest`));
      expect(response.headers.get('content-type'), icon.src).toBe('image/png');
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(Buffer.from(await response.arrayBuffer())), icon.src).toEqual({ width, height });
    }
  });

  it('Chromium finds no installability error', async () => {
    // A persistent profile: Chromium never offers to install from an incognito-like context.
    const profile = mkdtempSync(join(tmpdir(), 'bilan-profile-'));
    const context = await chromium.launchPersistentContext(profile, { ...TABLET, executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    try {
      const { page, errors } = await watchedPage(context, app.server.url);
      await page.goto(app.server.url);
      await controlledByServiceWorker(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
      const { url, errors: manifestErrors } = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[] };
      expect(url).toBe(`${app.server.url}/manifest.webmanifest`);
      expect(manifestErrors).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('the precache', () => {
  const precached = precachedPaths();

  it('holds index.html, every script, style, locale file, woff2 font and icon of the build, once each', () => {
    expect(new Set(precached).size).toBe(precached.length);
    // The service worker itself and the legacy woff fonts (never fetched by a browser that runs
    // service workers: they all read woff2) are the only files left out.
    const needed = filesOf(DIST).filter((f) => !/^\/(sw\.js|workbox-[\w-]+\.js)$/.test(f) && !f.endsWith('.woff'));
    expect(needed.filter((f) => !precached.includes(f))).toEqual([]);
    expect(precached).toContain('/index.html');
    expect(precached).toContain('/manifest.webmanifest');
    expect(precached.filter((f) => f.endsWith('.woff2')).length).toBeGreaterThanOrEqual(8);
    for (const locale of readdirSync(join(import.meta.dirname, '../../locales')).filter((f) => f.endsWith('.json'))) {
      const code = locale.replace(/\.json$/, '');
      expect(precached, `locale ${code}`).toContain(`/locales/${code}.json`);
    }
  });

  it('is what the browser really stores', async () => {
    const context = await app.browser.newContext(TABLET);
    const { page } = await watchedPage(context, app.server.url);
    await page.goto(app.server.url);
    await controlledByServiceWorker(page);
    const cached = await page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
      }
      return paths.sort();
    });
    expect(cached).toEqual([...precached].sort());
    await context.close();
  });

  it('the service worker skips waiting only when the page asks (prompt mode)', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    expect([...sw.matchAll(/skipWaiting/g)]).toHaveLength(1);
    expect(sw).toMatch(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/);
    expect(sw).not.toMatch(/clientsClaim/);
  });
});

describe('an update', () => {
  let root: string;
  let updateServer: Server;
  let url: string;

  // A copy of the build served from its own folder, so that a second version can replace it.
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'bilan-update-'));
    cpSync(DIST, root, { recursive: true });
    updateServer = createServer((request, response) => {
      const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
      let path = normalize(join(root, decodeURIComponent(pathname)));
      if (!path.startsWith(root) || !statSync(path, { throwIfNoEntry: false })?.isFile()) path = join(root, 'index.html');
      const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.txt': 'text/plain' };
      response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', ...SECURITY_HEADERS });
      response.end(readFileSync(path));
    });
    await new Promise<void>((ok) => updateServer.listen(0, '127.0.0.1', ok));
    const address = updateServer.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((ok) => updateServer?.close(ok));
    rmSync(root, { recursive: true, force: true });
  });

  /** What a second build with one changed file produces: the file, and its new revision in sw.js. */
  function publishSecondVersion(): void {
    const robots = join(root, 'robots.txt');
    const before = readFileSync(robots);
    const after = Buffer.concat([before, Buffer.from('# version 2\n')]);
    writeFileSync(robots, after);
    const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');
    const sw = readFileSync(join(root, 'sw.js'), 'utf8');
    const updated = sw.replace(`{url:"robots.txt",revision:"${md5(before)}"}`, `{url:"robots.txt",revision:"${md5(after)}"}`);
    expect(updated).not.toBe(sw);
    writeFileSync(join(root, 'sw.js'), updated);
  }

  it('waits during a question, is offered on the welcome screen, and keeps the session through the reload', async () => {
    const context = await app.browser.newContext(TABLET);
    const { page, errors } = await watchedPage(context, url);
    await page.goto(url);
    await controlledByServiceWorker(page);
    await startJourney(page, 'self');
    await answerReason(page);
    await page.click('[data-value="yes-failed"]');
    await page.waitForSelector('section[data-item="primo.has_email"]');
    await page.evaluate(() => ((window as unknown as { firstLoad: boolean }).firstLoad = true));

    publishSecondVersion();
    // What the browser does on its own at the next navigation or after a day: check for an update.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null);

    // During a question: nothing offered, nothing reloaded, the person is where they were.
    await page.click('[data-value="no"]');
    await page.waitForSelector('section[data-item="primo.devices"]');
    expect(await page.$('[data-action="update"]')).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { firstLoad?: boolean }).firstLoad)).toBe(true);

    // Back to the welcome screen: « Nouvelle version disponible ».
    for (const id of ['primo.devices', 'primo.has_email', 'primo.tried_online', 'primo.reason']) {
      await page.click(`section[data-item="${id}"] [data-action="back"]`);
    }
    const offer = await page.waitForSelector('[data-action="update"]');
    expect(await page.textContent('.welcome')).toContain('Nouvelle version disponible');

    await Promise.all([page.waitForEvent('load'), offer.click()]);
    expect(await page.evaluate(() => (window as unknown as { firstLoad?: boolean }).firstLoad)).toBeUndefined();
    // The new version answers, even offline, and the answers given before are still there.
    await context.setOffline(true);
    expect(await page.evaluate(async () => (await fetch('/robots.txt')).text())).toContain('# version 2');
    // The person had gone back to the welcome screen from the first question: that is where they resume.
    await page.click('[data-action="resume"]');
    await page.waitForSelector('section[data-item="primo.reason"]');
    expect(await page.getAttribute('[data-value="papers"]', 'aria-pressed')).toBe('true');
    await page.click('[data-action="next"]');
    await page.waitForSelector('section[data-item="primo.tried_online"]');
    expect(await page.getAttribute('[data-value="yes-failed"]', 'aria-pressed')).toBe('true');
    await page.click('[data-action="next"]');
    await page.waitForSelector('section[data-item="primo.has_email"]');
    expect(await page.getAttribute('[data-value="no"]', 'aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });
});
