#!/usr/bin/env node
/**
 * Checks that two builds of pmo-kit compute the same results, for refactorings that must not
 * change any: the JSON of `schedule`, `schedulePortfolio` (both late-finish modes), the schedule
 * analyses, `levelResources` and `allocateResourcesSync`, or their error (name, code, message,
 * cycle), must be identical.
 *
 *   node scripts/same-results.mjs OLD_ROOT [NEW_ROOT] [--runs N]
 *
 * Each root is a checkout with `dist/` built (`npm run build`); NEW_ROOT defaults to this one. The
 * inputs: the sample portfolio, every MSPDI file of ../shared/data/mspdi (skipped when absent),
 * N (default 300) seeded random portfolios (WBS summaries listed in any order, constraints,
 * deadlines, manual starts, task and project calendars, cross-project links, demands; a few are
 * rejected by the engine on purpose: cycles, links to a summary's own subtask, constraints a
 * summary does not accept) and 12 random allocation problems. Prints the first characters where
 * two results differ; exits 1 when any do.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 300;
const HERE = fileURLToPath(new URL('..', import.meta.url));
if (args.length < 1) {
  console.error('usage: node scripts/same-results.mjs OLD_ROOT [NEW_ROOT] [--runs N]');
  process.exit(2);
}
const OLD = resolve(args[0]);
const NEW = resolve(args[1] ?? HERE);
const load = (root) => import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const oldL = await load(OLD);
const newL = await load(NEW);

function call(f) {
  try {
    return JSON.stringify(f());
  } catch (e) {
    return `ERROR ${e?.name} ${e?.code} ${e?.message} ${JSON.stringify(e?.cycle ?? null)}`;
  }
}

let checks = 0;
let diffs = 0;
function same(label, f) {
  const a = call(() => f(oldL));
  const b = call(() => f(newL));
  checks++;
  if (a === b) return a;
  diffs++;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  console.log(`DIFF ${label} at character ${i}:\n  old …${a.slice(Math.max(0, i - 80), i + 120)}\n  new …${b.slice(Math.max(0, i - 80), i + 120)}`);
  return a;
}

/** A seeded generator (mulberry32). */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CALS = [
  { id: 'std', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-01-14', '2026-01-27'], exceptions: [], hoursPerDay: 8 },
  { id: 'mt', workingDays: [1, 2, 3, 4], holidays: [], exceptions: [{ date: '2026-01-16', working: true }], hoursPerDay: 8 },
  { id: 'six', workingDays: [1, 2, 3, 4, 5, 6], holidays: ['2026-01-20'], exceptions: [], hoursPerDay: 8 },
  { id: 'wkend', workingDays: [3, 6, 7], holidays: [], exceptions: [], hoursPerDay: 8 },
];
const DATES = ['2026-01-02', '2026-01-07', '2026-01-10', '2026-01-13', '2026-01-19', '2026-02-02', '2026-03-02'];
const TYPES = ['FS', 'SS', 'FF', 'SF'];
const CONSTRAINTS = ['SNET', 'FNET', 'SNLT', 'FNLT', 'MSO', 'MFO', 'ALAP', 'ASAP'];

/** The tasks of one random project: a hidden WBS tree, listed in task order (not preorder). */
function randomTasks(r, pick, n, resources, multiCal) {
  const hidden = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [hidden[i], hidden[j]] = [hidden[j], hidden[i]];
  }
  const parentOf = new Map();
  if (r() < 0.7) for (let i = 1; i < n; i++) if (r() < 0.6) parentOf.set(hidden[i], hidden[Math.floor(r() * i)]);
  const summaries = new Set(parentOf.values());
  const tasks = Array.from({ length: n }, (_, i) => {
    const t = { id: `t${i}`, name: `T${i}`, duration: r() < 0.15 ? 0 : Math.floor(r() * 10) / (r() < 0.3 ? 2 : 1), milestone: false, demands: [] };
    if (parentOf.has(i)) t.parentId = `t${parentOf.get(i)}`;
    if (r() < 0.2) {
      const type = summaries.has(i) && r() < 0.95 ? pick(['SNET', 'FNLT', 'ASAP']) : pick(CONSTRAINTS);
      t.constraint = type === 'ALAP' || type === 'ASAP' ? { type } : { type, date: pick(DATES) };
    }
    if (r() < 0.07) t.deadline = pick(DATES);
    if (r() < (summaries.has(i) ? 0.002 : 0.04)) t.manualStart = pick(DATES);
    if (multiCal && r() < 0.3) t.calendarId = pick(CALS).id;
    if (r() < 0.6) t.demands = [{ resourceId: pick(resources).id, units: r() < 0.5 ? 1 : 0.5 }];
    else if (r() < 0.2) t.demands = [{ skill: 's', units: 1 }];
    return t;
  });
  return { tasks, hidden, parentOf };
}

/** Links mostly along a preorder of the hidden tree (acyclic after summary links expand), a few not. */
function randomLinks(r, pick, n, hidden, parentOf) {
  const kids = new Map();
  for (const x of hidden) if (parentOf.has(x)) kids.set(parentOf.get(x), [...(kids.get(parentOf.get(x)) ?? []), x]);
  const pre = [];
  const visit = (x) => {
    pre.push(x);
    for (const c of kids.get(x) ?? []) visit(c);
  };
  for (const x of hidden) if (!parentOf.has(x)) visit(x);
  const pos = new Array(n);
  pre.forEach((x, i) => (pos[x] = i));
  const up = (x, y) => {
    for (let z = x; z !== undefined; z = parentOf.get(z)) if (z === y) return true;
    return false;
  };
  const deps = [];
  const m = Math.floor(r() * 2 * n);
  for (let e = 0; e < m; e++) {
    let a = Math.floor(r() * n);
    let b = Math.floor(r() * n);
    if (a === b) continue;
    if (pos[a] > pos[b] && r() < 0.99) [a, b] = [b, a];
    if ((up(a, b) || up(b, a)) && r() < 0.97) continue;
    deps.push({ from: `t${a}`, to: `t${b}`, type: pick(TYPES), lag: r() < 0.6 ? 0 : Math.floor(r() * 8) - 2 });
  }
  return deps;
}

