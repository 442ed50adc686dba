/** levelResources on hand-checked portfolios: capacity, skills, pools, task and project calendars, demands above capacity, long horizons, late projects. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { parsePortfolio } from '../../src/model/parse.js';
import type { Portfolio, PortfolioInput } from '../../src/model/portfolio.js';
import { levelResources, overallocations, resourceLoading, verifySchedule } from '../../src/resources/index.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';
import { deepFreeze, ROOT } from '../helpers.js';
import { round, small } from './handChecked.js';

describe('levelResources', () => {
  it('levels the hand-checked portfolio to its optimum without over-allocations', () => {
    const p = deepFreeze(parsePortfolio(small()));
    const before = JSON.stringify(p);
    const r = levelResources(p, { schedules: 500 });
    expect(JSON.stringify(p)).toBe(before);
    expect(r.makespan).toBe(7);
    expect(r.finishDate).toBe('2026-01-14');
    expect(r.criticalPathLength).toBe(5);
    expect(r.schedules).toBeLessThanOrEqual(500);
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
    expect(overallocations(p, r)).toEqual([]);
    expect(r.tasks.map((t) => t.key)).toEqual(['P1/t1', 'P1/t2', 'P2/u1', 'P2/u2']);
    for (const t of r.tasks) expect(t.finish - t.start).toBe(t.duration);
  });
  it('with the delay objective, minimizes the average project delay', () => {
    const r = levelResources(parsePortfolio(small()), { schedules: 500, objective: 'delay' });
    expect(r.projects.map((x) => [x.id, x.criticalPathDuration, x.delay])).toEqual([
      ['P1', 5, 2],
      ['P2', 2, 1],
    ]);
    expect(r.averageDelay).toBe(1.5);
    expect(overallocations(parsePortfolio(small()), r)).toEqual([]);
  });
  it('weights delays by project priority', () => {
    const input = small();
    input.projects[0]!.priority = 10;
    input.projects[1]!.priority = 1;
    const r = levelResources(parsePortfolio(input), { schedules: 500, objective: 'delay' });
    expect(r.projects.map((x) => [x.id, x.weight, x.delay])).toEqual([
      ['P1', 2, 0],
      ['P2', 1, 5],
    ]);
  });
  it('levels the sample portfolio: links of every type, summaries, calendars, skills, pools, cross-project links', () => {
    const p = deepFreeze(parsePortfolio(JSON.parse(readFileSync(`${ROOT}examples/data/sample-portfolio.json`, 'utf8'))));
    const cpm = schedulePortfolio(p, { progress: 'plan' });
    expect(overallocations(p, cpm).length).toBeGreaterThan(0);
    const r = levelResources(p, { schedules: 400, seed: 3 });
    expect(r.schedules).toBeLessThanOrEqual(400);
    // Every rule holds but some deadlines, which the data makes impossible even without resources.
    expect(verifySchedule(r.instance, r.starts).filter((v) => v.kind !== 'deadline')).toEqual([]);
    // The trainers are Jan (Monday–Thursday) and Fischer (0.5): on Fridays a training demand of 1
    // cannot be met whatever the schedule, which the warning says; nothing else is over-allocated.
    expect(r.warnings.some((w) => /2 demands above what the resource or skill can provide on some working days/.test(w))).toBe(true);
    const left = overallocations(p, r);
    // Every entry, 'assignment' ones (exact per-moment assignment) included, is one that leveling
    // warned it cannot avoid: a training task on a Friday.
    for (const o of left) {
      expect(o.tasks.some((t) => t.key === 'wms/wms-train' || t.key === 'tel/tel-train')).toBe(true);
      expect(new Date(`${o.startDate}T00:00:00Z`).getUTCDay()).toBe(5);
    }
    expect(r.makespan).toBeGreaterThanOrEqual(cpm.duration);
    expect(r.tasks).toHaveLength(cpm.tasks.length);
    const byKey = new Map(r.tasks.map((t) => [t.key, t] as const));
    for (const t of cpm.tasks) expect(byKey.get(t.key)!.start).toBeGreaterThanOrEqual(Math.floor(t.earlyStart));
    // Deterministic.
    expect(levelResources(p, { schedules: 400, seed: 3 })).toEqual(r);
  });
  it('with unlimited capacity equals the CPM early schedule (no deadline constraints)', () => {
    const input = JSON.parse(readFileSync(`${ROOT}examples/data/sample-portfolio.json`, 'utf8')) as PortfolioInput;
    for (const r of input.resources ?? []) r.capacity = 1000;
    for (const pr of input.projects)
      for (const t of pr.tasks) if (t.constraint !== undefined && t.constraint.type !== 'SNET' && t.constraint.type !== 'FNET') delete t.constraint;
    const p = parsePortfolio(input);
    const cpm = schedulePortfolio(p, { progress: 'plan' });
    const r = levelResources(p, { schedules: 50 });
    const early = new Map(cpm.tasks.map((t) => [t.key, t.earlyStart] as const));
    for (const t of r.tasks) if (!t.summary) expect(t.start).toBe(early.get(t.key));
    expect(r.makespan).toBe(cpm.duration);
    expect(r.projects.map((x) => x.finishDate)).toEqual(cpm.projects.map((x) => x.finishDate));
  });
  it('rejects bad options and broken references with PmoError', () => {
    const p = parsePortfolio(small());
    expect(() => levelResources(p, { schedules: -1 })).toThrow(/levelResources: options.schedules must be an integer/);
    expect(() => levelResources(p, { objective: 'cost' as never })).toThrow(/options.objective must be/);
    expect(() => levelResources(p, { calendarId: 'nope' })).toThrow(PmoError);
    expect(() => levelResources(null as never)).toThrow(/levelResources: expected a portfolio object/);
    const cyclic = small();
    cyclic.projects[0]!.dependencies!.push({ from: 't2', to: 't1' });
    expect(() => levelResources(parsePortfolio(cyclic))).toThrow(/cycle/);
  });
});

describe('task and project calendars other than the axis calendar', () => {
  /** Axis 'std' (Mon–Fri); 'std-copy' has the same working days under another id; 'mon-thu' and 'six' (Mon–Sat) differ. */
  const input = (projectCal: string, taskCal: string): PortfolioInput => ({
    id: 'cals',
    name: 'Calendars',
    defaultCalendarId: 'std',
    calendars: [
      { id: 'std', workingDays: [1, 2, 3, 4, 5] },
      { id: 'std-copy', workingDays: [1, 2, 3, 4, 5] },
      { id: 'mon-thu', workingDays: [1, 2, 3, 4] },
      { id: 'six', workingDays: [1, 2, 3, 4, 5, 6] },
    ],
    resources: [{ id: 'ann', name: 'Ann', capacity: 1, skills: { dev: 3 } }],
    projects: [
      {
        id: 'P1',
        name: 'One',
        start: '2026-03-02',
        tasks: [
          { id: 'a', name: 'A', duration: 2, demands: [{ resourceId: 'ann', units: 1 }] },
          { id: 'b', name: 'B', duration: 2, calendarId: taskCal, demands: [{ skill: 'dev', units: 1 }] },
          { id: 'c', name: 'C', duration: 1, calendarId: 'std-copy' },
        ],
      },
      {
        id: 'P2',
        name: 'Two',
        start: '2026-03-02',
        calendarId: projectCal,
        tasks: [
          { id: 's', name: 'S', duration: 0 },
          { id: 'x', name: 'X', duration: 1, parentId: 's', demands: [{ resourceId: 'ann', units: 1 }] },
          { id: 'y', name: 'Y', duration: 1, parentId: 's', calendarId: 'std' },
        ],
      },
    ],
  });
  it('levelResources and resourceLoading put every task on its own calendar, without warnings', () => {
    const p = deepFreeze(parsePortfolio(input('six', 'mon-thu')));
    const r = levelResources(p, { schedules: 50 });
    expect(r.warnings).toEqual([]);
    expect(r.unionAxis).toBe(true);
    expect(levelResources(parsePortfolio(input('std', 'std')), { schedules: 50 }).unionAxis).toBe(false);
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
    expect(overallocations(p, r)).toEqual([]);
    // The axis is the union of the working days (Mon–Sat): "std" and its copy break on Saturdays,
    // "mon-thu" on Fridays and Saturdays; "six" works every axis day and needs no calendar. Without
    // milestones nothing finishes before the start: no breaks before 0.
    expect(r.instance.calendars!.map((c) => [c.id, c.breaks.slice(0, 2)])).toEqual([
      ['std', [[5, 6], [11, 12]]],
      ['mon-thu', [[4, 6], [10, 12]]],
      ['std-copy', [[5, 6], [11, 12]]],
    ]);
    expect(r.instance.activities.map((a) => a.calendar)).toEqual(['std', 'mon-thu', 'std-copy', undefined, 'std']);
    expect(resourceLoading(p, schedulePortfolio(p, { progress: 'plan' })).warnings).toEqual([]);
    expect(resourceLoading(p, r).warnings).toEqual([]);
    // Another axis: the same union, the same dates.
    const onSix = levelResources(p, { schedules: 50, calendarId: 'six' });
    expect(onSix.warnings).toEqual([]);
    expect(onSix.tasks.map((t) => [t.startDate, t.finishDate])).toEqual(r.tasks.map((t) => [t.startDate, t.finishDate]));
  });
  it('levels on task calendars: resources are free in a task\'s breaks, Saturdays count on a six-day calendar (hand-checked)', () => {
    // Thursday 2026-03-05. t1 (six, 3 days): Thu, Fri, Sat. t2 (std) FS after it: Monday 03-09.
    // t3 (mon-thu, 2 days, Ann): Thu and, past its Friday-Saturday break, Monday. t4 (std, 1 day,
    // Ann): Ann is busy on Thursday but free on Friday, when t3 does not work: Friday.
    const p = deepFreeze(
      parsePortfolio({
        id: 'hc',
        name: 'Hand-checked',
        defaultCalendarId: 'std',
        calendars: [
          { id: 'std', workingDays: [1, 2, 3, 4, 5] },
          { id: 'six', workingDays: [1, 2, 3, 4, 5, 6] },
          { id: 'mon-thu', workingDays: [1, 2, 3, 4] },
        ],
        resources: [{ id: 'ann', name: 'Ann', capacity: 1 }],
        projects: [
          {
            id: 'P',
            name: 'P',
            start: '2026-03-05',
            tasks: [
              { id: 't1', name: 'T1', duration: 3, calendarId: 'six' },
              { id: 't2', name: 'T2', duration: 1 },
              { id: 't3', name: 'T3', duration: 2, calendarId: 'mon-thu', demands: [{ resourceId: 'ann', units: 1 }] },
              { id: 't4', name: 'T4', duration: 1, demands: [{ resourceId: 'ann', units: 1 }] },
            ],
            dependencies: [{ from: 't1', to: 't2' }],
          },
        ],
      }),
    );
    const r = levelResources(p, { schedules: 200 });
    const dates = (x: { tasks: readonly { key: string; startDate: string; finishDate: string }[] }) => x.tasks.map((t) => [t.key, t.startDate, t.finishDate]);
    expect(dates(r)).toEqual([
      ['P/t1', '2026-03-05', '2026-03-07'],
      ['P/t2', '2026-03-09', '2026-03-09'],
      ['P/t3', '2026-03-05', '2026-03-09'],
      ['P/t4', '2026-03-06', '2026-03-06'],
    ]);
    // Axis days Thu, Fri, Sat, Mon: offsets and the makespan are in days of that axis.
    expect(r.startDate).toBe('2026-03-05');
    expect(r.makespan).toBe(4);
    expect(r.warnings).toEqual([]);
    expect(overallocations(p, r)).toEqual([]);
    // Loading counts each task on its own working days: Ann has t3 on Thursday and Monday, t4 on
    // Friday, and nobody on Saturday (she does not work then).
    const load = resourceLoading(p, r);
    expect(load.periods.map((x) => x.key)).toEqual(['2026-03-05', '2026-03-06', '2026-03-07', '2026-03-09']);
    expect(load.resources[0]).toMatchObject({ id: 'ann', demand: [1, 1, 0, 1], capacity: [1, 1, 0, 1], overloadedPeriods: 0 });
    // The unleveled schedule has t3 and t4 on Thursday: 2 of 1, and nothing on Friday (t3's break).
    const cpm = schedulePortfolio(p, { progress: 'plan' });
    expect(resourceLoading(p, cpm).resources[0]).toMatchObject({ demand: [2, 0, 0, 1], overloadedPeriods: 1 });
  });
  it('no warning when calendars differ only by id', () => {
    const p = parsePortfolio(input('std-copy', 'std-copy'));
    expect(levelResources(p, { schedules: 50 }).warnings).toEqual([]);
    expect(resourceLoading(p, schedulePortfolio(p, { progress: 'plan' })).warnings).toEqual([]);
  });
});

