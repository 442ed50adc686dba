/** Argument checks and exact-enough arithmetic for the performance module. Private to pmo-kit. */
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';

/** Relative tolerance under which a sum of floating-point parts counts as its whole (EV = BAC). */
export const REL_TOL = 1e-9;

/** The largest amount accepted: far beyond any budget, and sums of a few of them stay finite. */
export const MAX_AMOUNT = 1e300;

/** A finite number in [0, 1e300], or `INVALID_ARGUMENT` naming the function and the field. */
export function amount(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= MAX_AMOUNT))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: ${name} must be a finite number from 0 to 1e300, got ${show(value)}`);
  return value;
}

/**
 * Sets to `null` every listed field that is not finite (a ratio whose denominator is so near 0
 * that it overflows), with the reason.
 */
export function finiteOrNull<K extends string>(record: Record<K, number | null>, keys: readonly K[], reasons: Partial<Record<K, string>>): void {
  for (const k of keys) {
    const v = record[k];
    if (v !== null && !Number.isFinite(v)) {
      record[k] = null;
      reasons[k] = 'beyond the floating-point range: a denominator is too near 0';
    }
  }
}

/** Whether `a` is at most `b` up to rounding noise of sums the size of `b`. */
export function atMost(a: number, b: number): boolean {
  return a <= b + REL_TOL * Math.max(1, Math.abs(b));
}

/**
 * Neumaier's compensated sum: the error does not grow with the number of terms (it stays within a
 * few ulps of the exact sum), so that long series add up to their totals to 1e-9 relative.
 */
export function sum(values: Iterable<number>): number {
  let s = 0;
  let c = 0;
  for (const v of values) {
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

/** A compensated accumulator (see {@link sum}). */
export class Accumulator {
  private s = 0;
  private c = 0;
  add(v: number): void {
    const t = this.s + v;
    this.c += Math.abs(this.s) >= Math.abs(v) ? this.s - t + v : v - t + this.s;
    this.s = t;
  }
  get value(): number {
    return this.s + this.c;
  }
}
