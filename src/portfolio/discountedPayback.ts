import { readCashFlows, readRate } from './internal/finance.js';

/**
 * Discounted payback period: when the cumulative discounted cash flow Σ_{s<=t} flow_s / (1 + rate)^s
 * first becomes non-negative for good, interpolating linearly within the period in which it
 * turns (a flow is taken as spread evenly over its period).
 *
 * Precisely: the answer is the first period t after which the cumulative value never falls below
 * 0 again, minus the fraction of period t's discounted flow not needed to reach 0:
 * `t - 1 + (-cumulative_{t-1}) / discounted_t`. It is 0 when the cumulative value is never
 * negative. Complexity O(n).
 *
 * @param rate - discount rate per period (0.08 = 8 %), greater than -1; 0 for the simple payback
 * @param cashFlows - net cash flow of each period, the first at period 0
 * @returns the payback in periods (e.g. 3.4), or `null` when the investment is not paid back by the last period
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a rate <= -1 or a non-finite or empty flow list
 * @example
 * ```ts
 * discountedPayback(0, [-1000, 400, 400, 400]); // 2.5
 * discountedPayback(0.1, [-1000, 400, 400, 400]); // null (the discounted flows sum to 994.74)
 * ```
 */
export function discountedPayback(rate: number, cashFlows: readonly number[]): number | null {
  const fn = 'discountedPayback';
  const r = readRate(fn, rate);
  const flows = readCashFlows(fn, cashFlows);
  let cumulative = 0;
  let factor = 1;
  const cum: number[] = [];
  const disc: number[] = [];
  for (let t = 0; t < flows.length; t++) {
    const d = flows[t]! * factor;
    cumulative += d;
    cum.push(cumulative);
    disc.push(d);
    factor /= 1 + r;
  }
  // the last period whose cumulative value is negative
  let last = -1;
  for (let t = 0; t < cum.length; t++) if (cum[t]! < 0) last = t;
  if (last === -1) return 0;
  if (last === cum.length - 1) return null;
  const t = last + 1;
  return t - 1 + -cum[t - 1]! / disc[t]!;
}