describe('levelResources: demands no capacity can ever meet', () => {
  const zero = (demand: { resourceId: string } | { skill: string }): Portfolio =>
    parsePortfolio({
      id: 'pf',
      name: 'P',
      resources: [
        { id: 'z', name: 'Z', capacity: 0, skills: { dev: 3 } },
        { id: 'y', name: 'Y', capacity: 0, skills: { dev: 1 } },
      ],
      projects: [{ id: 'a', name: 'A', start: '2026-01-05', tasks: [{ id: 't', name: 'T', duration: 2, demands: [{ ...demand, units: 1 }] }] }],
    });
  it('warns for a skill demand whose qualified people all have capacity 0, as for a named one', () => {
    for (const [kind, p] of [
      ['skill', zero({ skill: 'dev' })],
      ['resource', zero({ resourceId: 'z' })],
    ] as const) {
      const r = levelResources(p);
      expect(r.warnings.filter((w) => /above what the resource or skill can provide/.test(w))).toEqual([
        '1 demand above what the resource or skill can provide on some working days is leveled as asking for all of it on those days (it stays over-allocated there)',
      ]);
      // What the warning announces: the demand stays over-allocated on both days of the task.
      const left = overallocations(p, r);
      expect(left.map((o) => [o.kind, o.startDate, o.capacity, o.peakDemand])).toEqual([
        [kind, '2026-01-05', 0, 1],
        [kind, '2026-01-06', 0, 1],
      ]);
    }
  });
  it('does not warn for a skill demand that some day of the horizon cannot meet only because nobody works then', () => {
    // Ann (Mon–Thu) is the only dev: on Fridays the demand asks nothing, which is not a cap.
    const p = parsePortfolio({
      id: 'pf',
      name: 'P',
      calendars: [{ id: 'mt', workingDays: [1, 2, 3, 4] }],
      resources: [{ id: 'ann', name: 'Ann', capacity: 1, skills: { dev: 1 }, calendarId: 'mt' }],
      projects: [{ id: 'a', name: 'A', start: '2026-01-05', tasks: [{ id: 't', name: 'T', duration: 5, demands: [{ skill: 'dev', units: 1 }] }] }],
    });
    const r = levelResources(p);
    expect(r.warnings.filter((w) => /above what/.test(w))).toEqual([]);
    expect(overallocations(p, r)).toEqual([]);
  });
});

