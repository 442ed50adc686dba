/**
 * Benchmark of the critical path method on a seeded random network of 1,000,000 tasks and about
 * 3,000,000 links of all four types with lags (leads included).
 *
 *   npx tsx bench/cpm.ts            (all variants, each in a fresh child process)
 *   npx tsx bench/cpm.ts --tasks 200000 --runs 5
 *
 * Variants, each scheduled in full (forward pass, backward pass, total and free float, critical
 * flags):
 *   kernel      a minimal typed-array CPM written below (the baseline): CSR build, Kahn's
 *               algorithm fused with the forward pass, backward pass; Int32 times
 *   cpmArrays   the public low-level entry `cpmArrays` on the same typed arrays
 *   cpm         the public `cpm(network)` on plain objects with string ids (also enumerates the
 *               critical paths, capped at 100)
 *   schedule    the public `schedule(project)`: a Project with 1M tasks and 3M dependencies, with
 *               working-day dates, driving predecessors, critical paths (capped at 100), given
 *               as a plain object never validated (cold: every id is hashed). The result's task
 *               columns are complete; its `tasks` objects are built when first read, which is
 *               timed apart, once, after the runs (see the note).
 *   scheduleParsed  the same on the project as `parseProject` returns it (parsing not timed;
 *               links repeating an earlier one's tasks and type left out, as for `parse`): the
 *               engine reuses the links validation resolved (src/internal/resolvedLinks.ts)
 *   floor       no scheduling at all: only what any CPM that reads this Project and returns plain
 *               task objects must do at least: index the task ids, look up both endpoints of
 *               every dependency and read its type and lag into typed arrays (with pmo-kit's
 *               fastest reader), then build one object per task with the fields of
 *               `ScheduledTask` (dates from a shared table, a one-element driving-predecessor
 *               array for each task with a predecessor). `schedule()` does all of this plus the
 *               scheduling, so `floor + kernel` is about the least it can take on this input.
 *   parse       `parsePortfolio` on a one-project portfolio of this network (tasks with id, name
 *               and duration; links with from, to, type and lag): validation alone.
 *
 * Whole processes (`--processes`, or `--variant cli` / `--variant reference`), on that portfolio
 * written to a temporary JSON file, output to /dev/null:
 *   cli         `node dist/cli/index.js cpm FILE --json` (run `npm run build` first)
 *   reference   `node bench/cpmReference.mjs FILE`: JSON parse, id index, typed-array CPM, JSON
 *               write of each task's times (the minimal reference; target: cli <= 1.5x it)
 * `--write-portfolio FILE` writes that portfolio to FILE and exits (to profile the CLI on it:
 * `node --cpu-prof dist/cli/index.js cpm FILE --json > /dev/null`).
 * Their CPU time is the child's own (`process.cpuUsage()` at its exit, all threads), wall time
 * from spawn to exit.
 *
 * Each variant runs in its own process so that its peak memory is its own: peak RSS is the OS
 * high-water mark (`process.resourceUsage().maxRSS`) minus the RSS before the first run, and
 * kept is `heapUsed + arrayBuffers` of `process.memoryUsage()` after the first run (result alive;
 * garbage collected, not timed) minus before; RSS is also
 * sampled every 5 ms from a worker thread. Building the input (arrays or objects) is not timed.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePortfolio, parseProject } from '../src/model/parse.js';
import { cpm, cpmArrays, schedule } from '../src/schedule/index.js';
import type { Project } from '../src/model/project.js';
import type { DependencyType, Task } from '../src/model/task.js';
import type { ScheduledTask, ScheduleResult } from '../src/schedule/types.js';
import { readLinksFast } from '../src/schedule/internal/links.js';
import { collectIds } from '../src/schedule/internal/taskTable.js';
import { IdIndex } from '../src/schedule/internal/idIndex.js';
import { rng } from './rng.js';

const VARIANTS = ['kernel', 'cpmArrays', 'cpm', 'schedule', 'scheduleParsed', 'floor', 'parse'] as const;
type Variant = (typeof VARIANTS)[number];

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}
const N = arg('tasks', 1_000_000);
const LINKS_PER_TASK = 3;
const RUNS = arg('runs', 3);
const SEED = arg('seed', 20260105);
/** `--only a,b`: run these variants alone (`cli` for the whole processes). */
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]!.split(',') : undefined;


