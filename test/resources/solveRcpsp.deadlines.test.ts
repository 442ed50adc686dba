/** solveRcpsp's deadline modes (soft, hard, ignore). */
import { describe, expect, it } from 'vitest';
import { DeadlineError } from '../../src/errors.js';
import type { PortfolioInput } from '../../src/model/portfolio.js';
import { solveRcpsp, type RcpspInstance } from '../../src/resources/index.js';
import { deepFreeze } from '../helpers.js';

type TaskIn = PortfolioInput['projects'][number]['tasks'][number];
type LinkIn = NonNullable<PortfolioInput['projects'][number]['dependencies']>[number];

/** One project starting Monday 2026-01-05 on the standard calendar (Mon–Fri), resource ann (capacity 1). */
function one(tasks: TaskIn[], dependencies: LinkIn[] = [], extra: Partial<PortfolioInput['projects'][number]> = {}): PortfolioInput {
  return {
    id: 'pf',
    name: 'Portfolio',
    resources: [{ id: 'ann', name: 'Ann', capacity: 1 }],
    projects: [{ id: 'P', name: 'P', start: '2026-01-05', tasks, dependencies, ...extra }],
  };
}
const ann = (units = 1) => [{ resourceId: 'ann', units }];
const caught = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('solveRcpsp: deadlines', () => {
  const inst: RcpspInstance = deepFreeze({
    activities: [
      { id: 'a', duration: 2, demands: [1] },
      { id: 'b', duration: 2, demands: [1], deadline: 2 },
      { id: 'c', duration: 3, deadline: 2 },
    ],
    resources: [{ id: 'r', capacity: 1 }],
  });
  it("'soft' (default) minimizes lateness; 'ignore' drops deadlines; 'hard' throws naming them", () => {
    const soft = solveRcpsp(inst, { schedules: 100 });
    expect(soft.starts[1]).toBe(0);
    expect(soft.lateness).toBe(1);
    const ignore = solveRcpsp(inst, { schedules: 100, deadlines: 'ignore' });
    expect(ignore.lateness).toBe(0);
    const err = caught(() => solveRcpsp(inst, { deadlines: 'hard' })) as DeadlineError;
    expect(err).toBeInstanceOf(DeadlineError);
    expect(err.missed).toEqual([{ id: 'c', source: '', deadline: 2, earliestFinish: 3, finish: 3, provable: true }]);
    expect(err.message).toMatch(/solveRcpsp: 1 hard deadline cannot be met by any schedule:\n {2}- activity "c" must finish by period 2 but cannot finish before period 3/);
    const ok = solveRcpsp({ ...inst, activities: inst.activities.slice(0, 2) }, { schedules: 100, deadlines: 'hard' });
    expect(ok.starts).toEqual([2, 0]);
    expect(() => solveRcpsp(inst, { deadlines: 'x' as never })).toThrow(/solveRcpsp: options.deadlines must be/);
  });
  it("'hard' tells a deadline missed within the budget from a provable one", () => {
    const two: RcpspInstance = {
      activities: [
        { id: 'a', duration: 2, demands: [1], deadline: 2 },
        { id: 'b', duration: 2, demands: [1], deadline: 2 },
      ],
      resources: [{ id: 'r', capacity: 1 }],
    };
    const err = caught(() => solveRcpsp(two, { schedules: 20, deadlines: 'hard' })) as DeadlineError;
    expect(err.missed).toHaveLength(1);
    expect(err.missed[0]).toMatchObject({ deadline: 2, earliestFinish: 2, finish: 4, provable: false });
    expect(err.message).toMatch(/not met within the budget/);
  });
});
