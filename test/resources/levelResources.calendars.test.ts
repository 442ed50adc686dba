/**
 * Regression tests of calendar-aware leveling (task calendars other than the axis calendar):
 * defects found in review (issue 4).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import type { Portfolio, PortfolioInput } from '../../src/model/portfolio.js';
import { levelResources, verifySchedule, type LevelResourcesResult } from '../../src/resources/index.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';

type TaskInput = PortfolioInput['projects'][number]['tasks'][number];

/**
 * Levels a portfolio (5 schedules), checks the result with verifySchedule and that every task is
 * dated as schedulePortfolio dates it (the portfolios here have capacity enough); returns it.
 */
function levelDatedAsCpm(p: Portfolio): LevelResourcesResult {
  const r = levelResources(p, { schedules: 5 });
  expect(verifySchedule(r.instance, r.starts)).toEqual([]);
  expect(r.tasks.map((t) => [t.key, t.startDate, t.finishDate])).toEqual(schedulePortfolio(p, { progress: 'plan' }).tasks.map((t) => [t.key, t.earlyStartDate, t.earlyFinishDate]));
  return r;
}

describe('MFO milestones on a task calendar', () => {
  it('places the milestone on its date when the day after it does not work on its calendar', () => {
    // Thursday 2026-01-08 on a Mon–Thu calendar: Friday does not work.
    const p = parsePortfolio({
      id: 'pf',
      name: 'pf',
      calendars: [{ id: 'mon-thu', workingDays: [1, 2, 3, 4] }],
      projects: [
        { id: 'P', name: 'P', start: '2026-01-05', tasks: [{ id: 'm', name: 'm', duration: 0, calendarId: 'mon-thu', constraint: { type: 'MFO', date: '2026-01-08' } }] },
      ],
    });
    const c = schedulePortfolio(p, { progress: 'plan' }).tasks[0]!;
    expect(c.earlyFinishDate).toBe('2026-01-08');
    const r = levelResources(p, { schedules: 5 });
    expect(r.unionAxis).toBe(true);
    const x = r.tasks[0]!;
    expect([x.startDate, x.finishDate]).toEqual([c.earlyStartDate, c.earlyFinishDate]);
    expect(r.lateness).toBe(0);
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
  });

  it('keeps an MFO milestone whose next day works on its calendar on its date', () => {
    const p = parsePortfolio({
      id: 'pf',
      name: 'pf',
      calendars: [{ id: 'mon-thu', workingDays: [1, 2, 3, 4] }],
      projects: [
        { id: 'P', name: 'P', start: '2026-01-05', tasks: [{ id: 'm', name: 'm', duration: 0, calendarId: 'mon-thu', constraint: { type: 'MFO', date: '2026-01-07' } }] },
      ],
    });
    const c = schedulePortfolio(p, { progress: 'plan' }).tasks[0]!;
    const x = levelResources(p, { schedules: 5 }).tasks[0]!;
    expect([x.startDate, x.finishDate]).toEqual([c.earlyStartDate, c.earlyFinishDate]);
    expect(x.finishDate).toBe('2026-01-07');
  });
});

describe('a milestone at the very start, on a calendar that does not work on the first days of the axis', () => {
  const level = (tasks: TaskInput[], dependencies: PortfolioInput['projects'][number]['dependencies']) => {
    const p = parsePortfolio({
      id: 'pf',
      name: 'pf',
      calendars: [
        { id: 'wed', workingDays: [3] },
        { id: 'wkend', workingDays: [6, 7] },
        { id: 'six', workingDays: [1, 2, 3, 4, 5, 6] },
      ],
      projects: [{ id: 'P', name: 'P', start: '2026-01-10', tasks, dependencies }],
    });
    return levelDatedAsCpm(p);
  };
  it('a weekend milestone on Saturday 2026-01-10, FS lag 1 into a Wednesday-only task: Wednesday 01-14, not 01-21', () => {
    // m finishes at the end of Sunday 01-04; the Wednesdays after that are 01-07 and, one lag on,
    // 01-14.
    const r = level(
      [
        { id: 'm', name: 'm', duration: 0, calendarId: 'wkend' },
        { id: 'b', name: 'b', duration: 1, calendarId: 'wed' },
      ],
      [{ from: 'm', to: 'b', type: 'FS', lag: 1 }],
    );
    expect(r.tasks.map((t) => t.startDate)).toEqual(['2026-01-10', '2026-01-14']);
  });
  it('a Wednesday milestone, FS lag 1 into a Mon–Sat task: Saturday 01-10, not Monday 01-12', () => {
    // m is on Wednesday 01-14 and finishes at the end of Wednesday 01-07; one Mon–Sat day after
    // that (Thursday 01-08) is before the start, so b starts on the first axis day.
    const r = level(
      [
        { id: 'm', name: 'm', duration: 0, calendarId: 'wed' },
        { id: 'b', name: 'b', duration: 1, calendarId: 'six' },
      ],
      [{ from: 'm', to: 'b', type: 'FS', lag: 1 }],
    );
    expect(r.tasks.map((t) => t.startDate)).toEqual(['2026-01-14', '2026-01-10']);
  });
});

