import { describe, expect, it } from 'vitest';
import { isWorkingDay, STANDARD_CALENDAR } from '../../src/calendar/index.js';
import { cal, expectPmoError, YEAR_END } from './calendarHelpers.js';

describe('isWorkingDay', () => {
  it('knows the weekly pattern, holidays and exceptions', () => {
    const c = YEAR_END;
    expect(isWorkingDay(c, '2026-12-24')).toBe(true);
    expect(isWorkingDay(c, '2026-12-25')).toBe(false);
    expect(isWorkingDay(c, '2026-12-26')).toBe(true);
    expect(isWorkingDay(c, '2026-12-27')).toBe(false);
    expect(isWorkingDay(c, '2026-12-30')).toBe(false);
    expect(isWorkingDay(c, '2027-01-01')).toBe(true);
  });

  it('lets exceptions win over holidays, and later exceptions over earlier ones', () => {
    const c = cal({
      id: 'x',
      holidays: ['2026-05-01'],
      exceptions: [
        { date: '2026-05-01', working: true },
        { date: '2026-05-04', until: '2026-05-08', working: false },
        { date: '2026-05-06', working: true },
      ],
    });
    expect(isWorkingDay(c, '2026-05-01')).toBe(true);
    expect(isWorkingDay(c, '2026-05-05')).toBe(false);
    expect(isWorkingDay(c, '2026-05-06')).toBe(true);
    expect(isWorkingDay(c, '2026-05-07')).toBe(false);
  });

  it('reads weekday 0 as Sunday', () => {
    const c = cal({ id: 'sun', workingDays: [0] });
    expect(isWorkingDay(c, '2026-01-04')).toBe(true); // a Sunday
    expect(isWorkingDay(c, '2026-01-05')).toBe(false);
  });

  it('reports bad arguments as PmoError naming the function', () => {
    expectPmoError(() => isWorkingDay(STANDARD_CALENDAR, 20260203 as never), 'INVALID_ARGUMENT', /^isWorkingDay: date/);
    expectPmoError(() => isWorkingDay(null as never, '2026-02-03'), 'INVALID_ARGUMENT', /^isWorkingDay: expected a calendar/);
  });
});
