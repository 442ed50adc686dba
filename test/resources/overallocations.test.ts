/** overallocations: aggregate entries per resource, skill and pool (hand-checked) and assignment entries. */
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import { overallocations, type LoadingScheduleInput } from '../../src/resources/index.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';
import { round, small } from './handChecked.js';

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

describe('overallocations: many tasks at once', () => {
  it('checks 70,000 tasks running together on one skill (found by the large-portfolio sweep: the flow network was a matrix of gigabytes)', () => {
    const base = small();
    const n = 70_000;
    const tasks = Array.from({ length: n }, (_, i) => ({ id: `x${i}`, name: `X${i}`, duration: 1, demands: [{ skill: 'dev', minLevel: 3, units: i === 0 ? 1.6 : 0.00001 }] }));
    const p = parsePortfolio({ ...base, projects: [{ id: 'X', name: 'X', start: '2026-01-05', tasks }] });
    const sched: LoadingScheduleInput = {
      calendarId: 'std',
      startDate: '2026-01-05',
      tasks: tasks.map((t) => ({ id: t.id, projectId: 'X', start: 0.5, finish: 1.5, startDate: '2026-01-05', finishDate: '2026-01-06' })),
    };
    const o = overallocations(p, sched);
    const assignment = o.filter((x) => x.kind === 'assignment');
    expect(assignment.length).toBeGreaterThan(0);
    expect(assignment[0]!.tasks).toHaveLength(n);
    expect(assignment[0]!.resources).toEqual(['ann', 'cid']);
  });
});
