/**
 * The typed domain model: zod schemas (the single source of truth), the types inferred from
 * them, and the `parse…`/`safeParse…` functions that validate untrusted input.
 *
 * @module model
 */
export * from './primitives-public.js';
export * from './organization.js';
export * from './calendar.js';
export * from './resource.js';
export * from './task.js';
export * from './project.js';
export * from './risk.js';
export * from './status.js';
export * from './portfolio.js';
export * from './strategy.js';
export * from './allocation.js';
export * from './selection.js';
export * from './prioritization.js';
export * from './lesson.js';
export * from './maturity.js';
export * from './parse-optimization.js';
export * from './parse-scoring.js';
export * from './parse.js';
export { toJsonSchema, type JsonSchema } from './json-schema.js';
export { MODEL_NAMES, type ModelName } from './models.js';
export type { SafeParseResult } from './validate.js';
export { PmoError, PmoValidationError, CycleError, DeadlineError, formatPath, type PmoErrorCode, type ValidationIssue, type MissedDeadline } from '../errors.js';
