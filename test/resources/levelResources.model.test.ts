/**
 * levelResources: ALAP placement, deadline modes (soft, hard, ignore) and fractional working
 * days. (`pmo level` on fractions: test/cli/level.test.ts.)
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeadlineError, PmoError } from '../../src/errors.js';
import { parsePortfolio } from '../../src/model/parse.js';
import type { PortfolioInput } from '../../src/model/portfolio.js';
import { levelResources, overallocations, verifySchedule, type LevelResourcesResult } from '../../src/resources/index.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';
import { deepFreeze, ROOT } from '../helpers.js';

const SAMPLE = `${ROOT}examples/data/sample-portfolio.json`;

type TaskIn = PortfolioInput['projects'][number]['tasks'][number];
type LinkIn = NonNullable<PortfolioInput['projects'][number]['dependencies']>[number];

/** One project starting Monday 2026-01-05 on the standard calendar (Mon–Fri), resource ann (capacity 1). */
function one(tasks: TaskIn[], dependencies: LinkIn[] = [], extra: Partial<PortfolioInput['projects'][number]> = {}): PortfolioInput {
  return {
    id: 'pf',
    name: 'Portfolio',
    resources: [{ id: 'ann', name: 'Ann', capacity: 1 }],
    projects: [{ id: 'P', name: 'P', start: '2026-01-05', tasks, dependencies, ...extra }],
  };
}
const ann = (units = 1) => [{ resourceId: 'ann', units }];
const byKey = (r: LevelResourcesResult) => new Map(r.tasks.map((t) => [t.key, t] as const));
const caught = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('levelResources: ALAP', () => {
  /**
   * Axis offsets 0..5 = Mon 5 .. Mon 12 Jan. `long` (6 days, no demand) sets the finish to 6.
   * Ann (capacity 1) does a (1 day), c (1 day, ALAP) and b (2 days, SNET Fri 9 Jan = offset 4).
   * c is followed by d (1 day, no demand). As late as possible: d at 5 (finish 6), so c by 4;
   * Ann is busy with b on 4 and 5, so c sits at 3 and d follows it at 4.
   */
  const input = one(
    [
      { id: 'long', name: 'Long', duration: 6 },
      { id: 'a', name: 'A', duration: 1, demands: ann() },
      { id: 'c', name: 'C', duration: 1, demands: ann(), constraint: { type: 'ALAP' } },
      { id: 'd', name: 'D', duration: 1 },
      { id: 'b', name: 'B', duration: 2, demands: ann(), constraint: { type: 'SNET', date: '2026-01-09' } },
    ],
    [{ from: 'c', to: 'd' }],
  );
  it('places an ALAP task as late as the resource profile, its successors and the finish allow (hand-checked)', () => {
    const p = deepFreeze(parsePortfolio(input));
    const r = levelResources(p, { schedules: 200 });
    const t = byKey(r);
    expect(r.warnings).toEqual([]);
    expect(r.makespan).toBe(6);
    expect(t.get('P/b')!.start).toBe(4);
    expect(t.get('P/c')!.start).toBe(3);
    expect(t.get('P/c')!.startDate).toBe('2026-01-08');
    expect(t.get('P/d')!.start).toBe(4);
    expect(t.get('P/a')!.start).toBeLessThan(3);
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
    expect(overallocations(p, r)).toEqual([]);
  });
  it('with unlimited capacity, an ALAP task sits where schedule() puts it', () => {
    const free = structuredClone(input);
    free.resources![0]!.capacity = 10;
    const p = parsePortfolio(free);
    const r = levelResources(p, { schedules: 50 });
    const cpm = schedulePortfolio(p, { progress: 'plan' });
    for (const c of cpm.tasks) {
      const t = byKey(r).get(c.key)!;
      expect([c.key, t.start, t.finish, t.startDate, t.finishDate]).toEqual([c.key, c.earlyStart, c.earlyFinish, c.earlyStartDate, c.earlyFinishDate]);
    }
    // c at its late start 4, d follows at 5.
    expect(byKey(r).get('P/c')!.start).toBe(4);
    expect(byKey(r).get('P/d')!.start).toBe(5);
  });
  it('on the sample portfolio with unlimited capacity, ALAP tasks land where schedulePortfolio puts them', () => {
    const data = JSON.parse(readFileSync(SAMPLE, 'utf8')) as PortfolioInput;
    for (const r of data.resources ?? []) r.capacity = 1000;
    const parents = new Set(data.projects.flatMap((pr) => pr.tasks.map((t) => `${pr.id}/${t.parentId}`)));
    let alap = 0;
    for (const pr of data.projects) {
      pr.tasks.forEach((t, i) => {
        if (t.constraint !== undefined && t.constraint.type !== 'SNET' && t.constraint.type !== 'FNET') delete t.constraint;
        delete t.deadline;
        if (!parents.has(`${pr.id}/${t.id}`) && t.constraint === undefined && i % 3 === 1) {
          t.constraint = { type: 'ALAP' };
          alap++;
        }
      });
      delete pr.deadline;
    }
    expect(alap).toBeGreaterThan(5);
    const p = parsePortfolio(data);
    const cpm = schedulePortfolio(p, { progress: 'plan' });
    const r = levelResources(p, { schedules: 50 });
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
    const t = byKey(r);
    let moved = 0;
    for (const c of cpm.tasks) {
      if (c.summary) continue;
      const x = t.get(c.key)!;
      expect([c.key, x.start, x.startDate, x.finishDate]).toEqual([c.key, c.earlyStart, c.earlyStartDate, c.earlyFinishDate]);
      if (x.shift > 0) moved++;
    }
    expect(moved).toBeGreaterThan(0);
    expect(r.makespan).toBe(cpm.duration);
  });
  it('keeps an ALAP task out of a slot that every aggregate allows but no assignment meets (hand-checked)', () => {
    // Skills over overlapping people (each gives 1): x = {a, b}, y = {b, c}, w = {c, d}; e is in
    // the pool with none of them. `long` (4 days) sets the finish to 4; X (2 of x) and Z (2 of w)
    // are held to the last day (SNET Thu 8 Jan = offset 3), where they take a, b, c and d. Y (half
    // a unit of y, ALAP) on that day too keeps every per-skill, per-pair and pool aggregate (x+y
    // 2.5 <= 3, y+w 2.5 <= 3, pool 4.5 <= 5) but asks 4.5 of {a, b, c, d}, which gives 4: Y sits
    // on Wednesday (offset 2), and its successor `after` (no demand, SS) follows it there.
    const p = deepFreeze(
      parsePortfolio({
        id: 'pf',
        name: 'Portfolio',
        resources: [
          { id: 'a', name: 'A', capacity: 1, skills: { x: 1 } },
          { id: 'b', name: 'B', capacity: 1, skills: { x: 1, y: 1 } },
          { id: 'c', name: 'C', capacity: 1, skills: { y: 1, w: 1 } },
          { id: 'd', name: 'D', capacity: 1, skills: { w: 1 } },
          { id: 'e', name: 'E', capacity: 1, skills: { v: 1 } },
        ],
        pools: [{ id: 'all', name: 'All', resourceIds: ['a', 'b', 'c', 'd', 'e'] }],
        projects: [
          {
            id: 'P',
            name: 'P',
            start: '2026-01-05',
            tasks: [
              { id: 'long', name: 'Long', duration: 4 },
              { id: 'X', name: 'X', duration: 1, demands: [{ skill: 'x', units: 2 }], constraint: { type: 'SNET', date: '2026-01-08' } },
              { id: 'Z', name: 'Z', duration: 1, demands: [{ skill: 'w', units: 2 }], constraint: { type: 'SNET', date: '2026-01-08' } },
              { id: 'Y', name: 'Y', duration: 1, demands: [{ skill: 'y', units: 0.5 }], constraint: { type: 'ALAP' } },
              { id: 'after', name: 'After', duration: 1 },
            ],
            dependencies: [{ from: 'Y', to: 'after', type: 'SS' }],
          },
        ],
      }),
    );
    const r = levelResources(p, { schedules: 200 });
    const t = byKey(r);
    expect(r.warnings).toEqual([]);
    expect(r.makespan).toBe(4);
    expect([t.get('P/X')!.start, t.get('P/Z')!.start]).toEqual([3, 3]);
    expect(t.get('P/Y')!.start).toBe(2);
    expect(t.get('P/Y')!.startDate).toBe('2026-01-07');
    expect(t.get('P/after')!.start).toBe(2);
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
    expect(overallocations(p, r)).toEqual([]);
    // The slot it avoided: every aggregate accepts Y on Thursday, the exact assignment does not
    // (overallocations reports it as an 'assignment' entry only).
    const later = r.tasks.map((x) => (x.id === 'Y' ? { ...x, start: 3, finish: 4, startDate: '2026-01-08', finishDate: '2026-01-08' } : x));
    const there = overallocations(p, { calendarId: r.calendarId, startDate: r.startDate, tasks: later });
    expect(there.map((o) => [o.kind, o.period, o.peakDemand, o.capacity, o.tasks.map((x) => x.key)])).toEqual([['assignment', '2026-01-08', 4.5, 4, ['P/X', 'P/Z', 'P/Y']]]);
    const y = r.instance.activities.findIndex((a) => a.id === 'P/Y');
    const moved = r.starts.map((s, i) => (i === y ? 3 : s));
    const broken = verifySchedule(r.instance, moved).filter((v) => v.kind === 'assignment');
    expect(broken.map((v) => [v.period, v.kind === 'assignment' ? v.demand : 0])).toEqual([[3, 4.5]]);
    // Y's half unit on Wednesday comes from its own skill's people.
    const ya = r.assignments.find((x) => x.key === 'P/Y')!;
    expect(ya.people.reduce((s, x) => s + x.unitDays, 0)).toBe(0.5);
    for (const x of ya.people) expect(['b', 'c']).toContain(x.resourceId);
  });
  it('never moves an ALAP task past a deadline it meets', () => {
    const withDeadline = structuredClone(input);
    withDeadline.projects[0]!.tasks[2]!.deadline = '2026-01-06';
    const r = levelResources(parsePortfolio(withDeadline), { schedules: 200 });
    expect(byKey(r).get('P/c')!.finish).toBeLessThanOrEqual(2);
    expect(r.lateness).toBe(0);
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
  });
});

