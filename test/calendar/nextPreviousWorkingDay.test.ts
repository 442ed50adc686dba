import { describe, expect, it } from 'vitest';
import { nextWorkingDay, previousWorkingDay, STANDARD_CALENDAR } from '../../src/calendar/index.js';
import { expectPmoError, FEW } from './calendarHelpers.js';

describe('nextWorkingDay and previousWorkingDay', () => {
  it('step to the next or previous working day, strictly after or before the date', () => {
    const S = STANDARD_CALENDAR;
    expect(nextWorkingDay(S, '2026-01-02')).toBe('2026-01-05');
    expect(nextWorkingDay(S, '2026-01-03')).toBe('2026-01-05');
    expect(previousWorkingDay(S, '2026-01-05')).toBe('2026-01-02');
    expect(previousWorkingDay(S, '2026-01-04')).toBe('2026-01-02');
  });

  it('end with a PmoError when the worked exceptions run out', () => {
    expectPmoError(() => previousWorkingDay(FEW, '2026-03-02'), 'INVALID_ARGUMENT', /calendar "few" has no working day before/);
    expectPmoError(() => nextWorkingDay(FEW, '2026-03-04'), 'INVALID_ARGUMENT', /calendar "few"/);
  });
});
