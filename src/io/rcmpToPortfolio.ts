import { readOptions } from '../internal/options.js';
import type { Portfolio } from '../model/portfolio.js';
import { NEUTRAL_START } from './internal/neutral.js';
import { periodPortfolio } from './internal/periodPortfolio.js';
import { rcmpProblem, rcmpTaskId } from './internal/periodProblems.js';
import type { RcmpInstance } from './readRcmp.js';

/** Options of {@link rcmpToPortfolio}. */
export interface RcmpToPortfolioOptions {
  /** Portfolio id. Default: the instance's name without its extension, else `"rcmp"`. */
  readonly portfolioId?: string;
  /** The calendar day of period 0, `YYYY-MM-DD`. Default `"1970-01-01"`. */
  readonly startDate?: string;
}

/**
 * Turns a multi-project instance into a portfolio sharing one resource pool: the instance of
 * {@link rcmpToRcpsp} (the one MPLIB mapping), dated.
 *
 * Mapping: project ids are the project numbers as strings (`"1"` … `"6"`), task ids the activity
 * numbers within their project (`"1"` … `"62"`, so MPLIB id `"2:17"` is task `"17"` of project
 * `"2"`); dummies (duration 0) are milestones; successors in the same project become
 * finish-to-start dependencies, successors in another project cross-project dependencies;
 * resources `R1` … `Rk` carry the capacities, and each nonzero demand is a demand in units per
 * period. Time as in {@link psplibToPortfolio}: every day works (`all-days` calendar), period 0
 * is `startDate` (default 1970-01-01), each project starts at its release date.
 *
 * Complexity: O(activities + links).
 *
 * @param instance - an instance from {@link readRcmp}; never mutated
 * @param options - see {@link RcmpToPortfolioOptions}
 * @returns a new, validated Portfolio
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` for a bad `startDate` or an instance that
 *   is not an object with projects;
 *   {@link PmoValidationError} when the instance is inconsistent
 * @example
 * ```ts
 * const portfolio = rcmpToPortfolio(readRcmp(text));
 * portfolio.projects.length; // 6
 * ```
 */
export function rcmpToPortfolio(instance: RcmpInstance, options: RcmpToPortfolioOptions = {}): Portfolio {
  const fn = 'rcmpToPortfolio';
  const o = readOptions(fn, options) as RcmpToPortfolioOptions;
  const problem = rcmpProblem(fn, instance);
  return periodPortfolio(fn, problem, {
    id: o.portfolioId ?? (instance.name !== undefined && instance.name !== '' ? instance.name.replace(/\.[^./\\]*$/, '') || instance.name : 'rcmp'),
    name: instance.name ?? 'Multi-project instance',
    startDate: o.startDate ?? NEUTRAL_START,
    project: (id) => ({ id, name: `Project ${id}` }),
    taskId: rcmpTaskId,
    taskName: (id) => `Activity ${id}`,
    listCrossDependencies: true,
  });
}
