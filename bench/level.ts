/**
 * Portfolio leveling benchmark: `levelResources` on the sample portfolio and on seeded random
 * portfolios of shared pools with skill and named demands.
 *
 *   npx tsx bench/level.ts [--schedules N] [--seed S] [--runs R] [--sizes 10x50,20x100] [--only TEXT] [--dump FILE]
 *
 * `--only` runs the portfolios whose name contains TEXT (e.g. `named`); `--dump` writes every
 * portfolio's makespan and starts to FILE as JSON, to check that two versions level alike.
 *
 * A random portfolio `PxT` has P projects of T tasks each (durations 1-10 working days; links
 * inside a project to 1-2 earlier tasks, 80 % FS, the rest SS/FF with lags 0-2; every tenth
 * project linked FS to the one before it), a pool of P*3 people over 5 skills at levels 1-5
 * (everyone has two or three skills; a tenth work Monday to Thursday), and demands: 45 % of tasks
 * ask for 1-2 units of a skill at a minimum level 0-3, 25 % for a named person, 10 % for both,
 * the rest nothing. Priorities 1-3. The "named" variant of the same portfolio replaces every skill
 * demand by one on a qualified person (picked by a seeded draw), which leaves out the per-period
 * skill assignment, to show what that assignment costs; its makespan differs (the people are
 * fixed in advance).
 *
 * Prints per portfolio: tasks, time per call (median of R), time per generated schedule, schedules
 * generated, makespan against the lower bound, the time of one `verifySchedule` call on the
 * result (median of R; it must report no violation but deadlines), and the number of over-allocated
 * periods left by the leveled schedule (`overallocations`): 0 unless a demand exceeds what exists
 * at all, such as a task asking for two units of one person (the sample portfolio has such
 * demands, on purpose).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { parsePortfolio } from '../src/model/parse.js';
import type { Portfolio, PortfolioInput } from '../src/model/portfolio.js';
import { levelResources, overallocations, verifySchedule } from '../src/resources/index.js';
import { rng } from './rng.js';

const { values } = parseArgs({
  options: {
    schedules: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '5x40,10x100' },
    dump: { type: 'string' },
    only: { type: 'string' },
  },
});
const SCHEDULES = Number(values.schedules);
const SEED = Number(values.seed);
const RUNS = Number(values.runs);
/** Makespan and starts of each portfolio, for `--dump`. */
const dump: Record<string, { makespan: number; starts: number[] }> = {};


const SKILLS = ['design', 'backend', 'frontend', 'qa', 'data'];

/** A seeded random portfolio (see the header). */
function generate(P: number, T: number, seed: number): PortfolioInput {
  const r = rng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const people = Array.from({ length: P * 3 }, (_, i) => {
    const skills: Record<string, number> = {};
    const k = int(2, 3);
    while (Object.keys(skills).length < k) skills[SKILLS[int(0, SKILLS.length - 1)]!] = int(1, 5);
    return { id: `r${i}`, name: `Person ${i}`, capacity: 1, skills, ...(i % 10 === 9 ? { calendarId: 'four' } : {}) };
  });
  const projects = Array.from({ length: P }, (_, p) => {
    const tasks = Array.from({ length: T }, (_, t) => {
      const x = r();
      const demands: { resourceId?: string; skill?: string; minLevel?: number; units: number }[] = [];
      if (x < 0.55) demands.push({ skill: SKILLS[int(0, SKILLS.length - 1)]!, minLevel: int(0, 3), units: int(1, 2) });
      if (x >= 0.45 && x < 0.8) demands.push({ resourceId: `r${int(0, people.length - 1)}`, units: 1 });
      return { id: `t${t}`, name: `Task ${t}`, duration: int(1, 10), demands };
    });
    const dependencies: { from: string; to: string; type: 'FS' | 'SS' | 'FF'; lag: number }[] = [];
    for (let t = 1; t < T; t++) {
      const k = int(1, 2);
      const seen = new Set<number>();
      for (let j = 0; j < k; j++) {
        const f = t - 1 - Math.floor(r() * r() * Math.min(t, 15));
        if (seen.has(f)) continue;
        seen.add(f);
        const y = r();
        dependencies.push({ from: `t${f}`, to: `t${t}`, type: y < 0.8 ? 'FS' : y < 0.9 ? 'SS' : 'FF', lag: y < 0.8 ? 0 : int(0, 2) });
      }
    }
    return { id: `p${p}`, name: `Project ${p}`, start: '2027-01-04', priority: int(1, 3), tasks, dependencies };
  });
  const crossDependencies = projects
    .filter((_, p) => p > 0 && p % 10 === 0)
    .map((pr, i) => ({ fromProject: `p${i * 10 + 9}`, from: `t${T - 1}`, toProject: pr.id, to: 't0', type: 'FS' as const }));
  return {
    id: `random-${P}x${T}`,
    name: `Random ${P}x${T}`,
    calendars: [
      { id: 'std', workingDays: [1, 2, 3, 4, 5], holidays: ['2027-05-01'] },
      { id: 'four', workingDays: [1, 2, 3, 4] },
    ],
    defaultCalendarId: 'std',
    resources: people,
    projects,
    crossDependencies,
  } as PortfolioInput;
}

