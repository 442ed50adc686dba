import type { Calendar } from '../model/calendar.js';

/**
 * The calendar used when a project, and its portfolio, name none: Monday to Friday, no holidays,
 * 8 hours a day (MS Project's "Standard" calendar without its time of day).
 *
 * @example
 * ```ts
 * addWorkingDays(STANDARD_CALENDAR, '2026-01-02', 1); // '2026-01-05' (Friday + 1 = Monday)
 * ```
 */
export const STANDARD_CALENDAR: Calendar = Object.freeze({
  id: 'standard',
  name: 'Standard (Monday to Friday)',
  workingDays: Object.freeze([1, 2, 3, 4, 5]) as number[],
  holidays: Object.freeze([]) as unknown as string[],
  exceptions: Object.freeze([]) as unknown as Calendar['exceptions'],
  hoursPerDay: 8,
}) as Calendar;
