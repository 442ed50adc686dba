/** The analytic PERT answer of simulateRisk: the driving path and the coefficients of SS/FF/SF links. */
import { describe, expect, it } from 'vitest';
import type { Portfolio } from '../../src/model/portfolio.js';
import { onEveryDay, sample } from './fixtures.js';
import { simulateRisk } from '../../src/risk/index.js';


type T = { id: string; d: number; e?: [number, number, number] };
type L = [string, string, 'FS' | 'SS' | 'FF' | 'SF', number];

/** One project on a 7-day calendar (offsets are plain days), links of any type. */
function pf(tasks: T[], links: L[]): Portfolio {
  return onEveryDay({
    tasks: tasks.map((t) => ({ id: t.id, name: t.id, duration: t.d, milestone: false, demands: [], ...(t.e !== undefined ? { estimate: { optimistic: t.e[0], mostLikely: t.e[1], pessimistic: t.e[2] } } : {}) })),
    dependencies: links.map(([from, to, type, lag]) => ({ from, to, type, lag })),
  });
}

describe('simulateRisk: the analytic PERT answer follows the link semantics', () => {
  it('an SS link and an FF link: tasks entered and left at the same end do not count (closed form; wrong before)', () => {
    // finish = d(A) + 10 + 200 + 5: B (SS in... SS out) and D (FF in, ends the path at its finish) have coefficient 0.
    const input = pf(
      [
        { id: 'A', d: 100, e: [70, 100, 130] },
        { id: 'B', d: 100, e: [90, 100, 160] },
        { id: 'C', d: 200 },
        { id: 'D', d: 100, e: [70, 100, 130] },
      ],
      [
        ['A', 'B', 'FS', 0],
        ['B', 'C', 'SS', 10],
        ['C', 'D', 'FF', 5],
      ],
    );
    const r = simulateRisk(input, { iterations: 20000, seed: 2, distribution: 'normal' });
    expect(r.deterministicDuration).toBe(315);
    expect(r.pert!.path).toEqual(['A', 'B', 'C', 'D']);
    // Exact: mean 315 (A's normal mean is its duration), variance that of A alone, 10².
    expect(r.pert!.mean).toBe(315);
    expect(r.pert!.variance).toBe(100);
    expect(r.pert!.coefficients).toEqual([1, 0, 1, 0]);
    // The simulation agrees: this path drives in every iteration.
    expect(Math.abs(r.finish.mean - 315)).toBeLessThan(0.2);
    expect(Math.abs(r.finish.stdDev - 10)).toBeLessThan(0.2);
  });

  it('FF in and SS out: the task counts negatively (closed form, PERT-beta)', () => {
    // finish = d(X) - d(Y) + 100.
    const input = pf(
      [
        { id: 'X', d: 100, e: [70, 100, 130] },
        { id: 'Y', d: 25, e: [20, 25, 50] },
        { id: 'Z', d: 100 },
      ],
      [
        ['X', 'Y', 'FF', 0],
        ['Y', 'Z', 'SS', 0],
      ],
    );
    const r = simulateRisk(input, { iterations: 40000, seed: 4 });
    expect(r.deterministicDuration).toBe(175);
    // PERT-beta moments: X mean 100, variance 3·3·60²/252; Y mean (20 + 100 + 50)/6, variance αβ·30²/252.
    const aY = 1 + (4 * 5) / 30;
    const bY = 1 + (4 * 25) / 30;
    expect(r.pert!.mean).toBeCloseTo(175 - ((20 + 100 + 50) / 6 - 25), 10);
    expect(r.pert!.variance).toBeCloseTo((9 * 3600) / 252 + (aY * bY * 900) / 252, 10);
    expect(r.pert!.coefficients).toEqual([1, -1, 1]);
    expect(Math.abs(r.finish.mean - r.pert!.mean)).toBeLessThan(0.15);
    expect(Math.abs(r.finish.stdDev - r.pert!.stdDev)).toBeLessThan(0.15);
  });

  it('the path is the driving one with the largest mean, not every critical task', () => {
    // Two driving paths to F: A (FS, coefficient 1) and B (SS lag 10, coefficient 0, however long B may be): A's mean change counts.
    const input = pf(
      [
        { id: 'A', d: 10, e: [8, 10, 20] },
        { id: 'B', d: 5, e: [1, 5, 30] },
        { id: 'F', d: 5 },
      ],
      [
        ['A', 'F', 'FS', 0],
        ['B', 'F', 'SS', 10],
      ],
    );
    const r = simulateRisk(input, { iterations: 100 });
    expect(r.pert!.path).toEqual(['A', 'F']);
    expect(r.pert!.mean).toBeCloseTo(15 + (8 + 40 + 20) / 6 - 10, 10);
  });

  it('on the sample the analytic mean no longer exceeds the simulated one (the merge bias shows)', () => {
    for (const riskEvents of [false, true]) {
      const r = simulateRisk(sample, { iterations: 4000, riskEvents });
      expect(r.pert!.mean, `riskEvents ${riskEvents}`).toBeLessThan(r.finish.mean);
    }
  });
});
