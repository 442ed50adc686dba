import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Portfolio } from '../../../src/model/portfolio.js';
import type { Constraint, DependencyType, Task } from '../../../src/model/task.js';
import { schedulePortfolio, type SchedulePortfolioResult, type ScheduledTask } from '../../../src/schedule/index.js';
import { criticalDependencies, impactOfDelay, singlePointsOfFailure } from '../../../src/schedule/analysis/index.js';
import { axisOf } from '../../../src/schedule/analysis/internal/axis.js';
import { buildNetwork } from '../../../src/schedule/analysis/internal/network.js';
import { Propagator, startCaps } from '../../../src/schedule/analysis/internal/propagate.js';
import { calendarPositions } from '../../../src/schedule/analysis/internal/positions.js';
import { reschedule } from '../../../src/schedule/analysis/internal/reschedule.js';
import { deepFreeze } from '../../helpers.js';
import { portfolio, project, type L, type T, type X } from './build.js';

/** Runs per property; raise with FC_RUNS_FACTOR=10 for a longer search. */
const runs = (n: number): number => n * Number(process.env['FC_RUNS_FACTOR'] ?? 1);

const TYPES: DependencyType[] = ['FS', 'SS', 'FF', 'SF'];
const PROJECT_IDS = ['__proto__', 'constructor', 'toString', 'p/4'];
const TASK_IDS = ['__proto__', 'constructor', 'toString', 'valueOf', 't4', 't5', 't6'];
const DAY0 = Date.UTC(2026, 0, 5);
const iso = (days: number): string => new Date(DAY0 + days * 86_400_000).toISOString().slice(0, 10);

interface GenTask {
  readonly duration: number;
  readonly constraint: { type: Constraint['type']; day: number } | null;
  readonly deadline: number | null;
  /** Manual start (day), for tasks that are not summaries. */
  readonly manual: number | null;
}
interface GenProject {
  readonly startDay: number;
  readonly deadline: number | null;
  readonly tasks: readonly GenTask[];
  /** Number of children of a summary task 0 (0: no summary). */
  readonly children: number;
}
interface GenLink {
  readonly a: number;
  readonly b: number;
  readonly type: DependencyType;
  readonly lag: number;
}

const taskArb: fc.Arbitrary<GenTask> = fc.record({
  duration: fc.constantFrom(0, 1, 1, 2, 3, 5, 0.5),
  constraint: fc.option(fc.record({ type: fc.constantFrom<Constraint['type']>('SNET', 'FNET', 'SNLT', 'FNLT', 'MSO', 'MFO'), day: fc.integer({ min: 0, max: 30 }) }), { freq: 4 }),
  deadline: fc.option(fc.integer({ min: 0, max: 35 }), { freq: 4 }),
  // One task in ten is scheduled manually.
  manual: fc.oneof({ arbitrary: fc.constant(null), weight: 9 }, { arbitrary: fc.integer({ min: 0, max: 25 }), weight: 1 }),
});
const projectArb: fc.Arbitrary<GenProject> = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.record({
    startDay: fc.integer({ min: 0, max: 9 }),
    deadline: fc.option(fc.integer({ min: 5, max: 40 }), { freq: 3 }),
    tasks: fc.array(taskArb, { minLength: n, maxLength: n }),
    children: n >= 2 ? fc.oneof(fc.constant(0), fc.integer({ min: 1, max: n - 1 })) : fc.constant(0),
  }),
);

/**
 * Random portfolios of 2 to 4 projects with WBS summaries, constraints (no ALAP), deadlines, manual starts, every
 * link type with lags (halves included), tricky ids, and a holiday. Links go up the order of
 * (project, task) and never between a summary and its own subtask, so the leaf network is acyclic.
 */
