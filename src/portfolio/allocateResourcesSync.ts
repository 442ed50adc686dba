import { PmoError } from '../errors.js';
import type { AllocationProblem } from '../model/allocation.js';
import type { Portfolio } from '../model/portfolio.js';
import type { AllocateResourcesOptions, AllocateResourcesResult } from './allocationTypes.js';
import { continuousAllocation, prepareAllocation } from './internal/allocate.js';

/**
 * {@link allocateResources} without the MIP solver, synchronous: the continuous allocation (and
 * the whole-hours one, which has the same exact algorithm) with shadow prices. Use it where a
 * promise is inconvenient; it throws when the options need the MIP (`maxProjectsPerPerson`, a
 * person's `maxProjects`, `minChunk`).
 *
 * Complexity and semantics as {@link allocateResources}.
 *
 * @param input - an allocation problem (the `pmo allocate` file format) or a parsed portfolio; never mutated
 * @param options - window and valuation (portfolios), `integerHours`
 * @returns the optimal plan, proven by a dual solution (`optimal: true`, `bound` = `objective`)
 * @throws {@link PmoValidationError} for an invalid allocation problem; {@link PmoError}
 *   `INVALID_ARGUMENT` for bad options or options that need the MIP solver
 * @example
 * ```ts
 * const plan = allocateResourcesSync(portfolio, { from: '2026-07-01', to: '2026-09-30' });
 * console.log(plan.bottleneck, plan.unmet.length);
 * ```
 */
export function allocateResourcesSync(input: AllocationProblem | Portfolio, options?: AllocateResourcesOptions): AllocateResourcesResult {
  const fn = 'allocateResourcesSync';
  const prep = prepareAllocation(fn, input, options);
  if (prep.needsMip)
    throw new PmoError(
      'INVALID_ARGUMENT',
      `${fn}: a project limit per person or a minimum chunk needs the MIP solver; use allocateResources (asynchronous) instead`,
    );
  return continuousAllocation(prep);
}
