/**
 * Benchmark of the Monte Carlo building blocks of pmo-kit/risk: the cost of one duration draw
 * for each distribution, drawn as the simulation draws them (a table of 1,000 tasks with varied
 * three-point estimates, one random stream per iteration), against a loop that only copies fixed
 * durations; and the cost of the statistics over the results (sorting and ranks of 10,000
 * values, Iman–Conover on 10,000 × 5).
 *
 *   npx tsx bench/riskSamplers.ts
 *   npx tsx bench/riskSamplers.ts --tasks 1000 --iterations 2000 --runs 7
 *
 * Prints the best of `runs`, in nanoseconds per draw (wall and CPU time). The machine load is
 * printed too: on a shared machine, compare ratios, not absolute figures.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DISTRIBUTIONS, distributionTable, sampleTable, setDistribution, setFixed, type DistributionTable } from '../src/risk/internal/distributions.js';
import { imanConover } from '../src/risk/internal/imanConover.js';
import { Rng } from '../src/risk/internal/rng.js';
import { ranks, sorted } from '../src/risk/internal/stats.js';

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const K = arg('tasks', 1000);
const ITERATIONS = arg('iterations', 2000);
const RUNS = arg('runs', 7);

/** Best wall and CPU milliseconds of `RUNS` runs of `body`. */
function best(body: () => void): { wall: number; cpu: number } {
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    body();
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

const tables = new Map<string, DistributionTable>();
for (const name of ['fixed', ...DISTRIBUTIONS] as const) {
  const t = distributionTable(K);
  for (let i = 0; i < K; i++) {
    const a = 2 + (i % 3);
    if (name === 'fixed') setFixed(t, i, a);
    else setDistribution(t, i, name, a, 5 + (i % 11), 20 + (i % 13));
  }
  tables.set(name, t);
}
const out = new Float64Array(K);
const rng = new Rng(1);
let sink = 0;
console.log(`risk samplers: ${K.toLocaleString('en')} tasks × ${ITERATIONS.toLocaleString('en')} iterations, best of ${RUNS} (load ${loadavg()[0]!.toFixed(1)})`);
for (const [name, t] of tables) {
  const { wall, cpu } = best(() => {
    for (let it = 0; it < ITERATIONS; it++) {
      sampleTable(t, rng.stream(it), out);
      sink += out[K - 1]!;
    }
  });
  const per = (ms: number) => ((ms * 1e6) / (K * ITERATIONS)).toFixed(1).padStart(6);
  console.log(`  ${name.padEnd(11)} ${per(wall)} ns/draw wall ${per(cpu)} ns/draw CPU`);
}

const n = 10_000;
const values = new Float64Array(n);
for (let i = 0; i < n; i++) values[i] = rng.stream(i).uniform() * 100;
const r = new Float64Array(n);
const scratch = new Float64Array(n);
const sortT = best(() => void sorted(values));
const rankT = best(() => void ranks(values, r, scratch));
const icT = best(() => {
  const m = new Float64Array(n * 5);
  for (let i = 0; i < m.length; i++) m[i] = i % 97;
  imanConover(m, n, 5, [1, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 1], new Rng(2));
});
console.log(`  sort 10,000 values         ${sortT.wall.toFixed(2)} ms`);
console.log(`  ranks of 10,000 values     ${rankT.wall.toFixed(2)} ms (per task of a sensitivity analysis)`);
console.log(`  Iman–Conover 10,000 × 5    ${icT.wall.toFixed(2)} ms`);
if (Number.isNaN(sink)) console.log(sink);