interface Net {
  readonly n: number;
  readonly m: number;
  readonly duration: Float64Array;
  readonly durationInt: Int32Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly type: Uint8Array;
  readonly lag: Float64Array;
  readonly lagInt: Int32Array;
}

/**
 * A random DAG: nodes get a random position in a hidden topological order (so node indices are
 * not sorted); each link goes from an earlier to a later position, mostly nearby (a skewed
 * distance up to 10,000 positions). Types: 70 % FS, 10 % each SS, FF, SF; 40 % of links have a
 * lag in [-2, 5]; durations 0..20 working days (about 5 % milestones).
 */
function generate(n: number, seed: number): Net {
  const r = rng(seed);
  const nodeAt = new Int32Array(n);
  for (let i = 0; i < n; i++) nodeAt[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const t = nodeAt[i]!;
    nodeAt[i] = nodeAt[j]!;
    nodeAt[j] = t;
  }
  const durationInt = new Int32Array(n);
  for (let i = 0; i < n; i++) durationInt[i] = r() < 0.05 ? 0 : 1 + Math.floor(r() * 20);
  const m = n < 2 ? 0 : LINKS_PER_TASK * n;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const type = new Uint8Array(m);
  const lagInt = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const j = 1 + Math.floor(r() * (n - 1));
    const span = Math.min(j, 10_000);
    const i = j - 1 - Math.floor(r() * r() * r() * span);
    from[e] = nodeAt[i]!;
    to[e] = nodeAt[j]!;
    const x = r();
    type[e] = x < 0.7 ? 0 : x < 0.8 ? 1 : x < 0.9 ? 2 : 3;
    lagInt[e] = r() < 0.6 ? 0 : -2 + Math.floor(r() * 8);
  }
  return { n, m, duration: Float64Array.from(durationInt), durationInt, from, to, type, lag: Float64Array.from(lagInt), lagInt };
}

/** The baseline: a minimal CPM kernel on typed arrays (Int32 times), no checks, no ids. */
function minimalKernel(net: Net) {
  const { n, m, from, to, type, lagInt: lag, durationInt: d } = net;
  const off = new Int32Array(n + 1);
  const indeg = new Int32Array(n);
  for (let e = 0; e < m; e++) {
    off[from[e]! + 1]!++;
    indeg[to[e]!]!++;
  }
  for (let i = 0; i < n; i++) off[i + 1]! += off[i]!;
  const pos = off.slice(0, n);
  const tgt = new Int32Array(m);
  const w = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const u = from[e]!;
    const v = to[e]!;
    const t = type[e]!;
    const s = pos[u]!++;
    tgt[s] = v;
    w[s] = lag[e]! + ((t & 1) === 0 ? d[u]! : 0) - ((t & 2) !== 0 ? d[v]! : 0);
  }
  const order = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (indeg[i] === 0) order[tail++] = i;
  const es = new Int32Array(n);
  let finish = 0;
  for (let h = 0; h < tail; h++) {
    const u = order[h]!;
    const x = es[u]!;
    if (x + d[u]! > finish) finish = x + d[u]!;
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) {
      const v = tgt[s]!;
      if (x + w[s]! > es[v]!) es[v] = x + w[s]!;
      if (--indeg[v]! === 0) order[tail++] = v;
    }
  }
  if (tail !== n) throw new Error('cycle');
  const ls = new Int32Array(n);
  const tf = new Int32Array(n);
  const ff = new Int32Array(n);
  const crit = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const u = order[i]!;
    const x = es[u]!;
    let l = finish - d[u]!;
    let f = l - x;
    for (let s = off[u]!, end = off[u + 1]!; s < end; s++) {
      const v = tgt[s]!;
      if (ls[v]! - w[s]! < l) l = ls[v]! - w[s]!;
      if (es[v]! - w[s]! - x < f) f = es[v]! - w[s]! - x;
    }
    ls[u] = l;
    tf[u] = l - x;
    ff[u] = f < 0 ? 0 : f > l - x ? l - x : f;
    crit[u] = l - x <= 0 ? 1 : 0;
  }
  const ef = new Int32Array(n);
  const lf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    ef[i] = es[i]! + d[i]!;
    lf[i] = ls[i]! + d[i]!;
  }
  return { finish, es, ef, ls, lf, tf, ff, crit };
}

