/** verifySchedule on instances with calendars: starts in breaks, links counted on calendars, capacity and assignments in working periods only. */
import { describe, expect, it } from 'vitest';
import { solveRcpsp, verifySchedule, type RcpspInstance } from '../../src/resources/index.js';

// A hand-checked instance. Calendar wk breaks in [2, 4) and [7, 9): it works 0 1 4 5 6 9 10 …
// (positions 0 1 2 3 4 5 6 …). a (wk, 3 periods, r) works 0 1 4 and finishes at 5; b (no
// calendar, 2 periods, r) fits in a's break at 2 3 (a holds r only when it works); c (wk) is FS+1
// after a: position of a's finish instant 5 on wk is 3, plus 1 = 4, so c starts at period 6 and,
// 2 periods long, works 6 and 9 (finish 10); m (wk, milestone) is SS+2 after b: position of 2 on
// wk is 2, plus 2 = 4: period 6.
const hand: RcpspInstance = {
  calendars: [{ id: 'wk', breaks: [[2, 4], [7, 9]] }],
  resources: [{ id: 'r', capacity: 1 }],
  activities: [
    { id: 'a', duration: 3, demands: [1], calendar: 'wk' },
    { id: 'b', duration: 2, demands: [1] },
    { id: 'c', duration: 2, calendar: 'wk' },
    { id: 'm', duration: 0, calendar: 'wk' },
  ],
  precedences: [
    { from: 'a', to: 'c', type: 'FS', lag: 1 },
    { from: 'b', to: 'm', type: 'SS', lag: 2 },
  ],
};

describe('verifySchedule on calendars', () => {
  it('catches a start in a break', () => {
    expect(verifySchedule(hand, [0, 2, 7, 6])).toContainEqual({ kind: 'calendar', activity: 'c', calendar: 'wk', start: 7 });
  });

  it('catches a precedence broken only through the calendar', () => {
    // The lag counts wk's working periods: after a's finish 4, 2 of them are 4 and 8 (5..7 is a
    // break), so c may start at 9; a start at 8 would pass in plain periods (4 + 2 <= 8).
    const inst: RcpspInstance = {
      calendars: [{ id: 'wk', breaks: [[5, 8]] }],
      activities: [
        { id: 'a', duration: 4 },
        { id: 'c', duration: 1, calendar: 'wk' },
      ],
      precedences: [{ from: 'a', to: 'c', type: 'FS', lag: 2 }],
    };
    expect(verifySchedule({ ...inst, calendars: [{ id: 'wk', breaks: [] }] }, [0, 6])).toEqual([]);
    expect(verifySchedule(inst, [0, 8])).toEqual([{ kind: 'precedence', from: 'a', to: 'c', type: 'FS', lag: 2, required: 9, start: 8, amount: 1 }]);
    expect(verifySchedule(inst, [0, 9])).toEqual([]);
  });

  it('counts capacity only in working periods', () => {
    // a (wk) spans 0..4 but holds r only at 0 1 4; b in its break is fine, at 1 it is not.
    expect(verifySchedule(hand, [0, 2, 6, 6])).toEqual([]);
    const v = verifySchedule(hand, [0, 1, 6, 6]);
    expect(v).toEqual([{ kind: 'capacity', resource: 'r', period: 1, demand: 2, capacity: 1, amount: 1, activities: ['a', 'b'] }]);
  });

  it('checks group demands only in working periods', () => {
    const inst: RcpspInstance = {
      calendars: [{ id: 'wk', breaks: [[1, 3]] }],
      resources: [{ id: 'ann', capacity: 1 }],
      activities: [
        { id: 'x', duration: 2, calendar: 'wk', groupDemands: [{ units: 1, resources: ['ann'], label: 'dev' }] },
        { id: 'y', duration: 2, groupDemands: [{ units: 1, resources: ['ann'], label: 'dev' }] },
      ],
    };
    expect(verifySchedule(inst, [0, 1])).toEqual([]);
    expect(verifySchedule(inst, [0, 2])).toMatchObject([{ kind: 'assignment', period: 3, activities: ['x', 'y'] }]);
    expect(solveRcpsp(inst).makespan).toBe(4);
  });
});
