/** Group demands: exact assignment per period by solveRcpsp, checked by verifySchedule; properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { generateSchedule, solveRcpsp, verifySchedule, type RcpspInstance, type ScheduleViolation } from '../../src/resources/index.js';
import { deepFreeze } from '../helpers.js';
import { bruteFits } from './fixtures.js';

/**
 * Three skills over overlapping people: X = {a, b}, Y = {b, c}, Z = {c, d}; e is in the pool but
 * has none of them. Each person gives 1 unit. Tasks x (2 units of X), y (0.5 of Y), z (2 of Z),
 * one period each. Running together: X 2 <= 2, Y 0.5 <= 2, Z 2 <= 2, X+Y 2.5 <= 3 on {a,b,c},
 * Y+Z 2.5 <= 3 on {b,c,d}, pool 4.5 <= 5: every per-skill, per-pair and per-pool aggregate holds,
 * but X, Y and Z together ask 4.5 of {a,b,c,d}, which gives 4: no assignment exists. Any two of
 * them can run together.
 */
const people = ['a', 'b', 'c', 'd', 'e'];
const THREE: RcpspInstance = deepFreeze({
  activities: [
    { id: 'x', duration: 1, groupDemands: [{ units: 2, resources: ['a', 'b'], label: 'X' }] },
    { id: 'y', duration: 1, groupDemands: [{ units: 0.5, resources: ['b', 'c'], label: 'Y' }] },
    { id: 'z', duration: 1, groupDemands: [{ units: 2, resources: ['c', 'd'], label: 'Z' }] },
  ],
  resources: people.map((id) => ({ id, capacity: 1 })),
});

/** The same demands as aggregate resources (per skill, per overlapping pair, per pool): the approximate model. */
const AGGREGATE: RcpspInstance = {
  activities: [
    { id: 'x', duration: 1, demands: [2, 0, 0, 2, 0, 2] },
    { id: 'y', duration: 1, demands: [0, 0.5, 0, 0.5, 0.5, 0.5] },
    { id: 'z', duration: 1, demands: [0, 0, 2, 0, 2, 2] },
  ],
  resources: [
    { id: 'skill:X', capacity: 2 },
    { id: 'skill:Y', capacity: 2 },
    { id: 'skill:Z', capacity: 2 },
    { id: 'skills:X+Y', capacity: 3 },
    { id: 'skills:Y+Z', capacity: 3 },
    { id: 'pool', capacity: 5 },
  ],
};

