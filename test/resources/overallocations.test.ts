/** overallocations: aggregate entries per resource, skill and pool (hand-checked) and assignment entries. */
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import type { PortfolioInput } from '../../src/model/portfolio.js';
import { overallocations, type LoadingScheduleInput } from '../../src/resources/index.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';

/**
 * Hand-checked portfolio. Axis: 'std' (Mon–Fri, holiday Wed 2026-01-07); offsets 0..6 are
 * Jan 5, 6, 8, 9, 12, 13, 14. Ann works the axis calendar; Bob has Friday Jan 9 off (offset 3);
 * Cid works Mon–Thu at 0.5: 0.5 on each axis day but Fridays, 0 on Friday Jan 9. Skill groups: dev@3 = {ann, cid},
 * qa@3 = {bob}. Pools: pool-a = {ann, bob}, pool-b = {cid}.
 */
function small(): PortfolioInput {
  return {
    id: 'small',
    name: 'Small',
    defaultCalendarId: 'std',
    calendars: [
      { id: 'std', workingDays: [1, 2, 3, 4, 5], holidays: ['2026-01-07'] },
      { id: 'bob-cal', workingDays: [1, 2, 3, 4, 5], exceptions: [{ date: '2026-01-09', working: false, name: 'day off' }] },
      { id: 'part', workingDays: [1, 2, 3, 4] },
    ],
    resources: [
      { id: 'ann', name: 'Ann', capacity: 1, skills: { dev: 4 }, poolId: 'pool-a' },
      { id: 'bob', name: 'Bob', capacity: 1, skills: { dev: 2, qa: 3 }, calendarId: 'bob-cal', poolId: 'pool-a' },
      { id: 'cid', name: 'Cid', capacity: 0.5, skills: { dev: 5 }, calendarId: 'part', poolId: 'pool-b' },
    ],
    pools: [
      { id: 'pool-a', name: 'Pool A', resourceIds: ['ann', 'bob'] },
      { id: 'pool-b', name: 'Pool B', resourceIds: ['cid'] },
    ],
    projects: [
      {
        id: 'P1',
        name: 'One',
        start: '2026-01-05',
        tasks: [
          { id: 't1', name: 'T1', duration: 3, demands: [{ resourceId: 'ann', units: 1 }] },
          { id: 't2', name: 'T2', duration: 2, demands: [{ skill: 'dev', minLevel: 3, units: 1 }] },
        ],
        dependencies: [{ from: 't1', to: 't2' }],
      },
      {
        id: 'P2',
        name: 'Two',
        start: '2026-01-05',
        tasks: [
          { id: 'u1', name: 'U1', duration: 2, demands: [{ resourceId: 'ann', units: 1 }, { resourceId: 'bob', units: 0.5 }] },
          { id: 'u2', name: 'U2', duration: 1, demands: [{ skill: 'qa', minLevel: 3, units: 1 }] },
        ],
      },
    ],
  };
}

const round = (xs: readonly (number | null)[]) => xs.map((x) => (x === null ? null : Math.round(x * 1e6) / 1e6));

