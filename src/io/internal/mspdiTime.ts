/**
 * Working time within a day, for reading MSPDI date-times into pmo-kit's day model. Private to
 * pmo-kit/io.
 *
 * MS Project keeps dates as instants on a calendar's working time; pmo-kit counts whole and
 * fractional working days. A date-time is placed by the working minutes of its day before it: at
 * or before the day's first working minute it is the day's start (the same working-time position
 * as the end of the previous working day), at or after its last one the day's end, otherwise
 * within the day.
 */
import { dayNumber, isoFromDayNumber } from '../../internal/dates.js';

/** A working period of a day: minutes from midnight, `from < to <= 1440`. */
export type Interval = readonly [number, number];

/** The working periods of each day of a calendar. */
export interface DayTimes {
  /** Working periods of day number `day`, in order (empty when the day does not work). */
  timesOn(day: number): readonly Interval[];
  /** The usual working minutes of a working day (the most common length in the weekly pattern). */
  readonly dayMinutes: number;
}

/** Working minutes of a list of periods. */
export function minutesOf(times: readonly Interval[]): number {
  let total = 0;
  for (const [f, t] of times) total += t - f;
  return total;
}

/**
 * The working periods MS Project gives a working day without `WorkingTimes`: 08:00–12:00 and
 * 13:00 on for `minutes` up to 900 (one block from 08:00 up to 240 minutes, from midnight beyond
 * 900), as pmo-kit writes them.
 */
export function defaultTimes(minutes: number): Interval[] {
  const m = Math.round(minutes * 1000) / 1000;
  if (m <= 240) return [[480, 480 + m]];
  if (m <= 900) return [
    [480, 720],
    [780, 780 + m - 240],
  ];
  return [[0, Math.min(1440, m)]];
}

/** Round-the-clock time (MS Project's elapsed durations): every day, 00:00–24:00. */
export const ELAPSED_TIMES: DayTimes = { timesOn: () => [[0, 1440]], dayMinutes: 1440 };

/** A date-time as written in MSPDI (`YYYY-MM-DDTHH:MM[:SS]`): its day number and minute of the day. */
export function splitDateTime(dateTime: string): { day: number; minute: number } {
  const day = dayNumber(dateTime.slice(0, 10))!;
  const m = /T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?/.exec(dateTime);
  const minute = m === null ? 0 : Number(m[1]) * 60 + Number(m[2]) + Number(m[3] ?? 0) / 60;
  return { day, minute };
}

/** Working minutes of `times` before minute `t` of the day. */
export function workBefore(times: readonly Interval[], t: number): number {
  let w = 0;
  for (const [f, to] of times) {
    if (t <= f) break;
    w += Math.min(t, to) - f;
  }
  return w;
}

/**
 * Where a date-time falls in its day's working time: `'start'` (no work before it that day,
 * including a day without work), `'end'` (no work after it), or `'within'`, with the share of the
 * day's working time before it.
 */
export function placeInDay(cal: DayTimes, dateTime: string): { day: number; at: 'start' | 'end' | 'within'; share: number } {
  const { day, minute } = splitDateTime(dateTime);
  const times = cal.timesOn(day);
  const total = minutesOf(times);
  const before = workBefore(times, minute);
  if (total === 0 || before <= 0) return { day, at: 'start', share: 0 };
  if (before >= total) return { day, at: 'end', share: 1 };
  return { day, at: 'within', share: before / total };
}

/** Working minutes of a calendar from one date-time to a later one (0 when not later). O(days). */
export function workingMinutesBetween(cal: DayTimes, from: string, to: string): number {
  const a = splitDateTime(from);
  const b = splitDateTime(to);
  if (b.day < a.day || (b.day === a.day && b.minute <= a.minute)) return 0;
  if (a.day === b.day) {
    const times = cal.timesOn(a.day);
    return workBefore(times, b.minute) - workBefore(times, a.minute);
  }
  let total = minutesOf(cal.timesOn(a.day)) - workBefore(cal.timesOn(a.day), a.minute);
  for (let d = a.day + 1; d < b.day; d++) total += minutesOf(cal.timesOn(d));
  return total + workBefore(cal.timesOn(b.day), b.minute);
}

/** The working days in `[fromDay, toDay]` whose working minutes differ from `minutes`, as ISO dates. */
export function unevenDays(cal: DayTimes, fromDay: number, toDay: number, minutes: number, limit = 3): string[] {
  const out: string[] = [];
  for (let d = fromDay; d <= toDay && out.length < limit; d++) {
    const m = minutesOf(cal.timesOn(d));
    if (m > 0 && Math.abs(m - minutes) > 1e-9) out.push(isoFromDayNumber(d));
  }
  return out;
}

/** `HH:MM` of a minute of the day. */
export function clockOf(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = Math.round(minute - h * 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
