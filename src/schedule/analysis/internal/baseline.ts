// Private: checks shared by the analyses (their baseline schedule is ../../baselineSchedule.ts).
import { PmoError } from '../../../errors.js';
import type { Portfolio } from '../../../model/portfolio.js';
import { show } from '../../../internal/show.js';
import type { SlipMode } from '../types.js';

/** Throws `INVALID_ARGUMENT` naming the function. */
export function invalid(fn: string, message: string): never {
  throw new PmoError('INVALID_ARGUMENT', `${fn}: ${message}`);
}

/** Checks a portfolio's outer shape (the schedule engine checks the rest). */
export function checkPortfolio(fn: string, portfolio: unknown): asserts portfolio is Portfolio {
  if (typeof portfolio !== 'object' || portfolio === null || Array.isArray(portfolio)) invalid(fn, `expected a portfolio object, got ${show(portfolio)}`);
  const p = portfolio as Partial<Portfolio>;
  if (!Array.isArray(p.projects)) invalid(fn, `portfolio.projects must be an array, got ${show(p.projects)}`);
  if (p.crossDependencies !== undefined && !Array.isArray(p.crossDependencies))
    invalid(fn, `portfolio.crossDependencies must be an array, got ${show(p.crossDependencies)}`);
}

/** Reads a number of working days of slip: finite and >= 0. */
export function readDays(fn: string, what: string, value: unknown, dflt?: number): number {
  if (value === undefined && dflt !== undefined) return dflt;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) invalid(fn, `${what} must be a finite number of working days >= 0, got ${show(value)}`);
  return value;
}

/** Reads a slip mode. */
export function readMode(fn: string, value: unknown): SlipMode {
  if (value === undefined) return 'finish';
  if (value !== 'finish' && value !== 'start') invalid(fn, `options.mode must be "finish" or "start", got ${show(value)}`);
  return value;
}
