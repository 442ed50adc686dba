/**
 * levelResources keeps the leveled schedule when the ALAP placement breaks a rule: the placement
 * is replaced here by one that starts every activity at 0, which over-allocates Ann.
 */
import { describe, expect, it, vi } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import { levelResources, verifySchedule } from '../../src/resources/index.js';

vi.mock('../../src/resources/internal/alap.js', () => ({
  placeAlap: (_pr: unknown, S: Int32Array) => new Int32Array(S.length),
}));

describe('levelResources: ALAP safety net', () => {
  it('falls back to the leveled schedule, with a warning, when the placement fails verifySchedule', () => {
    const p = parsePortfolio({
      id: 'pf',
      name: 'Portfolio',
      resources: [{ id: 'ann', name: 'Ann', capacity: 1 }],
      projects: [
        {
          id: 'P',
          name: 'P',
          start: '2026-01-05',
          tasks: [
            { id: 'a', name: 'A', duration: 2, demands: [{ resourceId: 'ann', units: 1 }] },
            { id: 'b', name: 'B', duration: 2, demands: [{ resourceId: 'ann', units: 1 }], constraint: { type: 'ALAP' } },
          ],
        },
      ],
    });
    const r = levelResources(p, { schedules: 50 });
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
    expect(r.makespan).toBe(4);
    expect(r.warnings).toEqual(['ALAP tasks are leveled as soon as possible: placing them later failed the schedule check (please report this)']);
  });
});
