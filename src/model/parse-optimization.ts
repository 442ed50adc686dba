/* The parse and safeParse functions of the optimization inputs (allocation, selection, prioritization). */
import type { AllocationProblem } from './allocation.js';
import type { PrioritizationProblem } from './prioritization.js';
import type { SelectionProblem } from './selection.js';
import { parseModel, validateModel, type SafeParseResult } from './validate.js';

/**
 * Validates unknown input as a skill-based allocation problem (the `pmo allocate` file format) and
 * returns it typed. Every issue is reported, each with its path, not only the first. Unknown keys
 * are rejected.
 *
 * Beyond shape it checks duplicate person and demand ids. A demand for a skill nobody has is
 * valid: {@link allocateResources} reports it as unmet.
 *
 * @param input - untrusted data, e.g. the result of `JSON.parse`; never mutated
 * @returns the validated AllocationProblem, a new object
 * @throws {@link PmoValidationError} (code `VALIDATION`) listing every issue
 * @example
 * ```ts
 * const problem = parseAllocationProblem({
 *   people: [{ id: 'ana', capacity: 120, skills: { java: 4 }, costPerHour: 60 }],
 *   demands: [{ id: 'd1', projectId: 'crm', skill: 'java', hours: 80, valuePerHour: 150 }],
 * });
 * ```
 */
export function parseAllocationProblem(input: unknown): AllocationProblem {
  return parseModel<AllocationProblem>('parseAllocationProblem', 'allocation', input);
}

/**
 * Validates unknown input as a skill-based allocation problem without throwing on invalid data.
 *
 * @param input - untrusted data; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a
 *   {@link PmoValidationError} listing every issue
 * @example
 * ```ts
 * const r = safeParseAllocationProblem(data);
 * if (!r.success) for (const issue of r.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeParseAllocationProblem(input: unknown): SafeParseResult<AllocationProblem> {
  return validateModel<AllocationProblem>('safeParseAllocationProblem', 'allocation', input);
}

/**
 * Validates unknown input as a project selection problem (the `pmo select` file format) and
 * returns it typed. Every issue is reported, each with its path, not only the first. Unknown keys
 * are rejected.
 *
 * Beyond shape it checks duplicate project and objective ids, `requires`/`excludes` naming unknown
 * projects or the project itself, costs with a different number of periods than the budget,
 * period labels, contributions to unknown objectives, and that every project has a `value` (or
 * that `valueFrom: "alignment"` comes with objectives).
 *
 * @param input - untrusted data, e.g. the result of `JSON.parse`; never mutated
 * @returns the validated SelectionProblem, a new object
 * @throws {@link PmoValidationError} (code `VALIDATION`) listing every issue
 * @example
 * ```ts
 * const problem = parseSelectionProblem({
 *   budget: 100,
 *   projects: [{ id: 'a', cost: 60, value: 90 }, { id: 'b', cost: 50, value: 70, requires: ['a'] }],
 * });
 * ```
 */
export function parseSelectionProblem(input: unknown): SelectionProblem {
  return parseModel<SelectionProblem>('parseSelectionProblem', 'selection', input);
}

/**
 * Validates unknown input as a project selection problem without throwing on invalid data.
 *
 * @param input - untrusted data; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a
 *   {@link PmoValidationError} listing every issue
 * @example
 * ```ts
 * const r = safeParseSelectionProblem(data);
 * if (!r.success) for (const issue of r.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeParseSelectionProblem(input: unknown): SafeParseResult<SelectionProblem> {
  return validateModel<SelectionProblem>('safeParseSelectionProblem', 'selection', input);
}

/**
 * Validates unknown input as a prioritization problem (the `pmo prioritize` file format) and
 * returns it typed. Every issue is reported, each with its path, not only the first. Unknown keys
 * are rejected.
 *
 * Beyond shape it checks duplicate ids, scores of unknown criteria, missing scores, criteria
 * without a weight (unless a pairwise matrix gives the weights), weights together with a
 * pairwise matrix, the matrix's size, diagonal and reciprocity (within 0.5 %, so 0.333 stands for
 * 1/3), and that computed measures have what they need (objectives, cash flows, a discount rate
 * greater than -1).
 *
 * @param input - untrusted data, e.g. the result of `JSON.parse`; never mutated
 * @returns the validated PrioritizationProblem, a new object
 * @throws {@link PmoValidationError} (code `VALIDATION`) listing every issue
 * @example
 * ```ts
 * const problem = parsePrioritizationProblem({
 *   criteria: [{ id: 'fit', weight: 2 }, { id: 'risk', weight: 1, direction: 'cost' }],
 *   projects: [{ id: 'a', scores: { fit: 4, risk: 2 } }, { id: 'b', scores: { fit: 3, risk: 1 } }],
 * });
 * ```
 */
export function parsePrioritizationProblem(input: unknown): PrioritizationProblem {
  return parseModel<PrioritizationProblem>('parsePrioritizationProblem', 'prioritization', input);
}

/**
 * Validates unknown input as a prioritization problem without throwing on invalid data.
 *
 * @param input - untrusted data; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a
 *   {@link PmoValidationError} listing every issue
 * @example
 * ```ts
 * const r = safeParsePrioritizationProblem(data);
 * if (!r.success) for (const issue of r.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeParsePrioritizationProblem(input: unknown): SafeParseResult<PrioritizationProblem> {
  return validateModel<PrioritizationProblem>('safeParsePrioritizationProblem', 'prioritization', input);
}
