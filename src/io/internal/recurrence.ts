/**
 * Expansion of MSPDI recurring calendar exceptions into days. Private to pmo-kit/io.
 *
 * MSPDI `Exception/Type`: 1 daily (every day), 2 yearly on a day of a month, 3 yearly on the nth
 * weekday of a month, 4 monthly on a day, 5 monthly on the nth weekday, 6 weekly on days of the
 * week, 7 every `Period` days. `Month` is 0-based; `MonthPosition` 0..3 is first..fourth and 4 the
 * last; `MonthItem` 0 any day, 1 weekday, 2 weekend day, 3..9 Sunday..Saturday; `DaysOfWeek` is a
 * bit mask 1 = Sunday … 64 = Saturday. Weeks of a weekly recurrence start on Sunday, as MS Project
 * computes them.
 */
import { isoWeekday } from '../../internal/dates.js';

/** A recurring exception, with days as day numbers (days since 1970-01-01). */
export interface Recurrence {
  readonly type: number;
  readonly from: number;
  readonly to: number;
  readonly occurrences?: number | undefined;
  readonly period?: number | undefined;
  readonly daysOfWeek?: number | undefined;
  readonly monthDay?: number | undefined;
  readonly monthItem?: number | undefined;
  readonly monthPosition?: number | undefined;
  readonly month?: number | undefined;
}

/** At most this many days per exception; more is refused (a malicious or broken file). */
export const MAX_OCCURRENCES = 100_000;

const MS_PER_DAY = 86_400_000;
/** 0 = Sunday … 6 = Saturday. */
const sunday0 = (day: number): number => isoWeekday(day) % 7;
const dayOf = (y: number, m0: number, d: number): number => Math.round(Date.UTC(y, m0, d) / MS_PER_DAY);
const daysIn = (y: number, m0: number): number => new Date(Date.UTC(y, m0 + 1, 0)).getUTCDate();
function ym(day: number): { y: number; m0: number } {
  const dt = new Date(day * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m0: dt.getUTCMonth() };
}

function matchesItem(item: number, dow: number): boolean {
  if (item === 0) return true;
  if (item === 1) return dow >= 1 && dow <= 5;
  if (item === 2) return dow === 0 || dow === 6;
  return dow === item - 3;
}

/** The nth (0..3) or last (4) day of month `m0` of year `y` that matches `item`. */
function nthInMonth(y: number, m0: number, position: number, item: number): number | undefined {
  const first = dayOf(y, m0, 1);
  const n = daysIn(y, m0);
  if (position >= 4) {
    for (let d = first + n - 1; d >= first; d--) if (matchesItem(item, sunday0(d))) return d;
    return undefined;
  }
  let seen = 0;
  for (let d = first; d < first + n; d++) {
    if (matchesItem(item, sunday0(d))) {
      if (seen === position) return d;
      seen++;
    }
  }
  return undefined;
}

/**
 * The days of a recurring exception in ascending order, or a message when it cannot be expanded
 * (unknown type, missing fields, too many occurrences).
 */
export function expandRecurrence(r: Recurrence): number[] | string {
  const out: number[] = [];
  const limit = r.occurrences !== undefined && r.occurrences > 0 ? r.occurrences : Infinity;
  const period = r.period !== undefined && r.period > 0 ? r.period : 1;
  /** Adds a candidate day; returns false when the recurrence is over. */
  const add = (d: number): boolean => {
    if (d > r.to || out.length >= limit) return false;
    if (d >= r.from) out.push(d);
    if (out.length > MAX_OCCURRENCES) throw new RangeError('too many');
    return true;
  };
  try {
    switch (r.type) {
      case 1:
      case 7: {
        for (let d = r.from; add(d); d += period);
        break;
      }
      case 6: {
        const mask = r.daysOfWeek ?? 0;
        if ((mask & 0x7f) === 0) return 'weekly recurrence without days of the week';
        const weekStart = r.from - sunday0(r.from);
        for (let ws = weekStart; ws <= r.to && out.length < limit; ws += 7 * period) {
          for (let dow = 0; dow < 7; dow++) if (mask & (1 << dow) && !add(ws + dow)) break;
        }
        break;
      }
      case 4:
      case 5: {
        if (r.type === 4 && r.monthDay === undefined) return 'monthly recurrence without MonthDay';
        if (r.type === 5 && (r.monthItem === undefined || r.monthPosition === undefined))
          return 'monthly recurrence without MonthItem/MonthPosition';
        const start = ym(r.from);
        for (let k = 0; ; k += period) {
          const y = start.y + Math.floor((start.m0 + k) / 12);
          const m0 = (start.m0 + k) % 12;
          if (dayOf(y, m0, 1) > r.to) break;
          const d = r.type === 4 ? dayOf(y, m0, Math.min(r.monthDay!, daysIn(y, m0))) : nthInMonth(y, m0, r.monthPosition!, r.monthItem!);
          if (d !== undefined && !add(d)) break;
        }
        break;
      }
      case 2:
      case 3: {
        if (r.month === undefined || r.month < 0 || r.month > 11) return 'yearly recurrence without a valid Month';
        if (r.type === 2 && r.monthDay === undefined) return 'yearly recurrence without MonthDay';
        if (r.type === 3 && (r.monthItem === undefined || r.monthPosition === undefined))
          return 'yearly recurrence without MonthItem/MonthPosition';
        for (let y = ym(r.from).y; dayOf(y, r.month, 1) <= r.to; y++) {
          const d = r.type === 2 ? dayOf(y, r.month, Math.min(r.monthDay!, daysIn(y, r.month))) : nthInMonth(y, r.month, r.monthPosition!, r.monthItem!);
          if (d !== undefined && !add(d)) break;
        }
        break;
      }
      default:
        return `unknown recurrence type ${r.type}`;
    }
  } catch (err) {
    if (err instanceof RangeError) return `more than ${MAX_OCCURRENCES} occurrences`;
    throw err;
  }
  return out;
}