describe('levelResources: deadlines', () => {
  /** x and y (2 days each) both need Ann; y must finish by Tue 6 Jan (offset 2), so y goes first. */
  const order = one(
    [
      { id: 'x', name: 'X', duration: 2, demands: ann() },
      { id: 'y', name: 'Y', duration: 2, demands: ann(), deadline: '2026-01-06' },
    ],
    [],
  );
  it("'hard' meets a deadline that only an ordering can meet; true and 'soft' are the default", () => {
    const p = parsePortfolio(order);
    const hard = levelResources(p, { schedules: 100, deadlines: 'hard' });
    expect(hard.deadlines).toBe('hard');
    expect(byKey(hard).get('P/y')!.start).toBe(0);
    expect(hard.lateness).toBe(0);
    expect(verifySchedule(hard.instance, hard.starts)).toEqual([]);
    const soft = levelResources(p, { schedules: 100 });
    expect(soft.deadlines).toBe('soft');
    expect(levelResources(p, { schedules: 100, deadlines: true })).toEqual(soft);
    expect(levelResources(p, { schedules: 100, deadlines: 'soft' })).toEqual(soft);
  });
  it("'ignore' (or false) drops them", () => {
    const p = parsePortfolio(order);
    const r = levelResources(p, { schedules: 100, deadlines: 'ignore' });
    expect(r.deadlines).toBe('ignore');
    expect(r.instance.activities.every((a) => a.deadline === undefined)).toBe(true);
    expect(levelResources(p, { schedules: 100, deadlines: false })).toEqual(r);
    expect(() => levelResources(p, { deadlines: 'strict' as never })).toThrow(/options.deadlines must be "soft", "hard" or "ignore"/);
  });
  it("'hard' names a deadline before the critical-path early finish as provably infeasible", () => {
    const input = one(
      [
        { id: 'a', name: 'A', duration: 3 },
        { id: 'b', name: 'B', duration: 2, deadline: '2026-01-08' },
      ],
      [{ from: 'a', to: 'b' }],
    );
    const p = parsePortfolio(input);
    const err = caught(() => levelResources(p, { deadlines: 'hard' }));
    expect(err).toBeInstanceOf(DeadlineError);
    expect(err).toBeInstanceOf(PmoError);
    const e = err as DeadlineError;
    expect(e.code).toBe('DEADLINE');
    expect(e.missed).toEqual([{ id: 'P/b', source: 'deadline 2026-01-08', deadline: 4, earliestFinish: 5, finish: 5, provable: true }]);
    expect(e.message).toMatch(/levelResources: 1 hard deadline cannot be met by any schedule/);
    expect(e.message).toMatch(/task "b" of project "P" must finish by 2026-01-08 \(deadline 2026-01-08\) but cannot finish before 2026-01-09, even without resource limits \(provably infeasible\)/);
    // Soft: the same portfolio levels, reporting the lateness.
    const soft = levelResources(p, { schedules: 50 });
    expect(soft.lateness).toBe(1);
  });
  it("'hard' reports a deadline the resources make impossible as not met within the budget", () => {
    // Both must finish by Tue 6 Jan, each can alone, but Ann cannot do both.
    const input = one([
      { id: 'x', name: 'X', duration: 2, demands: ann(), constraint: { type: 'FNLT', date: '2026-01-06' } },
      { id: 'y', name: 'Y', duration: 2, demands: ann(), deadline: '2026-01-06' },
    ]);
    const err = caught(() => levelResources(parsePortfolio(input), { schedules: 60, deadlines: 'hard' })) as DeadlineError;
    expect(err).toBeInstanceOf(DeadlineError);
    expect(err.missed).toHaveLength(1);
    expect(err.missed[0]).toMatchObject({ deadline: 2, earliestFinish: 2, finish: 4, provable: false });
    expect(err.message).toMatch(/1 hard deadline is not met \(0 provably infeasible, 1 not met within the budget\)/);
    expect(err.message).toMatch(/the best schedule found within \d+ schedules finishes it by 2026-01-08 \(not proven infeasible/);
    expect(err.message).toMatch(err.missed[0]!.id === 'P/x' ? /task "x" of project "P" must finish by 2026-01-06 \(FNLT 2026-01-06\)/ : /task "y" of project "P" must finish by 2026-01-06 \(deadline 2026-01-06\)/);
  });
});

describe('levelResources: fractional working days', () => {
  /** Half-day tasks and a quarter-day lag: the grid is 1/4 day. */
  const frac = (capacity: number): PortfolioInput => {
    const x = one(
      [
        { id: 'a', name: 'A', duration: 0.5, demands: ann() },
        { id: 'b', name: 'B', duration: 0.5, demands: ann() },
        { id: 'c', name: 'C', duration: 1.5, demands: ann() },
        { id: 'd', name: 'D', duration: 1 },
        { id: 'm', name: 'M', duration: 0, milestone: true },
      ],
      [
        { from: 'a', to: 'd', type: 'FS', lag: 0.25 },
        { from: 'c', to: 'm' },
      ],
    );
    x.resources![0]!.capacity = capacity;
    return x;
  };
  it('with unlimited capacity equals schedulePortfolio exactly (offsets and dates)', () => {
    const p = parsePortfolio(frac(10));
    const r = levelResources(p, { schedules: 50 });
    expect(r.periodsPerDay).toBe(4);
    expect(r.warnings).toEqual([]);
    const cpm = schedulePortfolio(p, { progress: 'plan' });
    for (const c of cpm.tasks) {
      const t = byKey(r).get(c.key)!;
      expect([c.key, t.start, t.finish, t.duration, t.startDate, t.finishDate]).toEqual([c.key, c.earlyStart, c.earlyFinish, c.duration, c.earlyStartDate, c.earlyFinishDate]);
    }
    expect(r.makespan).toBe(cpm.duration);
    expect(r.makespan).toBe(1.75);
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
  });
  it('levels half days exactly under a capacity (hand-checked)', () => {
    // Ann does a, b (half a day each) and c (a day and a half) one after another: 2.5 days, not
    // the 4 whole days of rounding up. d follows a by a quarter day; m follows c.
    const p = deepFreeze(parsePortfolio(frac(1)));
    const r = levelResources(p, { schedules: 300 });
    expect(r.periodsPerDay).toBe(4);
    expect(r.makespan).toBe(2.5);
    expect(r.lowerBound).toBe(2.5);
    expect(r.criticalPathLength).toBe(1.75);
    expect(r.finishDate).toBe('2026-01-07');
    const t = byKey(r);
    const ann = ['P/a', 'P/b', 'P/c'].map((k) => [t.get(k)!.start, t.get(k)!.finish] as const).sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < ann.length; i++) expect(ann[i]![0]).toBeGreaterThanOrEqual(ann[i - 1]![1]);
    expect(t.get('P/d')!.start).toBeGreaterThanOrEqual(t.get('P/a')!.finish + 0.25);
    expect(t.get('P/m')!.start).toBe(t.get('P/c')!.finish);
    for (const x of r.tasks) {
      expect(x.finish - x.start).toBe(x.duration);
      expect(x.startDate).toBe(['2026-01-05', '2026-01-06', '2026-01-07'][Math.floor(x.start)]);
    }
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
    expect(overallocations(p, r)).toEqual([]);
  });
  it('reports assignments in unit-days on a half-day grid (hand-checked)', () => {
    // Ann and Bob both have dev. a (half a day, 2 dev) takes both of them; b (a day and a half,
    // Ann) and c (a day, 1 dev) do not overlap it: makespan 2 days (Ann's 2 days of work), on a
    // grid of 2 periods a day. Ann is busy all along, so c falls to Bob.
    const p = parsePortfolio({
      id: 'pf',
      name: 'Portfolio',
      resources: [
        { id: 'ann', name: 'Ann', capacity: 1, skills: { dev: 1 } },
        { id: 'bob', name: 'Bob', capacity: 1, skills: { dev: 1 } },
      ],
      projects: [
        {
          id: 'P',
          name: 'P',
          start: '2026-01-05',
          tasks: [
            { id: 'a', name: 'A', duration: 0.5, demands: [{ skill: 'dev', units: 2 }] },
            { id: 'b', name: 'B', duration: 1.5, demands: [{ resourceId: 'ann', units: 1 }] },
            { id: 'c', name: 'C', duration: 1, demands: [{ skill: 'dev', units: 1 }] },
          ],
        },
      ],
    });
    const r = levelResources(p, { schedules: 300 });
    expect(r.periodsPerDay).toBe(2);
    expect(r.makespan).toBe(2);
    const t = byKey(r);
    const a = t.get('P/a')!;
    for (const k of ['P/b', 'P/c']) expect(t.get(k)!.finish <= a.start || t.get(k)!.start >= a.finish).toBe(true);
    expect(r.assignments).toEqual([
      {
        key: 'P/a',
        demand: 'skill:dev',
        units: 2,
        people: [
          { resourceId: 'ann', unitDays: 0.5 },
          { resourceId: 'bob', unitDays: 0.5 },
        ],
      },
      { key: 'P/b', demand: 'resource:ann', units: 1, people: [{ resourceId: 'ann', unitDays: 1.5 }] },
      { key: 'P/c', demand: 'skill:dev', units: 1, people: [{ resourceId: 'bob', unitDays: 1 }] },
    ]);
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
  });
  it('rounds up to the finest grid, with a warning, when no grid fits', () => {
    const input = frac(1);
    input.projects[0]!.dependencies![0]!.lag = 0.1;
    const r = levelResources(parsePortfolio(input), { schedules: 100 });
    expect(r.periodsPerDay).toBe(8);
    expect(r.warnings).toEqual(['1 duration, lag or start not on a grid of 1/8 working day is rounded up to it by leveling']);
    expect(r.instance.precedences![0]!.lag).toBe(1);
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
  });
  it('whole days keep a grid of one period per day', () => {
    const r = levelResources(parsePortfolio(JSON.parse(readFileSync(SAMPLE, 'utf8')) as PortfolioInput), { schedules: 50 });
    expect(r.periodsPerDay).toBe(1);
  });
});

