/** resourceLoading and overallocations of a schedule on task calendars (regression tests of issue 4). */
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import type { PortfolioInput } from '../../src/model/portfolio.js';
import { levelResources, overallocations, resourceLoading } from '../../src/resources/index.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';

type TaskInput = PortfolioInput['projects'][number]['tasks'][number];

describe('resourceLoading and overallocations of a schedule on task calendars', () => {
  it('counts a task that works only on days the reference calendar does not (Saturday and Sunday on Mon–Fri)', () => {
    const p = parsePortfolio({
      id: 'pf',
      name: 'pf',
      calendars: [
        { id: 'std', workingDays: [1, 2, 3, 4, 5] },
        { id: 'wkend', workingDays: [6, 7] },
      ],
      defaultCalendarId: 'std',
      resources: [{ id: 'r', name: 'r', capacity: 1, calendarId: 'wkend' }],
      projects: [
        {
          id: 'P',
          name: 'P',
          start: '2026-01-05',
          tasks: [
            { id: 'x', name: 'x', duration: 2, calendarId: 'wkend', demands: [{ resourceId: 'r', units: 1 }] },
            { id: 'y', name: 'y', duration: 2, calendarId: 'wkend', demands: [{ resourceId: 'r', units: 1 }] },
          ],
        },
      ],
    });
    const cpm = schedulePortfolio(p, { progress: 'plan' });
    // Both on Sat 10 and Sun 11 Jan, at the same reference offset.
    expect(cpm.tasks.map((t) => [t.earlyStartDate, t.earlyFinishDate, t.earlyFinish - t.earlyStart])).toEqual([
      ['2026-01-10', '2026-01-11', 0],
      ['2026-01-10', '2026-01-11', 0],
    ]);
    const l = resourceLoading(p, cpm, { by: 'day' });
    const demand = new Map(l.periods.map((x, k) => [x.key, l.resources[0]!.demand[k]!] as const));
    expect(demand.get('2026-01-10')).toBe(2);
    expect(demand.get('2026-01-11')).toBe(2);
    expect([...demand.values()].reduce((a, b) => a + b, 0)).toBe(4);
    const o = overallocations(p, cpm, { by: 'day' });
    expect(o.map((x) => [x.period, x.peakDemand, x.excess])).toEqual([
      ['2026-01-10', 2, 1],
      ['2026-01-11', 2, 1],
    ]);
  });

  it('takes fractions of a day from the task calendar, not from reference offsets (a Saturday-noon start)', () => {
    const p = parsePortfolio({
      id: 'pf',
      name: 'pf',
      calendars: [{ id: 'six', workingDays: [1, 2, 3, 4, 5, 6] }],
      resources: [{ id: 'r', name: 'r', capacity: 1, calendarId: 'six' }],
      projects: [
        {
          id: 'P',
          name: 'P',
          start: '2026-01-10',
          tasks: [
            { id: 'a', name: 'a', duration: 0.5, calendarId: 'six' },
            { id: 'b', name: 'b', duration: 1, calendarId: 'six', demands: [{ resourceId: 'r', units: 1 }] },
          ],
          dependencies: [{ from: 'a', to: 'b' }],
        },
      ],
    });
    const cpm = schedulePortfolio(p, { progress: 'plan' });
    // b works Saturday afternoon and Monday morning; its reference offsets are 0..0.5 (Monday).
    const b = cpm.tasks.find((t) => t.id === 'b')!;
    expect([b.earlyStartDate, b.earlyFinishDate, b.earlyStart, b.earlyFinish]).toEqual(['2026-01-10', '2026-01-12', 0, 0.5]);
    const lc = resourceLoading(p, cpm, { by: 'day' });
    expect(lc.periods.map((x) => x.key)).toEqual(['2026-01-10', '2026-01-12']);
    expect(lc.resources[0]!.demand).toEqual([0.5, 0.5]);
    const lev = levelResources(p, { schedules: 5 });
    expect(resourceLoading(p, lev, { by: 'day' }).resources[0]!.demand).toEqual([0.5, 0.5]);
  });

  it('takes the fraction from the finish and the duration when the start day is off the reference calendar', () => {
    // a: Thu, Fri and Sat morning (2.5 days on Mon–Sat); b (2 units): Sat afternoon to Mon noon,
    // its start offset being Monday's (the reference calendar has no Saturday).
    const p = parsePortfolio({
      id: 'pf',
      name: 'pf',
      calendars: [
        { id: 'std', workingDays: [1, 2, 3, 4, 5] },
        { id: 'six', workingDays: [1, 2, 3, 4, 5, 6] },
        { id: 'we', workingDays: [6, 7] },
      ],
      defaultCalendarId: 'std',
      resources: [{ id: 'r', name: 'r', capacity: 1, calendarId: 'six' }],
      projects: [
        {
          id: 'P',
          name: 'P',
          start: '2026-01-08',
          tasks: [
            { id: 'a', name: 'a', duration: 2.5, calendarId: 'six', demands: [{ resourceId: 'r', units: 1 }] },
            { id: 'b', name: 'b', duration: 1, calendarId: 'six', demands: [{ resourceId: 'r', units: 2 }] },
          ],
          dependencies: [{ from: 'a', to: 'b' }],
        },
      ],
    });
    const l = resourceLoading(p, schedulePortfolio(p, { progress: 'plan' }), { by: 'day' });
    const demand = Object.fromEntries(l.periods.map((x, k) => [x.key, l.resources[0]!.demand[k]!]));
    expect(demand).toEqual({ '2026-01-08': 1, '2026-01-09': 1, '2026-01-10': 0.5 + 1, '2026-01-12': 1 });
  });
});
