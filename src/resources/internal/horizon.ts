/**
 * The time axis of `compileProblem`: a bound H of the finish of any serial or parallel pass,
 * forward or backward, which sizes the profile buffers of the solver and the calendar tables
 * (tabulated on `[-H, H]`). Private.
 */
import { PmoError } from '../../errors.js';
import { tabulate, type CalendarTable } from './calendarTable.js';
import type { PrecedenceArcs } from './precedenceArcs.js';
import type { RawInstance } from './readInstance.js';

/** The horizon and the calendar tables on it. */
export interface Horizon {
  readonly H: number;
  /** The calendars used, tabulated on `[-H, H]`; null when no activity works on one with breaks. */
  readonly cal: CalendarTable | null;
}

/**
 * Computes the horizon and tabulates the calendars on it. O(n + m + calendars × H).
 * @throws PmoError `INVALID_ARGUMENT` when the time axis is too long for the buffers (H × K) or for
 *   the calendar tables (calendars × H)
 */
export function horizon(fn: string, raw: RawInstance, arcs: PrecedenceArcs, profLen: number): Horizon {
  const { n, K, p, release, calBreaks, lastBreakEnd } = raw;
  const { predOff, predFrom, predD } = arcs;
  let maxRelease = 0;
  for (let i = 0; i < n; i++) if (release[i]! > maxRelease) maxRelease = release[i]!;
  let sumF = 0;
  let sumB = 0;
  const extraOut = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    let extraIn = 0;
    for (let s = predOff[j]!; s < predOff[j + 1]!; s++) {
      const x = predD[s]! - p[predFrom[s]!]!;
      if (x > extraIn) extraIn = x;
      if (x > extraOut[predFrom[s]!]!) extraOut[predFrom[s]!] = x;
    }
    sumF += p[j]! + extraIn;
  }
  for (let i = 0; i < n; i++) sumB += p[i]! + extraOut[i]!;
  // Before 0 a calendar matters down to its (sumB + 1)-th working period: a milestone's finish
  // instant is at its last working period before its start, and a backward pass goes down at most
  // sumB positions. Breaks further back can change no result and are left out of the tables.
  let before0 = 0;
  for (const bs of calBreaks) before0 = Math.max(before0, breaksWithin(bs, sumB + 1));
  // On calendars a chain of placements also waits through breaks: at most once per period of a
  // break (a backward pass below 0 through the breaks before 0 too).
  const H = Math.max(profLen, maxRelease) + lastBreakEnd + before0 + Math.max(sumF, sumB) + 2;
  if (H * Math.max(K, 1) > 0x7fffffff / 8)
    throw new PmoError(
      'INVALID_ARGUMENT',
      `${fn}: the time axis is too long (${H} periods for ${K} resources${lastBreakEnd + before0 > 0 ? `, counting ${lastBreakEnd} periods up to the calendars' last break and ${before0} periods of breaks before 0` : ''}): reduce durations, lags, release dates or calendar breaks`,
    );
  // The calendar tables hold two Int32 entries per period in [-H, H] for each calendar used (H
  // covers every break, before 0 too).
  const C = calBreaks.length;
  if (C > 0 && C * H > 0x3ffffff)
    throw new PmoError(
      'INVALID_ARGUMENT',
      `${fn}: the time axis is too long for its calendars (${C} calendar${C === 1 ? '' : 's'} × ${H} periods, counting breaks up to period ${lastBreakEnd}${before0 > 0 ? ` and ${before0} periods of breaks before 0` : ''}; calendars × periods must stay within ${0x3ffffff}): reduce the horizon or the calendars' breaks`,
    );
  return { H, cal: C > 0 ? tabulate(raw.calIds, calBreaks, -H, H) : null };
}

/**
 * Periods of breaks a calendar has between 0 and its `need`-th working period before 0 (breaks
 * sorted and disjoint). O(breaks).
 */
function breaksWithin(bs: readonly (readonly [number, number])[], need: number): number {
  let t = 0;
  let len = 0;
  for (let b = bs.length - 1; b >= 0 && need > 0; b--) {
    const f = bs[b]![0];
    if (f >= 0) continue;
    const e = Math.min(bs[b]![1], 0);
    const free = t - e;
    if (free >= need) break;
    need -= free;
    len += e - f;
    t = f;
  }
  return len;
}
