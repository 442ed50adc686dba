/** Reading the input of selectProjects and efficientFrontier. Private to pmo-kit. */
import { PmoError } from '../../errors.js';
import { isObject } from '../../internal/guards.js';
import { show } from '../../internal/show.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { SelectionProblem } from '../../model/selection.js';
import { safeParseSelectionProblem } from '../../model/parse-optimization.js';
import { isPortfolio, validPortfolio } from './isPortfolio.js';
import { portfolioSelection, readCapacity } from './portfolioSelection.js';
import { denseSelection, type DenseSelection } from './selectionModel.js';

/** Checks the option keys and the time limit. */
export function readCommonOptions(fn: string, options: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (options === undefined) return {};
  if (!isObject(options)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options must be an object, got ${show(options)}`);
  for (const key of Object.keys(options)) if (!allowed.includes(key)) throw new PmoError('INVALID_ARGUMENT', `${fn}: unknown option ${JSON.stringify(key)}`);
  const t = options.timeLimit;
  if (t !== undefined && !(typeof t === 'number' && t > 0 && !Number.isNaN(t)))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.timeLimit must be a positive number of seconds, got ${show(t)}`);
  if (options.value !== undefined && options.value !== 'expectedValue' && options.value !== 'alignment')
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.value must be "expectedValue" or "alignment", got ${show(options.value)}`);
  return options;
}

/**
 * The dense selection problem of a selection problem (validated here) or a portfolio.
 * `budget` is required for a portfolio unless `budgetOptional` (the frontier gives its own).
 */
export function readSelection(fn: string, input: SelectionProblem | Portfolio, o: Record<string, unknown>, budgetOptional = false): DenseSelection {
  let problem: unknown = input;
  if (isPortfolio(input, ['budget', 'capacity', 'periods', 'valueFrom'])) {
    const budget = o.budget;
    if (budget === undefined && !budgetOptional) throw new PmoError('INVALID_ARGUMENT', `${fn}: a portfolio needs options.budget`);
    if (budget !== undefined && !(typeof budget === 'number' && Number.isFinite(budget) && budget >= 0))
      throw new PmoError('INVALID_ARGUMENT', `${fn}: options.budget must be a number >= 0, got ${show(budget)}`);
    problem = portfolioSelection(fn, validPortfolio(input), {
      budget: (budget as number | undefined) ?? 0,
      capacity: readCapacity(fn, o.capacity),
      value: o.value as 'expectedValue' | 'alignment' | undefined,
    });
  } else if (o.budget !== undefined || o.capacity !== undefined || o.value !== undefined)
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.budget, options.capacity and options.value apply to portfolios only (a selection problem states them)`);
  const r = safeParseSelectionProblem(problem);
  if (!r.success) throw r.error;
  return denseSelection(r.data);
}