describe('calendars before the start: only as far back as a milestone can reach', () => {
  const CALS = [
    { id: 'std', workingDays: [1, 2, 3, 4, 5] },
    // Closed from 1990 until the Sunday before the start.
    { id: 'shut', workingDays: [1, 2, 3, 4, 5], exceptions: [{ date: '1990-01-01', until: '2026-01-04', working: false }] },
    { id: 'wed', workingDays: [3] },
  ];
  const portfolio = (first: TaskInput, extra: Partial<PortfolioInput['projects'][number]> = {}): Portfolio =>
    parsePortfolio({
      id: 'pf',
      name: 'pf',
      calendars: CALS,
      defaultCalendarId: 'std',
      resources: [{ id: 'r', name: 'r', capacity: 1 }],
      projects: [
        {
          id: 'P',
          name: 'P',
          start: '2026-01-05',
          tasks: [first, { id: 'b', name: 'b', duration: 1, calendarId: 'wed', demands: [{ resourceId: 'r', units: 1 }] }],
          dependencies: [{ from: first.id, to: 'b', type: 'FS', lag: 3 }],
          ...extra,
        },
      ],
    });
  it('writes nothing before the start for a task calendar closed for decades when no milestone is on it', () => {
    const r = levelDatedAsCpm(portfolio({ id: 'a', name: 'a', duration: 1, calendarId: 'shut' }));
    for (const c of r.instance.calendars ?? []) expect(c.breaks[0]![0]).toBeGreaterThanOrEqual(0);
  });
  it('for a milestone on it, goes back only until its successor has worked more than the lag', () => {
    // m's finish instant is at the end of 1989-12-29; b (Wednesdays) FS+3 after it: once b's
    // calendar has worked 4 Wednesdays before the start (back to 2025-12-10, 18 axis days), the
    // link asks nothing more, so the instance goes back 18 days, not 36 years.
    const r = levelDatedAsCpm(portfolio({ id: 'm', name: 'm', duration: 0, calendarId: 'shut' }));
    expect(r.tasks.map((t) => t.startDate)).toEqual(['2026-01-05', '2026-01-07']);
    expect(Math.min(...(r.instance.calendars ?? []).map((c) => c.breaks[0]![0]))).toBe(-18);
  });
  it('counts a milestone late by its finish instant before the start, against a deadline before the start', () => {
    // P starts on Wednesday 2026-01-14 with one milestone on Wednesdays: it finishes at the end of
    // Wednesday 01-07 (as schedulePortfolio counts deadlines).
    const p = (deadline: string): Portfolio =>
      parsePortfolio({
        id: 'pf',
        name: 'pf',
        calendars: CALS,
        defaultCalendarId: 'std',
        projects: [{ id: 'P', name: 'P', start: '2026-01-14', deadline, tasks: [{ id: 'm', name: 'm', duration: 0, calendarId: 'wed' }] }],
      });
    const rows = ['2026-01-06', '2026-01-07', '2026-01-08'].map((d) => {
      const r = levelResources(p(d), { schedules: 5 });
      return [d, r.projects[0]!.late, r.lateness];
    });
    expect(rows).toEqual([
      ['2026-01-06', true, 1],
      ['2026-01-07', false, 0],
      ['2026-01-08', false, 0],
    ]);
    expect(() => levelResources(p('2026-01-06'), { deadlines: 'hard' })).toThrow(/task "m" of project "P" must finish by 2026-01-06 \(project deadline 2026-01-06\) but cannot finish before 2026-01-07/);
    expect(levelResources(p('2026-01-07'), { deadlines: 'hard' }).lateness).toBe(0);
  });
});

