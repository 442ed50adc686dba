import { readOptions } from '../internal/options.js';
import type { Portfolio } from '../model/portfolio.js';
import { NEUTRAL_START } from './internal/neutral.js';
import { periodPortfolio } from './internal/periodPortfolio.js';
import { psplibProblem } from './internal/periodProblems.js';
import type { PsplibInstance } from './readPsplib.js';

/** Options of {@link psplibToPortfolio}. */
export interface PsplibToPortfolioOptions {
  /** Project id. Default: the instance's name without its extension, else `"psplib"`. */
  readonly projectId?: string;
  /** Portfolio id. Default: the project id. */
  readonly portfolioId?: string;
  /** The calendar day of period 0, `YYYY-MM-DD`. Default `"1970-01-01"`. */
  readonly startDate?: string;
  /**
   * Whether the due date becomes the project deadline (default `true`). `false` leaves the
   * project without deadline, so that late dates and floats count from its own finish, as
   * `cpm` computes them on the instance (`pmo cpm` does so).
   */
  readonly withDeadline?: boolean;
}

/**
 * Turns a PSPLIB instance into a portfolio with one project, so that the scheduling and leveling
 * functions (and the CLI) can work on it: the instance of {@link psplibToRcpsp} (the one PSPLIB
 * mapping), dated.
 *
 * Mapping: task ids are the job numbers as strings (`"1"` … `"32"`), named `Job n`; zero-duration
 * jobs (the dummy source and sink) are milestones; successors become finish-to-start
 * dependencies without lag; renewable resources become resources `R1` … `Rk` with their
 * capacity, and each nonzero demand a demand in units per period. Time: one calendar,
 * `all-days`, on which every day works, so that working-day offsets are periods; period 0 is
 * `startDate` (default 1970-01-01) and the project starts at period `release`; the due date
 * becomes the project deadline, the last day on which work may happen (`startDate + due - 1`;
 * none with `withDeadline: false`).
 * Nonrenewable resources have no counterpart and are left out.
 *
 * Complexity: O(jobs + links).
 *
 * @param instance - an instance from {@link readPsplib}; never mutated
 * @param options - see {@link PsplibToPortfolioOptions}
 * @returns a new, validated Portfolio
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` for a bad `startDate` or an instance that
 *   is not an object with activities;
 *   {@link PmoValidationError} when the instance is inconsistent (e.g. a successor that is not a job)
 * @example
 * ```ts
 * const portfolio = psplibToPortfolio(readPsplib(text, { name: 'j301_1.sm' }));
 * portfolio.projects[0]!.id; // 'j301_1'
 * ```
 */
export function psplibToPortfolio(instance: PsplibInstance, options: PsplibToPortfolioOptions = {}): Portfolio {
  const fn = 'psplibToPortfolio';
  const o = readOptions(fn, options) as PsplibToPortfolioOptions;
  const problem = psplibProblem(fn, instance);
  const projectId = o.projectId ?? (instance.name !== undefined && instance.name !== '' ? instance.name.replace(/\.[^./\\]*$/, '') || instance.name : 'psplib');
  const name = instance.name ?? 'PSPLIB instance';
  return periodPortfolio(fn, problem, {
    id: o.portfolioId ?? projectId,
    name,
    startDate: o.startDate ?? NEUTRAL_START,
    project: () => ({ id: projectId, name, ...(o.withDeadline !== false ? { due: instance.due } : {}) }),
    taskId: (id) => id,
    taskName: (id) => `Job ${id}`,
    listCrossDependencies: false,
  });
}
