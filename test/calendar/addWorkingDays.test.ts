import { describe, expect, it } from 'vitest';
import { addWorkingDays, STANDARD_CALENDAR } from '../../src/calendar/index.js';
import { cal, expectPmoError, FEW, YEAR_END } from './calendarHelpers.js';

describe('addWorkingDays', () => {
  it('steps over holidays and non-working exceptions, onto worked exceptions', () => {
    expect(addWorkingDays(YEAR_END, '2026-12-24', 1)).toBe('2026-12-26');
    expect(addWorkingDays(YEAR_END, '2026-12-24', 2)).toBe('2027-01-01');
    expect(addWorkingDays(YEAR_END, '2027-01-01', -2)).toBe('2026-12-24');
  });

  it('reads weekday 0 as Sunday', () => {
    expect(addWorkingDays(cal({ id: 'sun', workingDays: [0] }), '2026-01-04', 1)).toBe('2026-01-11');
  });

  it('is defined from non-working days like addBusinessDays', () => {
    const S = STANDARD_CALENDAR;
    expect(addWorkingDays(S, '2026-01-02', 0)).toBe('2026-01-02');
    expect(addWorkingDays(S, '2026-01-02', 1)).toBe('2026-01-05');
    expect(addWorkingDays(S, '2026-01-03', 0)).toBe('2026-01-05');
    expect(addWorkingDays(S, '2026-01-03', 1)).toBe('2026-01-05');
    expect(addWorkingDays(S, '2026-01-03', 2)).toBe('2026-01-06');
    expect(addWorkingDays(S, '2026-01-03', -1)).toBe('2026-01-02');
  });

  it('works far from 1970, before and after', () => {
    const S = STANDARD_CALENDAR;
    expect(addWorkingDays(S, '0001-01-01', 1)).toBe('0001-01-02'); // 0001-01-01 was a Monday
    expect(addWorkingDays(S, '9999-12-30', 1)).toBe('9999-12-31');
  });

  it('refuses a calendar without working days instead of looping, and ends when the worked exceptions run out', () => {
    expectPmoError(() => addWorkingDays(cal({ id: 'never2', workingDays: [] }), '2026-01-01', 3), 'INVALID_ARGUMENT', /"never2"/);
    expect(addWorkingDays(FEW, '2026-01-01', 1)).toBe('2026-03-02');
    expect(addWorkingDays(FEW, '2026-01-01', 3)).toBe('2026-03-04');
    expectPmoError(() => addWorkingDays(FEW, '2026-01-01', 4), 'INVALID_ARGUMENT', /calendar "few" has no working day/);
  });

  it('reports bad arguments as PmoError naming the function', () => {
    expectPmoError(() => addWorkingDays(STANDARD_CALENDAR, '2026-02-30', 1), 'INVALID_ARGUMENT', /^addWorkingDays: date must be an existing day/);
    expectPmoError(() => addWorkingDays(STANDARD_CALENDAR, '2026-02-03', 1.5), 'INVALID_ARGUMENT', /^addWorkingDays: amount must be an integer/);
  });

  it('refuses to step past 9999-12-31', () => {
    const cal = { id: 'all', workingDays: [1, 2, 3, 4, 5, 6, 7], holidays: [], exceptions: [], hoursPerDay: 8 };
    expect(addWorkingDays(cal, '9999-12-30', 1)).toBe('9999-12-31');
    expect(() => addWorkingDays(cal, '9999-12-30', 2)).toThrow(/^addWorkingDays: a date falls outside/);
  });
});
