/** Elapsed time in MSPDI: which calendar stands for it. Private to pmo-kit/io. */
import type { Calendar } from '../../model/calendar.js';
import { MSPDI_ELAPSED_CALENDAR } from '../mspdiElapsedCalendar.js';

/** Whether `cal` is MSPDI_ELAPSED_CALENDAR (its id and working time; the name may differ). */
export function isElapsedCalendar(cal: Calendar | undefined): boolean {
  return (
    cal !== undefined &&
    cal.id === MSPDI_ELAPSED_CALENDAR.id &&
    cal.hoursPerDay === 24 &&
    cal.workingDays.length === 7 &&
    [1, 2, 3, 4, 5, 6, 7].every((d) => cal.workingDays.includes(d)) &&
    (cal.holidays ?? []).length === 0 &&
    (cal.exceptions ?? []).length === 0
  );
}