describe('group demands: exact assignment per period', () => {
  it('a schedule that every aggregate accepts but no assignment meets: only the exact check catches it', () => {
    expect(verifySchedule(AGGREGATE, [0, 0, 0])).toEqual([]);
    const v = verifySchedule(THREE, [0, 0, 0]);
    expect(v).toEqual([
      {
        kind: 'assignment',
        period: 0,
        groups: ['X', 'Y', 'Z'],
        activities: ['x', 'y', 'z'],
        resources: ['a', 'b', 'c', 'd'],
        demand: 4.5,
        capacity: 4,
        amount: 0.5,
      },
    ]);
    // Any two together are fine.
    expect(verifySchedule(THREE, [0, 0, 1])).toEqual([]);
    expect(verifySchedule(THREE, [0, 1, 0])).toEqual([]);
    expect(verifySchedule(THREE, [1, 0, 0])).toEqual([]);
  });
  it('the solver avoids it: two at a time, makespan 2', () => {
    for (const scheme of ['serial', 'parallel'] as const) {
      const s = generateSchedule(THREE, { scheme });
      expect(verifySchedule(THREE, s.starts)).toEqual([]);
      expect(s.makespan).toBe(2);
    }
    const s = solveRcpsp(THREE, { schedules: 50 });
    expect(verifySchedule(THREE, s.starts)).toEqual([]);
    expect(s.makespan).toBe(2);
    // The bound works per set of resources a demand names: each of X, Y and Z fits in one period.
    expect(s.lowerBound).toBe(1);
  });
  it('dedicated demands share the people with group demands', () => {
    // b is taken by w's dedicated unit: x then needs all of a, and y all of c.
    const inst: RcpspInstance = {
      activities: [
        { id: 'w', duration: 2, demands: [0, 1, 0] },
        { id: 'x', duration: 2, groupDemands: [{ units: 1, resources: ['a', 'b'] }] },
        { id: 'y', duration: 2, groupDemands: [{ units: 1.5, resources: ['b', 'c'] }] },
      ],
      resources: [
        { id: 'a', capacity: 1 },
        { id: 'b', capacity: 1 },
        { id: 'c', capacity: 1 },
      ],
    };
    const bad = verifySchedule(inst, [0, 0, 0]);
    expect(bad.map((v) => v.kind)).toEqual(['assignment', 'assignment']);
    expect(bad[0]).toMatchObject({ period: 0, groups: ['resource:b', 'b|c'], activities: ['w', 'y'], resources: ['b', 'c'], demand: 2.5, capacity: 2, amount: 0.5 });
    expect(verifySchedule(inst, [0, 0, 2])).toEqual([]);
    const s = solveRcpsp(inst, { schedules: 50 });
    expect(verifySchedule(inst, s.starts)).toEqual([]);
    expect(s.makespan).toBe(4);
  });
  it('a group demand asks at most what its resources can give in the period (nothing when all are absent)', () => {
    const inst: RcpspInstance = {
      activities: [
        { id: 'long', duration: 5, groupDemands: [{ units: 2, resources: ['p', 'q'] }] },
        { id: 'named', duration: 5, groupDemands: [{ units: 1, resources: ['q'] }] },
      ],
      resources: [
        { id: 'p', capacity: 1, profile: [1, 1, 1, 1, 0, 1, 1, 1, 1, 0] },
        { id: 'q', capacity: 1, profile: [1, 1, 1, 1, 0, 1, 1, 1, 1, 0] },
      ],
    };
    // Alone, each fits anywhere: in periods 4 and 9 nobody works, so they ask nothing then.
    expect(verifySchedule(inst, [0, 5])).toEqual([]);
    expect(verifySchedule(inst, [2, 7])).toEqual([]);
    // Together they cannot run on a working period, but may share the absence (period 4).
    expect(verifySchedule(inst, [0, 2]).map((v) => (v.kind === 'assignment' ? v.period : -1))).toEqual([2, 3]);
    expect(verifySchedule(inst, [0, 4])).toEqual([]);
    const s = solveRcpsp(inst, { schedules: 100 });
    expect(verifySchedule(inst, s.starts)).toEqual([]);
    expect(s.makespan).toBe(9);
    // A demand above everything its resources have asks for all of them: alone it fits.
    const over: RcpspInstance = { activities: [{ id: 'big', duration: 3, groupDemands: [{ units: 5, resources: ['p', 'q'] }] }], resources: inst.resources! };
    expect(verifySchedule(over, [0])).toEqual([]);
    expect(solveRcpsp(over).makespan).toBe(3);
  });
  it('checks activities sixty million periods apart exactly, profile changes included (the time domain is ±2^26 - 1)', () => {
    // Three one-unit needs on {ann, bob}: 3 of 2 where Bob gives 1, met where his profile gives 2.
    const trio = (at: number): RcpspInstance['activities'] => [
      { id: `a${at}`, duration: 2, groupDemands: [{ units: 1, resources: ['ann', 'bob'], label: 'dev' }] },
      { id: `b${at}`, duration: 2, groupDemands: [{ units: 1, resources: ['bob'], label: 'qa' }] },
      { id: `c${at}`, duration: 2, groupDemands: [{ units: 1, resources: ['ann'], label: 'ops' }] },
    ];
    const FAR = 60_000_000;
    const inst: RcpspInstance = {
      activities: [...trio(0), ...trio(FAR)],
      resources: [
        { id: 'ann', capacity: 1 },
        { id: 'bob', capacity: 1, profile: [1, 2] },
      ],
    };
    const short = (period: number, suffix: number): ScheduleViolation => ({
      kind: 'assignment',
      period,
      groups: ['dev', 'qa', 'ops'],
      activities: [`a${suffix}`, `b${suffix}`, `c${suffix}`],
      resources: ['ann', 'bob'],
      demand: 3,
      capacity: 2,
      amount: 1,
    });
    // Period 1 has Bob at 2; far away his capacity is 1 again in both periods.
    expect(verifySchedule(inst, [0, 0, 0, FAR, FAR, FAR])).toEqual([short(0, 0), short(FAR, FAR), short(FAR + 1, FAR)]);
    // Apart, nothing is short, however far the gap.
    expect(verifySchedule(inst, [0, 2, 4, FAR, FAR + 2, FAR + 4])).toEqual([]);
  });
  it('rejects malformed group demands with PmoError', () => {
    const base = (gd: unknown): RcpspInstance => ({ activities: [{ id: 'a', duration: 1, groupDemands: gd as never }], resources: [{ id: 'r', capacity: 1 }] });
    expect(() => solveRcpsp(base([{ units: 1, resources: ['zz'] }]))).toThrow(/activity "a": groupDemands\[0\] names unknown resource "zz"/);
    expect(() => solveRcpsp(base([{ units: -1, resources: ['r'] }]))).toThrow(/units must be a finite number >= 0/);
    expect(() => solveRcpsp(base([{ units: 1, resources: [] }]))).toThrow(/resources must be a non-empty array/);
    expect(() => solveRcpsp(base([{ units: 1, resources: ['r', 'r'] }]))).toThrow(/names resource "r" twice/);
    expect(() => solveRcpsp(base('x'))).toThrow(PmoError);
    expect(() => verifySchedule(base([{ units: 1, resources: ['zz'] }]), [0])).toThrow(/names unknown resource "zz"/);
  });
});

