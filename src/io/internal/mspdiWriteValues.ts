/**
 * How the MSPDI writer spells values: escaped text, names within MS Project's limit, JSON that
 * XML can carry, UIDs, times of day and the day boundaries of a calendar. Private to pmo-kit/io.
 */
import type { Calendar } from '../../model/calendar.js';
import { dayNumber, isoFromDayNumber } from '../../internal/dates.js';
import { capText } from './mspdiFields.js';
import { defaultTimes, type Interval } from './mspdiTime.js';
import { escapeXmlText } from './xml.js';

/** The public function whose errors the writer raises. */
export const WRITE_FN = 'writeMspdi';

/** Whether `id` can be written as an MSPDI UID (a positive 32-bit integer in canonical form). */
function uidOf(id: string, reserved: number): number | undefined {
  if (!/^[1-9]\d{0,9}$/.test(id)) return undefined;
  const n = Number(id);
  return n <= 2_147_483_647 && n !== reserved ? n : undefined;
}

/** Assigns UIDs: numeric ids keep their number, the others get the smallest free ones. */
export function assignUids(ids: readonly string[], first = 1): number[] {
  const used = new Set<number>();
  const out = ids.map((id) => {
    const n = uidOf(id, 0);
    if (n === undefined || used.has(n)) return undefined;
    used.add(n);
    return n;
  });
  let next = first;
  return out.map((n) => {
    if (n !== undefined) return n;
    while (used.has(next)) next++;
    used.add(next);
    return next;
  });
}

/** Escapes text; characters XML cannot carry become U+FFFD (the exact value goes to the pmo-kit data). */
export function esc(value: string): string {
  const clean = value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return escapeXmlText(WRITE_FN, clean, () => 'a value');
}

/** Escapes an id, which must be representable exactly. */
export function escId(value: string, what: string): string {
  return escapeXmlText(WRITE_FN, value, () => what);
}

/** JSON whose characters XML can all carry (not yet escaped for XML). */
export function json(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A name as MS Project keeps it: at most 255 characters (the exact name goes to the pmo-kit data). */
export const name = (value: string): string => esc(capText(value));

/** A time of day `HH:MM:SS` from minutes after midnight (1440 is written 00:00:00). */
export const clock = (minutes: number): string => {
  const m = Math.max(0, Math.min(1440, minutes));
  const h = Math.floor(m / 60);
  const mm = Math.floor(m - h * 60);
  const s = Math.round((m - h * 60 - mm) * 60);
  return `${String(h % 24).padStart(2, '0')}:${String(mm).padStart(2, '0')}:${String(Math.min(s, 59)).padStart(2, '0')}`;
};

/** The working periods written for each working day of a calendar (08:00–12:00 and 13:00 on, or one block). */
export function dayTimes(cal: Calendar): Interval[] {
  return defaultTimes(Math.round(cal.hoursPerDay * 3600) / 60);
}

/** Date-time of the start of `date`'s working time (as readMspdi reads a start). */
export function startAt(date: string, times: readonly Interval[]): string {
  return `${date}T${clock(times[0]![0])}`;
}

/** Date-time of the end of `date`'s working time (as readMspdi reads a finish): midnight is the next day's 00:00. */
export function finishAt(date: string, times: readonly Interval[]): string {
  const end = times[times.length - 1]![1];
  return end >= 1440 ? `${isoFromDayNumber(dayNumber(date)! + 1)}T00:00:00` : `${date}T${clock(end)}`;
}
