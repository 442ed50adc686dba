import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { AssignState } from '../../src/resources/internal/assign.js';
import { compileProblem } from '../../src/resources/internal/compileProblem.js';
import type { RcpspInstance } from '../../src/resources/index.js';
import { bruteFits } from './fixtures.js';


interface Act {
  /** Dedicated units on each person (0: none). */
  readonly dedicated: readonly number[];
  readonly groups: readonly { readonly units: number; readonly set: readonly number[] }[];
}

/**
 * What each need of an activity asks under capacities `caps`, by the definition (brute force): its
 * needs routed alone, in order (dedicated ones by person, then group demands); a group demand asks
 * what it got, a dedicated demand its units.
 */
function asks(a: Act, caps: readonly number[]): { units: number; set: number[] }[] {
  const list = [
    ...a.dedicated.flatMap((d, r) => (d > 0 ? [{ units: d, set: [r], group: false }] : [])),
    ...a.groups.map((g) => ({ units: g.units, set: [...g.set], group: true })),
  ];
  const routed: { units: number; set: number[] }[] = [];
  const out: { units: number; set: number[] }[] = [];
  for (const nd of list) {
    let got = nd.units;
    while (got > 0 && !bruteFits([...routed, { units: got, set: nd.set }], [...caps])) got--;
    routed.push({ units: got, set: nd.set });
    out.push({ units: nd.group ? got : nd.units, set: nd.set });
  }
  return out;
}

const PERIODS = 6;

const arb = fc
  .record({ R: fc.integer({ min: 1, max: 5 }), n: fc.integer({ min: 1, max: 8 }), nested: fc.boolean() })
  .chain(({ R, n, nested }) => {
    // Nested sets (a prefix of the people, or one person) make a laminar family.
    const set = nested
      ? fc.oneof(fc.integer({ min: 1, max: R }).map((k) => [...Array(k).keys()]), fc.integer({ min: 0, max: R - 1 }).map((r) => [r]))
      : fc.subarray([...Array(R).keys()], { minLength: 1 });
    return fc.record({
      caps: fc.array(fc.oneof(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 0, max: 2 })), { minLength: R, maxLength: R }),
      profiles: fc.array(fc.option(fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: PERIODS }), { nil: undefined }), { minLength: R, maxLength: R }),
      acts: fc.array(
        fc.record({
          dedicated: fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 2 })), { minLength: R, maxLength: R }),
          groups: fc.array(fc.record({ units: fc.integer({ min: 1, max: 3 }), set }), { minLength: 1, maxLength: 2 }),
        }),
        { minLength: n, maxLength: n },
      ),
      // Operations: check (and commit when it fits) activity j on periods [lo, lo + len).
      ops: fc.array(fc.record({ j: fc.nat(), lo: fc.integer({ min: 0, max: PERIODS - 1 }), len: fc.integer({ min: 1, max: 3 }), commit: fc.oneof(fc.constant(true), fc.boolean()) }), { maxLength: 30 }),
      resetAt: fc.integer({ min: 0, max: 40 }),
    });
  });

/** Classes X = {a, b}, Y = {b, c}, Z = {c, d} of one unit each: x (2 of X), z (1 of Z), y2 and y1 (2 and 1 of Y). */
const XYZ: RcpspInstance = (() => {
  const g = (units: number, resources: string[]) => [{ units, resources }];
  return {
    activities: [
      { id: 'x', duration: 1, groupDemands: g(2, ['a', 'b']) },
      { id: 'z', duration: 1, groupDemands: g(1, ['c', 'd']) },
      { id: 'y2', duration: 1, groupDemands: g(2, ['b', 'c']) },
      { id: 'y1', duration: 1, groupDemands: g(1, ['b', 'c']) },
    ],
    resources: ['a', 'b', 'c', 'd'].map((id) => ({ id, capacity: 1 })),
  };
})();

