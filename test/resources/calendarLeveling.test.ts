/**
 * Regression tests of calendar-aware leveling (task calendars other than the axis calendar):
 * defects found in review (issue 4).
 */
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import { levelResources, verifySchedule } from '../../src/resources/index.js';
import { schedulePortfolio } from '../../src/schedule/schedulePortfolio.js';

describe('MFO milestones on a task calendar', () => {
  it('places the milestone on its date when the day after it does not work on its calendar', () => {
    // Thursday 2026-01-08 on a Mon–Thu calendar: Friday does not work.
    const p = parsePortfolio({
      id: 'pf',
      name: 'pf',
      calendars: [{ id: 'mon-thu', workingDays: [1, 2, 3, 4] }],
      projects: [
        { id: 'P', name: 'P', start: '2026-01-05', tasks: [{ id: 'm', name: 'm', duration: 0, calendarId: 'mon-thu', constraint: { type: 'MFO', date: '2026-01-08' } }] },
      ],
    });
    const c = schedulePortfolio(p).tasks[0]!;
    expect(c.earlyFinishDate).toBe('2026-01-08');
    const r = levelResources(p, { schedules: 5 });
    expect(r.unionAxis).toBe(true);
    const x = r.tasks[0]!;
    expect([x.startDate, x.finishDate]).toEqual([c.earlyStartDate, c.earlyFinishDate]);
    expect(r.lateness).toBe(0);
    expect(verifySchedule(r.instance, r.starts)).toEqual([]);
  });

  it('keeps an MFO milestone whose next day works on its calendar on its date', () => {
    const p = parsePortfolio({
      id: 'pf',
      name: 'pf',
      calendars: [{ id: 'mon-thu', workingDays: [1, 2, 3, 4] }],
      projects: [
        { id: 'P', name: 'P', start: '2026-01-05', tasks: [{ id: 'm', name: 'm', duration: 0, calendarId: 'mon-thu', constraint: { type: 'MFO', date: '2026-01-07' } }] },
      ],
    });
    const c = schedulePortfolio(p).tasks[0]!;
    const x = levelResources(p, { schedules: 5 }).tasks[0]!;
    expect([x.startDate, x.finishDate]).toEqual([c.earlyStartDate, c.earlyFinishDate]);
    expect(x.finishDate).toBe('2026-01-07');
  });
});
