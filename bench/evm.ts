/**
 * Benchmark of `earnedValueAnalysis` on a seeded random portfolio: 10 projects, N tasks in all
 * (default 100,000), each task budgeted in a baseline over 1 to 20 working days within a year,
 * a third of them with progress (percent complete, actual start, actual cost; some complete),
 * rules mixed (percent complete, 0/100, 50/50), profiles mixed, on a Monday–Friday calendar with
 * holidays.
 *
 *   npx tsx bench/evm.ts
 *   npx tsx bench/evm.ts --tasks 20000 --by day --runs 3
 *
 * Prints the best of `runs` (wall time) for the analysis by month (or `--by`). The cost is
 * O((P + log D) × T × log k): P periods, D planned working days, T tasks. Building the input
 * (parsePortfolio) is not timed.
 */
import { performance } from 'node:perf_hooks';
import { parsePortfolio } from '../src/model/parse.js';
import { earnedValueAnalysis } from '../src/performance/index.js';
import { rng } from './rng.js';

const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : dflt;
};
const N = Number(arg('tasks', '100000'));
const RUNS = Number(arg('runs', '3'));
const BY = arg('by', 'month') as 'day' | 'week' | 'month';
const P = 10;

const rand = rng(Number(arg('seed', '1')));
const day = (n: number): string => new Date(Date.UTC(2026, 0, 5) + n * 86_400_000).toISOString().slice(0, 10);
const projects = [];
const baselines = [];
const per = Math.ceil(N / P);
for (let p = 0; p < P; p++) {
  const tasks = [];
  const bl = [];
  for (let i = 0; i < per && p * per + i < N; i++) {
    const start = Math.floor(rand() * 340);
    const len = 1 + Math.floor(rand() * 20);
    const progress = start < 150 && rand() < 0.9;
    const done = progress && start + len < 140;
    tasks.push({
      id: `t${i}`,
      name: `t${i}`,
      duration: len,
      budget: Math.round(rand() * 50_000),
      evRule: (['percent-complete', '0/100', '50/50'] as const)[Math.floor(rand() * 3)],
      costProfile: (['linear', 'front-loaded', 'back-loaded'] as const)[Math.floor(rand() * 3)],
      ...(progress ? { actualStart: day(start), percentComplete: done ? 100 : Math.floor(rand() * 100), actualCost: Math.round(rand() * 50_000) } : {}),
      ...(done ? { actualFinish: day(start + len) } : {}),
    });
    bl.push({ taskId: `t${i}`, start: day(start), finish: day(start + len) });
  }
  projects.push({ id: `p${p}`, name: `p${p}`, start: '2026-01-05', tasks });
  baselines.push({ id: `b${p}`, projectId: `p${p}`, date: '2026-01-01', tasks: bl });
}
const portfolio = parsePortfolio({
  id: 'bench',
  name: 'bench',
  calendars: [{ id: 'de', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-10-03', '2026-12-25'] }],
  defaultCalendarId: 'de',
  projects,
  baselines,
});

let best = Infinity;
let periods = 0;
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  const a = earnedValueAnalysis(portfolio, { statusDate: '2026-06-30', by: BY });
  best = Math.min(best, performance.now() - t0);
  periods = a.periods.length;
}
console.log(`earnedValueAnalysis: ${N} tasks in ${P} projects, ${periods} periods by ${BY}: best of ${RUNS}: ${best.toFixed(0)} ms`);
