/**
 * Portfolio optimization benchmark (seeded):
 *
 *   npx tsx bench/portfolio.ts [--seed S] [--runs R] [--limit-time S] [--gap G] [--only allocation|limit|selection]
 *
 * 1. Continuous allocation: 500 people, 40 skills, 2,000 demands (`allocateResourcesSync`, exact
 *    network simplex with shadow prices; the time includes validating the input). Target < 1 s.
 * 2. The same with at most 3 projects per person (`allocateResources`, `mipGap` 1 %, `timeLimit`
 *    10 s): the time, the objective, the proven bound and the gap it implies. Target: within 1 % of
 *    optimal in < 10 s. For reference, what HiGHS alone proves on the full MIP in the same time
 *    (started from the same plan).
 * 3. Selection of 500 candidates with 5 capacities, a budget and logical constraints (mandatory,
 *    requires, excludes): `selectProjects` proven optimal (no binding analysis; then with it).
 *    Target < 5 s.
 *
 * The generator: people have 2–5 skills (levels 1–5) and 120–520 hours at 40–120 per hour;
 * demands ask for 20–320 hours of one skill at a minimum level 1–3, worth 60–200 per hour, ten
 * demands per project (200 projects). Candidates cost 10–200, are worth their cost × 0.6–1.8, and
 * need 0–100 hours of each of 5 skills (70 % chance each); capacities and the budget allow about
 * 40 % of the total; 5 % of the candidates are mandatory (cheap ones), 10 % require another, 10 %
 * exclude another. Prints a Markdown table.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { AllocationProblem } from '../src/model/allocation.js';
import type { SelectionProblem } from '../src/model/selection.js';
import { parseAllocationProblem } from '../src/model/parse-optimization.js';
import { allocateResources, allocateResourcesSync, selectProjects } from '../src/portfolio/index.js';
import { allocationMip, columnsOf, startingPlan } from '../src/portfolio/internal/allocationMip.js';
import { denseAllocation } from '../src/portfolio/internal/denseAllocation.js';
import { solveMip } from '../src/portfolio/internal/mip.js';
import { solveTransportation } from '../src/portfolio/internal/transportation.js';
import { rng } from './rng.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    'limit-time': { type: 'string', default: '10' },
    gap: { type: 'string', default: '0.01' },
    only: { type: 'string' },
  },
});
const SEED = Number(values.seed);
const RUNS = Number(values.runs);

/** The allocation instance (see the header). */
function allocationInstance(seed: number, P = 500, S = 40, D = 2000): AllocationProblem {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const people = Array.from({ length: P }, (_, i) => {
    const skills: Record<string, number> = {};
    const k = int(2, 5);
    while (Object.keys(skills).length < k) skills[`skill${int(0, S - 1)}`] = int(1, 5);
    return { id: `person${i}`, capacity: int(120, 520), skills, costPerHour: int(40, 120) };
  });
  const demands = Array.from({ length: D }, (_, i) => ({
    id: `demand${i}`,
    projectId: `project${Math.floor(i / 10)}`,
    skill: `skill${int(0, S - 1)}`,
    minLevel: int(1, 3),
    hours: int(20, 320),
    valuePerHour: int(60, 200),
  }));
  return { people, demands };
}

