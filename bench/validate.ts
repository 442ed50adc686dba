/**
 * Benchmark of portfolio validation on a seeded random portfolio: 10 projects, N tasks in all
 * (default 200,000) of which one in 20 is a WBS summary, about 2 links per task of all four types
 * with lags (acyclic, some on summaries), and N / 1,000 cross-project links.
 *
 *   npx tsx bench/validate.ts
 *   npx tsx bench/validate.ts --tasks 1000000 --runs 3
 *
 * Prints the best of `runs` (wall and CPU time) for: `safeParsePortfolio` in full; the zod shape check alone (strict
 * objects: unknown keys looked for in every object); the checks beyond shape alone; and, inside
 * them, the dependency-network check (cycles through summaries and cross-project links, summary
 * links and constraints). Every part is O(size); the figures say what each costs. Building the
 * input is not timed.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { MODELS } from '../src/model/models.js';
import { checkNetwork } from '../src/model/network.js';
import { safeParsePortfolio } from '../src/model/parse.js';
import { IssueSink } from '../src/model/semantic.js';
import { rng } from './rng.js';

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = arg('tasks', 200_000);
const RUNS = arg('runs', 5);
const SEED = arg('seed', 1);
const P = 10;
const TYPES = ['FS', 'SS', 'FF', 'SF'] as const;

function portfolio(): Record<string, unknown> {
  const rand = rng(SEED);
  const per = Math.ceil(N / P);
  const projects = [];
  for (let p = 0; p < P; p++) {
    const n = Math.min(per, N - p * per);
    const tasks = [];
    for (let i = 0; i < n; i++) {
      // Tasks 20k .. 20k+19: the first is a summary of the next 19.
      const parent = i % 20 === 0 ? undefined : `t${i - (i % 20)}`;
      tasks.push({ id: `t${i}`, name: `Task ${i}`, duration: i % 20 === 0 ? 0 : 1 + Math.floor(rand() * 10), ...(parent === undefined ? {} : { parentId: parent }) });
    }
    const dependencies = [];
    for (let i = 1; i < n; i++)
      for (let k = 0, prev = -1; k < 2; k++) {
        // From an earlier task (a summary's tasks all follow it): acyclic once summaries are
        // expanded; never from a task's own summary.
        const a = Math.floor(rand() * i);
        if ((i % 20 !== 0 && a === i - (i % 20)) || a === prev) continue;
        prev = a;
        dependencies.push({ from: `t${a}`, to: `t${i}`, type: TYPES[Math.floor(rand() * 4)]!, lag: Math.floor(rand() * 7) - 2 });
      }
    projects.push({ id: `p${p}`, name: `Project ${p}`, start: '2026-01-05', tasks, dependencies });
  }
  const crossDependencies = [];
  for (let x = 0; x < N / 1000; x++) {
    const pa = Math.floor(rand() * (P - 1));
    const pb = pa + 1 + Math.floor(rand() * (P - 1 - pa));
    crossDependencies.push({ fromProject: `p${pa}`, from: `t${1 + 20 * Math.floor(rand() * 100)}`, toProject: `p${pb}`, to: `t${1 + 20 * Math.floor(rand() * 100)}` });
  }
  return { id: 'bench', name: 'Validation benchmark', projects, crossDependencies };
}

/** Best wall time and best CPU time (user + system of this process: steadier on a loaded machine), in ms. */
function best(f: () => void): string {
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return `${wall.toFixed(0).padStart(6)} ms wall ${cpu.toFixed(0).padStart(6)} ms CPU`;
}

const input = portfolio();
const projects = input.projects as { dependencies: unknown[] }[];
const links = projects.reduce((s, p) => s + p.dependencies.length, 0) + (input.crossDependencies as unknown[]).length;
const check = safeParsePortfolio(input);
if (!check.success) throw new Error(`the generated portfolio is invalid:\n${check.error.message}`);
const entry = MODELS.get('portfolio')!;
const net = (input.projects as Record<string, unknown>[]).map((item, i) => ({ item, path: ['projects', i] }));
const full = best(() => safeParsePortfolio(input));
const shape = best(() => entry.schema.safeParse(input));
const checks = best(() => entry.check!(new IssueSink(), input));
const network = best(() => checkNetwork(new IssueSink(), net, input.crossDependencies as unknown[], 'portfolio'));
console.log(`validate: ${N.toLocaleString('en')} tasks, ${links.toLocaleString('en')} links, best of ${RUNS} (load ${loadavg()[0]!.toFixed(1)})`);
console.log(`  safeParsePortfolio      ${full}`);
console.log(`  shape (zod, strict)     ${shape}`);
console.log(`  checks beyond shape     ${checks}`);
console.log(`    of which the network  ${network}`);
