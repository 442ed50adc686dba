/** The check that a calendar has a working day at all (the engine refuses one that has none). Private to pmo-kit. */
import { dayNumber } from '../internal/dates.js';
import { arr, isObj, q, str, type IssueSink, type Path } from './raw.js';

/**
 * Whether the calendar `cal` (raw input) has a working day: a working weekday, or a day of a
 * working exception that no later non-working exception covers (a later exception wins, as in
 * the engine; holidays never make a day working). `undefined` when the input is too malformed
 * to tell (the shape checks report it). O(1) with a working weekday; else O(k log k) for k
 * exceptions, O(k²) at worst.
 */
export function hasWorkingDay(cal: unknown): boolean | undefined {
  if (!isObj(cal) || !Array.isArray(cal.workingDays)) return undefined;
  if (cal.workingDays.some((d) => typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 7)) return true;
  const ranges: { s: number; e: number; working: boolean }[] = [];
  for (const x of arr(cal.exceptions)) {
    if (!isObj(x) || typeof x.working !== 'boolean') return undefined;
    const s = typeof x.date === 'string' ? dayNumber(x.date) : undefined;
    const e = x.until === undefined ? s : typeof x.until === 'string' ? dayNumber(x.until) : undefined;
    if (s === undefined || e === undefined || e < s) return undefined;
    ranges.push({ s, e, working: x.working });
  }
  // From the last exception to the first: the non-working days of later exceptions as sorted,
  // disjoint, non-adjacent intervals; a working exception counts unless they cover it.
  const lo: number[] = [];
  const hi: number[] = [];
  for (let i = ranges.length - 1; i >= 0; i--) {
    const { s, e, working } = ranges[i]!;
    let k = 0;
    for (let a = 0, b = lo.length; a < b; ) {
      const mid = (a + b) >> 1;
      if (hi[mid]! < s - 1) a = k = mid + 1;
      else b = mid;
    }
    // k: the first interval that ends at or after s - 1 (it may touch or overlap [s, e]).
    if (working) {
      if (!(k < lo.length && lo[k]! <= s && e <= hi[k]!)) return true;
      continue;
    }
    let j = k;
    let ns = s;
    let ne = e;
    while (j < lo.length && lo[j]! <= e + 1) {
      ns = Math.min(ns, lo[j]!);
      ne = Math.max(ne, hi[j]!);
      j++;
    }
    lo.splice(k, j - k, ns);
    hi.splice(k, j - k, ne);
  }
  return false;
}

/** Reports a calendar without any working day at `path` (`…workingDays`). */
export function checkCalendarWorks(sink: IssueSink, cal: unknown, path: Path): void {
  if (hasWorkingDay(cal) !== false) return;
  const id = isObj(cal) ? str(cal, 'id') : undefined;
  sink.add(
    'no_working_days',
    [...path, 'workingDays'],
    `calendar${id !== undefined ? ` ${q(id)}` : ''} has no working day: no working weekday and no working exception (nothing can be scheduled on it)`,
  );
}
