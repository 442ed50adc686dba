/** Small hand-checked RCPSP instances shared by the resources tests. */
import type { RcpspInstance } from '../../src/resources/index.js';
import { deepFreeze } from '../helpers.js';

/**
 * Three activities x, y, z compete for one resource of capacity 1; each has a chain of
 * successors without demand. Critical path 12. Late starts: x 0, y 4, z 5; late finishes:
 * x 1, y 7, z 6; GRPW: x 2, y 8, z 7. So LST and MinSlack take x, y, z; LFT x, z, y; GRPW y, z, x.
 * Activity order: x, y, z, x1, x2, y1, z1.
 */
export const RULES: RcpspInstance = deepFreeze({
  activities: [
    { id: 'x', duration: 1, demands: [1] },
    { id: 'y', duration: 3, demands: [1] },
    { id: 'z', duration: 1, demands: [1] },
    { id: 'x1', duration: 1 },
    { id: 'x2', duration: 10 },
    { id: 'y1', duration: 5 },
    { id: 'z1', duration: 6 },
  ],
  resources: [{ id: 'r', capacity: 1 }],
  precedences: [
    { from: 'x', to: 'x1' },
    { from: 'x1', to: 'x2' },
    { from: 'y', to: 'y1' },
    { from: 'z', to: 'z1' },
  ],
});

/**
 * Serial and parallel differ: P (no demand) precedes Y; Y and Z share a resource of capacity 1.
 * With the list P, Y, Z the serial scheme puts Y at 1 and Z after it (makespan 5); the parallel
 * scheme starts Z at 0 (Y is not eligible yet) and Y at 3 (makespan 4).
 */
export const SCHEMES: RcpspInstance = deepFreeze({
  activities: [
    { id: 'P', duration: 1 },
    { id: 'Y', duration: 1, demands: [1] },
    { id: 'Z', duration: 3, demands: [1] },
  ],
  resources: [{ id: 'r', capacity: 1 }],
  precedences: [{ from: 'P', to: 'Y' }],
});

/** Whether integer needs (units, allowed people) fit integer capacities: exhaustive search. */
export function bruteFits(needs: readonly { units: number; set: readonly number[] }[], caps: number[]): boolean {
  if (needs.length === 0) return true;
  const [first, ...rest] = needs;
  const split = (k: number, left: number): boolean => {
    if (left === 0) return bruteFits(rest, caps);
    if (k === first!.set.length) return false;
    const r = first!.set[k]!;
    for (let x = Math.min(left, caps[r]!); x >= 0; x--) {
      caps[r]! -= x;
      const ok = split(k + 1, left - x);
      caps[r]! += x;
      if (ok) return true;
    }
    return false;
  };
  return split(0, first!.units);
}
