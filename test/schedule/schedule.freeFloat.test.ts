/**
 * Free float through a WBS summary (issue 10). MS Project computes a task's Free Slack from its
 * own successors only; a task without successors of its own gets its Total Slack, even when its
 * summary has a successor (MPXJ's MicrosoftSlackCalculator, which reproduces MS Project, does the
 * same). A link on a summary still drives every task below it: early and late dates and total
 * float are unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../src/model/calendar.js';
import { schedule } from '../../src/schedule/index.js';
import { byId, project, row } from './build.js';

// S (summary) = { a (5 days), b (3 days) }; S -> c (2 days) FS; z (20 days) alone, so c has
// 13 days of total float. d follows b directly (b's own link).
function plan(withOwnLink: boolean, calendarOfA?: string) {
  const p = project(
    [
      ['S', 0],
      ['a', 5, { parentId: 'S', ...(calendarOfA !== undefined ? { calendarId: calendarOfA } : {}) }],
      ['b', 3, { parentId: 'S' }],
      ['c', 2],
      ['z', 20],
      ...(withOwnLink ? ([['d', 1]] as const) : []),
    ],
    [['S', 'c'], ...(withOwnLink ? ([['b', 'd', 'FS', 4]] as const) : [])],
  );
  // "later" works Monday-Friday with a holiday long after the plan: the same dates, but another
  // calendar, so the schedule takes the multi-calendar path.
  const calendars: Calendar[] = [{ id: 'later', workingDays: [1, 2, 3, 4, 5], holidays: ['2030-01-01'], exceptions: [], hoursPerDay: 8 }];
  return byId(schedule(p, { calendars }).tasks);
}

describe('free float through a summary, as MS Project computes Free Slack', () => {
  it('a task without successors of its own whose summary has one: free float = total float', () => {
    const t = plan(false);
    // c: ES 5, LS 18 (finish 20), total float 13.
    expect(row(t.get('c')!)).toEqual([5, 7, 18, 20, 13, 13, false]);
    // a drives c through S (0 days of gap) but has no successor of its own: free float 13, not 0.
    expect(row(t.get('a')!)).toEqual([0, 5, 13, 18, 13, 13, false]);
    // b: 2 days before c through S, total float 15: free float 15.
    expect(row(t.get('b')!)).toEqual([0, 3, 15, 18, 15, 15, false]);
  });

  it("a task with a successor of its own counts only that link, not its summary's", () => {
    const t = plan(true);
    // b -> d FS lag 4: d starts at 7, b's own link leaves 7 - 3 - 4 = 0 days; c (through S) would leave 2.
    expect(t.get('d')!.earlyStart).toBe(7);
    expect(t.get('b')!.freeFloat).toBe(0);
    expect(t.get('a')!.freeFloat).toBe(13);
  });

  it('the same on the multi-calendar path', () => {
    const t = plan(false, 'later');
    expect([t.get('a')!.totalFloat, t.get('a')!.freeFloat, t.get('b')!.freeFloat]).toEqual([13, 13, 15]);
  });

  it('a summary on the predecessor side only: unchanged free float for its own links', () => {
    // x -> S' (summary target): x's own link reaches every task below S'.
    const p = project(
      [
        ['x', 2],
        ['T', 0],
        ['u', 1, { parentId: 'T' }],
        ['v', 4, { parentId: 'T' }],
        ['w', 10],
      ],
      [['x', 'T', 'FS', 1]],
    );
    const t = byId(schedule(p).tasks);
    // u, v start at 3 = x's finish + the lag: x's own link is tight, free float 0.
    expect([t.get('u')!.earlyStart, t.get('x')!.freeFloat, t.get('x')!.totalFloat]).toEqual([3, 0, 3]);
  });
});
