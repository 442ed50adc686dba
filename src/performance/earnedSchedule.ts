import { PmoError } from '../errors.js';
import { show } from '../internal/show.js';
import { earnedScheduleCore } from './internal/esCore.js';
import { amount } from './internal/numbers.js';
import type { EarnedScheduleInput, EarnedScheduleResult } from './types.js';

/**
 * Earned schedule (Lipke): the time at which the plan reached the value earned so far, and the
 * schedule measures in time units that stay meaningful to the end of a late project (where SPI
 * returns to 1 while SPI(t) does not).
 *
 * - ES = C + (EV − PV_C) / (PV_{C+1} − PV_C), C the last period with PV_C <= EV; ES = PD when
 *   EV >= BAC.
 * - SV(t) = ES − AT; SPI(t) = ES / AT; IEAC(t) = PD / SPI(t) = AT + (PD − ES) / SPI(t);
 *   TSPI = (PD − ES) / (PD − AT).
 * - Flat stretches of the plan (periods that plan no value, e.g. EV = 0 before the first planned
 *   value): when EV equals the PV of the stretch, ES is the time in it nearest to AT, so that a
 *   project exactly on plan keeps SPI(t) = 1 through a planned pause.
 * - AT = 0 (status at the start): SPI(t), IEAC(t) are `null`; AT >= PD with work remaining: TSPI
 *   is `null`. `reasons` says why. Full table: docs/performance-control.md.
 *
 * Complexity: O(PD) to check the curve, then O(log PD).
 *
 * @param input - `pvCumulative` (PV at the end of periods 1 … PD), `ev`, `actualTime` (periods)
 * @returns the measures, in periods
 * @throws {@link PmoError} `INVALID_ARGUMENT` for an empty or decreasing curve, or a value that
 *   is negative or not finite
 * @example
 * ```ts
 * const s = earnedSchedule({ pvCumulative: [10, 20, 40, 70, 100], ev: 35, actualTime: 3 });
 * s.es;    // 2.75
 * s.svt;   // -0.25
 * s.spit;  // 0.9166…
 * s.ieact; // 5.4545… periods
 * ```
 */
export function earnedSchedule(input: EarnedScheduleInput): EarnedScheduleResult {
  const fn = 'earnedSchedule';
  if (typeof input !== 'object' || input === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: expected { pvCumulative, ev, actualTime }, got ${show(input)}`);
  const curve = input.pvCumulative;
  if (!Array.isArray(curve) || curve.length === 0)
    throw new PmoError('INVALID_ARGUMENT', `${fn}: pvCumulative must be a non-empty array of cumulative planned values, got ${show(curve)}`);
  let prev = 0;
  for (let k = 0; k < curve.length; k++) {
    const v = amount(fn, `pvCumulative[${k}]`, curve[k]);
    if (v < prev) throw new PmoError('INVALID_ARGUMENT', `${fn}: pvCumulative decreases at index ${k} (${prev} then ${v}): it must be cumulative`);
    prev = v;
  }
  const ev = amount(fn, 'ev', input.ev);
  const at = amount(fn, 'actualTime', input.actualTime);
  return earnedScheduleCore((k) => (k === 0 ? 0 : (curve[k - 1] as number)), curve.length, ev, at);
}
