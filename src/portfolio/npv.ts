import { readCashFlows, readRate } from './internal/finance.js';

/**
 * Net present value of cash flows at a discount rate per period: Σ_t flow_t / (1 + rate)^t, the
 * first flow at period 0 (not discounted). Note: a spreadsheet's `NPV(rate, …)` discounts its
 * first value by one period; `npv(rate, [0, ...values])` equals it.
 *
 * Complexity O(n). Evaluated by Horner's rule from the last period.
 *
 * @param rate - discount rate per period (0.08 = 8 %), greater than -1
 * @param cashFlows - net cash flow of each period, the first at period 0 (an investment is negative)
 * @returns the net present value
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a rate <= -1 or a non-finite or empty flow list
 * @example
 * ```ts
 * npv(0.08, [-40000, 8000, 9200, 10000, 12000, 14500]); // 1922.06 (to the cent)
 * ```
 */
export function npv(rate: number, cashFlows: readonly number[]): number {
  const fn = 'npv';
  const r = readRate(fn, rate);
  const flows = readCashFlows(fn, cashFlows);
  let v = 0;
  for (let t = flows.length - 1; t >= 0; t--) v = v / (1 + r) + flows[t]!;
  return v;
}
