/** The hand-checked portfolio shared by the tests of levelResources, resourceLoading and overallocations. */
import type { PortfolioInput } from '../../src/model/portfolio.js';

/**
 * Hand-checked portfolio. Axis: 'std' (Mon–Fri, holiday Wed 2026-01-07); offsets 0..6 are
 * Jan 5, 6, 8, 9, 12, 13, 14. Ann works the axis calendar; Bob has Friday Jan 9 off (offset 3);
 * Cid works Mon–Thu at 0.5: 0.5 on each axis day but Fridays, 0 on Friday Jan 9. Skill groups: dev@3 = {ann, cid},
 * qa@3 = {bob}. Pools: pool-a = {ann, bob}, pool-b = {cid}.
 */
export function small(): PortfolioInput {
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

/** Rounds to 6 decimals (null kept), for comparing loads. */
export const round = (xs: readonly (number | null)[]) => xs.map((x) => (x === null ? null : Math.round(x * 1e6) / 1e6));
