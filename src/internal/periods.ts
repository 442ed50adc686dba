/**
 * Reporting periods of calendar days (ISO weeks, months), on date-fns. Private to pmo-kit.
 *
 * date-fns works on `Date` objects in local time. A day is handed to it as local noon of that
 * calendar day: no time zone moves noon to another date, and no DST change happens at noon, so
 * the results are the same under every time zone (tested under several with DST at midnight).
 */
// Each function by its own path: the `date-fns` index loads all of its ~860 modules (~140 ms).
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { isoFromDayNumber } from './dates.js';

/** Local noon of a day number's calendar date. */
function localNoon(day: number): Date {
  const iso = isoFromDayNumber(day);
  const year = Number(iso.slice(0, 4));
  const date = new Date(year, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), 12);
  if (year < 100) date.setFullYear(year);
  return date;
}

/** ISO 8601 week label `YYYY-Www` of a day number (the week-numbering year may differ from the calendar year). */
export function isoWeekLabel(day: number): string {
  const noon = localNoon(day);
  return `${getISOWeekYear(noon)}-W${String(getISOWeek(noon)).padStart(2, '0')}`;
}

/** Month label `YYYY-MM` of a day number. */
export function monthLabel(day: number): string {
  return isoFromDayNumber(day).slice(0, 7);
}