describe('milestones finishing before the start (found in review)', () => {
  const CALS = [
    { id: 'std', workingDays: [1, 2, 3, 4, 5] },
    { id: 'all', workingDays: [1, 2, 3, 4, 5, 6, 7] },
    { id: 'wed', workingDays: [3] },
    // Works on 2025-12-30 and 12-31, then from 2026-01-09.
    { id: 'few', workingDays: [], exceptions: [{ date: '2025-12-30', until: '2025-12-31', working: true }, { date: '2026-01-09', until: '2030-12-31', working: true }] },
  ];
  const one = (tasks: TaskInput[], start = '2026-01-05', dependencies: PortfolioInput['projects'][number]['dependencies'] = []): Portfolio =>
    parsePortfolio({ id: 'pf', name: 'pf', calendars: CALS, defaultCalendarId: 'std', projects: [{ id: 'P', name: 'P', start, tasks, dependencies }] });
  it('dates a project of milestones at its start on its start date, whatever the order of its tasks', () => {
    // "all" finishes at the end of 01-07, "few" (dated 01-09) at the end of 12-31, "wed" (dated
    // 01-14) at the end of 01-07: every finish instant is before the start, as schedulePortfolio
    // clamps it.
    for (const ids of [['few', 'all'], ['all', 'few'], ['wed', 'all'], ['all', 'wed']]) {
      const p = one(ids.map((c) => ({ id: c, name: c, duration: 0, calendarId: c })), '2026-01-08');
      const r = levelResources(p, { schedules: 5 });
      expect([ids, r.projects[0]!.finishDate, r.finishDate]).toEqual([ids, schedulePortfolio(p, { progress: 'plan' }).projects[0]!.finishDate, '2026-01-08']);
    }
  });
  it('dates a project ending with a start-driven milestone by its finish instant, as schedulePortfolio and late do', () => {
    // a works Monday 01-05; m (SNET Wednesday 01-07) is dated Wednesday and finishes at the end of
    // Tuesday 01-06: the project finishes on 01-06, and a deadline of 01-06 is met.
    for (const cal of [undefined, 'all']) {
      const p = parsePortfolio({
        id: 'pf',
        name: 'pf',
        calendars: CALS,
        defaultCalendarId: 'std',
        projects: [
          {
            id: 'P',
            name: 'P',
            start: '2026-01-05',
            deadline: '2026-01-06',
            tasks: [
              { id: 'a', name: 'a', duration: 1, ...(cal !== undefined ? { calendarId: cal } : {}) },
              { id: 'm', name: 'm', duration: 0, constraint: { type: 'SNET', date: '2026-01-07' } },
            ],
          },
        ],
      });
      const r = levelResources(p, { schedules: 5 });
      expect([r.tasks[1]!.startDate, r.projects[0]!.finishDate, r.projects[0]!.late, r.finishDate]).toEqual(['2026-01-07', '2026-01-06', false, '2026-01-06']);
      expect(r.projects[0]!.finishDate).toBe(schedulePortfolio(p, { progress: 'plan' }).projects[0]!.finishDate);
    }
  });
  it('dates a project from its own calendar\'s first working day, as schedulePortfolio, when a task works before it', () => {
    // P (Monday–Friday) starts on Sunday 01-11: its start date is Monday 01-12. t works 1/8 day on
    // Sunday 01-11 (every day calendar), before that: the project still starts and finishes on
    // 01-12 (nothing finishes after the beginning of its start day); with a second task working
    // Monday and Tuesday, it finishes on Tuesday.
    for (const [extra, finish] of [[[], '2026-01-12'], [[{ id: 'u', name: 'u', duration: 2 }], '2026-01-13']] as const) {
      const p = parsePortfolio({
        id: 'pf',
        name: 'pf',
        calendars: CALS,
        defaultCalendarId: 'std',
        projects: [{ id: 'P', name: 'P', start: '2026-01-11', tasks: [{ id: 't', name: 't', duration: 0.125, calendarId: 'all' }, ...extra] }],
      });
      const r = levelResources(p, { schedules: 5 });
      const cpm = schedulePortfolio(p, { progress: 'plan' }).projects[0]!;
      expect([r.tasks[0]!.startDate, r.projects[0]!.startDate, r.projects[0]!.finishDate]).toEqual(['2026-01-11', cpm.startDate, cpm.finishDate]);
      expect([cpm.startDate, cpm.finishDate]).toEqual(['2026-01-12', finish]);
    }
  });
  it('counts SNLT and MSO dates before the start against a milestone on its own calendar, as on the portfolio calendar', () => {
    // Project start Monday 01-05. On the portfolio calendar the milestone sits at the start; its
    // finish is its start, one working day after an SNLT of Friday 01-02 and four after an MSO of
    // Tuesday 12-30 (New Year's Day works on "std"). On Wednesdays it sits on 01-07 and finishes
    // at the end of Wednesday 12-31: one Wednesday after the latest start the MSO allows
    // (Wednesday 12-31, whose own finish instant is the end of 12-24); the SNLT of Friday 01-02
    // allows a start up to the next working instant of its calendar, Wednesday 01-07: not late.
    const rows: [string, string, string | undefined, number][] = [];
    for (const [type, date] of [['SNLT', '2026-01-02'], ['MSO', '2025-12-30']] as const)
      for (const cal of [undefined, 'wed']) {
        const p = one([{ id: 'm', name: 'm', duration: 0, constraint: { type, date }, ...(cal !== undefined ? { calendarId: cal } : {}) }]);
        const r = levelResources(p, { schedules: 5 });
        if (r.lateness > 0) expect(() => levelResources(p, { schedules: 5, deadlines: 'hard' })).toThrow(/provably infeasible/);
        rows.push([type, date, cal, r.lateness]);
      }
    expect(rows).toEqual([
      ['SNLT', '2026-01-02', undefined, 1],
      ['SNLT', '2026-01-02', 'wed', 0],
      ['MSO', '2025-12-30', undefined, 4],
      ['MSO', '2025-12-30', 'wed', 1],
    ]);
  });
  it.each([1, 0.5])('counts an SNLT before the start on a task calendar from the latest start it allows there (duration %s)', (duration) => {
    // A task on Wednesdays with SNLT Tuesday 12-30: its latest start is the next working instant
    // of its calendar, Wednesday 12-31; it works Wednesday 01-07: 5 weekdays of the axis later
    // (01-01 to 01-07), in whole or half days.
    const r = levelResources(one([{ id: 't', name: 't', duration, calendarId: 'wed', constraint: { type: 'SNLT', date: '2025-12-30' } }]), { schedules: 5 });
    expect([r.tasks[0]!.startDate, r.lateness, r.periodsPerDay]).toEqual(['2026-01-07', 5, 1 / duration]);
  });
  it('needs no calendar before the start where a successor does not work (a calendar idle for 600 years)', () => {
    const p = parsePortfolio({
      id: 'pf',
      name: 'pf',
      calendars: [...CALS, { id: 'rare', workingDays: [], exceptions: [{ date: '1400-01-03', working: true }, { date: '2026-01-14', until: '2040-12-31', working: true }] }],
      defaultCalendarId: 'std',
      projects: [
        {
          id: 'P',
          name: 'P',
          start: '2026-01-05',
          tasks: [
            { id: 'm', name: 'm', duration: 0, calendarId: 'rare' },
            { id: 'b', name: 'b', duration: 1, calendarId: 'rare' },
          ],
          dependencies: [{ from: 'm', to: 'b', type: 'FS', lag: 0 }],
        },
      ],
    });
    const r = levelDatedAsCpm(p);
    expect(Math.min(...(r.instance.calendars ?? []).map((c) => c.breaks[0]![0]))).toBe(0);
  });
});

