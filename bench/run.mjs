// `npm run bench`: builds the app, serves it like `npm start` (vite preview, same config and
// headers), then measures sizes, Lighthouse (mobile) and the time to the first question online
// and offline under 4x CPU throttling. Prints a table and writes bench/results.json.
// It reports; it never fails on a missed target (tests/e2e/bundle-size.test.ts enforces the budget).
//
//   node bench/run.mjs [--no-build] [--dist=DIR] [--runs=5] [--lighthouse-runs=3] [--skip-lighthouse] [--skip-timing] [--reference=DIR]
//
// --reference=DIR: another build (the previous commit's, say) measured offline beside this one,
// loads alternated one for one in the same browser, so the host's swings weigh on both alike.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSizes, FIRST_SCREEN_JS_TARGET } from './sizes.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../scripts/chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CPU_THROTTLING = 4;
/** The first question of a self-led journey (diagnostic framework, section 8): why the person came. */
const FIRST_QUESTION = 'section[data-item="primo.reason"]';
/** The welcome screen is usable once the mode choice and the start button are in the page. */
const WELCOME_READY = '[data-item="mode"] [data-value="self"]';
const START = '[data-action="start"]';

const TARGETS = {
  firstScreenJs: FIRST_SCREEN_JS_TARGET,
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  firstQuestionOffline: 400,
};

function parseArgs(argv) {
  const options = { build: true, dist: process.env.BILAN_DIST ?? join(ROOT, 'dist'), runs: 5, lighthouseRuns: 3, lighthouse: true, timing: true, reference: null };
  for (const arg of argv) {
    const [key, value] = arg.replace(/^--/, '').split('=');
    if (key === 'help' || key === 'h') {
      console.log('usage: node bench/run.mjs [--no-build] [--dist=DIR] [--runs=5] [--lighthouse-runs=3] [--skip-lighthouse] [--skip-timing] [--reference=DIR]');
      process.exit(0);
    } else if (key === 'no-build') options.build = false;
    else if (key === 'dist') options.dist = resolve(value);
    else if (key === 'runs') options.runs = Number(value);
    else if (key === 'lighthouse-runs') options.lighthouseRuns = Number(value);
    else if (key === 'skip-lighthouse') options.lighthouse = false;
    else if (key === 'skip-timing') options.timing = false;
    else if (key === 'reference') options.reference = resolve(value);
    else throw new Error(`Unknown option ${arg}`);
  }
  options.dist = resolve(options.dist);
  return options;
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, digits = 0) => (value === null || value === undefined ? null : Number(value.toFixed(digits)));
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => (value === null ? '—' : `${Math.round(value)} ms`);

function git(args) {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

async function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

// ——— Build and serve ———

async function buildApp(dist) {
  const { build } = await import('vite');
  log(`building into ${dist}`);
  await build({ root: ROOT, logLevel: 'error', build: { outDir: dist, emptyOutDir: true, rolldownOptions: { checks: { pluginTimings: false } } } });
}

/** `vite preview` with the project's config: the same headers as `npm start`. */
async function serve(dist) {
  const { preview } = await import('vite');
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const url = `http://127.0.0.1:${port}/`;
  const response = await fetch(url);
  const headers = Object.fromEntries(response.headers);
  return { url, headers, close: () => server.close() };
}

// ——— Lighthouse ———

async function runLighthouse(url, runs) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const results = [];
  for (let i = 0; i < runs; i++) {
    // A new browser per run: nothing carried over (Lighthouse also resets the origin's storage).
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
      logLevel: 'silent',
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result.lhr;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = {};
      const failing = {};
      for (const [id, category] of Object.entries(lhr.categories)) {
        scores[id] = category.score === null ? null : Math.round(category.score * 100);
        failing[id] = category.auditRefs
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit.score !== null && audit.score < 1)
          .map((audit) => ({
            id: audit.id,
            score: audit.score,
            displayValue: audit.displayValue ?? null,
            // What the audit points at (console messages, elements, URLs), kept short.
            items: (audit.details?.items ?? []).slice(0, 5).map((item) =>
              Object.fromEntries(
                Object.entries(item)
                  .filter(([, v]) => ['string', 'number'].includes(typeof v) || (v && typeof v === 'object' && 'snippet' in v))
                  .map(([k, v]) => [k, typeof v === 'object' ? v.snippet : v]),
              ),
            ),
          }));
      }
      const metric = (id) => lhr.audits[id]?.numericValue ?? null;
      // Unscored diagnostics that explain a performance score: where the main thread and the bytes go.
      const diagnostics = Object.fromEntries(
        ['bootup-time', 'mainthread-work-breakdown', 'unused-javascript', 'render-blocking-resources', 'critical-request-chains', 'uses-long-cache-ttl', 'font-display', 'dom-size', 'long-tasks']
          .filter((id) => lhr.audits[id])
          .map((id) => [id, { score: lhr.audits[id].score, displayValue: lhr.audits[id].displayValue ?? null }]),
      );
      results.push({
        scores,
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        fcp: metric('first-contentful-paint'),
        speedIndex: metric('speed-index'),
        failing,
        diagnostics,
        warnings: lhr.runWarnings,
        lighthouseVersion: lhr.lighthouseVersion,
        // Lighthouse's own measure of the host's speed (~1000+ on a quiet desktop); low means the numbers are inflated.
        benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
        userAgent: lhr.environment?.hostUserAgent ?? null,
        formFactor: lhr.configSettings.formFactor,
        throttlingMethod: lhr.configSettings.throttlingMethod,
      });
      log(`lighthouse ${i + 1}/${runs}: ${JSON.stringify(scores)}`);
    } finally {
      await chrome.kill();
    }
  }
  // The run whose performance score is the median stands for the set; each score is also given as a median.
  const byPerformance = [...results].sort((a, b) => a.scores.performance - b.scores.performance);
  const representative = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
  return {
    runs: results,
    median: {
      scores: Object.fromEntries(Object.keys(results[0].scores).map((id) => [id, median(results.map((r) => r.scores[id]))])),
      lcp: median(results.map((r) => r.lcp)),
      tbt: median(results.map((r) => r.tbt)),
      cls: median(results.map((r) => r.cls)),
    },
    failing: representative.failing,
  };
}

