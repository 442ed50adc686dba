/** Earned schedule on any cumulative PV curve given by an accessor. Private to pmo-kit. */
import type { EarnedScheduleNullable, EarnedScheduleResult } from '../types.js';
import { finiteOrNull } from './numbers.js';

/**
 * Earned schedule measures from `pvAt(k)`, the cumulative PV at the end of period k for integer
 * k in [0, pd] (`pvAt(0)` is 0; non-decreasing). Binary searches: O(log pd) calls of `pvAt`.
 */
export function earnedScheduleCore(pvAt: (k: number) => number, pd: number, ev: number, at: number): EarnedScheduleResult {
  const bac = pvAt(pd);
  let es: number;
  if (ev >= bac) es = pd;
  else {
    // C: the last period whose cumulative PV is at most EV (pvAt(0) = 0 <= EV, pvAt(pd) > EV).
    let lo = 0;
    let hi = pd;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (pvAt(mid) <= ev) lo = mid;
      else hi = mid;
    }
    const c = lo;
    const pvC = pvAt(c);
    if (pvC < ev) es = c + (ev - pvC) / (pvAt(c + 1) - pvC);
    else {
      // EV sits on a flat stretch k … c of the PV curve: every time in it earned EV; take the one nearest AT.
      let a = 0;
      let b = c;
      while (a < b) {
        const mid = (a + b) >>> 1;
        if (pvAt(mid) >= ev) b = mid;
        else a = mid + 1;
      }
      es = Math.min(Math.max(at, a), c);
    }
  }
  const reasons: Partial<Record<EarnedScheduleNullable, string>> = {};
  const because = (field: EarnedScheduleNullable, why: string): null => {
    reasons[field] = why;
    return null;
  };
  let pv: number;
  if (at >= pd) pv = bac;
  else {
    const k = Math.floor(at);
    const p0 = pvAt(k);
    pv = at === k ? p0 : p0 + (at - k) * (pvAt(k + 1) - p0);
  }
  const spit = at > 0 ? es / at : because('spit', 'AT = 0: no time has elapsed (status at or before the start)');
  const ieact =
    spit === null
      ? because('ieact', reasons.spit!)
      : spit === 0
        ? because('ieact', 'SPI(t) = 0 (ES = 0): nothing earned in the time elapsed, PD / SPI(t) is unbounded')
        : pd / spit;
  const remaining = pd - es;
  const tspi = remaining <= 0 ? 0 : pd - at > 0 ? remaining / (pd - at) : because('tspi', 'AT >= PD with work remaining: the planned duration has passed, no rate finishes on time');
  const result: { -readonly [K in keyof EarnedScheduleResult]: EarnedScheduleResult[K] } = {
    plannedDuration: pd,
    bac,
    actualTime: at,
    pv,
    ev,
    spi: pv > 0 ? ev / pv : because('spi', 'PV = 0 at the actual time: no work was planned yet'),
    es,
    svt: es - at,
    spit,
    ieact,
    ieactPlannedRate: at + remaining,
    tspi,
    reasons,
  };
  finiteOrNull(result, ['spi', 'spit', 'ieact', 'tspi'], reasons);
  return result;
}