describe('summary tasks on task calendars', () => {
  it('roll up dates and offsets separately, as schedulePortfolio does (a summary dated 01-26..01-21 in review)', () => {
    // m (Wednesdays, FNET Friday 01-16: the end of Wednesday 01-14, the previous working instant
    // on its calendar) sits at the start of Wednesday 01-21 on the axis and is dated on the end of
    // Wednesday 01-14; b (2 days, SF from m) works Monday 01-19 and Tuesday 01-20. The summary
    // spans 01-14..01-20 by dates, offsets 5..7 by offsets.
    const p = parsePortfolio({
      id: 'pf',
      name: 'pf',
      defaultCalendarId: 'std',
      calendars: [
        { id: 'std', workingDays: [1, 2, 3, 4, 5] },
        { id: 'wed', workingDays: [3] },
      ],
      projects: [
        {
          id: 'P',
          name: 'P',
          start: '2026-01-12',
          tasks: [
            { id: 's', name: 's', duration: 0 },
            { id: 'm', name: 'm', duration: 0, calendarId: 'wed', parentId: 's', constraint: { type: 'FNET', date: '2026-01-16' } },
            { id: 'b', name: 'b', duration: 2, parentId: 's' },
          ],
          dependencies: [{ from: 'm', to: 'b', type: 'SF', lag: 0 }],
        },
      ],
    });
    const r = levelDatedAsCpm(p);
    expect(r.tasks[0]).toMatchObject({ summary: true, startDate: '2026-01-14', finishDate: '2026-01-20', start: 5, finish: 7 });
  });
});

