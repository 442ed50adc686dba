/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings through UTC day numbers, so that no result
 * depends on the machine's time zone. Private to pmo-kit.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a valid ISO date, or `undefined` when the string is not a real date. */
export function dayNumber(date: string): number | undefined {
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

/** The `YYYY-MM-DD` string of a day number. */
export function isoFromDayNumber(n: number): string {
  const d = new Date(n * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const ys = y >= 0 && y < 10000 ? String(y).padStart(4, '0') : String(y);
  return `${ys}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function isoWeekday(n: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}