const CODES: DependencyType[] = ['FS', 'SS', 'FF', 'SF'];

/** Builds the input of a variant (not timed) and returns the function to time (and, optionally, `after`: a one-time note after the runs). */
function prepare(variant: Variant, net: Net): (() => { duration: number; note: string }) & { after?: () => string } {
  switch (variant) {
    case 'kernel':
      return () => ({ duration: minimalKernel(net).finish, note: '' });
    case 'cpmArrays':
      return () => {
        const r = cpmArrays({ duration: net.duration, from: net.from, to: net.to, type: net.type, lag: net.lag });
        return { duration: r.duration, note: '' };
      };
    case 'cpm': {
      const tasks = Array.from({ length: net.n }, (_, i) => ({ id: `t${i}`, duration: net.duration[i]! }));
      const links = Array.from({ length: net.m }, (_, e) => ({ from: `t${net.from[e]}`, to: `t${net.to[e]}`, type: CODES[net.type[e]!]!, lag: net.lag[e]! }));
      return () => {
        const r = cpm({ tasks, links });
        return { duration: r.duration, note: `${r.criticalPaths.length}${r.criticalPathsTruncated ? '+' : ''} critical paths` };
      };
    }
    case 'schedule':
    case 'scheduleParsed': {
      const project = variant === 'schedule' ? benchProject(net) : parseProject(benchProjectInput(net));
      // scheduleParsed: its network lacks the repeated links; the duration is checked against the kernel on it.
      const expected = variant === 'schedule' ? undefined : minimalKernel(uniqueLinks(net)).finish;
      const full = minimalKernel(net).finish;
      let last: ScheduleResult | undefined;
      const run = () => {
        const s = schedule(project);
        last = s;
        const duration = expected === undefined ? s.duration : s.duration === expected ? full : -1;
        const links = expected === undefined ? '' : `, ${project.dependencies!.length.toLocaleString('en')} links without repeats (kernel on them: ${expected})`;
        return { duration, note: `finish ${s.finishDate}, ${s.criticalPaths.length}${s.criticalPathsTruncated ? '+' : ''} critical paths${links}` };
      };
      run.after = () => {
        const t0 = performance.now();
        const n = last!.tasks.length;
        return `tasks objects built on first read: ${(performance.now() - t0).toFixed(0)} ms (${n.toLocaleString('en')})`;
      };
      return run;
    }
    case 'parse': {
      const input = benchPortfolio(net);
      const duration = minimalKernel(net).finish; // not timed: validation schedules nothing
      const links = ((input.projects as { dependencies: unknown[] }[])[0]!).dependencies.length;
      return () => ({ duration: parsePortfolio(input).projects[0]!.tasks.length === net.n ? duration : -1, note: `validation only (${links.toLocaleString('en')} links)` });
    }
    case 'floor': {
      const project = benchProject(net);
      const duration = minimalKernel(net).finish; // not timed: the floor schedules nothing
      return () => ({ duration: ioFloor(project).length === net.n ? duration : -1, note: 'reads the input and builds the output only' });
    }
  }
}

/** The project of the `scheduleParsed` variant as a user writes it, before `parseProject`. */
function benchProjectInput(net: Net): Record<string, unknown> {
  return (benchPortfolio(net).projects as Record<string, unknown>[])[0]!;
}

/** The Project of the `schedule` and `floor` variants. */
function benchProject(net: Net): Project {
  return {
    id: 'bench',
    name: 'Benchmark',
    start: '2026-01-05',
    tasks: Array.from({ length: net.n }, (_, i) => ({ id: `t${i}`, name: `Task ${i}`, duration: net.duration[i]!, milestone: false, demands: [] })),
    dependencies: Array.from({ length: net.m }, (_, e) => ({ from: `t${net.from[e]}`, to: `t${net.to[e]}`, type: CODES[net.type[e]!]!, lag: net.lag[e]! })),
  };
}

