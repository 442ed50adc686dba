/**
 * Benchmark of bundle size: what each subpath adds to a user's bundle, and how much of it is zod.
 *
 *   npm run build && npm run bench:size
 *   npx tsx bench/size.ts --root ../other-checkout   (measure another built checkout)
 *
 * For each entry (`pmo-kit` and every subpath) esbuild bundles two one-line consumers of the
 * built package, minified, for the browser-neutral ESM target (`platform: 'neutral'`, Node
 * built-ins external):
 *
 * - `export *`: `export * from 'pmo-kit/schedule'` keeps every export of the subpath (the most a
 *   consumer of that subpath can pull in);
 * - `one function`: `import { f } from '<subpath>'; console.log(f)` with a typical function of
 *   the subpath, what tree shaking leaves for a consumer that uses one analysis.
 *
 * `pmo-kit` resolves through the package's exports map (a temporary `node_modules/pmo-kit` link
 * to this repository), as it does for a user. The zod share is the bytes of the output that come
 * from `node_modules/zod` (esbuild's metafile, `bytesInOutput`).
 */
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The checkout measured: this one, or `--root DIR` (another checkout, built, e.g. to compare with a previous version). */
const ROOT = ((i) => (i >= 0 ? resolve(process.argv[i + 1]!) : fileURLToPath(new URL('..', import.meta.url))))(process.argv.indexOf('--root'));

/** Each entry with the function a one-function consumer uses. */
const ENTRIES: readonly (readonly [string, string])[] = [
  ['pmo-kit', 'schedulePortfolio'],
  ['pmo-kit/model', 'parsePortfolio'],
  ['pmo-kit/org', 'describeStructure'],
  ['pmo-kit/calendar', 'addWorkingDays'],
  ['pmo-kit/schedule', 'schedulePortfolio'],
  ['pmo-kit/resources', 'levelResources'],
  ['pmo-kit/risk', 'analyzeRisks'],
  ['pmo-kit/io', 'readPsplib'],
  ['pmo-kit/viz', 'ganttChart'],
];

interface Size {
  readonly bytes: number;
  readonly zod: number;
  readonly dateFns: number;
}

async function bundle(dir: string, code: string): Promise<Size> {
  const result = await build({
    stdin: { contents: code, resolveDir: dir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external: ['node:*'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  let zod = 0;
  let dateFns = 0;
  for (const [path, input] of Object.entries(output.inputs)) {
    if (/node_modules\/zod\//.test(path)) zod += input.bytesInOutput;
    if (/node_modules\/date-fns\//.test(path)) dateFns += input.bytesInOutput;
  }
  return { bytes: result.outputFiles![0]!.contents.byteLength, zod, dateFns };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
function share(part: number, whole: number): string {
  return part === 0 ? '0' : `${kb(part)} (${((100 * part) / whole).toFixed(0)} %)`;
}

if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  console.error('bench/size: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'pmo-kit-size-'));
try {
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'pmo-kit'), 'dir');
  console.log(`minified ESM bundle of a one-line consumer of the built package in ${ROOT} (esbuild, platform neutral)`);
  const rows: string[][] = [['entry', 'consumer', 'bytes', 'zod', 'date-fns']];
  for (const [entry, fn] of ENTRIES) {
    const all = await bundle(dir, `export * from '${entry}';`);
    const one = await bundle(dir, `import { ${fn} } from '${entry}'; console.log(${fn});`);
    rows.push([entry, 'export *', kb(all.bytes), share(all.zod, all.bytes), share(all.dateFns, all.bytes)]);
    rows.push([entry, `{ ${fn} }`, kb(one.bytes), share(one.zod, one.bytes), share(one.dateFns, one.bytes)]);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