describe('levelResources: random portfolios with fractional days, ALAP, SNET and FNET tasks, named and skill demands', () => {
  const TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
  const DUR = [0, 0.25, 0.5, 1, 1.5, 2, 3] as const;
  const LAG = [-1, -0.5, 0, 0, 0.25, 1] as const;
  type Demand = NonNullable<TaskIn['demands']>[number];
  const demandsOf = (who: string, units: number): Demand[] =>
    who === 'ann' || who === 'bob'
      ? [{ resourceId: who, units: 1 }]
      : who === 'dev+ann'
        ? [
            { resourceId: 'ann', units: 0.5 },
            { skill: 'dev', units: Math.min(units, 1.5) },
          ]
        : [{ skill: who, units }];
  const portfolioArb = fc.integer({ min: 1, max: 9 }).chain((n) =>
    fc
      .record({
        tasks: fc.array(
          fc.record({
            d: fc.constantFrom(...DUR),
            c: fc.constantFrom('ALAP', 'ALAP', 'none', 'none', 'SNET', 'FNET'),
            day: fc.integer({ min: 5, max: 16 }),
            who: fc.constantFrom('ann', 'bob', 'dev', 'qa', 'dev+ann', 'none'),
            units: fc.constantFrom(0.5, 1, 1.5, 2),
            project: fc.integer({ min: 0, max: 1 }),
          }),
          { minLength: n, maxLength: n },
        ),
        links: fc.array(fc.record({ a: fc.integer({ min: 0, max: n - 1 }), b: fc.integer({ min: 0, max: n - 1 }), type: fc.constantFrom(...TYPES), lag: fc.constantFrom(...LAG) }), {
          maxLength: 2 * n,
        }),
      })
      .map(({ tasks, links }) => {
        const projects = [0, 1].map((j) => ({
          id: `P${j}`,
          name: `P${j}`,
          start: j === 0 ? '2026-01-05' : '2026-01-07',
          tasks: [] as TaskIn[],
          dependencies: [] as LinkIn[],
        }));
        tasks.forEach((t, i) =>
          projects[t.project]!.tasks.push({
            id: `t${i}`,
            name: `T${i}`,
            duration: t.d,
            // Skills over overlapping people: dev = {ann, bob}, qa = {bob, cat}.
            ...(t.who === 'none' ? {} : { demands: demandsOf(t.who, t.units) }),
            ...(t.c === 'ALAP' ? { constraint: { type: 'ALAP' as const } } : {}),
            ...(t.c === 'SNET' || t.c === 'FNET' ? { constraint: { type: t.c, date: `2026-01-${String(t.day).padStart(2, '0')}` } } : {}),
          }),
        );
        const cross: { fromProject: string; from: string; toProject: string; to: string; type: (typeof TYPES)[number]; lag: number }[] = [];
        const seen = new Set<string>();
        for (const l of links) {
          if (l.a >= l.b || seen.has(`${l.a}-${l.b}`)) continue;
          seen.add(`${l.a}-${l.b}`);
          const pa = tasks[l.a]!.project;
          const pb = tasks[l.b]!.project;
          if (pa === pb) projects[pa]!.dependencies.push({ from: `t${l.a}`, to: `t${l.b}`, type: l.type, lag: l.lag });
          else cross.push({ fromProject: `P${pa}`, from: `t${l.a}`, toProject: `P${pb}`, to: `t${l.b}`, type: l.type, lag: l.lag });
        }
        return {
          id: 'rnd',
          name: 'Random',
          resources: [
            { id: 'ann', name: 'Ann', capacity: 1, skills: { dev: 1 } },
            { id: 'bob', name: 'Bob', capacity: 1, skills: { dev: 1, qa: 1 } },
            { id: 'cat', name: 'Cat', capacity: 1, skills: { qa: 1 } },
          ],
          projects: projects.filter((p) => p.tasks.length > 0),
          crossDependencies: cross,
        } as PortfolioInput;
      }),
  );
  it('every leveled schedule passes verifySchedule and has no over-allocation', () => {
    fc.assert(
      fc.property(portfolioArb, fc.integer({ min: 1, max: 1000 }), (input, seed) => {
        const p = parsePortfolio(input);
        const r = levelResources(p, { schedules: 60, seed });
        expect(verifySchedule(r.instance, r.starts)).toEqual([]);
        expect(overallocations(p, r)).toEqual([]);
        expect(r.warnings).toEqual([]);
        for (const t of r.tasks) expect(Number.isInteger(t.start * 4)).toBe(true);
      }),
      { numRuns: 60, seed: 11 },
    );
  });
  it('with unlimited capacity, every task starts where schedulePortfolio puts it', () => {
    fc.assert(
      fc.property(portfolioArb, (input) => {
        for (const r of input.resources ?? []) r.capacity = 100;
        const p = parsePortfolio(input);
        const cpm = schedulePortfolio(p, { progress: 'plan' });
        const r = levelResources(p, { schedules: 20 });
        const t = byKey(r);
        for (const c of cpm.tasks) {
          const x = t.get(c.key)!;
          expect([c.key, x.start, x.startDate, x.finishDate]).toEqual([c.key, c.earlyStart, c.earlyStartDate, c.earlyFinishDate]);
        }
      }),
      { numRuns: 80, seed: 12 },
    );
  });
  /** The same portfolios with calendars: the projects', some tasks' own, and some people's. */
  const CALS = ['std', 'six', 'mon-thu', 'tue-sat'] as const;
  const withCalendars = fc
    .tuple(portfolioArb, fc.array(fc.constantFrom(...CALS, undefined), { minLength: 14, maxLength: 14 }), fc.boolean())
    .map(([input, pick, people]) => {
      let k = 0;
      const next = (): string | undefined => pick[k++ % pick.length];
      const holiday = { date: '2026-01-14', working: false };
      return {
        ...input,
        defaultCalendarId: 'std',
        calendars: [
          { id: 'std', workingDays: [1, 2, 3, 4, 5], exceptions: [holiday] },
          { id: 'six', workingDays: [1, 2, 3, 4, 5, 6] },
          { id: 'mon-thu', workingDays: [1, 2, 3, 4] },
          { id: 'tue-sat', workingDays: [2, 3, 4, 5, 6], exceptions: [{ date: '2026-01-11', working: true }] },
        ],
        resources: input.resources!.map((r) => {
          const c = next();
          return c === undefined || !people ? r : { ...r, calendarId: c };
        }),
        projects: input.projects.map((p) => {
          const c = next();
          return {
            ...p,
            ...(c === undefined ? {} : { calendarId: c }),
            tasks: p.tasks.map((t) => {
              const tc = next();
              return tc === undefined || k % 3 !== 0 ? t : { ...t, calendarId: tc };
            }),
          };
        }),
      } as PortfolioInput;
    });
  it('with task and project calendars, every leveled schedule passes verifySchedule and has no over-allocation', () => {
    fc.assert(
      fc.property(withCalendars, fc.integer({ min: 1, max: 1000 }), (input, seed) => {
        const p = parsePortfolio(input);
        const r = levelResources(p, { schedules: 60, seed });
        expect(verifySchedule(r.instance, r.starts)).toEqual([]);
        // People on calendars of their own: a skill demand may exceed what the skill has on some
        // days, or a task's named demand on a person and a skill demand she shares may together
        // exceed what works on a day (a warning each, and over-allocated there); nothing else is
        // warned about, and without a warning nothing is over-allocated.
        expect(r.warnings.filter((w) => !/asking for all of it on those days|more of the same people together/.test(w))).toEqual([]);
        if (r.warnings.length === 0) expect(overallocations(p, r)).toEqual([]);
      }),
      { numRuns: 60, seed: 13 },
    );
  });
  /** With unlimited capacity, a leveled schedule that verifySchedule accepts, dated as schedulePortfolio dates it. */
  const datedAsSchedulePortfolio = (input: PortfolioInput): void => {
    for (const r of input.resources ?? []) r.capacity = 100;
    const p = parsePortfolio(input);
    const cpm = schedulePortfolio(p, { progress: 'plan' });
    const r = levelResources(p, { schedules: 20 });
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
    const t = byKey(r);
    for (const c of cpm.tasks) {
      const x = t.get(c.key)!;
      expect([c.key, x.startDate, x.finishDate]).toEqual([c.key, c.earlyStartDate, c.earlyFinishDate]);
    }
    expect(r.projects.map((x) => [x.id, x.startDate, x.finishDate])).toEqual(cpm.projects.map((x) => [x.id, x.startDate, x.finishDate]));
    // (The portfolio's start differs when the union axis starts on a day the reference calendar
    // does not work: offsets count from different days, and each finish is at least its start.)
    if (r.startDate === cpm.startDate) expect(r.finishDate).toBe(cpm.finishDate);
  };
  it('with task and project calendars and unlimited capacity, every task is dated where schedulePortfolio puts it (ALAP tasks aside)', () => {
    // ALAP tasks are left out here: when a late start falls in a gap of the task's calendar,
    // schedulePortfolio keeps the time of day of the early start on the last working day before
    // the gap (a continuous-time rule), while leveling takes the latest period (docs/leveling.md).
    const noAlap = (input: PortfolioInput): PortfolioInput => ({
      ...input,
      projects: input.projects.map((p) => ({ ...p, tasks: p.tasks.map((t) => (t.constraint?.type === 'ALAP' ? { ...t, constraint: undefined } : t)) })),
    });
    fc.assert(fc.property(withCalendars.map(noAlap), datedAsSchedulePortfolio), { numRuns: 100, seed: 14 });
  });
  it('with task calendars, milestones at the start of a project that begins on a weekend are dated as schedulePortfolio does', () => {
    // The start-of-axis case: a milestone on a calendar that does not work on the project's first
    // days finishes at the end of its last working day before the start, and a lag from it counts
    // the successor's working days from there (breaks before period 0 in the instance).
    const atStart = (input: PortfolioInput): PortfolioInput => ({
      ...input,
      projects: input.projects.map((p, j) => ({
        ...p,
        start: j === 0 ? '2026-01-10' : '2026-01-11',
        tasks: p.tasks.map((t, i) => (i % 2 === 0 ? { ...t, duration: 0, constraint: undefined } : t.constraint?.type === 'ALAP' ? { ...t, constraint: undefined } : t)),
      })),
    });
    fc.assert(fc.property(withCalendars.map(atStart), datedAsSchedulePortfolio), { numRuns: 100, seed: 15 });
  });
});
