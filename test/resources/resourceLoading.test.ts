/** resourceCapacity and resourceLoading (hand-checked), and the schedule types resourceLoading and overallocations take. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { parsePortfolio } from '../../src/model/parse.js';
import type { Portfolio, PortfolioInput } from '../../src/model/portfolio.js';
import { levelResources, overallocations, resourceCapacity, resourceLoading, type LevelResourcesResult, type LoadingScheduleInput } from '../../src/resources/index.js';
import type { SchedulePortfolioResult } from '../../src/schedule/types.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';
import { clone, deepFreeze } from '../helpers.js';
import { minimalPortfolio } from '../fixtures/portfolios.js';
import { round, small } from './handChecked.js';

const series = (load: ReturnType<typeof resourceLoading>, id: string) =>
  [...load.resources, ...load.skills, ...load.pools].find((s) => s.id === id)!;

describe('resourceCapacity', () => {
  it('gives each resource its capacity on each working day of the axis', () => {
    const c = resourceCapacity(parsePortfolio(small()), '2026-01-05', '2026-01-12');
    expect(c.calendarId).toBe('std');
    expect(c.dates).toEqual(['2026-01-05', '2026-01-06', '2026-01-08', '2026-01-09', '2026-01-12']);
    expect(c.resources.map((r) => [r.id, round(r.capacity), r.total])).toEqual([
      ['ann', [1, 1, 1, 1, 1], 5],
      ['bob', [1, 1, 1, 0, 1], 4],
      // Mon–Thu at 0.5: exact per day (nothing on Friday 9 January), not a weekly average.
      ['cid', [0.5, 0.5, 0.5, 0, 0.5], 2],
    ]);
  });
  it('rejects bad ranges', () => {
    const p = parsePortfolio(small());
    expect(() => resourceCapacity(p, '2026-02-01', '2026-01-01')).toThrow(/toDate \(2026-01-01\) is before fromDate \(2026-02-01\)/);
    expect(() => resourceCapacity(p, 'x', '2026-01-01')).toThrow(/fromDate must be a date as YYYY-MM-DD, got "x"/);
  });
});

describe('resourceLoading (hand-checked)', () => {
  const p = deepFreeze(parsePortfolio(small()));
  const cpm = schedulePortfolio(p, { progress: 'plan' });
  it('per day: resources, skills (with named demands on their members) and pools', () => {
    const load = resourceLoading(p, cpm);
    expect(load.periods.map((x) => x.key)).toEqual(['2026-01-05', '2026-01-06', '2026-01-08', '2026-01-09', '2026-01-12']);
    expect(series(load, 'ann').demand).toEqual([2, 2, 1, 0, 0]);
    expect(series(load, 'ann').capacity).toEqual([1, 1, 1, 1, 1]);
    expect(series(load, 'ann').utilization).toEqual([2, 2, 1, 0, 0]);
    expect(series(load, 'ann').overloadedPeriods).toBe(2);
    expect(series(load, 'bob').capacity).toEqual([1, 1, 1, 0, 1]);
    expect(series(load, 'bob').demand).toEqual([0.5, 0.5, 0, 0, 0]);
    expect(series(load, 'cid').capacity).toEqual([0.5, 0.5, 0.5, 0, 0.5]);
    const dev = series(load, 'dev@3');
    expect(dev.kind).toBe('skill');
    expect(dev.members).toEqual(['ann', 'cid']);
    expect(dev.capacity).toEqual([1.5, 1.5, 1.5, 1, 1.5]);
    expect(dev.demand).toEqual([2, 2, 1, 1, 1]);
    const qa = series(load, 'qa@3');
    expect(qa.capacity).toEqual([1, 1, 1, 0, 1]);
    expect(qa.demand).toEqual([1.5, 0.5, 0, 0, 0]);
    expect(qa.utilization[3]).toBeNull();
    const poolA = series(load, 'pool-a');
    expect(poolA.members).toEqual(['ann', 'bob']);
    expect(poolA.capacity).toEqual([2, 2, 2, 1, 2]);
    // Named demands on Ann and Bob, all of u2 (qa@3 lies in pool A) and t2 (dev@3) in the share of
    // the day's dev@3 capacity in the pool: all of it on Friday 9 (Cid is off), 1 of 1.5 on Monday 12.
    expect(round(poolA.demand)).toEqual([3.5, 2.5, 1, 1, 0.666667]);
    expect(round(series(load, 'pool-b').demand)).toEqual([0, 0, 0, 0, 0.333333]);
  });
  it('per week and per month, with utilization', () => {
    const week = resourceLoading(p, cpm, { by: 'week' });
    expect(week.periods).toEqual([
      { key: '2026-W02', startDate: '2026-01-05', endDate: '2026-01-09', workingDays: 4 },
      { key: '2026-W03', startDate: '2026-01-12', endDate: '2026-01-12', workingDays: 1 },
    ]);
    expect(series(week, 'ann').demand).toEqual([5, 0]);
    expect(series(week, 'ann').utilization).toEqual([1.25, 0]);
    const month = resourceLoading(p, cpm, { by: 'month' });
    expect(month.periods.map((x) => x.key)).toEqual(['2026-01']);
    expect(series(month, 'ann').utilization).toEqual([1]);
    expect(series(month, 'ann').overloadedPeriods).toBe(1);
  });
  it('rejects a bad period unit and an unknown resource', () => {
    expect(() => resourceLoading(p, cpm, { by: 'year' as never })).toThrow(/options.by must be "day", "week", "month"/);
    const bad = clone(p) as Portfolio;
    (bad.projects[0]!.tasks[0]!.demands as { resourceId: string; units: number }[])[0]!.resourceId = 'zoe';
    let err: unknown;
    try {
      resourceLoading(bad, cpm);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PmoError);
    expect((err as PmoError).code).toBe('UNKNOWN_ID');
    expect((err as PmoError).message).toMatch(/names unknown resource "zoe"/);
  });
});

describe('types', () => {
  it('resourceLoading and overallocations take a CPM schedule or a leveling result', () => {
    expectTypeOf<SchedulePortfolioResult>().toExtend<LoadingScheduleInput>();
    expectTypeOf<LevelResourcesResult>().toExtend<LoadingScheduleInput>();
    expectTypeOf(levelResources).returns.toEqualTypeOf<LevelResourcesResult>();
  });
});

describe('hostile input found by the fuzz suite (another seed)', () => {
  it('resourceLoading and overallocations: a project start that is a deeply nested array is a PmoError, not a stack overflow', () => {
    let deep: unknown = [];
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const pf = parsePortfolio(minimalPortfolio());
    const s = schedulePortfolio(pf);
    const broken = { ...pf, calendars: [...pf.calendars, { id: 'six', workingDays: [1, 2, 3, 4, 5, 6], holidays: [], exceptions: [] }], projects: pf.projects.map((p, i) => (i === 1 ? { ...p, start: deep, calendarId: 'six' } : p)) };
    for (const f of [() => resourceLoading(broken as never, s), () => overallocations(broken as never, s)]) {
      try {
        f();
      } catch (err) {
        expect(err).toBeInstanceOf(PmoError);
      }
    }
  });
});
