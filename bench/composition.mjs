// `node bench/composition.mjs`: what weighs in the first screen's script (the entry chunk and the
// chunks it imports statically), by group of modules.
// Builds into a temporary folder with a reporting plugin. Each group is minified (no top-level
// mangling); "gzip alone" compresses it by itself (the groups add up to more than the chunk),
// "saved if moved out" is what the whole shrinks by without it: the estimate of a lazy-loading cut.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, minifySync } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** The groups worth naming: the candidates for lazy loading and the libraries. */
function groupOf(id) {
  const path = relative(ROOT, id.replace(/\?.*$/, ''));
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return `package ${pkg[1]}`;
  for (const [prefix, name] of [
    ['src/print/', 'src/print (printed sheet)'],
    ['src/ui/exercises/', 'src/ui/exercises'],
    ['src/ui/screens/Bilan', 'src/ui/screens/Bilan'],
    ['src/ui/screens/Settings', 'src/ui/screens/Settings'],
    ['src/ui/screens/', 'src/ui/screens (others)'],
    ['src/ui/components/', 'src/ui/components'],
    ['src/lib/', null],
  ]) {
    if (path.startsWith(prefix)) return name ?? path.split('/').slice(0, 3).join('/');
  }
  return path.startsWith('src/') ? 'src (others)' : 'vite helpers';
}

const rows = [];
let entry = null;
/** The entry chunk of index.html and every chunk it imports statically: the first screen's script. */
function firstScreenChunks(bundle) {
  const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
  const found = chunks.filter((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith('index.html'));
  for (let i = 0; i < found.length; i++) {
    for (const name of found[i].imports) {
      const imported = chunks.find((chunk) => chunk.fileName === name);
      if (imported && !found.includes(imported)) found.push(imported);
    }
  }
  return found;
}

const reporter = {
  name: 'bench-composition',
  generateBundle(_, bundle) {
    const chunks = firstScreenChunks(bundle);
    const code = chunks.map((chunk) => chunk.code).join('\n');
    entry = { file: chunks.map((chunk) => chunk.fileName).join(' + '), bytes: code.length, gzip: gzip(code) };
    const groups = new Map();
    for (const [id, module] of chunks.flatMap((chunk) => Object.entries(chunk.modules))) {
      if (!module.code) continue;
      const group = groupOf(id);
      groups.set(group, [...(groups.get(group) ?? []), module.code]);
    }
    for (const [group, codes] of groups) {
      const code = minifySync('group.js', codes.join('\n'), { compress: false, mangle: { toplevel: false } }).code;
      rows.push({ group, code, bytes: code.length, gzip: gzip(code) });
    }
    entry.groupsGzip = gzip(rows.map((row) => row.code).join('\n'));
    const whole = gzip(rows.map((row) => row.code).join('\n'));
    for (const row of rows) row.saved = whole - gzip(rows.filter((other) => other !== row).map((other) => other.code).join('\n'));
  },
};

const outDir = await mkdtemp(join(tmpdir(), 'bench-composition-'));
try {
  await build({ root: ROOT, logLevel: 'error', plugins: [reporter], build: { outDir, emptyOutDir: true, rolldownOptions: { checks: { pluginTimings: false } } } });
} finally {
  await rm(outDir, { recursive: true, force: true });
}
const kB = (bytes, width) => `${(bytes / 1000).toFixed(1).padStart(width)} kB`;
console.log(`${entry.file}: ${kB(entry.bytes, 0)}, ${kB(entry.gzip, 0)} gzip`);
console.log(`(the groups minified this way make ${kB(entry.groupsGzip, 0)} gzip: scale the savings by ${(entry.gzip / entry.groupsGzip).toFixed(2)})\n`);
console.log('saved if moved out  gzip alone  minified  group');
for (const row of rows.sort((a, b) => b.saved - a.saved)) {
  console.log(`${kB(row.saved, 15)}  ${kB(row.gzip, 7)}  ${kB(row.bytes, 6)}  ${row.group}`);
}