function randomPortfolio(seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const multiCal = r() < 0.4;
  const resources = Array.from({ length: 3 }, (_, i) => ({ id: `r${i}`, name: `R${i}`, capacity: 1 + (i % 2), skills: { s: 3 }, ...(multiCal && r() < 0.3 ? { calendarId: pick(CALS).id } : {}) }));
  const projects = [];
  for (let p = 0, P = 1 + Math.floor(r() * 3); p < P; p++) {
    const n = 1 + Math.floor(r() * 18);
    const { tasks, hidden, parentOf } = randomTasks(r, pick, n, resources, multiCal);
    projects.push({
      id: `p${p}`,
      name: `P${p}`,
      start: pick(['2026-01-05', '2026-01-07', '2026-01-12']),
      ...(multiCal && r() < 0.5 ? { calendarId: pick(CALS).id } : {}),
      ...(r() < 0.2 ? { deadline: pick(DATES) } : {}),
      ...(r() < 0.5 ? { priority: Math.floor(r() * 3) } : {}),
      tasks,
      dependencies: randomLinks(r, pick, n, hidden, parentOf),
    });
  }
  const crossDependencies = [];
  for (let e = 0; e < Math.floor(r() * 3) && projects.length > 1; e++) {
    const a = pick(projects);
    const b = pick(projects);
    if (a !== b) crossDependencies.push({ fromProject: a.id, from: pick(a.tasks).id, toProject: b.id, to: pick(b.tasks).id, type: pick(TYPES), lag: Math.floor(r() * 3) });
  }
  const base = { id: 'pf', name: 'PF', calendars: CALS, defaultCalendarId: multiCal ? pick(CALS).id : 'std', resources };
  return { ...base, pools: [], programs: [], risks: [], statusReports: [], baselines: [], projects, crossDependencies };
}

/** Every computation compared on a portfolio; `level` levels it too (the slowest part). */
function compare(label, pf, seed, level) {
  const first = same(`${label} schedulePortfolio`, (L) => L.schedulePortfolio(pf));
  same(`${label} schedulePortfolio (project late finish)`, (L) => L.schedulePortfolio(pf, { lateFinish: 'project', criticalThreshold: 1 }));
  for (const p of pf.projects) same(`${label} schedule ${p.id}`, (L) => L.schedule(p, { calendars: pf.calendars }));
  same(`${label} criticalDependencies`, (L) => L.criticalDependencies(pf));
  same(`${label} singlePointsOfFailure`, (L) => L.singlePointsOfFailure(pf));
  same(`${label} projectDependencyRanking`, (L) => L.projectDependencyRanking(pf));
  const r = rng(seed ^ 0x5555);
  for (let i = 0; i < 3; i++) {
    const p = pf.projects[Math.floor(r() * pf.projects.length)];
    const t = p.tasks[Math.floor(r() * p.tasks.length)];
    const days = Math.floor(r() * 6);
    if (t !== undefined) same(`${label} impactOfDelay ${p.id}/${t.id}`, (L) => L.impactOfDelay(pf, { projectId: p.id, taskId: t.id, days }));
  }
  if (level) same(`${label} levelResources`, (L) => L.levelResources(pf, { schedules: 30, seed }));
  return first.startsWith('ERROR');
}

const sample = JSON.parse(readFileSync(join(NEW, 'examples', 'data', 'sample-portfolio.json'), 'utf8'));
compare('sample', sample, 1, true);
same('sample levelResources (default)', (L) => L.levelResources(sample));
const mspdi = join(NEW, '..', 'shared', 'data', 'mspdi');
if (existsSync(mspdi)) {
  for (const f of readdirSync(mspdi).filter((x) => x.endsWith('.xml'))) {
    const xml = readFileSync(join(mspdi, f), 'utf8');
    const read = call(() => oldL.readMspdi(xml));
    same(`${f} readMspdi`, (L) => L.readMspdi(xml));
    if (!read.startsWith('ERROR')) compare(f, JSON.parse(read), 2, true);
  }
} else console.log(`(${mspdi} not found: MSPDI files skipped)`);
let rejected = 0;
for (let s = 1; s <= RUNS; s++) if (compare(`random #${s}`, randomPortfolio(s), s, s % 3 === 0)) rejected++;
for (let seed = 1; seed <= 12; seed++) {
  const r = rng(seed * 7919);
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const S = int(2, 8);
  const people = Array.from({ length: int(3, 60) }, (_, i) => {
    const skills = {};
    const k = Math.min(S, int(1, 3));
    while (Object.keys(skills).length < k) skills[`s${int(0, S - 1)}`] = int(1, 5);
    return { id: `p${i}`, capacity: int(20, 200), skills, costPerHour: int(40, 120) };
  });
  const demands = Array.from({ length: int(3, 150) }, (_, i) => ({ id: `d${i}`, projectId: `pr${i % 7}`, skill: `s${int(0, S - 1)}`, minLevel: int(1, 3), hours: int(10, 200), valuePerHour: int(60, 200) }));
  same(`allocation #${seed}`, (L) => L.allocateResourcesSync({ people, demands }));
}
console.log(`${checks} results compared, ${diffs} differ (${rejected} of ${RUNS} random portfolios rejected by the engine, as intended)`);
process.exitCode = diffs === 0 ? 0 : 1;