const portfolioArb: fc.Arbitrary<Portfolio> = fc
  .array(projectArb, { minLength: 2, maxLength: 4 })
  .chain((projects) => {
    const total = projects.reduce((s, p) => s + p.tasks.length, 0);
    return fc.record({
      projects: fc.constant(projects),
      links: fc.array(
        fc.record({
          a: fc.integer({ min: 0, max: total - 1 }),
          b: fc.integer({ min: 0, max: total - 1 }),
          type: fc.constantFrom(...TYPES),
          lag: fc.integer({ min: -4, max: 6 }).map((x) => x / 2),
        }),
        { maxLength: 2 * total },
      ),
    });
  })
  .map(({ projects, links }) => build(projects, links));

function build(projects: readonly GenProject[], links: readonly GenLink[]): Portfolio {
  const where: [number, number][] = [];
  projects.forEach((p, pi) => p.tasks.forEach((_, ti) => where.push([pi, ti])));
  const intra: L[][] = projects.map(() => []);
  const cross: X[] = [];
  const isSummaryOf = (p: GenProject, s: number, t: number): boolean => s === 0 && p.children > 0 && t >= 1 && t <= p.children;
  for (const l of links) {
    if (l.a === l.b) continue;
    const [[pa, ta], [pb, tb]] = l.a < l.b ? [where[l.a]!, where[l.b]!] : [where[l.b]!, where[l.a]!];
    if (pa === pb) {
      const p = projects[pa]!;
      if (isSummaryOf(p, ta, tb) || isSummaryOf(p, tb, ta)) continue;
      intra[pa]!.push([TASK_IDS[ta]!, TASK_IDS[tb]!, l.type, l.lag]);
    } else cross.push([PROJECT_IDS[pa]!, TASK_IDS[ta]!, PROJECT_IDS[pb]!, TASK_IDS[tb]!, l.type, l.lag]);
  }
  return portfolio(
    projects.map((p, pi) => {
      const tasks: T[] = p.tasks.map((t, ti): T => {
        const summary = ti === 0 && p.children > 0;
        const extra: Partial<Task> = {};
        if (ti >= 1 && ti <= p.children) extra.parentId = TASK_IDS[0]!;
        const con = t.constraint;
        if (con !== null && (!summary || con.type === 'SNET' || con.type === 'FNLT')) extra.constraint = { type: con.type, date: iso(con.day) };
        if (t.deadline !== null) extra.deadline = iso(t.deadline);
        if (t.manual !== null && !summary) extra.manualStart = iso(t.manual);
        return [TASK_IDS[ti]!, summary ? 0 : t.duration, extra];
      });
      return project(PROJECT_IDS[pi]!, tasks, intra[pi], { start: iso(p.startDay), ...(p.deadline !== null ? { deadline: iso(p.deadline) } : {}) });
    }),
    cross,
    { calendars: [{ id: 'cal', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-01-14'], exceptions: [], hoursPerDay: 8 }], defaultCalendarId: 'cal' },
  );
}

/** Calendars of the multi-calendar portfolios: the reference (with a holiday) and three others. */
const CALENDARS = [
  { id: 'cal', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-01-14'], exceptions: [], hoursPerDay: 8 },
  { id: 'seven', workingDays: [1, 2, 3, 4, 5, 6, 7], holidays: [], exceptions: [], hoursPerDay: 24 },
  { id: 'six', workingDays: [1, 2, 3, 4, 5, 6], holidays: ['2026-01-10'], exceptions: [], hoursPerDay: 8 },
  { id: 'four', workingDays: [1, 2, 3, 4], holidays: [], exceptions: [{ date: '2026-01-16', working: true }], hoursPerDay: 10 },
];

/**
 * The same random portfolios with projects and tasks on several calendars: each project on one
 * of {@link CALENDARS}, and some tasks on their own (the reference calendar stays `cal`).
 */
const multiCalendarArb: fc.Arbitrary<Portfolio> = fc
  .record({ pf: portfolioArb, projectCals: fc.array(fc.nat({ max: 3 }), { minLength: 4, maxLength: 4 }), taskCals: fc.array(fc.nat({ max: 7 }), { minLength: 7, maxLength: 7 }) })
  .map(({ pf, projectCals, taskCals }) => ({
    ...pf,
    calendars: CALENDARS,
    projects: pf.projects.map((p, pi) => ({
      ...p,
      calendarId: CALENDARS[projectCals[pi]!]!.id,
      tasks: p.tasks.map((t, ti) => (taskCals[ti]! < 4 ? { ...t, calendarId: CALENDARS[taskCals[ti]!]!.id } : t)),
    })),
  }));

const leaves = (pf: Portfolio) => schedulePortfolio(pf).tasks.filter((t) => !t.summary);

/**
 * The one case rescheduling cannot pin exactly (documented): a task held by a constraint before
 * its project's start whose slipped start and finish both fall inside a day.
 */
function inexact(s: SchedulePortfolioResult, t: ScheduledTask, days: number, mode: 'finish' | 'start'): boolean {
  const whole = mode === 'start' || t.duration === 0;
  const start = t.earlyStart + (whole ? days : 0);
  const finish = start + t.duration + (whole ? 0 : days);
  const frac = (x: number) => Math.abs(x - Math.round(x)) > 1e-9;
  return start < s.projects.find((p) => p.id === t.projectId)!.start && frac(start) && frac(finish);
}

describe('analysis properties (random portfolios)', () => {
  it('impactOfDelay (rescheduling) moves every task exactly as forward propagation with link floats says', () => {
    fc.assert(
      fc.property(portfolioArb, fc.nat(), fc.constantFrom(0.5, 1, 2, 5), fc.constantFrom('finish' as const, 'start' as const), (pf, pick, days, mode) => {
        deepFreeze(pf);
        const schedule = schedulePortfolio(pf);
        const net = buildNetwork('test', pf, schedule);
        const propagator = new Propagator(net, startCaps(net, axisOf('test', pf, schedule)));
        const candidates = schedule.tasks.map((t, g) => ({ t, g })).filter((x) => !x.t.summary);
        const { t, g } = candidates[pick % candidates.length]!;
        fc.pre(!inexact(schedule, t, days, mode));
        const impact = impactOfDelay(pf, { projectId: t.projectId, taskId: t.id, days }, { mode, schedule });
        const whole = mode === 'start' || t.duration === 0;
        propagator.propagate([{ task: g, start: whole ? days : 0, finish: days }]);
        const fromPropagation = propagator.touched
          .map((k) => [schedule.tasks[k]!.key, propagator.startShift[k]!, propagator.finishShift[k]!] as const)
          .sort((x, y) => (x[0] < y[0] ? -1 : 1));
        const fromRescheduling = impact.tasks
          .filter((x) => !x.summary)
          .map((x) => [x.key, x.startShift, x.finishShift] as const)
          .sort((x, y) => (x[0] < y[0] ? -1 : 1));
        expect(fromRescheduling.map(([k, s, f]) => [k, round(s), round(f)])).toEqual(fromPropagation.map(([k, s, f]) => [k, round(s), round(f)]));
      }),
      { numRuns: runs(300) },
    );
  });

  it('singlePointsOfFailure (propagation) equals rescheduling every task and every project', () => {
    fc.assert(
      fc.property(portfolioArb, fc.constantFrom(1, 3), fc.constantFrom('finish' as const, 'start' as const), (pf, days, mode) => {
        deepFreeze(pf);
        const schedule = schedulePortfolio(pf);
        const spof = singlePointsOfFailure(pf, { minProjects: 0, days, mode, schedule });
        const byKey = new Map(spof.tasks.map((x) => [x.key, x.delayedProjects]));
        const show = (list: readonly { projectId: string; days: number }[]) => list.map((d) => `${d.projectId}+${round(d.days)}`);
        for (const t of leaves(pf)) {
          if (inexact(schedule, t, days, mode)) continue;
          const impact = impactOfDelay(pf, { projectId: t.projectId, taskId: t.id, days }, { mode, schedule });
          const others = impact.projects.filter((p) => p.projectId !== t.projectId && p.finishShift > 1e-9).map((p) => ({ projectId: p.projectId, days: p.finishShift }));
          expect([t.key, ...show(byKey.get(t.key)!)]).toEqual([t.key, ...show(others)]);
        }
        // A project slips as a whole: every leaf task starts `days` later.
        const net = buildNetwork('test', pf, schedule);
        const axis = axisOf('test', pf, schedule);
        const byProject = new Map(spof.projects.map((x) => [x.projectId, x.delayedProjects]));
        schedule.projects.forEach((p, pi) => {
          const slips = [];
          for (let g = net.projBase[pi]!; g < net.projBase[pi + 1]!; g++) if (net.isLeaf[g] === 1) slips.push({ task: g, days, mode: 'start' as const });
          const after = reschedule('test', net, axis, slips).schedule;
          const others = after.projects
            .map((q, qi) => ({ projectId: q.id, days: q.finish - schedule.projects[qi]!.finish }))
            .filter((d) => d.projectId !== p.id && d.days > 1e-9);
          expect([p.id, ...show(byProject.get(p.id)!)]).toEqual([p.id, ...show(others)]);
        });
      }),
      { numRuns: runs(60) },
    );
  });

  it('criticalDependencies agrees with the engine, and a slip one day beyond a link float moves the successor', () => {
    fc.assert(
      fc.property(portfolioArb, (pf) => {
        deepFreeze(pf);
        const schedule = schedulePortfolio(pf);
        const byKey = new Map(schedule.tasks.map((t) => [t.key, t]));
        const task = (projectId: string, id: string) => schedule.tasks.find((t) => t.projectId === projectId && t.id === id)!;
        const model = (projectId: string, id: string) => pf.projects.find((p) => p.id === projectId)!.tasks.find((t) => t.id === id)!;
        let slips = 0;
        for (const d of criticalDependencies(pf, { schedule })) {
          const from = task(d.fromProject, d.from);
          const to = task(d.toProject, d.to);
          expect(d.driving).toBe(d.float <= 0);
          expect(d.downstreamProjects).toContain(d.toProject);
          if (d.critical) expect(d.driving && (from.critical || from.summary) && (to.critical || to.summary)).toBe(true);
          if (from.summary || to.summary || d.float < 0) continue;
          // Between two leaf tasks, driving means listed among the driving predecessors, and the
          // converse holds when no other link joins the two tasks.
          const listed = byKey.get(to.key)!.drivingPredecessors.includes(from.key);
          if (d.driving) expect(listed).toBe(true);
          const joins = (x: (typeof pf.crossDependencies)[number]) =>
            x.fromProject === d.fromProject && under(pf, x.fromProject, d.from, x.from) && x.toProject === d.toProject && under(pf, x.toProject, d.to, x.to);
          if (pf.crossDependencies.filter(joins).length === 1 && d.fromProject !== d.toProject) expect(listed).toBe(d.driving);
          // The float is how far the predecessor can slip before this link moves its successor: one day
          // more moves it by at least a day (unless a constraint or a manual start holds the successor).
          const held = model(d.toProject, d.to).constraint !== undefined || model(d.toProject, d.to).parentId !== undefined || model(d.toProject, d.to).manualStart !== undefined;
          if (held || slips++ >= 2 || inexact(schedule, from, d.float + 1, 'start')) continue;
          const impact = impactOfDelay(pf, { projectId: d.fromProject, taskId: d.from, days: d.float + 1 }, { mode: 'start', schedule });
          const moved = impact.tasks.find((t) => t.key === to.key);
          expect(moved !== undefined && moved.startShift >= 1 - 1e-9).toBe(true);
        }
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('analysis properties (random portfolios on several calendars)', () => {
  it('criticalDependencies: a link is driving exactly when the engine says so, with a float of exactly 0', () => {
    let driving = 0;
    fc.assert(
      fc.property(multiCalendarArb, (pf) => {
        deepFreeze(pf);
        const schedule = schedulePortfolio(pf, { calendarId: 'cal' });
        const task = (projectId: string, id: string) => schedule.tasks.find((t) => t.projectId === projectId && t.id === id)!;
        for (const d of criticalDependencies(pf, { schedule })) {
          const from = task(d.fromProject, d.from);
          const to = task(d.toProject, d.to);
          if (from.summary || to.summary || d.float < 0) continue;
          // Other links between the two tasks (also through their WBS summaries) may be the driving one.
          const joins = pf.crossDependencies.filter(
            (x) => x.fromProject === d.fromProject && under(pf, x.fromProject, d.from, x.from) && x.toProject === d.toProject && under(pf, x.toProject, d.to, x.to),
          );
          const listed = to.drivingPredecessors.includes(from.key);
          if (joins.length === 1) expect([d.index, d.driving]).toEqual([d.index, listed]);
          if (d.driving) {
            expect(d.float).toBe(0);
            driving++;
          }
        }
      }),
      { numRuns: runs(300) },
    );
    expect(driving).toBeGreaterThan(50);
  });

  it('impactOfDelay: a slip within the total float (on the task\'s own calendar) does not move the finish', () => {
    let tried = 0;
    fc.assert(
      fc.property(multiCalendarArb, fc.nat(), fc.constantFrom('finish' as const, 'start' as const), (pf, pick, mode) => {
        deepFreeze(pf);
        const schedule = schedulePortfolio(pf, { calendarId: 'cal' });
        // Tasks no constraint holds (a slipped task leaves its own constraint and its summaries').
        const free = (projectId: string, id: string | undefined): boolean => {
          const task = pf.projects.find((p) => p.id === projectId)!.tasks.find((x) => x.id === id);
          return task === undefined || (task.constraint === undefined && free(projectId, task.parentId));
        };
        // (Not milestones: one that slips as a start sits on the next working day of its calendar.)
        const candidates = schedule.tasks.filter((t) => !t.summary && !t.milestone && t.totalFloat > 0 && free(t.projectId, t.id));
        fc.pre(candidates.length > 0);
        const t = candidates[pick % candidates.length]!;
        const days = t.totalFloat;
        fc.pre(!inexact(schedule, t, days, mode));
        const impact = impactOfDelay(pf, { projectId: t.projectId, taskId: t.id, days }, { mode, schedule });
        expect([t.key, impact.finishShift]).toEqual([t.key, 0]);
        tried++;
      }),
      { numRuns: runs(300) },
    );
    expect(tried).toBeGreaterThan(100);
  });

  it('impactOfDelay: shifts on each task\'s own calendar equal the propagation; a date that moves gives a shift', () => {
    let compared = 0;
    let datesMoved = 0;
    fc.assert(
      fc.property(multiCalendarArb, fc.nat(), fc.constantFrom(0.5, 1, 3), fc.constantFrom('finish' as const, 'start' as const), (pf, pick, days, mode) => {
        deepFreeze(pf);
        const schedule = schedulePortfolio(pf, { calendarId: 'cal' });
        const net = buildNetwork('test', pf, schedule);
        const pos = calendarPositions('test', net);
        const propagator = new Propagator(net, startCaps(net, axisOf('test', pf, schedule), pos), pos);
        const candidates = schedule.tasks.map((t, g) => ({ t, g })).filter((x) => !x.t.summary);
        const { t, g } = candidates[pick % candidates.length]!;
        const whole = mode === 'start' || t.duration === 0;
        // The inexact case of rescheduling, on the task's own calendar.
        const x = (pos === null ? schedule.tasks[g]!.earlyStart : pos.x[g]!) + (whole ? days : 0);
        const frac = (v: number) => Math.abs(v - Math.round(v)) > 1e-9;
        const projectStart = pos === null ? schedule.projects.find((p) => p.id === t.projectId)!.start : pos.start[g]!;
        fc.pre(!(x < projectStart && frac(x) && frac(x + t.duration + (whole ? 0 : days))));
        const impact = impactOfDelay(pf, { projectId: t.projectId, taskId: t.id, days }, { mode, schedule });
        propagator.propagate([{ task: g, start: whole ? days : 0, finish: days }]);
        // (A milestone whose dating alone changes has no move on its calendar; its date's move is checked below.)
        const fromPropagation = propagator.touched
          .filter((k) => Math.abs(propagator.startShift[k]!) > 1e-9 || Math.abs(propagator.finishShift[k]!) > 1e-9)
          .map((k) => [schedule.tasks[k]!.key, round(propagator.startShift[k]!), round(propagator.finishShift[k]!)] as const)
          .sort((x, y) => (x[0] < y[0] ? -1 : 1));
        const byKey = new Map(schedule.tasks.map((x) => [x.key, x]));
        const fromRescheduling = impact.tasks
          .filter((x) => !x.summary && !(x.milestone && x.oldStartDate !== x.newStartDate && Math.abs(propagator.startShift[schedule.tasks.indexOf(byKey.get(x.key)!)]!) <= 1e-9))
          .map((x) => [x.key, round(x.startShift), round(x.finishShift)] as const)
          .sort((x, y) => (x[0] < y[0] ? -1 : 1));
        expect(fromRescheduling).toEqual(fromPropagation);
        compared += fromPropagation.length;
        // A date that moves later gives a positive shift (tasks, projects, the portfolio).
        for (const x of impact.tasks) {
          if (x.newStartDate > x.oldStartDate) expect([x.key, x.startShift > 1e-9]).toEqual([x.key, true]);
          if (x.newFinishDate > x.oldFinishDate) expect([x.key, x.finishShift > 1e-9]).toEqual([x.key, true]);
        }
        for (const p of impact.projects) {
          if (p.newFinishDate === p.oldFinishDate) continue;
          expect([p.projectId, p.finishShift > 1e-9]).toEqual([p.projectId, true]);
          datesMoved++;
        }
        if (impact.newFinishDate > impact.oldFinishDate) expect(impact.finishShift).toBeGreaterThan(1e-9);
      }),
      { numRuns: runs(300) },
    );
    expect(compared).toBeGreaterThan(300);
    expect(datesMoved).toBeGreaterThan(50);
  });

  it('singlePointsOfFailure (propagation on the task calendars) equals rescheduling every task', () => {
    fc.assert(
      fc.property(multiCalendarArb, fc.constantFrom(1, 3), fc.constantFrom('finish' as const, 'start' as const), (pf, days, mode) => {
        deepFreeze(pf);
        const schedule = schedulePortfolio(pf, { calendarId: 'cal' });
        const spof = singlePointsOfFailure(pf, { minProjects: 0, days, mode, schedule });
        const byKey = new Map(spof.tasks.map((x) => [x.key, x.delayedProjects]));
        const show = (list: readonly { projectId: string; days: number }[]) => list.map((d) => `${d.projectId}+${round(d.days)}`);
        for (const t of leaves(pf)) {
          if (inexact(schedule, t, days, mode)) continue;
          const impact = impactOfDelay(pf, { projectId: t.projectId, taskId: t.id, days }, { mode, schedule });
          const others = impact.projects.filter((p) => p.projectId !== t.projectId && p.finishShift > 1e-9).map((p) => ({ projectId: p.projectId, days: p.finishShift }));
          expect([t.key, ...show(byKey.get(t.key)!)]).toEqual([t.key, ...show(others)]);
        }
      }),
      { numRuns: runs(60) },
    );
  });
});

/** Whether task `id` is task `top` or below it in the WBS of a project. */
function under(pf: Portfolio, projectId: string, id: string, top: string): boolean {
  const tasks = pf.projects.find((p) => p.id === projectId)!.tasks;
  for (let cur: string | undefined = id; cur !== undefined; cur = tasks.find((t) => t.id === cur)!.parentId) if (cur === top) return true;
  return false;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
