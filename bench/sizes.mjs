// Sizes of a production build, gzipped the way a server would send them (zlib level 9).
// Shared by the benchmark (bench/run.mjs) and the budget test (tests/e2e/bundle-size.test.ts),
// so the number the test enforces is the number the benchmark prints.
import { readFile, readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

/** gzip size in bytes, level 9. */
export function gzipSize(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

/** The workbox globPatterns of vite.config.ts, for a build whose sw.js cannot be read. */
const PRECACHED_EXTENSIONS = ['html', 'js', 'css', 'json', 'svg', 'png', 'woff2', 'txt'];

function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Site-absolute or relative URL of the page → path inside dist, or undefined for another origin. */
function distPath(url, from = '/') {
  if (/^[a-z]+:\/\//i.test(url) || url.startsWith('//') || url.startsWith('data:')) return undefined;
  const clean = url.split(/[?#]/)[0];
  const absolute = clean.startsWith('/') ? clean : posix.join(posix.dirname(from), clean);
  return posix.normalize(absolute).replace(/^\/+/, '');
}

/**
 * What dist/index.html loads before any script runs: module scripts, modulepreloads, stylesheets,
 * and the data it preloads for the scripts (`<link rel="preload" as="fetch">`: the French texts).
 */
export async function entryFiles(dist) {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const scripts = [];
  const styles = [];
  const data = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src && attribute(tag, 'type') === 'module') scripts.push(distPath(src));
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('modulepreload')) scripts.push(distPath(href));
    if (rel.includes('stylesheet')) styles.push(distPath(href));
    if (rel.includes('preload') && attribute(tag, 'as') === 'fetch') data.push(distPath(href));
  }
  return { scripts: scripts.filter(Boolean), styles: styles.filter(Boolean), data: data.filter(Boolean) };
}

/**
 * The imports of one ES module, split by kind: `import … from`, `import '…'` and
 * `export … from` are static (fetched before the module runs); `import()` is dynamic.
 */
export function moduleImports(code) {
  const ast = parseAst(code);
  const staticImports = [];
  const dynamicImports = [];
  for (const node of ast.body) {
    if (
      (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') &&
      node.source
    ) {
      staticImports.push(node.source.value);
    }
  }
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'ImportExpression') {
      const source = node.source;
      if (source.type === 'Literal' && typeof source.value === 'string') dynamicImports.push(source.value);
      else if (source.type === 'TemplateLiteral' && source.expressions.length === 0) dynamicImports.push(source.quasis[0].value.cooked);
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && typeof value.type === 'string') visit(value);
    }
  };
  visit(ast);
  return { staticImports, dynamicImports };
}

/**
 * The JavaScript needed for the first screen: the entry scripts of index.html and everything
 * they import statically, recursively. Dynamic imports (lazy screens, locales) are listed apart.
 */
export async function firstScreenScripts(dist) {
  const { scripts } = await entryFiles(dist);
  const seen = new Set();
  const lazy = new Set();
  const queue = [...scripts];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const { staticImports, dynamicImports } = moduleImports(await readFile(join(dist, file), 'utf8'));
    for (const specifier of staticImports) {
      const path = distPath(specifier, `/${file}`);
      if (path) queue.push(path);
    }
    for (const specifier of dynamicImports) {
      const path = distPath(specifier, `/${file}`);
      if (path) lazy.add(path);
    }
  }
  for (const file of seen) lazy.delete(file);
  return { files: [...seen], lazy: [...lazy].sort() };
}

/** The URLs of the precache manifest in dist/sw.js (workbox generateSW), or undefined. */
export async function precacheManifest(dist) {
  let sw;
  try {
    sw = await readFile(join(dist, 'sw.js'), 'utf8');
  } catch {
    return undefined;
  }
  const urls = [...sw.matchAll(/\{\s*url\s*:\s*["'`]([^"'`]+)["'`]\s*,\s*revision\s*:/g)].map((m) => m[1]);
  return urls.length > 0 ? urls : undefined;
}

async function walk(dir, base = '') {
  const out = [];
  for (const entry of await readdir(join(dir, base), { withFileTypes: true })) {
    const rel = base ? `${base}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(dir, rel)));
    else out.push(rel);
  }
  return out;
}

async function measure(dist, files) {
  const rows = [];
  for (const file of files) {
    const buffer = await readFile(join(dist, file));
    rows.push({ file, bytes: buffer.length, gzip: gzipSize(buffer) });
  }
  rows.sort((a, b) => b.gzip - a.gzip);
  return {
    bytes: rows.reduce((sum, row) => sum + row.bytes, 0),
    gzip: rows.reduce((sum, row) => sum + row.gzip, 0),
    files: rows,
  };
}

/** Every size the benchmark reports, in bytes. Files are paths inside dist. */
export async function buildSizes(dist) {
  const { styles, data } = await entryFiles(dist);
  const { files: scripts, lazy } = await firstScreenScripts(dist);
  const manifest = await precacheManifest(dist);
  const precached =
    manifest ?? (await walk(dist)).filter((file) => PRECACHED_EXTENSIONS.some((ext) => file.endsWith(`.${ext}`)));
  return {
    firstScreenJs: await measure(dist, scripts),
    firstScreenCss: await measure(dist, styles),
    firstScreenData: await measure(dist, data),
    lazyJs: await measure(dist, lazy),
    precache: { source: manifest ? 'sw.js' : 'globPatterns', ...(await measure(dist, precached)) },
  };
}

/** Budgets in bytes (1 kB = 1000 bytes, as Vite prints them). The test fails above FIRST_SCREEN_JS_LIMIT; the benchmark aims at the target. */
export const FIRST_SCREEN_JS_TARGET = 45_000;
export const FIRST_SCREEN_JS_LIMIT = 60_000;
