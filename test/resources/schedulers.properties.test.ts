/** Properties of the schedulers (generateSchedule, solveRcpsp) on random instances, checked by verifySchedule (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSchedule, solveRcpsp, verifySchedule, type RcpspInstance } from '../../src/resources/index.js';
import { cpm } from '../../src/schedule/cpm.js';
import { clone, deepFreeze } from '../helpers.js';

const TYPES = ['FS', 'SS', 'FF', 'SF'] as const;

/** Random instances: a DAG (links go from lower to higher index), any link type, lags -3..3, releases, fractional demands sometimes. */
const instanceArb: fc.Arbitrary<RcpspInstance> = fc
  .record({ n: fc.integer({ min: 1, max: 12 }), K: fc.integer({ min: 0, max: 3 }), fractional: fc.boolean() })
  .chain(({ n, K, fractional }) =>
    fc
      .record({
        caps: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: K, maxLength: K }),
        acts: fc.array(
          fc.record({
            duration: fc.integer({ min: 0, max: 5 }),
            release: fc.integer({ min: 0, max: 6 }),
            shares: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: K, maxLength: K }),
          }),
          { minLength: n, maxLength: n },
        ),
        links: fc.array(
          fc.record({ a: fc.integer({ min: 0, max: n - 1 }), b: fc.integer({ min: 0, max: n - 1 }), type: fc.constantFrom(...TYPES), lag: fc.integer({ min: -3, max: 3 }) }),
          { maxLength: 2 * n },
        ),
        profile: fc.option(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 12 }), { nil: undefined }),
      })
      .map(({ caps, acts, links, profile }) => ({
        activities: acts.map((a, i) => ({
          id: `a${i}`,
          duration: a.duration,
          release: a.release,
          demands: a.shares.map((s, k) => (fractional ? Math.round((s / 100) * caps[k]! * 10) / 10 : Math.round((s / 100) * caps[k]!))),
        })),
        resources: caps.map((c, k) => ({ id: `r${k}`, capacity: c, ...(k === 0 && profile !== undefined ? { profile } : {}) })),
        precedences: links.filter((l) => l.a < l.b).map((l) => ({ from: `a${l.a}`, to: `a${l.b}`, type: l.type, lag: l.lag })),
      })),
  );

/** The CPM early starts of an instance (pmo-kit's schedule module, an independent implementation). */
function cpmStarts(inst: RcpspInstance): number[] {
  const r = cpm({
    tasks: inst.activities.map((a) => ({ id: a.id, duration: a.duration, earliestStart: a.release ?? 0 })),
    links: (inst.precedences ?? []).map((l) => ({ from: l.from, to: l.to, type: l.type ?? 'FS', lag: l.lag ?? 0 })),
  });
  return r.tasks.map((t) => t.earlyStart);
}

describe('properties of the schedulers (fast-check)', () => {
  it('every scheme and rule yields a schedule verifySchedule accepts, no shorter than the bounds', () => {
    fc.assert(
      fc.property(instanceArb, (inst) => {
        for (const scheme of ['serial', 'parallel'] as const)
          for (const rule of ['LFT', 'LST', 'MinSlack', 'GRPW', 'random'] as const) {
            const s = generateSchedule(inst, { scheme, rule, justify: rule === 'LFT' });
            expect(verifySchedule(inst, s.starts)).toEqual([]);
            expect(s.makespan).toBeGreaterThanOrEqual(s.lowerBound);
            expect(s.lowerBound).toBeGreaterThanOrEqual(s.criticalPathLength);
          }
      }),
      { numRuns: 150 },
    );
  });

  it('the genetic algorithm yields verified schedules within its budget, at or above the critical-path bound', () => {
    fc.assert(
      fc.property(instanceArb, fc.integer({ min: 1, max: 60 }), fc.integer(), (inst, schedules, seed) => {
        const s = solveRcpsp(inst, { schedules, seed });
        expect(verifySchedule(inst, s.starts)).toEqual([]);
        expect(s.schedules).toBeLessThanOrEqual(schedules);
        expect(s.schedules).toBeGreaterThanOrEqual(1);
        const cp = Math.max(0, ...cpmStarts(inst).map((x, i) => x + inst.activities[i]!.duration));
        expect(s.criticalPathLength).toBe(cp);
        expect(s.makespan).toBeGreaterThanOrEqual(cp);
      }),
      { numRuns: 150 },
    );
  });

  it('with unlimited capacity the leveled schedule is the CPM early schedule', () => {
    fc.assert(
      fc.property(instanceArb, (inst) => {
        const total = inst.activities.reduce((sum, a) => sum + (a.demands ?? []).reduce((x, y) => x + y, 0), 1);
        const unlimited: RcpspInstance = { ...inst, resources: (inst.resources ?? []).map((r) => ({ id: r.id, capacity: total })) };
        const early = cpmStarts(unlimited);
        expect(solveRcpsp(unlimited, { schedules: 30 }).starts).toEqual(early);
        expect(generateSchedule(unlimited, { scheme: 'parallel' }).starts).toEqual(early);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic and never mutates its input', () => {
    fc.assert(
      fc.property(instanceArb, fc.integer(), (inst, seed) => {
        const frozen = deepFreeze(clone(inst));
        const a = solveRcpsp(frozen, { schedules: 40, seed });
        const b = solveRcpsp(frozen, { schedules: 40, seed });
        expect(b).toEqual(a);
        expect(frozen).toEqual(inst);
      }),
      { numRuns: 60 },
    );
  });
});
