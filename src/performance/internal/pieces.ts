/**
 * Cumulative curves of money over calendar days (PV, EV, AC), as sums of pieces: an amount spread
 * over the working days of a calendar between two days by a profile, or placed on one day.
 * Days are UTC day numbers (days since 1970-01-01); a curve's value at day d is the cumulative
 * amount at the end of d. Private to pmo-kit.
 */
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import type { CostProfile } from '../../model/task.js';
import { Accumulator } from './numbers.js';

/** A cumulative curve: the amount at the end of a day. Non-decreasing. */
export type Curve = (day: number) => number;

/** An amount spread over working days (`n` > 0) or placed on day `to` (`n` = 0). */
export interface Piece {
  readonly amount: number;
  readonly to: number;
  /** Working-day index of the first day of the span (`cal.dayIndex(from)`). */
  readonly fromIdx: number;
  /** Working days of the span; 0 for an amount placed on `to`. */
  readonly n: number;
  readonly cal: WorkingCalendar | null;
  readonly profile: CostProfile;
}

/** The share of the total reached after a fraction x of the working days, by profile. */
export function profileShare(profile: CostProfile, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  switch (profile) {
    case 'linear':
      return x;
    case 'front-loaded':
      return 1 - (1 - x) * (1 - x);
    case 'back-loaded':
      return x * x;
  }
}

/** `amount` placed on `day`. */
export function step(amount: number, day: number): Piece {
  return { amount, to: day, fromIdx: 0, n: 0, cal: null, profile: 'linear' };
}

/**
 * `amount` spread over the working days of `cal` in [from, to] by `profile`; placed on `to` when
 * that span has no working day.
 */
export function ramp(amount: number, from: number, to: number, cal: WorkingCalendar, profile: CostProfile): Piece {
  const fromIdx = cal.dayIndex(from);
  const n = to >= from ? cal.dayIndex(to + 1) - fromIdx : 0;
  if (n <= 0) return step(amount, Math.max(from, to));
  return { amount, to, fromIdx, n, cal, profile };
}

/** The cumulative amount of one piece at the end of `day`. */
export function pieceAt(p: Piece, day: number): number {
  if (day >= p.to) return p.amount;
  if (p.cal === null) return 0;
  const k = p.cal.dayIndex(day + 1) - p.fromIdx;
  if (k <= 0) return 0;
  return p.amount * profileShare(p.profile, k / p.n);
}

/** The curve of a list of pieces (compensated sum; O(pieces × log k) per evaluation). */
export function curveOf(pieces: readonly Piece[]): Curve {
  return (day) => {
    const acc = new Accumulator();
    for (const p of pieces) acc.add(pieceAt(p, day));
    return acc.value;
  };
}

/** The total of a list of pieces. */
export function totalOf(pieces: readonly Piece[]): number {
  const acc = new Accumulator();
  for (const p of pieces) acc.add(p.amount);
  return acc.value;
}

/**
 * The curve through points (day, cumulative value), straight between them in calendar days, 0
 * before the first and flat after the last. Points sorted by day, values non-decreasing.
 */
export function pointCurve(points: readonly (readonly [number, number])[]): Curve {
  return (day) => {
    if (points.length === 0 || day < points[0]![0]) return 0;
    let lo = 0;
    let hi = points.length - 1;
    if (day >= points[hi]![0]) return points[hi]![1];
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (points[mid]![0] <= day) lo = mid;
      else hi = mid;
    }
    const [d0, v0] = points[lo]!;
    const [d1, v1] = points[hi]!;
    return v0 + ((day - d0) / (d1 - d0)) * (v1 - v0);
  };
}