describe('assignment state of the schedule generation (internal)', () => {
  /**
   * X = {a, b}, Y = {b, c}, Z = {c, d}, one unit each: with x (2 of X) and z (1 of Z) placed, 2 of
   * Y fail (a, b go to X; c or d to Z; only one unit of {b, c} is left) though every class's
   * aggregate holds, 1 of Y fits, and after it nothing more of Y does.
   */
  it('remembers a failure only as far as it reaches: a smaller need of the same class still fits', () => {
    const pr = compileProblem('test', XYZ);
    const st = new AssignState(pr, pr.asg!, 2, 0);
    st.commit(0, 0);
    st.commit(1, 0);
    expect(st.fits(2, 0)).toBe(false);
    expect(st.fits(3, 0)).toBe(true);
    expect(st.fits(2, 1)).toBe(true);
    st.commit(3, 0);
    expect(st.fits(3, 0)).toBe(false);
    st.reset(0, 2);
    expect(st.fits(2, 0)).toBe(true);
  });
  /**
   * Same classes: the failed search at period 0 finds {a, b, c} saturated by X and Y (capacity 3).
   * At period 1 (x placed, 2 units of {a, b, c} left... only 1 of them for Y) that set decides
   * without a search; at period 2 (z placed: its unit moves to d) it must not reject anything.
   */
  it('reuses a saturated set found by a failed search at other periods, only where it is short', () => {
    const pr = compileProblem('test', XYZ);
    const st = new AssignState(pr, pr.asg!, 3, 0);
    const route = vi.spyOn(st as unknown as { route: (...args: number[]) => number }, 'route');
    st.commit(0, 0);
    st.commit(1, 0);
    st.commit(0, 1);
    st.commit(1, 2);
    expect(st.fits(2, 0)).toBe(false);
    route.mockClear();
    expect(st.fits(2, 1)).toBe(false);
    expect(route).not.toHaveBeenCalled();
    expect(st.fits(3, 1)).toBe(true);
    expect(st.fits(2, 2)).toBe(true);
    expect(st.fits(3, 2)).toBe(true);
    // After a reset the set is still known but no longer short anywhere.
    st.reset(0, 3);
    for (let t = 0; t < 3; t++) expect(st.fits(2, t)).toBe(true);
  });
  it('answers as an exhaustive assignment search after any sequence of commits, keeps equal neighbours equal, and resets', () => {
    fc.assert(
      fc.property(arb, ({ caps, profiles, acts: raw, ops, resetAt }) => {
        // A dedicated demand above the person's capacity has no schedule at all (rejected).
        // Dedicated demands on people no group demand names stay out of the assignment layer.
        const workers = new Set(raw.flatMap((a) => a.groups.flatMap((g) => g.set)));
        const acts: Act[] = raw.map((a) => ({ ...a, dedicated: a.dedicated.map((d, r) => (workers.has(r) ? Math.min(d, caps[r]!) : 0)) }));
        const inst: RcpspInstance = {
          activities: acts.map((a, i) => ({
            id: `t${i}`,
            duration: 1,
            demands: raw[i]!.dedicated.map((d, r) => Math.min(d, caps[r]!)),
            groupDemands: a.groups.map((g) => ({ units: g.units, resources: g.set.map((r) => `r${r}`) })),
          })),
          resources: caps.map((c, r) => ({ id: `r${r}`, capacity: c, ...(profiles[r] !== undefined ? { profile: profiles[r] } : {}) })),
        };
        const pr = compileProblem('test', inst);
        const st = new AssignState(pr, pr.asg!, PERIODS, 0);
        const capAt = (t: number): number[] => caps.map((c, r) => (profiles[r] !== undefined && t < profiles[r]!.length ? profiles[r]![t]! : c));
        let placed: number[][] = Array.from({ length: PERIODS }, () => []);
        const oracle = (j: number, t: number): boolean =>
          bruteFits(
            [...placed[t]!, j].flatMap((i) => asks(acts[i]!, capAt(t))),
            capAt(t),
          );
        ops.forEach((op, x) => {
          if (x === resetAt) {
            st.reset(0, PERIODS);
            placed = Array.from({ length: PERIODS }, () => []);
          }
          const j = op.j % acts.length;
          const hi = Math.min(PERIODS, op.lo + op.len);
          let all = true;
          for (let t = op.lo; t < hi; t++) {
            const ok = st.fits(j, t);
            expect(ok).toBe(oracle(j, t));
            all &&= ok;
          }
          if (op.commit && all) {
            for (let t = op.lo; t < hi; t++) {
              st.commit(j, t);
              placed[t]!.push(j);
            }
            st.split(op.lo);
            st.split(hi);
          }
          // Neighbours marked equal answer alike for every activity.
          for (let t = 1; t < PERIODS; t++)
            if (st.same[t] === 1) for (let i = 0; i < acts.length; i++) expect(st.fits(i, t)).toBe(st.fits(i, t - 1));
        });
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