/** The same portfolio with every skill demand on one person qualified for it (a seeded draw). */
function namedOnly(input: PortfolioInput, seed: number): PortfolioInput {
  const r = rng(seed ^ 0x5bd1e995);
  const copy = structuredClone(input) as { resources: { id: string; skills?: Record<string, number> }[]; projects: { tasks: { demands: { resourceId?: string; skill?: string; minLevel?: number; units: number }[] }[] }[] };
  for (const p of copy.projects)
    for (const t of p.tasks)
      t.demands = t.demands.map((d) => {
        if (d.skill === undefined) return d;
        const qualified = copy.resources.filter((x) => (x.skills?.[d.skill!] ?? -1) >= (d.minLevel ?? 0));
        if (qualified.length === 0) return d;
        return { resourceId: qualified[Math.floor(r() * qualified.length)]!.id, units: Math.min(d.units, 1) };
      });
  return copy as unknown as PortfolioInput;
}

function run(name: string, pf: Portfolio): void {
  if (values.only !== undefined && !name.includes(values.only)) return;
  const tasks = pf.projects.reduce((a, p) => a + p.tasks.length, 0);
  const times: number[] = [];
  let last: ReturnType<typeof levelResources> | undefined;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    last = levelResources(pf, { schedules: SCHEDULES, seed: SEED });
    times.push(performance.now() - t0);
  }
  const checks: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const bad = verifySchedule(last!.instance, last!.starts).filter((v) => v.kind !== 'deadline');
    checks.push(performance.now() - t0);
    if (bad.length > 0) throw new Error(`${name}: verifySchedule reports ${bad.length} violations, e.g. ${JSON.stringify(bad[0])}`);
  }
  const check = [...checks].sort((a, b) => a - b)[Math.floor(checks.length / 2)]!;
  const over = overallocations(pf, last!);
  dump[name] = { makespan: last!.makespan, starts: [...last!.starts] };
  const med = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  console.log(
    [
      name.padEnd(22),
      String(tasks).padStart(6),
      `${med.toFixed(0)} ms`.padStart(10),
      `${((1000 * med) / Math.max(1, last!.schedules)).toFixed(0)} µs`.padStart(9),
      String(last!.schedules).padStart(6),
      `${last!.makespan} / ${last!.lowerBound}`.padStart(12),
      `${check.toFixed(0)} ms`.padStart(7),
      String(over.length),
    ].join('  '),
  );
}

console.log(`levelResources, ${SCHEDULES} schedules, seed ${SEED}, median of ${RUNS} runs (node ${process.version}, load ${loadavg()[0]!.toFixed(2)})\n`);
console.log(`${'portfolio'.padEnd(22)}  ${'tasks'.padStart(6)}  ${'time'.padStart(10)}  ${'/sched'.padStart(9)}  ${'scheds'.padStart(6)}  ${'makespan/LB'.padStart(12)}  ${'verify'.padStart(7)}  over-allocated`);
const sample = JSON.parse(readFileSync(new URL('../examples/data/sample-portfolio.json', import.meta.url), 'utf8')) as unknown;
run('sample portfolio', parsePortfolio(sample));
for (const size of values.sizes!.split(',')) {
  const [P, T] = size.split('x').map(Number) as [number, number];
  const input = generate(P, T, SEED);
  run(`random ${size} skills`, parsePortfolio(input));
  run(`random ${size} named`, parsePortfolio(namedOnly(input, SEED)));
}
console.log(`\nLoad average (1 min) after: ${loadavg()[0]!.toFixed(2)}`);
if (values.dump !== undefined) writeFileSync(values.dump, JSON.stringify(dump));