/** The network without the links that repeat an earlier one's tasks and type (as {@link benchPortfolio} leaves them out). */
function uniqueLinks(net: Net): Net {
  const seen = new Set<number>();
  const keep: number[] = [];
  for (let e = 0; e < net.m; e++) {
    const key = (net.from[e]! * net.n + net.to[e]!) * 4 + net.type[e]!;
    if (seen.has(key)) continue;
    seen.add(key);
    keep.push(e);
  }
  const m = keep.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const type = new Uint8Array(m);
  const lag = new Float64Array(m);
  const lagInt = new Int32Array(m);
  keep.forEach((e, i) => {
    from[i] = net.from[e]!;
    to[i] = net.to[e]!;
    type[i] = net.type[e]!;
    lag[i] = net.lag[e]!;
    lagInt[i] = net.lagInt[e]!;
  });
  return { ...net, m, from, to, type, lag, lagInt };
}

/**
 * The one-project portfolio of the `parse` variant and of the whole-process variants: the input
 * as a user writes it (no defaults). Links that repeat an earlier one's tasks and type (about 0.1 %)
 * are left out: validation refuses them.
 */
function benchPortfolio(net: Net): Record<string, unknown> {
  const seen = new Set<number>();
  const dependencies = [];
  for (let e = 0; e < net.m; e++) {
    const key = (net.from[e]! * net.n + net.to[e]!) * 4 + net.type[e]!;
    if (seen.has(key)) continue;
    seen.add(key);
    dependencies.push({ from: `t${net.from[e]}`, to: `t${net.to[e]}`, type: CODES[net.type[e]!]!, lag: net.lag[e]! });
  }
  return {
    id: 'bench',
    name: 'Benchmark',
    projects: [
      {
        id: 'bench',
        name: 'Benchmark',
        start: '2026-01-05',
        tasks: Array.from({ length: net.n }, (_, i) => ({ id: `t${i}`, name: `Task ${i}`, duration: net.duration[i]! })),
        dependencies,
      },
    ],
  };
}

/**
 * Reads the project and builds the result objects, without scheduling (see the `floor` variant),
 * with the fastest reading pmo-kit has: its batched id index and link reader (a `Map<string,
 * number>` takes about twice as long here).
 */
function ioFloor(project: Project) {
  const tasks = project.tasks;
  const deps = project.dependencies ?? [];
  const n = tasks.length;
  const m = deps.length;
  const ids = new Array<string>(n);
  const index = new IdIndex(ids, n);
  if (index.addRange(0, collectIds(tasks, ids, 0)) >= 0) throw new Error('duplicate id');
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const type = new Uint8Array(m);
  const lag = new Float64Array(m);
  if (readLinksFast(deps, 0, index, from, to, type, lag, 0) !== m) throw new Error('bad link');
  const pred = new Int32Array(n).fill(-1);
  for (let e = 0; e < m; e++) pred[to[e]!] = from[e]!;
  return floorObjects(project.id, tasks, pred);
}

/** One result object per task (the `floor` variant). */
function floorObjects(projectId: string, tasks: readonly Task[], pred: Int32Array): ScheduledTask[] {
  const n = tasks.length;
  const zero = new Float64Array(n);
  const dates = ['2026-01-05', '2026-01-06', '2026-01-07'];
  const prefix = `${projectId}/`;
  const out = new Array<ScheduledTask>(n);
  for (let i = 0; i < n; i++) {
    const t = tasks[i]!;
    const p = pred[i]!;
    const es = zero[i]!;
    const ef = zero[i]! + t.duration;
    out[i] = {
      id: t.id,
      projectId,
      key: prefix + t.id,
      name: t.name,
      summary: false,
      milestone: t.duration === 0,
      duration: t.duration,
      start: es,
      finish: ef,
      startDate: dates[0]!,
      finishDate: dates[1]!,
      earlyStart: es,
      earlyFinish: ef,
      lateStart: zero[i]!,
      lateFinish: zero[i]! + t.duration,
      earlyStartDate: dates[0]!,
      earlyFinishDate: dates[1]!,
      lateStartDate: dates[2]!,
      lateFinishDate: dates[1]!,
      totalFloat: zero[i]!,
      freeFloat: zero[i]!,
      critical: false,
      nearCritical: false,
      drivingPredecessors: p < 0 ? [] : [tasks[p]!.id],
    };
  }
  return out;
}