/** The selection instance (see the header). */
function selectionInstance(seed: number, n = 500, C = 5): SelectionProblem {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const keys = Array.from({ length: C }, (_, c) => `skill${c}`);
  const projects = Array.from({ length: n }, (_, j) => {
    const cost = int(10, 200);
    const demand: Record<string, number> = {};
    for (const key of keys) if (r() < 0.7) demand[key] = int(0, 100);
    const p: { id: string; cost: number; value: number; demand: Record<string, number>; mandatory?: boolean; requires?: string[]; excludes?: string[] } = {
      id: `cand${j}`,
      cost,
      value: Math.round(cost * (0.6 + 1.2 * r())),
      demand,
    };
    return p;
  });
  for (let j = 0; j < n; j++) {
    const p = projects[j]!;
    const x = r();
    if (x < 0.05 && p.cost < 60) p.mandatory = true;
    else if (x < 0.15) p.requires = [`cand${(j + int(1, n - 1)) % n}`];
    else if (x < 0.25) p.excludes = [`cand${(j + int(1, n - 1)) % n}`];
  }
  const total = (f: (p: (typeof projects)[number]) => number) => projects.reduce((s, p) => s + f(p), 0);
  return {
    budget: Math.round(0.4 * total((p) => p.cost)),
    capacity: Object.fromEntries(keys.map((key) => [key, Math.round(0.4 * total((p) => p.demand[key] ?? 0))])),
    projects,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => (x < 1000 ? `${x.toFixed(0)} ms` : `${(x / 1000).toFixed(2)} s`);
const rows: string[][] = [];

if (values.only === undefined || values.only === 'allocation') {
  const problem = allocationInstance(SEED);
  const times: number[] = [];
  let result = allocateResourcesSync(problem);
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    result = allocateResourcesSync(problem);
    times.push(performance.now() - t);
  }
  const t = median(times);
  rows.push([
    'Allocation, continuous: 500 people × 40 skills × 2,000 demands',
    '< 1 s',
    ms(t),
    `objective ${result.objective.toFixed(0)}, ${result.optimal ? 'proven optimal (dual bound = objective)' : 'NOT proven'}, bottleneck ${result.bottleneck}`,
    t < 1000 && result.optimal ? 'reached' : 'not reached',
  ]);
}

if (values.only === undefined || values.only === 'limit') {
  const problem = allocationInstance(SEED);
  const limit = Number(values['limit-time']);
  const gapTarget = Number(values.gap);
  const t = performance.now();
  const r = await allocateResources(problem, { maxProjectsPerPerson: 3, mipGap: gapTarget, timeLimit: limit });
  const elapsed = performance.now() - t;
  const gap = ((r.bound ?? NaN) - r.objective) / Math.abs(r.objective);
  rows.push([
    `Allocation, at most 3 projects per person (mipGap ${gapTarget * 100} %)`,
    'within 1 % in < 10 s',
    ms(elapsed),
    `objective ${r.objective.toFixed(0)}, proven bound ${(r.bound ?? NaN).toFixed(0)} (the continuous optimum): gap ${(gap * 100).toFixed(3)} %${r.optimal ? ', optimal' : ''}`,
    gap <= 0.01 && elapsed < 10_000 ? 'reached' : 'not reached',
  ]);
  // What HiGHS itself proves on the full MIP in the same time, started from the same plan.
  const dense = denseAllocation(parseAllocationProblem({ ...problem, options: { maxProjectsPerPerson: 3 } }));
  const relaxed = solveTransportation(dense);
  const start = startingPlan(dense, relaxed.x);
  const mip = allocationMip(dense);
  const th = performance.now();
  const h = await solveMip('bench', mip.model, { timeLimit: limit, mipGap: 0, start: columnsOf(mip, start) });
  const hs = performance.now() - th;
  const incumbent = h.x === undefined ? NaN : h.objective;
  rows.push([
    `… HiGHS alone on the full MIP (${mip.model.cost.length} columns, ${mip.model.rowLower.length} rows), ${limit} s`,
    '(for reference)',
    ms(hs),
    `status ${h.status}, incumbent ${incumbent.toFixed(0)}, HiGHS dual bound ${Number.isFinite(h.bound) ? h.bound.toFixed(0) : 'none'}: gap ${Number.isFinite(h.bound) ? (((h.bound - incumbent) / incumbent) * 100).toFixed(3) : '∞'} %`,
    '',
  ]);
}

if (values.only === undefined || values.only === 'selection') {
  const problem = selectionInstance(SEED);
  const times: number[] = [];
  let result = await selectProjects(problem, { binding: false });
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    result = await selectProjects(problem, { binding: false });
    times.push(performance.now() - t);
  }
  const t = median(times);
  rows.push([
    'Selection: 500 candidates, budget + 5 capacities, mandatory/requires/excludes',
    'proven optimal in < 5 s',
    ms(t),
    `value ${result.value}, ${result.selected.length} selected, ${result.optimal ? 'proven optimal' : `NOT proven (bound ${result.bound})`}`,
    t < 5000 && result.optimal ? 'reached' : 'not reached',
  ]);
  const tb = performance.now();
  const withBinding = await selectProjects(problem);
  rows.push([
    'The same with the binding-constraint analysis',
    '(no target)',
    ms(performance.now() - tb),
    `${withBinding.binding.length} binding (${withBinding.binding.filter((b) => b.proven).length} with valueWithout proven), ${withBinding.bindingUnchecked?.length ?? 0} unchecked at the default 60 s limit; e.g. ${withBinding.binding
      .slice(0, 3)
      .map((b) => `${b.constraint} ${b.valueWithout}`)
      .join(', ')}`,
    '',
  ]);
}

console.log(`portfolio benchmark, seed ${SEED}, median of ${RUNS} runs where repeated; node ${process.version}; load ${loadavg()[0]!.toFixed(2)}\n`);
console.log('| case | target | time | result | |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
