import { readOptions } from '../internal/options.js';
import { parsePortfolio } from '../model/parse.js';
import type { Portfolio, PortfolioInput } from '../model/portfolio.js';
import { addPeriods, NEUTRAL_CALENDAR, NEUTRAL_START } from './internal/neutral.js';
import type { RcmpInstance } from './readRcmp.js';

/** Options of {@link rcmpToPortfolio}. */
export interface RcmpToPortfolioOptions {
  /** Portfolio id. Default: the instance's name without its extension, else `"rcmp"`. */
  readonly portfolioId?: string;
  /** The calendar day of period 0, `YYYY-MM-DD`. Default `"1970-01-01"`. */
  readonly startDate?: string;
}

/**
 * Turns a multi-project instance into a portfolio sharing one resource pool.
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
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` for a bad `startDate`;
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
  const start = o.startDate ?? NEUTRAL_START;
  const id = o.portfolioId ?? (instance.name !== undefined && instance.name !== '' ? instance.name.replace(/\.[^./\\]*$/, '') || instance.name : 'rcmp');
  const crossDependencies: NonNullable<PortfolioInput['crossDependencies']> = [];
  const input: PortfolioInput = {
    id,
    name: instance.name ?? 'Multi-project instance',
    defaultCalendarId: NEUTRAL_CALENDAR.id,
    calendars: [NEUTRAL_CALENDAR],
    resources: instance.capacities.map((capacity, k) => ({ id: `R${k + 1}`, name: `R${k + 1}`, capacity })),
    projects: instance.projects.map((p) => ({
      id: String(p.id),
      name: `Project ${p.id}`,
      start: addPeriods(fn, start, p.release),
      calendarId: NEUTRAL_CALENDAR.id,
      tasks: p.activities.map((a) => ({
        id: String(a.activity),
        name: `Activity ${a.id}`,
        duration: a.duration,
        milestone: a.duration === 0,
        demands: a.demands.flatMap((units, k) => (units > 0 ? [{ resourceId: `R${k + 1}`, units }] : [])),
      })),
      dependencies: p.activities.flatMap((a) =>
        a.successors.flatMap((s) => {
          const [sp, sa] = s.split(':');
          if (sp === String(p.id)) return [{ from: String(a.activity), to: sa!, type: 'FS' as const, lag: 0 }];
          crossDependencies.push({ fromProject: String(p.id), from: String(a.activity), toProject: sp!, to: sa!, type: 'FS', lag: 0 });
          return [];
        }),
      ),
    })),
    crossDependencies,
  };
  return parsePortfolio(input);
}
