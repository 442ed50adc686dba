import { describe, expect, it } from 'vitest';
import { STANDARD_CALENDAR, workingDaysBetween } from '../../src/calendar/index.js';
import { expectPmoError, YEAR_END } from './calendarHelpers.js';

describe('workingDaysBetween', () => {
  it('counts the working days of a calendar with holidays and exceptions', () => {
    expect(workingDaysBetween(YEAR_END, '2026-12-24', '2027-01-02')).toBe(3);
  });

  it('works far from 1970', () => {
    expect(workingDaysBetween(STANDARD_CALENDAR, '1900-01-01', '2100-01-01')).toBe(52_179);
  });

  it('reports bad arguments as PmoError naming the function', () => {
    expectPmoError(() => workingDaysBetween(STANDARD_CALENDAR, '2026-01-01', 'tomorrow'), 'INVALID_ARGUMENT', /^workingDaysBetween: end/);
  });
});
