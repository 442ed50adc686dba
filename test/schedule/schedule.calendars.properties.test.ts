// Properties of multi-calendar scheduling (fast-check, seeded).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCalendar } from '../../src/calendar/index.js';
import type { Calendar } from '../../src/model/calendar.js';
import type { Project } from '../../src/model/project.js';
import type { Constraint, DependencyType, Task } from '../../src/model/task.js';
import { schedule, schedulePortfolio } from '../../src/schedule/index.js';
import type { ScheduleResult, ScheduledTask } from '../../src/schedule/index.js';
import { scheduleCore } from '../../src/schedule/internal/core.js';
import { readCriticalPathOptions } from '../../src/schedule/internal/request.js';
import { dayNumber } from '../../src/internal/dates.js';
import { portfolio } from './build.js';

const TYPES: DependencyType[] = ['FS', 'SS', 'FF', 'SF'];
const CALS: Calendar[] = [
  { id: 'std', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-01-14', '2026-01-27'], exceptions: [], hoursPerDay: 8 },
  { id: 'mt', workingDays: [1, 2, 3, 4], holidays: [], exceptions: [{ date: '2026-01-16', working: true }], hoursPerDay: 8 },
  { id: 'six', workingDays: [1, 2, 3, 4, 5, 6], holidays: ['2026-01-20'], exceptions: [], hoursPerDay: 8 },
  { id: 'seven', workingDays: [1, 2, 3, 4, 5, 6, 7], holidays: [], exceptions: [], hoursPerDay: 8 },
  { id: 'wkend', workingDays: [3, 6, 7], holidays: [], exceptions: [], hoursPerDay: 8 },
];
const COMPILED = new Map(CALS.map((c) => [c.id, compileCalendar(c)]));

interface Spec {
  readonly projectCal: string;
  readonly tasks: { duration: number; cal: string | null; constraint: Constraint | null }[];
  readonly links: { from: number; to: number; type: DependencyType; lag: number }[];
}

const DATES = ['2026-01-02', '2026-01-07', '2026-01-10', '2026-01-13', '2026-01-19', '2026-02-02'];
/** Random acyclic networks on random calendars; durations and lags in multiples of `1 / parts` (1: whole days). */
const specArb = (parts: 1 | 2 | 4, constraints: boolean): fc.Arbitrary<Spec> =>
  fc.integer({ min: 1, max: 14 }).chain((n) =>
    fc
      .record({
        projectCal: fc.constantFrom(...CALS.map((c) => c.id)),
        tasks: fc.array(
          fc.record({
            duration: fc.integer({ min: 0, max: 5 * parts }).map((x) => x / parts),
            cal: fc.option(fc.constantFrom(...CALS.map((c) => c.id)), { nil: null }),
            constraint: constraints
              ? fc.option(
                  fc.oneof(
                    fc.record({ type: fc.constantFrom('SNET', 'FNET', 'SNLT', 'FNLT', 'MSO', 'MFO' as const), date: fc.constantFrom(...DATES) }),
                    fc.constant({ type: 'ALAP' as const }),
                  ),
                  { nil: null, freq: 3 },
                )
              : fc.constant(null),
          }),
          { minLength: n, maxLength: n },
        ),
        rank: fc.shuffledSubarray(
          Array.from({ length: n }, (_, i) => i),
          { minLength: n, maxLength: n },
        ),
        raw: fc.array(
          fc.record({
            a: fc.integer({ min: 0, max: n - 1 }),
            b: fc.integer({ min: 0, max: n - 1 }),
            type: fc.constantFrom(...TYPES),
            lag: fc.integer({ min: -4 * parts, max: 4 * parts }).map((x) => x / parts),
          }),
          { maxLength: 2 * n },
        ),
      })
      .map(({ projectCal, tasks, rank, raw }) => {
        const pos = new Array<number>(n);
        rank.forEach((node, i) => (pos[node] = i));
        const links = raw
          .filter((l) => l.a !== l.b)
          .map((l) => (pos[l.a]! < pos[l.b]! ? { from: l.a, to: l.b, type: l.type, lag: l.lag } : { from: l.b, to: l.a, type: l.type, lag: l.lag }));
        return { projectCal, tasks: tasks.map((t) => ({ ...t, constraint: t.constraint as Constraint | null })), links };
      }),
  );

const toProject = (s: Spec, id = 'p', start = '2026-01-05'): Project => ({
  id,
  name: id,
  start,
  calendarId: s.projectCal,
  tasks: s.tasks.map(
    (t, i): Task => ({
      id: `t${i}`,
      name: `t${i}`,
      duration: t.duration,
      milestone: false,
      demands: [],
      ...(t.cal === null ? {} : { calendarId: t.cal }),
      ...(t.constraint === null ? {} : { constraint: t.constraint }),
    }),
  ),
  dependencies: s.links.map((l) => ({ from: `t${l.from}`, to: `t${l.to}`, type: l.type, lag: l.lag })),
});

const day = (iso: string): number => dayNumber(iso)!;

/**
 * Whether link u -> v holds between the dates of u and v (early or late), by the documented rule,
 * written independently of the engine: a start is the beginning of its first day, a finish the end
 * of its last day; the successor's start (finish) must be at a position of its calendar at least
 * the lag after the working days of its calendar before the predecessor's instant (a finish may
 * then end before that instant when it falls in a gap of the successor's calendar).
 */
function linkHolds(u: ScheduledTask, v: ScheduledTask, cv: string, type: DependencyType, lag: number, late: boolean): boolean {
  const C = COMPILED.get(cv)!;
  const [us, uf] = late ? [u.lateStartDate, u.lateFinishDate] : [u.earlyStartDate, u.earlyFinishDate];
  const [vs, vf] = late ? [v.lateStartDate, v.lateFinishDate] : [v.earlyStartDate, v.earlyFinishDate];
  const t = type === 'FS' || type === 'FF' ? day(uf) + 1 : day(us);
  if (type === 'FS' || type === 'SS') return C.dayIndex(day(vs)) >= C.dayIndex(t) + lag;
  return C.dayIndex(day(vf) + 1) >= C.dayIndex(t) + lag;
}

describe('multi-calendar properties', () => {
  it('respects every link in the early and late dates, and durations on each task calendar', () => {
    fc.assert(
      fc.property(specArb(1, false), (spec) => {
        // Milestones have one date for two instants; links are checked between tasks that take time.
        const p = toProject({ ...spec, tasks: spec.tasks.map((t) => ({ ...t, duration: Math.max(1, t.duration) })) });
        const s = schedule(p, { calendars: CALS });
        const calOf = (i: number): string => spec.tasks[i]!.cal ?? spec.projectCal;
        for (const l of spec.links) {
          const u = s.tasks[l.from]!;
          const v = s.tasks[l.to]!;
          expect(linkHolds(u, v, calOf(l.to), l.type, l.lag, false)).toBe(true);
          expect(linkHolds(u, v, calOf(l.to), l.type, l.lag, true)).toBe(true);
        }
        s.tasks.forEach((t, i) => {
          const C = COMPILED.get(calOf(i))!;
          const d = Math.max(1, spec.tasks[i]!.duration);
          expect(C.dayIndex(day(t.earlyFinishDate) + 1) - C.dayIndex(day(t.earlyStartDate))).toBe(d);
          expect(C.dayIndex(day(t.lateFinishDate) + 1) - C.dayIndex(day(t.lateStartDate))).toBe(d);
          expect(C.isWorkingDayNumber(day(t.earlyStartDate))).toBe(true);
          // No task before the project start; no constraints: floats are never negative.
          expect(t.earlyStartDate >= p.start).toBe(true);
          expect(t.totalFloat).toBeGreaterThanOrEqual(0);
          expect(t.freeFloat).toBeGreaterThanOrEqual(0);
          expect(t.freeFloat).toBeLessThanOrEqual(t.totalFloat);
          expect(t.lateStartDate >= t.earlyStartDate).toBe(true);
        });
        // The critical paths are chains of critical tasks; something is critical.
        for (const path of s.criticalPaths) for (const k of path) expect(s.tasks.find((t) => t.id === k)!.critical).toBe(true);
        expect(s.tasks.some((t) => t.critical)).toBe(true);
      }),
      { seed: 20260105, numRuns: 300 },
    );
  });

  it('never gives a negative float without constraints, with fractional durations and lags, and the late schedule respects every link', () => {
    // On a round-the-clock reference calendar an offset is the instant itself (days since the
    // start), so links are checked on the instants, independently of the engine: the position of
    // an instant on a calendar C is W_C (C's working time before it); a start or a finish at a
    // position of its calendar has that position as W of its instant.
    const W = (cal: string, t: number): number => {
      const C = COMPILED.get(cal)!;
      const d = Math.floor(t + 1e-9);
      return C.dayIndex(d) + (C.isWorkingDayNumber(d) ? Math.max(0, t - d) : 0);
    };
    const origin = day('2026-01-05');
    fc.assert(
      fc.property(specArb(4, false), (spec) => {
        const calOf = (i: number): string => spec.tasks[i]!.cal ?? spec.projectCal;
        const run = (tasks: Spec['tasks']) => schedulePortfolio(portfolio([toProject({ ...spec, tasks })], [], { calendars: CALS }), { calendarId: 'seven' });
        // Floats with milestones too.
        for (const t of run(spec.tasks).tasks) {
          expect([t.id, t.totalFloat >= -1e-9, t.freeFloat >= 0, t.freeFloat <= t.totalFloat + 1e-9]).toEqual([t.id, true, true, true]);
        }
        // Links between tasks that take time (a milestone's instant depends on what drives it).
        const s = run(spec.tasks.map((t) => ({ ...t, duration: Math.max(0.25, t.duration) })));
        const end = Math.max(...s.tasks.map((t) => t.earlyFinish));
        s.tasks.forEach((t) => {
          expect([t.id, t.totalFloat >= -1e-9, t.lateStart >= t.earlyStart - 1e-9, t.lateFinish <= end + 1e-9]).toEqual([t.id, true, true, true]);
        });
        for (const late of [false, true]) {
          for (const l of spec.links) {
            const u = s.tasks[l.from]!;
            const v = s.tasks[l.to]!;
            const [us, uf, vs, vf] = late ? [u.lateStart, u.lateFinish, v.lateStart, v.lateFinish] : [u.earlyStart, u.earlyFinish, v.earlyStart, v.earlyFinish];
            const x = origin + (l.type === 'FS' || l.type === 'FF' ? uf : us);
            const y = origin + (l.type === 'FS' || l.type === 'SS' ? vs : vf);
            const cv = calOf(l.to);
            const slack = W(cv, y) - W(cv, x) - l.lag;
            expect([late, u.id, v.id, l.type, slack >= -1e-9]).toEqual([late, u.id, v.id, l.type, true]);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives exactly the single-calendar results on the multi-calendar path when every calendar is the same', () => {
    // The project works on a twin of the reference calendar that differs only on a Wednesday (a
    // working day of every calendar here) long after any of these schedules: the calendars differ,
    // so the engine takes the multi-calendar path, which must give what the single-calendar path
    // gives on the reference calendar itself.
    const FAR = '2099-12-30';
    const twins = new Map(CALS.map((c) => [c.id, compileCalendar({ ...c, holidays: [...c.holidays, FAR] })]));
    fc.assert(
      fc.property(specArb(2, true), fc.boolean(), (spec, summary) => {
        const one = { ...spec, tasks: spec.tasks.map((t) => ({ ...t, cal: null })) };
        const p = toProject(one);
        // A WBS summary over the last task (no links reach it from its summary).
        const project: Project = summary
          ? { ...p, tasks: [...p.tasks.map((t, i) => (i === p.tasks.length - 1 ? { ...t, parentId: 'S' } : t)), { id: 'S', name: 'S', duration: 0, milestone: false, demands: [] }] }
          : p;
        const cal = COMPILED.get(spec.projectCal)!;
        const twin = twins.get(spec.projectCal)!;
        expect(twin.sameWorkingDays(cal)).toBe(false);
        const req = {
          fn: 'schedule',
          projects: [project],
          cross: [],
          calendar: cal,
          taskCalendar: (id: string) => COMPILED.get(id),
          mode: 'project' as const,
          lateFinish: 'portfolio' as const,
          options: readCriticalPathOptions('schedule', {}),
        };
        const run = (projectCalendar: typeof cal) => {
          try {
            return scheduleCore({ ...req, projectCalendars: [projectCalendar] });
          } catch (err) {
            return (err as Error).message;
          }
        };
        expect(run(twin)).toEqual(run(cal));
      }),
      { seed: 7, numRuns: 400 },
    );
  });

  it('does not depend on the order of tasks and links', () => {
    fc.assert(
      fc.property(specArb(1, true), fc.integer({ min: 0, max: 1000 }), (spec, salt) => {
        const p = toProject(spec);
        const perm = <T>(xs: readonly T[]): T[] => xs.map((x, i) => [x, (i * 7919 + salt) % 1009] as const).sort((a, b) => a[1] - b[1]).map((x) => x[0]);
        const q: Project = { ...p, tasks: perm(p.tasks), dependencies: perm(p.dependencies ?? []).reverse() };
        const a = schedule(p, { calendars: CALS });
        const b = schedule(q, { calendars: CALS });
        const strip = (s: ScheduleResult) => [...s.tasks].sort((x, y) => (x.id < y.id ? -1 : 1)).map(({ drivingPredecessors, ...t }) => ({ ...t, drivingPredecessors: [...drivingPredecessors].sort() }));
        expect(strip(b)).toEqual(strip(a));
        expect(b.criticalPaths).toEqual(a.criticalPaths);
        // (Warnings name the first offending task in input order as an example.)
        expect([b.startDate, b.finishDate, b.duration, b.warnings.length]).toEqual([a.startDate, a.finishDate, a.duration, a.warnings.length]);
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it('schedules a portfolio whose projects use different calendars like one project with task calendars', () => {
    fc.assert(
      fc.property(specArb(1, false), specArb(1, false), (s1, s2) => {
        const pa = toProject(s1, 'a');
        const pb = toProject(s2, 'b', '2026-01-07');
        const pf = portfolio([pa, pb], [['a', 't0', 'b', 't0', 'FS', 1]], { calendars: CALS, defaultCalendarId: s1.projectCal });
        const s = schedulePortfolio(pf);
        // The same network as one project whose tasks name their calendars, with b's start as SNET.
        const merged: Project = {
          id: 'm',
          name: 'm',
          start: '2026-01-05',
          calendarId: s1.projectCal,
          tasks: [
            ...pa.tasks.map((t) => ({ ...t, id: `a/${t.id}`, calendarId: t.calendarId ?? s1.projectCal })),
            ...pb.tasks.map((t) => ({ ...t, id: `b/${t.id}`, calendarId: t.calendarId ?? s2.projectCal, constraint: { type: 'SNET' as const, date: '2026-01-07' } })),
          ],
          dependencies: [
            ...(pa.dependencies ?? []).map((d) => ({ ...d, from: `a/${d.from}`, to: `a/${d.to}` })),
            ...(pb.dependencies ?? []).map((d) => ({ ...d, from: `b/${d.from}`, to: `b/${d.to}` })),
            { from: 'a/t0', to: 'b/t0', type: 'FS' as const, lag: 1 },
          ],
        };
        const m = schedule(merged, { calendars: CALS });
        const key = (t: ScheduledTask) => [t.earlyStart, t.earlyFinish, t.lateStart, t.lateFinish, t.earlyStartDate, t.earlyFinishDate, t.lateStartDate, t.lateFinishDate, t.totalFloat, t.freeFloat];
        expect(s.tasks.map(key)).toEqual(m.tasks.map(key));
      }),
      { seed: 3, numRuns: 150 },
    );
  });
});
