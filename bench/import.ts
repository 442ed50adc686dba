/**
 * Benchmark of cold import time of the built package: what a user pays before calling anything.
 *
 *   npm run build && npm run bench:import
 *   npx tsx bench/import.ts --runs 21
 *   npx tsx bench/import.ts --compare ../other-checkout   (another built checkout, interleaved)
 *
 * Each sample is a fresh `node` process (no module cache; the OS file cache is warmed once), run
 * from the checkout's root so that `pmo-kit` resolves through the package's own exports map
 * (self-reference), exactly as an installed package does. Samples of every target (and of every
 * checkout, with `--compare`) are interleaved round robin, so that a change in machine load hits
 * them all alike; the median of `--runs` samples (default 15) is reported.
 *
 * - `import(x)`: milliseconds spent in `await import(x)` inside the process (ESM), measured with
 *   `performance.now()` around the call: the cost of the package alone, without Node's startup.
 * - `require(x)`: the same through `require` (CJS build).
 * - `pmo --version` and bare `node -e 0`: wall time of the whole process, spawn to exit.
 *
 * Budget (issue 10): a cold `import('pmo-kit/calendar')` and `import('pmo-kit/schedule')` under
 * 60 ms each. The verdict lines say reached or not reached for this checkout; the benchmark
 * never fails on them (machine load moves these numbers; targets live here, not in timed tests).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('..', import.meta.url));
const SUBPATHS = ['pmo-kit', 'pmo-kit/model', 'pmo-kit/org', 'pmo-kit/calendar', 'pmo-kit/schedule', 'pmo-kit/resources', 'pmo-kit/io', 'pmo-kit/viz'];
const BUDGET_MS = 60;
const BUDGETED = ['pmo-kit/calendar', 'pmo-kit/schedule'];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const RUNS = Number(arg('runs') ?? 15);
/** This checkout first, then the one to compare with, if any. */
const ROOTS = [HERE, ...(arg('compare') === undefined ? [] : [resolve(arg('compare')!)])];

/** One measurement target: a command whose stdout may print an in-process time in ms. */
interface Target {
  readonly label: string;
  /** Arguments of `node`; `{root}` stands for the checkout. */
  readonly args: readonly string[];
  /** Whether stdout is an in-process time (ms); otherwise the wall time is reported. */
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
  { label: 'node -e 0 (bare node, process)', args: ['-e', '0'], inner: false },
  { label: 'pmo --version (process)', args: ['{root}/dist/cli/index.js', '--version'], inner: false },
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

/** One sample: the in-process time, or the process's wall time, in ms. */
function sample(t: Target, root: string): number {
  const args = t.args.map((a) => a.replace('{root}', root));
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`bench/import: ${t.label} in ${root} failed (exit ${r.status}):\n${r.stderr}`);
  return t.inner ? Number(r.stdout.trim().split('\n').at(-1)) : wall;
}

for (const root of ROOTS) {
  if (!existsSync(join(root, 'dist', 'index.js'))) {
    console.error(`bench/import: ${root}dist/ is missing; run \`npm run build\` there first`);
    process.exit(1);
  }
}

console.log(`cold import of the built package: ${RUNS} fresh processes per target, median, in ms (node ${process.version}, ${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)})`);
const samples = ROOTS.map(() => TARGETS.map((): number[] => []));
for (const root of ROOTS) for (const t of TARGETS) sample(t, root); // warm the OS file cache; not recorded
for (let run = 0; run < RUNS; run++) {
  for (const [i, t] of TARGETS.entries()) for (const [r, root] of ROOTS.entries()) samples[r]![i]!.push(sample(t, root));
}

const medians = samples.map((perTarget) => perTarget.map(median));
const w = Math.max(...TARGETS.map((t) => t.label.length));
console.log(`${'target'.padEnd(w)}  ${ROOTS.map((root, r) => (r === 0 ? 'this checkout' : root).padStart(14)).join('  ')}`);
for (const [i, t] of TARGETS.entries()) {
  console.log(`${t.label.padEnd(w)}  ${ROOTS.map((_, r) => medians[r]![i]!.toFixed(1).padStart(Math.max(14, r === 0 ? 13 : ROOTS[r]!.length))).join('  ')}`);
}
console.log(`load after: ${loadavg()[0]!.toFixed(2)}`);
for (const s of BUDGETED) {
  const ms = medians[0]![TARGETS.findIndex((t) => t.label === `import('${s}')`)]!;
  console.log(`budget: import('${s}') ${ms.toFixed(1)} ms < ${BUDGET_MS} ms: ${ms < BUDGET_MS ? 'reached' : 'NOT reached'}`);
}