/** Tiny random instances: 1–3 people with integer capacities (profiles sometimes), one integer group demand per activity. */
const tinyArb = fc
  .record({ R: fc.integer({ min: 1, max: 3 }), n: fc.integer({ min: 1, max: 5 }) })
  .chain(({ R, n }) =>
    fc.record({
      caps: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: R, maxLength: R }),
      profiles: fc.array(fc.option(fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 5 }), { nil: undefined }), { minLength: R, maxLength: R }),
      acts: fc.array(
        fc.record({
          duration: fc.integer({ min: 1, max: 3 }),
          units: fc.integer({ min: 1, max: 3 }),
          set: fc.subarray([...Array(R).keys()], { minLength: 1 }),
          start: fc.integer({ min: 0, max: 4 }),
        }),
        { minLength: n, maxLength: n },
      ),
    }),
  );

describe('group demands: properties', () => {
  it('the exact check agrees with an exhaustive assignment search on tiny cases', () => {
    fc.assert(
      fc.property(tinyArb, ({ caps, profiles, acts }) => {
        const inst: RcpspInstance = {
          activities: acts.map((a, i) => ({ id: `t${i}`, duration: a.duration, groupDemands: [{ units: a.units, resources: a.set.map((r) => `r${r}`) }] })),
          resources: caps.map((c, r) => ({ id: `r${r}`, capacity: c, ...(profiles[r] !== undefined ? { profile: profiles[r] } : {}) })),
        };
        const starts = acts.map((a) => a.start);
        const bad = new Set(verifySchedule(inst, starts).filter((v): v is Extract<ScheduleViolation, { kind: 'assignment' }> => v.kind === 'assignment').map((v) => v.period));
        for (let t = 0; t < 8; t++) {
          const capAt = caps.map((c, r) => (profiles[r] !== undefined && t < profiles[r]!.length ? profiles[r]![t]! : c));
          // Each running demand asks its units or, if less, all its people have in the period.
          const needs = acts
            .filter((a) => a.start <= t && t < a.start + a.duration)
            .map((a) => ({ units: Math.min(a.units, a.set.reduce((s, r) => s + capAt[r]!, 0)), set: a.set }));
          expect(bad.has(t)).toBe(!bruteFits(needs, capAt));
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
  it('every schedule of the solver passes the exact check (random people, skills, dedicated and group demands)', () => {
    const arb = fc
      .record({ R: fc.integer({ min: 1, max: 5 }), n: fc.integer({ min: 1, max: 10 }) })
      .chain(({ R, n }) =>
        fc.record({
          caps: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: R, maxLength: R }),
          profile: fc.option(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 14 }), { nil: undefined }),
          acts: fc.array(
            fc.record({
              duration: fc.integer({ min: 0, max: 4 }),
              release: fc.integer({ min: 0, max: 4 }),
              dedicated: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: R, maxLength: R }),
              groups: fc.array(fc.record({ units: fc.integer({ min: 1, max: 25 }), set: fc.subarray([...Array(R).keys()], { minLength: 1 }) }), { maxLength: 3 }),
            }),
            { minLength: n, maxLength: n },
          ),
          links: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: n }),
          seed: fc.integer({ min: 1, max: 1000 }),
        }),
      );
    fc.assert(
      fc.property(arb, ({ caps, profile, acts, links, seed }) => {
        const inst: RcpspInstance = {
          activities: acts.map((a, i) => ({
            id: `t${i}`,
            duration: a.duration,
            release: a.release,
            demands: a.dedicated.map((d, r) => Math.min(d, caps[r]!) / 2),
            groupDemands: a.groups.map((g) => ({ units: g.units / 5, resources: g.set.map((r) => `r${r}`) })),
          })),
          resources: caps.map((c, r) => ({ id: `r${r}`, capacity: c / 2, ...(r === 0 && profile !== undefined ? { profile: profile.map((x) => x / 2) } : {}) })),
          precedences: links.filter(([a, b]) => a < b).map(([a, b]) => ({ from: `t${a}`, to: `t${b}` })),
        };
        const s = solveRcpsp(inst, { schedules: 40, seed });
        expect(verifySchedule(inst, s.starts)).toEqual([]);
        // The lower bound (group work against each set's capacity) never exceeds a feasible makespan.
        expect(s.makespan).toBeGreaterThanOrEqual(s.lowerBound);
        for (const scheme of ['serial', 'parallel'] as const) {
          const g = generateSchedule(inst, { scheme, rule: 'random', seed });
          expect(verifySchedule(inst, g.starts)).toEqual([]);
        }
      }),
      { numRuns: 150, seed: 5 },
    );
  });
});
