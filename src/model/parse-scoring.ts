/* The parse and safeParse functions of the lessons learned and the PMO maturity assessment. */
import type { Lesson } from './lesson.js';
import type { MaturityAssessment } from './maturity.js';
import { parseModel, validateModel, type SafeParseResult } from './validate.js';

/**
 * Validates unknown input as a lesson learned and returns it typed, with defaults applied. Every
 * issue is reported, each with its path. Its `projectId` is not cross-checked (in a portfolio it
 * is: {@link parsePortfolio}).
 *
 * @param input - untrusted data, e.g. the result of `JSON.parse`; never mutated
 * @returns the validated Lesson, a new object (`tags` default to `[]`)
 * @throws {@link PmoValidationError} (code `VALIDATION`) listing every issue
 * @example
 * ```ts
 * const lesson = parseLesson({
 *   id: 'l1', category: 'vendor management', whatHappened: 'The only certified consultant was shared with another customer.',
 *   impact: 'Configuration slipped three weeks.', recommendation: 'Name the consultant in the contract.', tags: ['vendor'],
 * });
 * ```
 */
export function parseLesson(input: unknown): Lesson {
  return parseModel<Lesson>('parseLesson', 'lesson', input);
}

/**
 * Validates unknown input as a lesson learned without throwing on invalid data.
 *
 * @param input - untrusted data; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a
 *   {@link PmoValidationError} listing every issue
 * @example
 * ```ts
 * const r = safeParseLesson(data);
 * if (!r.success) for (const issue of r.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeParseLesson(input: unknown): SafeParseResult<Lesson> {
  return validateModel<Lesson>('safeParseLesson', 'lesson', input);
}

/**
 * Validates unknown input as a PMO maturity assessment (the `pmo maturity` file format) and
 * returns it typed, with defaults applied. Every issue is reported, each with its path.
 *
 * Beyond shape it checks that each catalog function is rated once, that every answer is to a
 * question of the questionnaire (ids like `mc-2a`) and that `perspectiveTargets` names known
 * perspectives; in a portfolio, also that `structure` and `pmoType` agree with the organization.
 *
 * @param input - untrusted data, e.g. the result of `JSON.parse`; never mutated
 * @returns the validated MaturityAssessment, a new object (`functions` default to `[]`)
 * @throws {@link PmoValidationError} (code `VALIDATION`) listing every issue
 * @example
 * ```ts
 * const a = parseMaturityAssessment({
 *   structure: 'functional', pmoType: 'supportive', target: 3,
 *   functions: [{ function: 'report-status', needed: true, importance: 5, delivery: 2 }],
 *   answers: { 'mc-2a': true, 'mc-2b': 0.5 },
 * });
 * ```
 */
export function parseMaturityAssessment(input: unknown): MaturityAssessment {
  return parseModel<MaturityAssessment>('parseMaturityAssessment', 'maturityAssessment', input);
}

/**
 * Validates unknown input as a PMO maturity assessment without throwing on invalid data.
 *
 * @param input - untrusted data; never mutated
 * @returns `{ success: true, data }` or `{ success: false, error }` where `error` is a
 *   {@link PmoValidationError} listing every issue
 * @example
 * ```ts
 * const r = safeParseMaturityAssessment(data);
 * if (!r.success) for (const issue of r.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeParseMaturityAssessment(input: unknown): SafeParseResult<MaturityAssessment> {
  return validateModel<MaturityAssessment>('safeParseMaturityAssessment', 'maturityAssessment', input);
}