describe('overallocations (hand-checked)', () => {
  const p = parsePortfolio(small());
  const cpm = schedulePortfolio(p, { progress: 'plan' });
  it('lists each over-allocated day with the tasks and projects causing it', () => {
    const o = overallocations(p, cpm);
    expect(o.map((x) => `${x.kind}:${x.id}:${x.period}`)).toEqual([
      'resource:ann:2026-01-05',
      'resource:ann:2026-01-06',
      'skill:dev@3:2026-01-05',
      'skill:dev@3:2026-01-06',
      'skill:qa@3:2026-01-05',
      'pool:pool-a:2026-01-05',
      'pool:pool-a:2026-01-06',
    ]);
    expect(o[0]).toEqual({
      kind: 'resource',
      id: 'ann',
      name: 'Ann',
      period: '2026-01-05',
      startDate: '2026-01-05',
      endDate: '2026-01-05',
      days: 1,
      peakDemand: 2,
      capacity: 1,
      excess: 1,
      tasks: [
        { projectId: 'P1', taskId: 't1', key: 'P1/t1', units: 1 },
        { projectId: 'P2', taskId: 'u1', key: 'P2/u1', units: 1 },
      ],
      projects: ['P1', 'P2'],
    });
    expect(o[4]!.tasks.map((t) => [t.key, t.units])).toEqual([
      ['P2/u1', 0.5],
      ['P2/u2', 1],
    ]);
  });
  it('by week: one entry per over-allocated week, counting its days', () => {
    const o = overallocations(p, cpm, { by: 'week' }).filter((x) => x.kind === 'resource');
    expect(o).toHaveLength(1);
    expect(o[0]).toMatchObject({ id: 'ann', period: '2026-W02', days: 2, excess: 2, peakDemand: 2 });
  });
});

describe('overallocations: assignment entries', () => {
  it('finds a moment that the daily totals hide: two tasks sharing the second half of a day', () => {
    const p = parsePortfolio(small());
    const sched: LoadingScheduleInput = {
      calendarId: 'std',
      startDate: '2026-01-05',
      tasks: [
        { id: 't1', projectId: 'P1', start: 0.5, finish: 1, startDate: '2026-01-05', finishDate: '2026-01-05' },
        { id: 'u1', projectId: 'P2', start: 0.5, finish: 1, startDate: '2026-01-05', finishDate: '2026-01-05' },
        { id: 't2', projectId: 'P1', start: 1, finish: 1, startDate: '2026-01-06', finishDate: '2026-01-06' },
        { id: 'u2', projectId: 'P2', start: 1, finish: 1, startDate: '2026-01-06', finishDate: '2026-01-06' },
      ],
    };
    // Ann's daily demand is 0.5 + 0.5 = 1 unit-day: no aggregate is over...
    expect(overallocations(p, sched).filter((o) => o.kind !== 'assignment')).toEqual([]);
    // ...but for half a day both tasks want all of her at once.
    expect(overallocations(p, sched)).toEqual([
      {
        kind: 'assignment',
        id: 'resource:ann',
        name: 'resource:ann over ann',
        period: '2026-01-05',
        startDate: '2026-01-05',
        endDate: '2026-01-05',
        days: 1,
        demands: ['resource:ann'],
        resources: ['ann'],
        peakDemand: 2,
        capacity: 1,
        shortfall: 1,
        excess: 0.5,
        tasks: [
          { projectId: 'P1', taskId: 't1', key: 'P1/t1', units: 1 },
          { projectId: 'P2', taskId: 'u1', key: 'P2/u1', units: 1 },
        ],
        projects: ['P1', 'P2'],
      },
    ]);
  });
  it('leaves out shortfalls that a resource, skill or pool entry of the day already reports', () => {
    const p = parsePortfolio(small());
    const sched: LoadingScheduleInput = {
      calendarId: 'std',
      startDate: '2026-01-05',
      tasks: [
        { id: 't1', projectId: 'P1', start: 0, finish: 1, startDate: '2026-01-05', finishDate: '2026-01-05' },
        { id: 'u1', projectId: 'P2', start: 0, finish: 1, startDate: '2026-01-05', finishDate: '2026-01-05' },
        { id: 't2', projectId: 'P1', start: 1, finish: 1, startDate: '2026-01-06', finishDate: '2026-01-06' },
        { id: 'u2', projectId: 'P2', start: 1, finish: 1, startDate: '2026-01-06', finishDate: '2026-01-06' },
      ],
    };
    const o = overallocations(p, sched);
    expect(o.some((x) => x.kind === 'resource' && x.id === 'ann')).toBe(true);
    expect(o.filter((x) => x.kind === 'assignment')).toEqual([]);
  });
});
