/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings through UTC day numbers, so that no result
 * depends on the machine's time zone. Private to pmo-kit.
 */

import { PmoError } from '../errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Day numbers of 0000-01-01 and 9999-12-31: the dates a `YYYY-MM-DD` string can name. */
const FIRST_DAY = -719_528;
const LAST_DAY = 2_932_896;

/** Days since 1970-01-01 of a valid ISO date, or `undefined` when the string is not a real date. */
export function dayNumber(date: string): number | undefined {
  if (typeof date !== 'string') return undefined; // anything else would be converted to a string (a deeply nested array overflows the stack)
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  // Date.UTC maps years 0..99 to 1900..1999; setUTCFullYear fixes that.
  if (year < 100) d.setUTCFullYear(year);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return Math.floor(d.getTime() / MS_PER_DAY);
}

/** True when `date` is a `YYYY-MM-DD` string naming a day that exists. */
export function isIsoDate(date: string): boolean {
  return dayNumber(date) !== undefined;
}

/** Whether day number n has a `YYYY-MM-DD` date (0000-01-01 … 9999-12-31): else {@link isoFromDayNumber} throws. */
export function hasIsoDate(n: number): boolean {
  return n >= FIRST_DAY && n <= LAST_DAY;
}

/**
 * The `YYYY-MM-DD` string of a day number; a `PmoError` (`INVALID_ARGUMENT`, prefixed with `fn`
 * when given) for a day outside 0000-01-01 … 9999-12-31.
 */
export function isoFromDayNumber(n: number, fn?: string): string {
  if (!(n >= FIRST_DAY && n <= LAST_DAY))
    throw new PmoError(
      'INVALID_ARGUMENT',
      `${fn === undefined ? '' : `${fn}: `}a date falls outside 0000-01-01 … 9999-12-31, the days a YYYY-MM-DD date can name (day ${n} from 1970-01-01): a duration, lag or delay is too large`,
    );
  const d = new Date(n * MS_PER_DAY);
  const ys = String(d.getUTCFullYear()).padStart(4, '0');
  return `${ys}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function isoWeekday(n: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}
