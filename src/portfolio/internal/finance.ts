/** Argument checks shared by the financial measures. Private to pmo-kit. */
import { PmoError } from '../../errors.js';
import { show } from '../../internal/show.js';

/** Checks a discount rate (a finite number > -1). */
export function readRate(fn: string, rate: unknown): number {
  if (!(typeof rate === 'number' && Number.isFinite(rate) && rate > -1))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: the rate must be a finite number greater than -1 (0.08 = 8 %), got ${show(rate)}`);
  return rate;
}

/** Checks cash flows (a non-empty array of finite numbers). */
export function readCashFlows(fn: string, flows: unknown): readonly number[] {
  if (!Array.isArray(flows) || flows.length === 0) throw new PmoError('INVALID_ARGUMENT', `${fn}: cash flows must be a non-empty array of numbers, got ${show(flows)}`);
  flows.forEach((v, i) => {
    if (!(typeof v === 'number' && Number.isFinite(v))) throw new PmoError('INVALID_ARGUMENT', `${fn}: cash flow [${i}] must be a finite number, got ${show(v)}`);
  });
  return flows as readonly number[];
}
