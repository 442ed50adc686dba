/**
 * Benchmark of the PMO scoring functions on a seeded random portfolio: P projects (default 50) of
 * T tasks each (default 200), each task with a demand and a baseline over 1 to 20 working days
 * within a year, a third with progress; 20 risks per project; L lessons
 * (default 10,000) with random categories and tags.
 *
 *   npx tsx bench/scoring.ts
 *   npx tsx bench/scoring.ts --projects 200 --tasks 100 --lessons 50000 --runs 3
 *
 * Prints the best of `runs` (wall time) for healthScore (which runs earnedValueAnalysis),
 * healthScore reusing a given analysis, portfolioKpis reusing both, checkGovernance (one schedule
 * of the portfolio), lessonsFor and searchLessons. Building the input is not timed.
 */
import { performance } from 'node:perf_hooks';
import { parsePortfolio } from '../src/model/parse.js';
import { checkGovernance, earnedValueAnalysis, healthScore, lessonsFor, portfolioKpis, searchLessons } from '../src/performance/index.js';
import { rng } from './rng.js';

const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : dflt;
};
const P = Number(arg('projects', '50'));
const T = Number(arg('tasks', '200'));
const L = Number(arg('lessons', '10000'));
const RUNS = Number(arg('runs', '3'));
const rand = rng(Number(arg('seed', '1')));
const pick = <X>(xs: readonly X[]): X => xs[Math.floor(rand() * xs.length)]!;
const day = (n: number): string => new Date(Date.UTC(2026, 0, 5) + n * 86_400_000).toISOString().slice(0, 10);
const TAGS = ['vendor', 'erp', 'api', 'data', 'cloud', 'hardware', 'security', 'migration', 'ux', 'testing', 'contract', 'training'];
const CATS = ['software', 'data', 'infrastructure', 'process'];

const projects = [];
const baselines = [];
const risks = [];
for (let p = 0; p < P; p++) {
  const tasks = [];
  const bl = [];
  let budget = 0;
  for (let i = 0; i < T; i++) {
    const start = Math.floor(rand() * 300);
    const len = 1 + Math.floor(rand() * 20);
    const cost = Math.round(rand() * 20_000);
    budget += cost;
    const progress = start < 120 && rand() < 0.9;
    tasks.push({
      id: `t${i}`,
      name: `t${i}`,
      duration: len,
      budget: cost,
      demands: rand() < 0.95 ? [{ resourceId: `r${Math.floor(rand() * 40)}`, units: 1 }] : [],
      ...(progress ? { actualStart: day(start), percentComplete: Math.floor(rand() * 100), actualCost: Math.round(cost * (0.8 + rand() * 0.5)) } : {}),
    });
    bl.push({ taskId: `t${i}`, start: day(start), finish: day(start + len), cost });
  }
  projects.push({ id: `p${p}`, name: `p${p}`, start: '2026-01-05', deadline: day(340), budget, status: 'active' as const, category: pick(CATS), unitId: `u${p % 5}`, tags: [pick(TAGS), pick(TAGS)], managerId: 'pm', sponsorId: 'sp', tasks });
  baselines.push({ id: `b${p}`, projectId: `p${p}`, date: '2026-01-01', tasks: bl });
  for (let k = 0; k < 20; k++)
    risks.push({ id: `k${p}-${k}`, title: 'r', kind: 'threat' as const, probability: rand(), impact: { cost: Math.round(rand() * 30_000) }, projectId: `p${p}`, strategy: 'mitigate' as const, owner: 'pm', status: 'open' as const, identifiedOn: day(Math.floor(rand() * 150)) });
}
const lessons = Array.from({ length: L }, (_, i) => ({
  id: `l${i}`,
  projectId: `p${Math.floor(rand() * P)}`,
  category: pick(['vendor management', 'requirements', 'testing', 'governance']),
  whatHappened: `event ${i} ${pick(TAGS)}`,
  impact: 'impact',
  recommendation: 'recommendation',
  tags: [pick(TAGS), pick(TAGS)],
  date: day(Math.floor(rand() * 150)),
}));
const portfolio = parsePortfolio({
  id: 'bench',
  name: 'bench',
  calendars: [{ id: 'de', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-04-03', '2026-04-06', '2026-05-01', '2026-12-25'] }],
  defaultCalendarId: 'de',
  organization: { id: 'o', name: 'O', structure: 'balanced-matrix', units: [0, 1, 2, 3, 4].map((u) => ({ id: `u${u}`, name: `u${u}` })), people: [{ id: 'pm', name: 'PM', roles: ['project-manager'] }, { id: 'sp', name: 'SP', roles: ['sponsor'] }], pmo: { name: 'PMO', type: 'controlling' } },
  resources: Array.from({ length: 40 }, (_, r) => ({ id: `r${r}`, name: `r${r}`, capacity: 1 })),
  projects,
  baselines,
  risks,
  lessons,
});

function time<X>(label: string, f: () => X): X {
  let best = Infinity;
  let out: X | undefined;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    out = f();
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`${label.padEnd(44)} best of ${RUNS}: ${best.toFixed(1)} ms`);
  return out!;
}

console.log(`${P} projects × ${T} tasks = ${P * T} tasks, ${risks.length} risks, ${L} lessons`);
const statusDate = '2026-06-30';
const eva = time('earnedValueAnalysis (for reference)', () => earnedValueAnalysis(portfolio, { statusDate }));
time('healthScore', () => healthScore(portfolio, { statusDate }));
const health = time('healthScore (earnedValue given)', () => healthScore(portfolio, { earnedValue: eva }));
time('portfolioKpis (earnedValue and health given)', () => portfolioKpis(portfolio, { earnedValue: eva, health }));
time('checkGovernance', () => checkGovernance(portfolio, { statusDate }));
time('lessonsFor', () => lessonsFor(portfolio, 'p0'));
time('searchLessons (text)', () => searchLessons(portfolio.lessons!, { text: 'vendor' }));