/** Samples the process RSS from a worker thread (RSS is process-wide). */
function startSampler(): { stop: () => Promise<number> } {
  const code = `
    const { parentPort } = require('node:worker_threads');
    let max = 0;
    const t = setInterval(() => { const r = process.memoryUsage.rss(); if (r > max) max = r; }, 5);
    parentPort.on('message', () => { clearInterval(t); parentPort.postMessage(max); });
  `;
  const worker = new Worker(code, { eval: true });
  return {
    stop: () =>
      new Promise<number>((resolve) => {
        worker.once('message', (max: number) => {
          void worker.terminate();
          resolve(max);
        });
        worker.postMessage('stop');
      }),
  };
}

/** The heap and array-buffer memory in use after a full garbage collection (the array buffers freed are swept on a later tick). */
async function keptMemory(): Promise<number> {
  if (typeof global.gc === 'function') global.gc();
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (typeof global.gc === 'function') global.gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const MB = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`;

/** Child: runs one variant and prints one JSON line. */
async function child(variant: Variant): Promise<void> {
  const net = generate(N, SEED);
  const run = prepare(variant, net);
  if (typeof global.gc === 'function') global.gc();
  const rssBefore = process.memoryUsage.rss();
  const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const sampler = startSampler();
  const times: number[] = [];
  const cpu: number[] = [];
  let last = { duration: 0, note: '' };
  let heapAfter = 0;
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    last = run();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (i === 0) heapAfter = await keptMemory();
  }
  const sampledPeak = await sampler.stop();
  const maxRss = process.resourceUsage().maxRSS * 1024;
  let check = run.after === undefined ? '' : run.after();
  if (variant === 'cpmArrays') {
    const a = cpmArrays({ duration: net.duration, from: net.from, to: net.to, type: net.type, lag: net.lag });
    const b = minimalKernel(net);
    let same = a.duration === b.finish;
    for (let i = 0; same && i < net.n; i++)
      same = a.earlyStart[i] === b.es[i] && a.lateStart[i] === b.ls[i] && a.freeFloat[i] === b.ff[i] && a.critical[i] === b.crit[i];
    check = same ? 'same results as the kernel' : 'RESULTS DIFFER FROM THE KERNEL';
  }
  const sorted = [...times].sort((x, y) => x - y);
  process.stdout.write(
    `${JSON.stringify({
      variant,
      times,
      cpu,
      median: sorted[Math.floor(sorted.length / 2)],
      min: sorted[0],
      peakRss: maxRss - rssBefore,
      sampledPeakRss: sampledPeak - rssBefore,
      maxRss,
      heap: heapAfter - heapBefore,
      duration: last.duration,
      note: [last.note, check].filter((x) => x !== '').join('; '),
    })}\n`,
  );
}

/** Reports the process's CPU time (all threads) on standard error at exit; loaded with --import. */
const CPU_HOOK = `data:text/javascript,${encodeURIComponent("import { writeSync } from 'node:fs'; process.on('exit', () => { const c = process.cpuUsage(); writeSync(2, `@@cpu ${(c.user + c.system) / 1000}\\n`); });")}`;

/** Runs `node <args>` with standard output to /dev/null: wall and CPU time in ms. */
function timeProcess(args: readonly string[]): { wall: number; cpu: number } {
  const out = openSync('/dev/null', 'w');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', CPU_HOOK, ...args], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = performance.now() - t0;
  closeSync(out);
  const m = /@@cpu ([\d.]+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || m === null) throw new Error(`node ${args.join(' ')} failed (${r.status}):\n${(r.stderr ?? '').slice(0, 2000)}`);
  return { wall, cpu: Number(m[1]) };
}

/** The whole-process variants: the CLI against the minimal reference, on the portfolio as a file. */
function processes(net: Net): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const cli = join(root, 'dist/cli/index.js');
  if (!existsSync(cli)) {
    console.log('\nWhole processes: skipped, dist/cli/index.js is missing (npm run build).');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'pmo-bench-'));
  try {
    const file = join(dir, 'portfolio.json');
    const text = JSON.stringify(benchPortfolio(net));
    writeFileSync(file, text);
    const runs: Record<string, { wall: number; cpu: number }[]> = { reference: [], cli: [] };
    for (let i = 0; i < RUNS; i++) {
      runs.reference!.push(timeProcess([join(root, 'bench/cpmReference.mjs'), file]));
      runs.cli!.push(timeProcess([cli, 'cpm', file, '--json']));
    }
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const ref = runs.reference!;
    console.log(`\nWhole processes on the portfolio file (${(text.length / 1048576).toFixed(0)} MB), output to /dev/null, median of ${RUNS}:`);
    for (const [name, rs] of Object.entries(runs)) {
      const cpu = median(rs.map((r) => r.cpu));
      const wall = median(rs.map((r) => r.wall));
      console.log(`  ${name.padEnd(10)} ${cpu.toFixed(0).padStart(6)} ms CPU (${(cpu / median(ref.map((r) => r.cpu))).toFixed(2)}x reference)  ${wall.toFixed(0).padStart(6)} ms wall (${(wall / median(ref.map((r) => r.wall))).toFixed(2)}x)`);
    }
    console.log('  target: cli <= 1.5x reference');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function parent(): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  const net = generate(N, SEED);
  let critical = 0;
  const k = minimalKernel(net);
  for (let i = 0; i < net.n; i++) critical += k.crit[i]!;
  console.log(`CPM benchmark: ${net.n.toLocaleString('en')} tasks, ${net.m.toLocaleString('en')} links (70% FS, 10% SS/FF/SF; 40% lagged in [-2, 5]), seed ${SEED}`);
  console.log(`node ${process.version}, ${RUNS} runs per variant, each variant in a fresh process; project duration ${k.finish}, ${critical.toLocaleString('en')} critical tasks\n`);
  const rows: { variant: string; median: number; min: number; cpu: number[]; times: number[]; peakRss: number; sampledPeakRss: number; heap: number; note: string; duration: number }[] = [];
  const load0 = loadavg()[0]!;
  for (const v of VARIANTS) {
    if (ONLY !== undefined && !ONLY.includes(v)) continue;
    const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', self, '--variant', v, '--tasks', String(N), '--runs', String(RUNS), '--seed', String(SEED)], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) {
      console.error(`variant ${v} failed:\n${r.stderr}`);
      process.exitCode = 1;
      continue;
    }
    rows.push(JSON.parse(r.stdout.trim().split('\n').pop()!));
  }
  const base = rows.find((r) => r.variant === 'kernel')?.median ?? NaN;
  const head = ['variant', 'median', 'min', 'x kernel', 'cpu/run', 'peak RSS', '(sampled)', 'kept', 'notes'];
  const table = rows.map((r) => [
    r.variant,
    `${r.median.toFixed(0)} ms`,
    `${r.min.toFixed(0)} ms`,
    `${(r.median / base).toFixed(2)}x`,
    `${(r.cpu.reduce((a, b) => a + b, 0) / r.cpu.length).toFixed(0)} ms`,
    MB(r.peakRss),
    MB(r.sampledPeakRss),
    MB(r.heap),
    `${r.duration === k.finish ? '' : `DURATION ${r.duration} != ${k.finish}; `}${r.note}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  console.log(line(head));
  for (const row of table) console.log(line(row));
  console.log(`\nLoad average (1 min) ${load0.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after, on ${cpus().length} cores.`);
  console.log('cpu/run counts all threads of the process (GC helpers included); wall time well above it means the run waited for a core.');
  console.log('Target: full schedule <= 2.5x the minimal kernel and under 3 s (2-core machine); parse (200,000 tasks) under 1 s.');
  for (const r of rows.filter((x) => x.variant === 'schedule' || x.variant === 'scheduleParsed')) {
    const ratio = r.median / base;
    const ok = ratio <= 2.5 && r.median < 3000;
    console.log(`  ${r.variant.padEnd(15)} ${ratio.toFixed(2)}x kernel, ${r.median.toFixed(0)} ms: ${ok ? 'REACHED' : `NOT reached (${ratio <= 2.5 ? '' : '> 2.5x'}${ratio > 2.5 && r.median >= 3000 ? ', ' : ''}${r.median < 3000 ? '' : '>= 3 s'})`}`);
  }
  if (ONLY === undefined || ONLY.includes('cli')) processes(net);
}

const vi = process.argv.indexOf('--variant');
const wi = process.argv.indexOf('--write-portfolio');
if (wi >= 0) writeFileSync(process.argv[wi + 1]!, JSON.stringify(benchPortfolio(generate(N, SEED))));
else if (vi >= 0) await child(process.argv[vi + 1] as Variant);
else await parent();