/** The reviewer's horizon case: one task calendar with a year-long exception, resources on Mon–Thu. */
function longGap(nt: number, frac: boolean): Portfolio {
  const tasks: TaskInput[] = [];
  for (let i = 0; i < nt; i++) tasks.push({ id: `t${i}`, name: `t${i}`, duration: frac && i === 0 ? 5.125 : 5, demands: [{ resourceId: `r${i % 10}`, units: 1 }] });
  tasks.push({ id: 'v', name: 'v', duration: 1, calendarId: 'vac' });
  return parsePortfolio({
    id: 'pf',
    name: 'pf',
    defaultCalendarId: 'std',
    calendars: [
      { id: 'std', workingDays: [1, 2, 3, 4, 5] },
      { id: 'four', workingDays: [1, 2, 3, 4] },
      { id: 'vac', workingDays: [1, 2, 3, 4, 5], exceptions: [{ date: '2026-02-01', until: '2027-01-31', working: false }] },
    ],
    resources: Array.from({ length: 10 }, (_, r) => ({ id: `r${r}`, name: `r${r}`, capacity: 1, calendarId: 'four' })),
    projects: [{ id: 'P', name: 'P', start: '2026-01-05', tasks }],
  });
}

describe('horizon of the capacity profiles on task calendars', () => {
  it('grows by the long gap of one task calendar once, not once per working period of every task', () => {
    for (const frac of [false, true]) {
      const r = levelResources(longGap(60, frac), { schedules: 20 });
      const ppd = r.periodsPerDay;
      expect(ppd).toBe(frac ? 8 : 1);
      // 60 × 5 days and v's day, plus v's wait through the exception (at most 261 working days of
      // std from 2026-02-02 to 2027-01-29, then the Friday and weekend): ~562 days.
      const len = r.instance.resources![0]!.profile!.length;
      expect(len).toBeGreaterThanOrEqual(301 * ppd);
      expect(len).toBeLessThanOrEqual(600 * ppd);
      expect(r.makespan).toBeLessThanOrEqual(len);
      expect(verifySchedule(r.instance, r.starts)).toEqual([]);
    }
  });

  it('keeps every leveled task on working days of its own calendar (fast-check)', () => {
    const iso = (d: string): number => {
      const w = new Date(`${d}T00:00:00Z`).getUTCDay();
      return w === 0 ? 7 : w;
    };
    const calArb = fc.record({
      days: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
      off: fc.option(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 90 })), { nil: undefined }),
    });
    const day = (k: number): string => new Date(Date.UTC(2026, 0, 5 + k)).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.array(calArb, { minLength: 2, maxLength: 4 }),
        fc.array(fc.record({ cal: fc.nat(3), dur: fc.integer({ min: 0, max: 6 }), res: fc.nat(2) }), { minLength: 2, maxLength: 9 }),
        fc.array(fc.record({ a: fc.nat(8), b: fc.nat(8), lag: fc.integer({ min: -2, max: 4 }), type: fc.constantFrom('FS', 'SS', 'FF', 'SF') }), { maxLength: 8 }),
        (cs, ts, ls) => {
          const calendars = cs.map((c, x) => ({
            id: `c${x}`,
            workingDays: c.days,
            ...(c.off !== undefined ? { exceptions: [{ date: day(c.off[0]), until: day(c.off[0] + c.off[1]), working: false }] } : {}),
          }));
          const tasks: TaskInput[] = ts.map((t, i) => ({
            id: `t${i}`,
            name: `t${i}`,
            duration: t.dur,
            calendarId: `c${t.cal % cs.length}`,
            ...(t.dur > 0 ? { demands: [{ resourceId: `r${t.res}`, units: 1 }] } : {}),
          }));
          const deps = ls.filter((l, x) => l.a < l.b && l.b < ts.length && ls.findIndex((o) => o.a === l.a && o.b === l.b) === x).map((l) => ({ from: `t${l.a}`, to: `t${l.b}`, type: l.type, lag: l.lag }));
          const p = parsePortfolio({
            id: 'pf',
            name: 'pf',
            calendars,
            resources: [0, 1, 2].map((r) => ({ id: `r${r}`, name: `r${r}`, capacity: 1 })),
            projects: [{ id: 'P', name: 'P', start: '2026-01-05', tasks, dependencies: deps }],
          });
          const r = levelResources(p, { schedules: 4, seed: 3 });
          expect(verifySchedule(r.instance, r.starts)).toEqual([]);
          for (const x of r.tasks) {
            if (x.duration === 0) continue;
            const c = cs[ts[Number(x.id.slice(1))]!.cal % cs.length]!;
            for (const d of [x.startDate, x.finishDate]) {
              expect(c.days).toContain(iso(d));
              if (c.off !== undefined) expect(d < day(c.off[0]) || d > day(c.off[0] + c.off[1])).toBe(true);
            }
          }
        },
      ),
      { numRuns: 40, seed: 11 },
    );
  });
});
