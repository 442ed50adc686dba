import { readOptions } from '../internal/options.js';
import { parsePortfolio } from '../model/parse.js';
import type { Portfolio, PortfolioInput } from '../model/portfolio.js';
import { addPeriods, NEUTRAL_CALENDAR, NEUTRAL_START } from './internal/neutral.js';
import type { PsplibInstance } from './readPsplib.js';

/** Options of {@link psplibToPortfolio}. */
export interface PsplibToPortfolioOptions {
  /** Project id. Default: the instance's name without its extension, else `"psplib"`. */
  readonly projectId?: string;
  /** Portfolio id. Default: the project id. */
  readonly portfolioId?: string;
  /** The calendar day of period 0, `YYYY-MM-DD`. Default `"1970-01-01"`. */
  readonly startDate?: string;
}

/**
 * Turns a PSPLIB instance into a portfolio with one project, so that the scheduling and leveling
 * functions (and the CLI) can work on it.
 *
 * Mapping: task ids are the job numbers as strings (`"1"` … `"32"`), named `Job n`; zero-duration
 * jobs (the dummy source and sink) are milestones; successors become finish-to-start
 * dependencies without lag; renewable resources become resources `R1` … `Rk` with their
 * capacity, and each nonzero demand a demand in units per period. Time: one calendar,
 * `all-days`, on which every day works, so that working-day offsets are periods; period 0 is
 * `startDate` (default 1970-01-01) and the project starts at period `release`; the due date
 * becomes the project deadline, the last day on which work may happen (`startDate + due - 1`).
 * Nonrenewable resources have no counterpart and are left out.
 *
 * Complexity: O(jobs + links).
 *
 * @param instance - an instance from {@link readPsplib}; never mutated
 * @param options - see {@link PsplibToPortfolioOptions}
 * @returns a new, validated Portfolio
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` for a bad `startDate`;
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
  const start = o.startDate ?? NEUTRAL_START;
  const projectId = o.projectId ?? (instance.name !== undefined && instance.name !== '' ? instance.name.replace(/\.[^./\\]*$/, '') || instance.name : 'psplib');
  const resources = instance.resources.renewable.map((capacity, k) => ({ id: `R${k + 1}`, name: `R${k + 1}`, capacity }));
  const input: PortfolioInput = {
    id: o.portfolioId ?? projectId,
    name: instance.name ?? 'PSPLIB instance',
    defaultCalendarId: NEUTRAL_CALENDAR.id,
    calendars: [NEUTRAL_CALENDAR],
    resources,
    projects: [
      {
        id: projectId,
        name: instance.name ?? 'PSPLIB instance',
        start: addPeriods(fn, start, instance.release),
        ...(instance.due > 0 ? { deadline: addPeriods(fn, start, instance.due - 1) } : {}),
        calendarId: NEUTRAL_CALENDAR.id,
        tasks: instance.activities.map((a) => ({
          id: String(a.id),
          name: `Job ${a.id}`,
          duration: a.duration,
          milestone: a.duration === 0,
          demands: a.demands.flatMap((units, k) => (units > 0 ? [{ resourceId: `R${k + 1}`, units }] : [])),
        })),
        dependencies: instance.activities.flatMap((a) => a.successors.map((s) => ({ from: String(a.id), to: String(s), type: 'FS' as const, lag: 0 }))),
      },
    ],
  };
  return parsePortfolio(input);
}
