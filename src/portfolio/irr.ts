import { readCashFlows } from './internal/finance.js';

/**
 * Internal rate of return: the rate r > -1 at which the net present value of the cash flows is 0.
 *
 * In x = 1 / (1 + r) the NPV is a polynomial Σ flow_t x^t on x > 0; its roots there are found by
 * bracketing on a fine logarithmic grid (x from 1e-6 to 1e6, i.e. r from -99.9999 % to
 * 99,999,900 %) and bisection to full precision. When the flows change sign once there is exactly
 * one root (Descartes' rule of signs); with several sign changes there can be several.
 *
 * Complexity O(n × 4,000) for n flows.
 *
 * @param cashFlows - net cash flow of each period, the first at period 0
 * @returns the IRR per period (0.0866 = 8.66 %), or `null` when no rate makes the NPV 0 (all flows
 *   of one sign) or when several do (the IRR is then ambiguous; use the NPV)
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a non-finite or empty flow list
 * @example
 * ```ts
 * irr([-70000, 12000, 15000, 18000, 21000, 26000]); // 0.0866 (8.66 %)
 * ```
 */
export function irr(cashFlows: readonly number[]): number | null {
  const flows = readCashFlows('irr', cashFlows);
  const f = (x: number) => {
    let v = 0;
    for (let t = flows.length - 1; t >= 0; t--) v = v * x + flows[t]!;
    return v;
  };
  const roots: number[] = [];
  const steps = 4000;
  const lo = Math.log(1e-6);
  const hi = Math.log(1e6);
  let xa = Math.exp(lo);
  let fa = f(xa);
  for (let i = 1; i <= steps; i++) {
    const xb = Math.exp(lo + ((hi - lo) * i) / steps);
    const fb = f(xb);
    if (fa === 0) roots.push(xa);
    else if (fa * fb < 0) roots.push(bisect(f, xa, xb, fa));
    xa = xb;
    fa = fb;
  }
  if (fa === 0) roots.push(xa);
  const distinct = roots.filter((x, i) => i === 0 || Math.abs(x - roots[i - 1]!) > 1e-12 * x);
  if (distinct.length !== 1) return null;
  return 1 / distinct[0]! - 1;
}

/** A root of f in [a, b] where f changes sign, to machine precision. */
function bisect(f: (x: number) => number, a: number, b: number, fa: number): number {
  for (let i = 0; i < 200; i++) {
    const m = (a + b) / 2;
    if (m === a || m === b) break;
    const fm = f(m);
    if (fm === 0) return m;
    if (fa * fm < 0) b = m;
    else {
      a = m;
      fa = fm;
    }
  }
  return (a + b) / 2;
}
