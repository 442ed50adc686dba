/** levelResources on portfolios: exact per-day capacity and assignment of named and skill demands. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import type { PortfolioInput } from '../../src/model/portfolio.js';
import { levelResources, overallocations, resourceCapacity, verifySchedule } from '../../src/resources/index.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';

/**
 * Three skills over overlapping people: X = {a, b}, Y = {b, c}, Z = {c, d}; e is in the pool but
 * has none of them. Each person gives 1 unit. Tasks x (2 units of X), y (0.5 of Y), z (2 of Z),
 * one period each. Running together: X 2 <= 2, Y 0.5 <= 2, Z 2 <= 2, X+Y 2.5 <= 3 on {a,b,c},
 * Y+Z 2.5 <= 3 on {b,c,d}, pool 4.5 <= 5: every per-skill, per-pair and per-pool aggregate holds,
 * but X, Y and Z together ask 4.5 of {a,b,c,d}, which gives 4: no assignment exists. Any two of
 * them can run together.
 */
const people = ['a', 'b', 'c', 'd', 'e'];

/** A portfolio from random people, skills and demands. */
function randomPortfolio(): fc.Arbitrary<PortfolioInput> {
  const skills = ['dev', 'qa', 'ops'];
  return fc
    .record({
      people: fc.array(
        fc.record({ cap: fc.constantFrom(0.5, 1, 1, 2), part: fc.boolean(), skills: fc.array(fc.tuple(fc.constantFrom(...skills), fc.integer({ min: 1, max: 5 })), { maxLength: 3 }) }),
        { minLength: 1, maxLength: 5 },
      ),
      tasks: fc.array(
        fc.record({
          duration: fc.integer({ min: 1, max: 6 }),
          named: fc.option(fc.tuple(fc.nat(), fc.constantFrom(0.5, 1)), { nil: undefined }),
          skill: fc.option(fc.tuple(fc.constantFrom(...skills), fc.integer({ min: 0, max: 4 }), fc.constantFrom(0.5, 1, 1.5, 2)), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 8 },
      ),
    })
    .map(({ people, tasks }) => {
      // Everyone has every skill at level 1 at least (validation wants each skill held by someone).
      const maps = people.map((p) => ({ ...Object.fromEntries(skills.map((k) => [k, 1])), ...Object.fromEntries(p.skills) }) as Record<string, number>);
      const best = (k: string): number => Math.max(...maps.map((m) => m[k]!));
      return {
      id: 'rand',
      name: 'Random',
      defaultCalendarId: 'std',
      calendars: [
        { id: 'std', workingDays: [1, 2, 3, 4, 5] },
        { id: 'part', workingDays: [1, 2, 3, 4] },
      ],
      pools: [
        { id: 'even', name: 'Even' },
        { id: 'odd', name: 'Odd' },
      ],
      resources: people.map((p, i) => ({
        id: `p${i}`,
        name: `P${i}`,
        capacity: p.cap,
        skills: maps[i]!,
        ...(p.part ? { calendarId: 'part' } : {}),
        poolId: i % 2 === 0 ? 'even' : 'odd',
      })),
      projects: [
        {
          id: 'P',
          name: 'P',
          start: '2026-03-05',
          tasks: tasks.map((t, i) => ({
            id: `t${i}`,
            name: `T${i}`,
            duration: t.duration,
            demands: [
              ...(t.named !== undefined ? [{ resourceId: `p${t.named[0] % people.length}`, units: t.named[1] }] : []),
              ...(t.skill !== undefined ? [{ skill: t.skill[0], minLevel: Math.min(t.skill[1], best(t.skill[0])), units: t.skill[2] }] : []),
            ],
          })),
        },
      ],
    };
    });
}

describe('leveling a portfolio: exact per-day capacity and assignment', () => {
  /**
   * Axis Mon–Fri from Thursday 2026-03-05. Pat works Mon–Thu, Quinn Mon–Fri; both have dev.
   * Offsets: 0 Thu 5, 1 Fri 6, 2 Mon 9, ...
   */
  const base = (tasks: PortfolioInput['projects'][number]['tasks']): PortfolioInput => ({
    id: 'part',
    name: 'Part-time',
    defaultCalendarId: 'std',
    calendars: [
      { id: 'std', workingDays: [1, 2, 3, 4, 5] },
      { id: 'mon-thu', workingDays: [1, 2, 3, 4] },
    ],
    resources: [
      { id: 'pat', name: 'Pat', capacity: 1, skills: { dev: 3 }, calendarId: 'mon-thu' },
      { id: 'quinn', name: 'Quinn', capacity: 1, skills: { dev: 3 } },
    ],
    projects: [{ id: 'P', name: 'P', start: '2026-03-05', tasks }],
  });
  it('capacity is exact per working day: the Monday–Thursday person gives 1 Monday to Thursday and 0 on Fridays', () => {
    const c = resourceCapacity(parsePortfolio(base([])), '2026-03-05', '2026-03-13');
    expect(c.dates).toEqual(['2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13']);
    expect(c.resources[0]!.capacity).toEqual([1, 0, 1, 1, 1, 1, 0]);
    expect(c.resources[0]!.total).toBe(5);
  });
  it('two one-day dev tasks run together on Thursday (capacity 2), not on Friday (capacity 1)', () => {
    const p = parsePortfolio(
      base([
        { id: 'a', name: 'A', duration: 1, demands: [{ skill: 'dev', units: 1 }] },
        { id: 'b', name: 'B', duration: 1, demands: [{ skill: 'dev', units: 1 }] },
        { id: 'c', name: 'C', duration: 1, demands: [{ skill: 'dev', units: 1 }] },
        { id: 'd', name: 'D', duration: 1, demands: [{ skill: 'dev', units: 1 }] },
      ]),
    );
    const r = levelResources(p, { schedules: 200 });
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
    // Thursday 2, Friday 1, Monday 1: makespan 3 (an averaged 1.8 per day would need 3 days too, but place 1 on Thursday).
    expect(r.tasks.map((t) => t.start).sort()).toEqual([0, 0, 1, 2]);
    expect(overallocations(p, r)).toEqual([]);
  });
  it('a task naming the part-time person asks nothing on Fridays; a dev task for a week uses Quinn on Fridays', () => {
    const p = parsePortfolio(
      base([
        { id: 'pat-work', name: 'Pat', duration: 5, demands: [{ resourceId: 'pat', units: 1 }] },
        { id: 'dev-work', name: 'Dev', duration: 5, demands: [{ skill: 'dev', units: 1 }] },
        { id: 'quinn-fri', name: 'Quinn', duration: 1, demands: [{ resourceId: 'quinn', units: 1 }] },
      ]),
    );
    const r = levelResources(p, { schedules: 200 });
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
    expect(overallocations(p, r)).toEqual([]);
    expect(r.warnings).toEqual([]);
    // Pat's and the dev task run Thursday to Wednesday; the dev task needs Quinn on Friday, so
    // Quinn's own day waits until the dev task is done (Thursday 12 March, offset 5).
    expect(r.tasks.map((t) => [t.id, t.start])).toEqual([
      ['pat-work', 0],
      ['dev-work', 0],
      ['quinn-fri', 5],
    ]);
    // Who covers what: Pat 4 days (not Friday); the dev task falls to Quinn every day, Pat being busy.
    expect(r.assignments).toEqual([
      { key: 'P/pat-work', demand: 'resource:pat', units: 1, people: [{ resourceId: 'pat', unitDays: 4 }] },
      { key: 'P/dev-work', demand: 'skill:dev', units: 1, people: [{ resourceId: 'quinn', unitDays: 5 }] },
      { key: 'P/quinn-fri', demand: 'resource:quinn', units: 1, people: [{ resourceId: 'quinn', unitDays: 1 }] },
    ]);
  });
  it('three skills over overlapping people: the leveler never runs all three together', () => {
    const p = parsePortfolio({
      id: 'three',
      name: 'Three',
      resources: [
        { id: 'a', name: 'A', capacity: 1, skills: { x: 1, z: 1 } },
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
          start: '2026-03-02',
          tasks: [
            { id: 'x', name: 'X', duration: 3, demands: [{ skill: 'x', units: 2 }] },
            { id: 'y', name: 'Y', duration: 3, demands: [{ skill: 'y', units: 0.5 }] },
            { id: 'z', name: 'Z', duration: 3, demands: [{ skill: 'w', units: 2 }] },
          ],
        },
      ],
    });
    // Every skill, pair and pool aggregate holds with all three together...
    const together = { calendarId: 'standard', startDate: '2026-03-02', tasks: ['x', 'y', 'z'].map((id) => ({ id, projectId: 'P', start: 0, finish: 3, startDate: '2026-03-02', finishDate: '2026-03-04' })) };
    expect(overallocations(p, together).filter((o) => o.kind !== 'assignment')).toEqual([]);
    // ...but no assignment exists: overallocations reports it as one 'assignment' entry of the
    // week (the unleveled schedule runs them together), with the same figures as verifySchedule.
    const unleveled = schedulePortfolio(p, { progress: 'plan' });
    expect(unleveled.tasks.map((t) => t.earlyStart)).toEqual([0, 0, 0]);
    expect(overallocations(p, unleveled, { by: 'week' })).toEqual([
      {
        kind: 'assignment',
        id: 'skill:x+skill:y+skill:w',
        name: 'skill:x, skill:y, skill:w over a, b, c, d',
        period: '2026-W10',
        startDate: '2026-03-02',
        endDate: '2026-03-04', // the periods end with the schedule
        days: 3,
        demands: ['skill:x', 'skill:y', 'skill:w'],
        resources: ['a', 'b', 'c', 'd'],
        peakDemand: 4.5,
        capacity: 4,
        shortfall: 0.5,
        excess: 1.5,
        tasks: [
          { projectId: 'P', taskId: 'x', key: 'P/x', units: 2 },
          { projectId: 'P', taskId: 'y', key: 'P/y', units: 0.5 },
          { projectId: 'P', taskId: 'z', key: 'P/z', units: 2 },
        ],
        projects: ['P'],
      },
    ]);
    // By day: one entry per day, Monday to Wednesday.
    expect(overallocations(p, unleveled).map((o) => [o.kind, o.period, o.days])).toEqual([
      ['assignment', '2026-03-02', 1],
      ['assignment', '2026-03-03', 1],
      ['assignment', '2026-03-04', 1],
    ]);
    // Any two together are fine.
    expect(overallocations(p, { ...together, tasks: together.tasks.map((t) => (t.id === 'z' ? { ...t, start: 3, finish: 6, startDate: '2026-03-05', finishDate: '2026-03-09' } : t)) })).toEqual([]);
    // So the leveler runs two of them together and the third after.
    const r = levelResources(p, { schedules: 300 });
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
    expect(overallocations(p, r)).toEqual([]);
    expect(r.makespan).toBe(6);
    const starts = r.tasks.map((t) => t.start);
    expect(starts.filter((s) => s === 0)).toHaveLength(2);
    // The assignment covers every demand in full, from qualified people only.
    const qualified: Record<string, string[]> = { 'skill:x': ['a', 'b'], 'skill:y': ['b', 'c'], 'skill:w': ['c', 'd'] };
    for (const a of r.assignments) {
      expect(a.people.reduce((s, x) => s + x.unitDays, 0)).toBeCloseTo(a.units * 3, 9);
      for (const x of a.people) expect(qualified[a.demand]).toContain(x.resourceId);
    }
    // The broken schedule is caught by the exact check, naming the period, tasks and skills.
    const broken = verifySchedule(r.instance, [0, 0, 0]);
    expect(broken).toHaveLength(3);
    expect(broken[0]).toMatchObject({ kind: 'assignment', period: 0, groups: ['skill:x', 'skill:y', 'skill:w'], activities: ['P/x', 'P/y', 'P/z'], demand: 4.5, capacity: 4, amount: 0.5 });
  });
  it('every leveling of a random portfolio passes the exact check, with part-time people', () => {
    fc.assert(
      fc.property(randomPortfolio(), fc.integer({ min: 1, max: 50 }), (input, seed) => {
        const p = parsePortfolio(input);
        const r = levelResources(p, { schedules: 30, seed });
        expect(verifySchedule(r.instance, r.starts).filter((v) => v.kind !== 'deadline')).toEqual([]);
        expect(r.makespan).toBeGreaterThanOrEqual(r.lowerBound);
        // The reported assignment never gives anyone more than their capacity on a working day.
        const given = new Map<string, number>();
        for (const a of r.assignments) for (const x of a.people) given.set(x.resourceId, (given.get(x.resourceId) ?? 0) + x.unitDays);
        const cap = resourceCapacity(p, r.startDate, r.finishDate);
        for (const res of cap.resources) expect(given.get(res.id) ?? 0).toBeLessThanOrEqual(res.total + 1e-9);
      }),
      { numRuns: 60, seed: 3 },
    );
  });
});
