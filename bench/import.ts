/**
 * Benchmark of cold import time of the built package: what a user pays before calling anything.
 *
 *   npm run build && npm run bench:import
 *   npx tsx bench/import.ts --runs 21
 *   npx tsx bench/import.ts --root ../other-checkout   (measure another built checkout)
 *
 * Each sample is a fresh `node` process (no module cache, no warm file cache beyond the OS's), run
 * from the repository root so that `pmo-kit` resolves through the package's own exports map
 * (self-reference), exactly as an installed package does. Samples of the different targets are
 * interleaved (round robin) so that a change in machine load hits them all alike; the median of
 * `--runs` samples (default 15) is reported.
 *
 * - `import(x)`: milliseconds spent in `await import(x)` inside the process (ESM), measured with
 *   `performance.now()` around the call: the cost of the package alone, without Node's startup.
 * - `require(x)`: the same through `require` (CJS build).
 * - `process`: wall time of the whole process (`node -e 'await import(x)'`), spawn to exit.
 * - `pmo --version` and bare `node -e 0`: wall time of the whole process.
 *
 * Budget (issue 10): a cold `import('pmo-kit/calendar')` and `import('pmo-kit/schedule')` under
 * 60 ms each. The verdict line says reached or not reached; the benchmark never fails on it
 * (machine load moves these numbers; targets live here, not in timed tests).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** The checkout measured: this one, or `--root DIR` (another checkout, built, e.g. to compare with a previous version). */
const ROOT = ((i) => (i >= 0 ? resolve(process.argv[i + 1]!) : fileURLToPath(new URL('..', import.meta.url))))(process.argv.indexOf('--root'));
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const SUBPATHS = ['pmo-kit', 'pmo-kit/model', 'pmo-kit/org', 'pmo-kit/calendar', 'pmo-kit/schedule', 'pmo-kit/resources', 'pmo-kit/io'];
const BUDGET_MS = 60;
const BUDGETED = ['pmo-kit/calendar', 'pmo-kit/schedule'];

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}
const RUNS = arg('runs', 15);

/** One measurement target: a command whose stdout may print an in-process time in ms. */
interface Target {
  readonly label: string;
  readonly args: readonly string[];
  /** Whether stdout is an in-process time (ms) to record besides the wall time. */
  readonly inner: boolean;
}

const esm = (s: string): Target => ({
  label: `import('${s}')`,
  args: ['--input-type=module', '-e', `const t = performance.now(); await import(${JSON.stringify(s)}); console.log(performance.now() - t);`],
  inner: true,
});
const cjs = (s: string): Target => ({
  label: `require('${s}')`,
  args: ['--input-type=commonjs', '-e', `const t = performance.now(); require(${JSON.stringify(s)}); console.log(performance.now() - t);`],
  inner: true,
});

const TARGETS: Target[] = [
  { label: 'node -e 0 (bare node)', args: ['-e', '0'], inner: false },
  { label: 'pmo --version', args: [CLI, '--version'], inner: false },
  ...SUBPATHS.map(esm),
  cjs('pmo-kit'),
  cjs('pmo-kit/calendar'),
  cjs('pmo-kit/schedule'),
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function sample(t: Target): { wall: number; inner: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, t.args as string[], { cwd: ROOT, encoding: 'utf8' });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`bench/import: ${t.label} failed (exit ${r.status}):\n${r.stderr}`);
  return { wall, inner: t.inner ? Number(r.stdout.trim().split('\n').at(-1)) : Number.NaN };
}

if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  console.error('bench/import: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

console.log(`cold import of the built package in ${ROOT}: ${RUNS} fresh processes per target, median (node ${process.version}, ${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)})`);
const walls = new Map<string, number[]>(TARGETS.map((t) => [t.label, []]));
const inners = new Map<string, number[]>(TARGETS.map((t) => [t.label, []]));
for (const t of TARGETS) sample(t); // warm the OS file cache once; not recorded
for (let run = 0; run < RUNS; run++) {
  for (const t of TARGETS) {
    const { wall, inner } = sample(t);
    walls.get(t.label)!.push(wall);
    inners.get(t.label)!.push(inner);
  }
}

const rows = TARGETS.map((t) => {
  const inner = t.inner ? median(inners.get(t.label)!) : Number.NaN;
  const wall = median(walls.get(t.label)!);
  return { label: t.label, inner, wall };
});
const w = Math.max(...rows.map((r) => r.label.length));
console.log(`${'target'.padEnd(w)}  in-process ms  process ms`);
for (const r of rows) {
  const inner = Number.isNaN(r.inner) ? '-' : r.inner.toFixed(1);
  console.log(`${r.label.padEnd(w)}  ${inner.padStart(13)}  ${r.wall.toFixed(1).padStart(10)}`);
}
console.log(`load after: ${loadavg()[0]!.toFixed(2)}`);
for (const s of BUDGETED) {
  const r = rows.find((x) => x.label === `import('${s}')`)!;
  console.log(`budget: import('${s}') ${r.inner.toFixed(1)} ms < ${BUDGET_MS} ms: ${r.inner < BUDGET_MS ? 'reached' : 'NOT reached'}`);
}
