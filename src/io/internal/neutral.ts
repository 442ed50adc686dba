/** The neutral time frame of the benchmark formats. Private to pmo-kit/io. */
import { PmoError } from '../../errors.js';
import { dayNumber, isoFromDayNumber } from '../../internal/dates.js';
import type { CalendarInput } from './types.js';

/** Day 0 of period-based instances: 1970-01-01 (day number 0), so period n is day n. */
export const NEUTRAL_START = '1970-01-01';

/** A calendar on which every day is a working day, so working-day offsets equal periods. */
export const NEUTRAL_CALENDAR: CalendarInput = {
  id: 'all-days',
  name: 'Every day a working day (periods)',
  workingDays: [1, 2, 3, 4, 5, 6, 7],
  holidays: [],
  exceptions: [],
  hoursPerDay: 8,
};

/** The day `offset` periods after `start`, checked. */
export function addPeriods(fn: string, start: string, offset: number): string {
  const base = dayNumber(start);
  if (base === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.startDate must be a date as YYYY-MM-DD, got ${JSON.stringify(start)}`);
  return isoFromDayNumber(base + offset);
}