describe('levelResources: capacity profiles over a long horizon', () => {
  it("follows a resource's calendar on every day a schedule can reach, past 200,000 periods", () => {
    // A task of N working days, then two one-day dev tasks. Offset N (standard calendar from
    // Monday 2026-01-05, N ≡ 4 mod 5) is a Friday, which Bob (Monday–Thursday) does not work:
    // only one of the two can run then.
    const N = 200_004;
    const p = parsePortfolio({
      id: 'pf',
      name: 'P',
      calendars: [{ id: 'mt', workingDays: [1, 2, 3, 4] }],
      resources: [
        { id: 'ann', name: 'Ann', capacity: 1, skills: { dev: 1 } },
        { id: 'bob', name: 'Bob', capacity: 1, skills: { dev: 1 }, calendarId: 'mt' },
      ],
      projects: [
        {
          id: 'p',
          name: 'P',
          start: '2026-01-05',
          tasks: [
            { id: 'long', name: 'L', duration: N },
            { id: 'a', name: 'A', duration: 1, demands: [{ skill: 'dev', units: 1 }] },
            { id: 'b', name: 'B', duration: 1, demands: [{ skill: 'dev', units: 1 }] },
          ],
          dependencies: [
            { from: 'long', to: 'a' },
            { from: 'long', to: 'b' },
          ],
        },
      ],
    });
    const r = levelResources(p, { schedules: 20 });
    const dev = r.tasks.filter((t) => t.id !== 'long');
    expect(dev.map((t) => t.start).sort((x, y) => x - y)).toEqual([N, N + 1]);
    expect(new Date(`${dev.find((t) => t.start === N)!.startDate}T00:00:00Z`).getUTCDay()).toBe(5);
    expect(r.warnings).toEqual([]);
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
    expect(overallocations(p, r)).toEqual([]);
  });
  it('names a time axis too long for the solver instead of running out of memory', () => {
    const p = parsePortfolio({
      id: 'pf',
      name: 'P',
      // 2.8 million days on a 7-day calendar still end before 9999-12-31 (a longer plan is refused
      // as a date out of range), and 100 people make the axis too long for the solver.
      calendars: [{ id: 'all', name: 'All days', workingDays: [1, 2, 3, 4, 5, 6, 7] }],
      defaultCalendarId: 'all',
      resources: Array.from({ length: 100 }, (_, i) => ({ id: `r${i}`, name: `R${i}`, capacity: 1 })),
      projects: [{ id: 'p', name: 'P', start: '2026-01-05', tasks: [{ id: 'long', name: 'L', duration: 2.8e6, demands: [{ resourceId: 'r0', units: 1 }] }] }],
    });
    expect(() => levelResources(p)).toThrow(PmoError);
    expect(() => levelResources(p)).toThrow(/^levelResources: the time axis is too long to level \(2800001 periods of a working day for 100 resources;/);
  });
});

describe('levelResources: demands of one task that share people', () => {
  /** Ana (Mon-Fri) and Bob (on `bobCalendar`) both code; each task asks Ana by name and one coder for 5 days from Monday. */
  const coders = (bobCalendar: string, tasks: readonly { id: string; calendarId?: string }[] = [{ id: 't' }]) =>
    parsePortfolio({
      id: 'j',
      name: 'J',
      defaultCalendarId: 'std',
      calendars: [
        { id: 'std', workingDays: [1, 2, 3, 4, 5] },
        { id: 'four', workingDays: [1, 2, 3, 4] },
      ],
      resources: [
        { id: 'ana', name: 'Ana', capacity: 1, skills: { dev: 3 } },
        { id: 'bob', name: 'Bob', capacity: 1, skills: { dev: 3 }, calendarId: bobCalendar },
      ],
      projects: [
        {
          id: 'p',
          name: 'P',
          start: '2026-03-02',
          tasks: tasks.map((t) => ({ ...t, name: t.id.toUpperCase(), duration: 5, demands: [{ resourceId: 'ana', units: 1 }, { skill: 'dev', units: 1 }] })),
        },
      ],
    });
  const JOINT_T =
    '1 task asks more of the same people together than they can give on some working days, though each demand alone fits (e.g. "p/t"); there each demand asks only what the earlier ones leave (it stays over-allocated there in resourceLoading and overallocations)';

  it('warns when they ask more together than the people give on some day, each alone fitting (hand-checked)', () => {
    // With Bob on Mon-Thu, on Friday only Ana works, and she cannot be both. The RCPSP rule lets
    // the skill demand ask what is left (nothing), so the schedule verifies, while loading shows
    // the overload.
    const p = coders('four');
    const r = levelResources(p, { schedules: 20 });
    expect(r.warnings).toEqual([JOINT_T]);
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
    expect(overallocations(p, r).map((o) => [o.kind, o.id, o.period])).toEqual([['skill', 'dev', '2026-03-06']]);
    // Bob working Fridays too: nothing to warn about, nothing over-allocated.
    const q = coders('std');
    const r2 = levelResources(q, { schedules: 20 });
    expect(r2.warnings).toEqual([]);
    expect(overallocations(q, r2)).toEqual([]);
  });

  it('answers alike tasks on different calendars each on its own (the check is shared only by tasks with the same people, units and calendar)', () => {
    // A first task A, the same demands, on a Mon-Thu calendar of its own: A never works the
    // Friday Bob is missing, so only T asks too much.
    const r = levelResources(coders('four', [{ id: 'a', calendarId: 'four' }, { id: 't' }]), { schedules: 20 });
    expect(r.warnings.filter((w) => w.includes('more of the same people together'))).toEqual([JOINT_T]);
  });
});

describe('levelResources: late projects', () => {
  it('counts a project late as lateness does, by the finish instant (a Monday milestone meets a Friday deadline)', () => {
    const p = (snet: string) =>
      parsePortfolio({
        id: 'pf',
        name: 'pf',
        projects: [
          {
            id: 'P',
            name: 'P',
            start: '2026-01-05',
            deadline: '2026-01-09',
            tasks: [
              { id: 'a', name: 'a', duration: 1 },
              { id: 'm', name: 'm', duration: 0, constraint: { type: 'SNET', date: snet } },
            ],
          },
        ],
      });
    const onTime = levelResources(p('2026-01-12'), { schedules: 5 });
    expect([onTime.tasks[1]!.startDate, onTime.projects[0]!.late, onTime.lateness]).toEqual(['2026-01-12', false, 0]);
    expect(() => levelResources(p('2026-01-12'), { schedules: 5, deadlines: 'hard' })).not.toThrow();
    const late = levelResources(p('2026-01-13'), { schedules: 5 });
    expect([late.tasks[1]!.startDate, late.projects[0]!.late, late.lateness]).toEqual(['2026-01-13', true, 1]);
  });
});
