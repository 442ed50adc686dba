import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  compileCalendar,
  dateAtWorkingDayOffset,
  isWorkingDay,
  STANDARD_CALENDAR,
  workingDayOffset,
  workingDaysBetween,
} from '../../src/calendar/index.js';
import { dayNumber, isoFromDayNumber } from '../../src/internal/dates.js';
import { cal, expectPmoError } from './calendarHelpers.js';

describe('workingDayOffset and dateAtWorkingDayOffset', () => {
  it('convert offsets and dates both ways around an origin', () => {
    const S = STANDARD_CALENDAR;
    expect(workingDayOffset(S, '2026-01-05', '2026-01-12')).toBe(5);
    expect(dateAtWorkingDayOffset(S, '2026-01-05', 5)).toBe('2026-01-12');
    expect(dateAtWorkingDayOffset(S, '2026-01-03', 0)).toBe('2026-01-05'); // Saturday origin
    expect(workingDayOffset(S, '2026-01-03', '2026-01-05')).toBe(0);
    expect(dateAtWorkingDayOffset(S, '2026-01-05', -1)).toBe('2026-01-02');
    expect(workingDayOffset(S, '2026-01-05', '2026-01-02')).toBe(-1);
  });

  it('work far from 1970', () => {
    expect(dateAtWorkingDayOffset(STANDARD_CALENDAR, '1969-12-29', 3)).toBe('1970-01-01');
  });

  it('round-trip offsets and dates, in agreement with addWorkingDays and workingDaysBetween (property)', () => {
    const c = compileCalendar(cal({ id: 'hol', holidays: ['2026-04-03', '2026-04-06', '2026-05-01', '2026-12-25'] }));
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -500, max: 500 }), (o, n) => {
        const origin = isoFromDayNumber(dayNumber('2026-01-01')! + o);
        const d = dateAtWorkingDayOffset(c, origin, n);
        expect(isWorkingDay(c, d)).toBe(true);
        expect(workingDayOffset(c, origin, d)).toBe(n);
        const first = addWorkingDays(c, origin, 0);
        expect(workingDaysBetween(c, first, d)).toBe(n);
        expect(addWorkingDays(c, first, n)).toBe(d);
      }),
    );
  });

  it('report bad arguments as PmoError naming the function', () => {
    expectPmoError(() => dateAtWorkingDayOffset(STANDARD_CALENDAR, '2026-01-01', Number.NaN), 'INVALID_ARGUMENT', /offset must be an integer/);
  });
});