// ——— Time to the first question ———

/**
 * Marks, in the page's own clock (ms since navigation start): when the welcome screen's mode
 * choice and start button are in the DOM, when the first question is, and the frame after each
 * (a rAF then a task: the screen has been painted). The start click's time is the event's timeStamp.
 */
function instrument(selectors) {
  const marks = {};
  Object.defineProperty(window, '__bench', { value: marks });
  const mark = (name) => {
    if (name in marks) return;
    marks[name] = performance.now();
    requestAnimationFrame(() => setTimeout(() => (marks[`${name}Painted`] = performance.now()), 0));
  };
  new MutationObserver(() => {
    if (!('welcome' in marks) && document.querySelector(selectors.welcome) && document.querySelector(selectors.start)) mark('welcome');
    if (!('resume' in marks) && document.querySelector('[data-action="resume"]')) mark('resume');
    if (!('question' in marks) && document.querySelector(selectors.question)) mark('question');
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener(
    'click',
    (event) => {
      if (!('startClick' in marks) && event.target instanceof Element && event.target.closest(selectors.start)) marks.startClick = event.timeStamp;
    },
    true,
  );
}

/**
 * Waits for a mark of the page's clock with one small `Runtime.evaluate` every 20 ms. Playwright's
 * own waits inject its selector engine (≈ 100 ms of script at 4x throttling) into the page while
 * it boots: the robot's work, not the person's wait, so it stays out of the measured load.
 */
async function waitForMark(cdp, names, timeout = 30_000) {
  const expression = `(() => { const m = window.__bench; return m ? ${JSON.stringify(names)}.find((n) => n in m) ?? null : null; })()`;
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true }).catch(() => ({ result: {} }));
    if (result.value) return result.value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no ${names.join(' or ')} within ${timeout} ms`);
}

async function measureLoad({ page, cdp }, url) {
  await page.goto(url, { waitUntil: 'commit' });
  if ((await waitForMark(cdp, ['welcomePainted', 'resume'])) === 'resume') throw new Error('the page opened on the resume prompt: storage was not cleared');
  await page.click(WELCOME_READY);
  await page.click(START);
  await waitForMark(cdp, ['questionPainted']);
  return page.evaluate(() => {
    const marks = window.__bench;
    const navigation = performance.getEntriesByType('navigation')[0];
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < marks.welcome && /\.m?js(\?|$)/.test(entry.name))
      .map((entry) => ({ url: new URL(entry.name).pathname, transferSize: entry.transferSize }));
    const end = (pattern) => performance.getEntriesByType('resource').find((entry) => pattern.test(entry.name))?.responseEnd ?? null;
    const welcome = marks.welcomePainted;
    const startToQuestion = marks.questionPainted - marks.startClick;
    return {
      welcome,
      startToQuestion,
      // The person's wait, without the time the benchmark's robot took to click.
      firstQuestion: welcome + startToQuestion,
      servedByServiceWorker: navigator.serviceWorker?.controller !== null && navigation.workerStart > 0,
      navigationTransferSize: navigation.transferSize,
      // Where the time goes, ms since navigation start.
      breakdown: {
        htmlResponseEnd: navigation.responseEnd,
        entryScriptResponseEnd: end(/\/assets\/index-[^/]*\.js$/),
        domContentLoaded: navigation.domContentLoadedEventEnd,
        localeResponseEnd: end(/\/locales\/fr\.json$/),
        welcomeInDom: marks.welcome,
        welcomePainted: marks.welcomePainted,
      },
      scriptsBeforeWelcome: scripts,
    };
  });
}

async function throttledPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
  return { page, cdp };
}

/**
 * A started journey is saved in IndexedDB and would reopen on « Reprendre »: between runs, delete
 * it as the app's own erasure does at the end of a session (src/lib/storage/wipe.ts). The database
 * itself stays, as on a tablet in use: it is created once, at the first visit (the cold runs).
 */
async function clearSession(cdp, url) {
  await cdp.send('IndexedDB.clearObjectStore', { securityOrigin: new URL(url).origin, databaseName: 'bilan-numerique', objectStoreName: 'session' });
}

function summarize(runs) {
  return {
    welcome: round(median(runs.map((r) => r.welcome)), 1),
    startToQuestion: round(median(runs.map((r) => r.startToQuestion)), 1),
    firstQuestion: round(median(runs.map((r) => r.firstQuestion)), 1),
  };
}

/**
 * The same fixed loop in a throttled and an unthrottled page of the app: the effective slowdown.
 * On a busy host the throttled renderer also waits for the CPU, so this drifts from 4.
 */
async function calibrate(browser, url) {
  const loop = () => {
    const start = performance.now();
    let x = 0;
    for (let i = 0; i < 3e7; i++) x += i % 7;
    return x > 0 ? performance.now() - start : 0;
  };
  const timeAt = async (rate) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url, { waitUntil: 'load' });
    const times = [];
    for (let i = 0; i < 3; i++) times.push(await page.evaluate(loop));
    await context.close();
    return Math.min(...times);
  };
  const unthrottledMs = await timeAt(1);
  const throttledMs = await timeAt(CPU_THROTTLING);
  return { unthrottledMs: round(unthrottledMs, 1), throttledMs: round(throttledMs, 1), effectiveRate: round(throttledMs / unthrottledMs, 2) };
}

const CONTEXT_OPTIONS = { viewport: { width: 1024, height: 768 }, locale: 'fr-FR', deviceScaleFactor: 1 };
const SELECTORS = { welcome: WELCOME_READY, start: START, question: FIRST_QUESTION };

/** A tab whose service worker has installed and controls the page, then cut from the network. */
async function offlineTab(browser, url) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  await context.addInitScript(instrument, SELECTORS);
  const tab = await throttledPage(context);
  const { page } = tab;
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload({ waitUntil: 'load' });
  await waitForMark(tab.cdp, ['welcomePainted']);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) throw new Error('the service worker does not control the page');
  await context.setOffline(true);
  return { ...tab, context };
}

async function measureOffline(tab, url) {
  await clearSession(tab.cdp, url);
  const run = await measureLoad(tab, url);
  if (!run.servedByServiceWorker) throw new Error('an offline load was not served by the service worker');
  return run;
}

/**
 * This build against a reference build, offline, loads alternated (A, B, A, B…) in one browser:
 * the host's swings fall on both. The ratio of the medians is the figure to read, not either time.
 */
async function runComparison(url, referenceUrl, runs) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const tabs = { build: await offlineTab(browser, url), reference: await offlineTab(browser, referenceUrl) };
    const loads = { build: [], reference: [] };
    for (let i = 0; i < runs; i++) {
      // Which goes first changes each round, so neither always follows the other.
      const order = i % 2 === 0 ? ['build', 'reference'] : ['reference', 'build'];
      for (const key of order) loads[key].push(await measureOffline(tabs[key], key === 'build' ? url : referenceUrl));
    }
    const build = summarize(loads.build);
    const reference = summarize(loads.reference);
    const ratio = round(build.firstQuestion / reference.firstQuestion, 3);
    log(`offline A/B: build ${JSON.stringify(build)}, reference ${JSON.stringify(reference)}, ratio ${ratio}`);
    return { runs, build: { runs: loads.build, median: build }, reference: { runs: loads.reference, median: reference }, firstQuestionRatio: ratio };
  } finally {
    await browser.close();
  }
}

async function runTiming(url, runs) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const scenarios = {};
  let calibration = null;
  try {
    calibration = await calibrate(browser, url);
    log(`calibration: ${JSON.stringify(calibration)}`);
    // Online, cold: a new context (empty HTTP cache, no service worker) for each run.
    const cold = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext(CONTEXT_OPTIONS);
      await context.addInitScript(instrument, SELECTORS);
      cold.push(await measureLoad(await throttledPage(context), url));
      await context.close();
    }
    scenarios.onlineCold = { runs: cold, median: summarize(cold) };
    log(`online cold: ${JSON.stringify(scenarios.onlineCold.median)}`);

    // Online, warm: HTTP cache filled by a first visit; the service worker blocked, so this is the network path.
    {
      const context = await browser.newContext({ ...CONTEXT_OPTIONS, serviceWorkers: 'block' });
      await context.addInitScript(instrument, SELECTORS);
      const tab = await throttledPage(context);
      await tab.page.goto(url, { waitUntil: 'load' });
      // The first visit creates the database: wait for the welcome.
      await waitForMark(tab.cdp, ['welcomePainted']);
      const warm = [];
      for (let i = 0; i < runs; i++) {
        await clearSession(tab.cdp, url);
        warm.push(await measureLoad(tab, url));
      }
      await context.close();
      scenarios.onlineWarm = { runs: warm, median: summarize(warm) };
      log(`online warm: ${JSON.stringify(scenarios.onlineWarm.median)}`);
    }

    // Offline: the service worker installed and controlling, then the network cut; every load comes from its cache.
    {
      const tab = await offlineTab(browser, url);
      const offline = [];
      for (let i = 0; i < runs; i++) offline.push(await measureOffline(tab, url));
      await tab.context.close();
      scenarios.offline = { runs: offline, median: summarize(offline) };
      log(`offline: ${JSON.stringify(scenarios.offline.median)}`);
    }
  } finally {
    await browser.close();
  }
  return { cpuThrottling: CPU_THROTTLING, calibration, runs, viewport: CONTEXT_OPTIONS.viewport, scenarios };
}

// ——— Report ———

function table(rows) {
  const header = ['metric', 'value', 'target', ''];
  const cells = [header, ...rows.map((r) => [r.metric, r.value, r.target ?? '', r.ok === undefined ? '' : r.ok ? '✓' : '✗'])];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => [...row[i]].length)));
  const line = (row) => row.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map((_, i) => line(cells[i + 1]))].join('\n');
}

function rowsFor(results) {
  const rows = [];
  const { sizes, lighthouse, timing } = results;
  rows.push({
    metric: 'First-screen JS (gzip)',
    value: `${kB(sizes.firstScreenJs.gzip)} (${sizes.firstScreenJs.files.length} file${sizes.firstScreenJs.files.length > 1 ? 's' : ''})`,
    target: `≤ ${kB(TARGETS.firstScreenJs)}`,
    ok: sizes.firstScreenJs.gzip <= TARGETS.firstScreenJs,
  });
  rows.push({ metric: 'First-screen CSS (gzip)', value: kB(sizes.firstScreenCss.gzip) });
  rows.push({ metric: 'First-screen texts, preloaded JSON (gzip)', value: `${kB(sizes.firstScreenData.gzip)} (${sizes.firstScreenData.files.map((f) => f.file).join(', ') || 'none'})` });
  rows.push({ metric: 'Lazy JS, dynamic imports (gzip)', value: `${kB(sizes.lazyJs.gzip)} (${sizes.lazyJs.files.length} files)` });
  rows.push({ metric: 'Precached, everything (gzip)', value: `${kB(sizes.precache.gzip)} (${sizes.precache.files.length} files, ${kB(sizes.precache.bytes)} raw)` });
  if (lighthouse) {
    const m = lighthouse.median;
    for (const id of ['performance', 'accessibility', 'best-practices', 'seo']) {
      rows.push({ metric: `Lighthouse ${id}`, value: String(m.scores[id]), target: `≥ ${TARGETS[id]}`, ok: m.scores[id] >= TARGETS[id] });
    }
    rows.push({ metric: 'Lighthouse LCP (mobile, simulated)', value: ms(m.lcp) });
    rows.push({ metric: 'Lighthouse TBT', value: ms(m.tbt) });
    rows.push({ metric: 'Lighthouse CLS', value: m.cls === null ? '—' : m.cls.toFixed(3) });
  }
  if (timing) {
    const s = timing.scenarios;
    const label = { onlineCold: 'online, cold', onlineWarm: 'online, warm cache', offline: 'offline (SW)' };
    for (const key of ['onlineCold', 'onlineWarm', 'offline']) {
      rows.push({ metric: `Welcome interactive, ${label[key]}`, value: ms(s[key].median.welcome) });
    }
    for (const key of ['onlineCold', 'onlineWarm', 'offline']) {
      const value = s[key].median.firstQuestion;
      const targeted = key === 'offline';
      rows.push({
        metric: `First question interactive, ${label[key]}`,
        value: ms(value),
        target: targeted ? `< ${TARGETS.firstQuestionOffline} ms` : undefined,
        ok: targeted ? value < TARGETS.firstQuestionOffline : undefined,
      });
    }
  }
  if (results.comparison) {
    const { build, reference, firstQuestionRatio } = results.comparison;
    rows.push({ metric: 'First question, offline, A/B: this build', value: ms(build.median.firstQuestion) });
    rows.push({ metric: 'First question, offline, A/B: reference', value: ms(reference.median.firstQuestion) });
    rows.push({ metric: 'First question, offline, A/B: ratio', value: String(firstQuestionRatio), target: '≤ 1', ok: firstQuestionRatio <= 1 });
  }
  return rows;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) await buildApp(options.dist);
  if (!existsSync(join(options.dist, 'index.html'))) throw new Error(`${options.dist}/index.html is missing: build first (or drop --no-build)`);

  const dirty = git(['status', '--porcelain', '--untracked-files=no']);
  const results = {
    date: new Date().toISOString(),
    commit: git(['rev-parse', 'HEAD']),
    dirtyWorkingTree: dirty === null ? null : dirty.length > 0,
    node: process.version,
    // Timings depend on the machine and on what else runs on it.
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, loadAverage: loadavg().map((v) => round(v, 2)) },
    chromium: CHROMIUM,
    dist: options.dist,
    targets: TARGETS,
    sizes: await buildSizes(options.dist),
    server: null,
    lighthouse: null,
    timing: null,
    comparison: null,
  };

  const server = await serve(options.dist);
  try {
    results.server = { url: server.url, headers: server.headers };
    if (!server.headers['content-security-policy']) log('warning: the preview server sends no Content-Security-Policy (vite.config.ts preview.headers)');
    if (options.lighthouse) results.lighthouse = await runLighthouse(server.url, options.lighthouseRuns);
    if (options.timing) results.timing = await runTiming(server.url, options.runs);
    if (options.reference) {
      const reference = await serve(options.reference);
      try {
        results.comparison = { reference: options.reference, ...(await runComparison(server.url, reference.url, options.runs)) };
      } finally {
        await reference.close();
      }
    }
  } finally {
    await server.close();
  }

  results.machine.loadAverageAtEnd = loadavg().map((v) => round(v, 2));
  const rows = rowsFor(results);
  results.table = rows;
  await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  console.log(table(rows));
  if (results.lighthouse) {
    const failing = Object.entries(results.lighthouse.failing).filter(([, audits]) => audits.length > 0);
    for (const [category, audits] of failing) {
      console.log(`\nLighthouse ${category}, audits below 1 (median run): ${audits.map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`).join(', ')}`);
    }
  }
  const index = results.lighthouse ? median(results.lighthouse.runs.map((r) => r.benchmarkIndex)) : null;
  console.log(
    `\nHost: ${results.machine.cpus} CPU, load average ${results.machine.loadAverage[0]} → ${results.machine.loadAverageAtEnd[0]}` +
      (index ? `, Lighthouse benchmarkIndex ${Math.round(index)}` : '') +
      (results.timing?.calibration ? `, effective CPU slowdown ${results.timing.calibration.effectiveRate}x` : '') +
      (results.machine.loadAverage[0] > results.machine.cpus ? ' (busy host: timings and the performance score are inflated)' : ''),
  );
  console.log(`First-screen JS: ${results.sizes.firstScreenJs.files.map((f) => `${f.file} ${kB(f.gzip)}`).join(', ')}`);
  console.log(`Lazy JS: ${results.sizes.lazyJs.files.map((f) => `${f.file} ${kB(f.gzip)}`).join(', ') || 'none'}`);
  console.log(`\nRaw numbers: bench/results.json (commit ${results.commit?.slice(0, 7) ?? '?'}${results.dirtyWorkingTree ? ', uncommitted changes' : ''})`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
