import { PmoError } from '../errors.js';
import { show } from '../internal/show.js';

const escapePart = (s: string): string => (s.includes('%') || s.includes('/') ? s.replace(/%/g, '%25').replace(/\//g, '%2F') : s);
const unescapePart = (s: string): string => (s.includes('%') ? s.replace(/%2F|%25/g, (m) => (m === '%2F' ? '/' : '%')) : s);

/**
 * The key of a task across a portfolio: `projectId/taskId`, with `%` and `/` inside the ids
 * written `%25` and `%2F` so that every pair of ids has its own key and {@link parseTaskKey} can
 * split it back. Keys name the nodes of {@link dependencyGraph} and the tasks of a
 * {@link SchedulePortfolioResult}. O(length).
 *
 * @param projectId - the project's id
 * @param taskId - the task's id within the project
 * @returns the key
 * @throws {@link PmoError} `INVALID_ARGUMENT` when an id is not a non-empty string
 * @example
 * ```ts
 * taskKey('p1', 'design'); // 'p1/design'
 * taskKey('a/b', 'c');     // 'a%2Fb/c'
 * ```
 */
export function taskKey(projectId: string, taskId: string): string {
  if (typeof projectId !== 'string' || projectId === '' || typeof taskId !== 'string' || taskId === '')
    throw new PmoError('INVALID_ARGUMENT', `taskKey: ids must be non-empty strings, got ${show(projectId)} and ${show(taskId)}`);
  return `${escapePart(projectId)}/${escapePart(taskId)}`;
}

/** The result of {@link parseTaskKey}: the two ids a task key joins. */
export interface ParseTaskKeyResult {
  /** The project's id. */
  readonly projectId: string;
  /** The task's id within the project. */
  readonly taskId: string;
}

/**
 * Splits a key made by {@link taskKey} into its project and task ids. O(length).
 *
 * @param key - a task key
 * @returns the project id and the task id
 * @throws {@link PmoError} `INVALID_ARGUMENT` when `key` is not a task key
 * @example
 * ```ts
 * parseTaskKey('a%2Fb/c'); // { projectId: 'a/b', taskId: 'c' }
 * ```
 */
export function parseTaskKey(key: string): ParseTaskKeyResult {
  const parts = typeof key === 'string' ? key.split('/') : [];
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '')
    throw new PmoError('INVALID_ARGUMENT', `parseTaskKey: ${show(key)} is not a task key (projectId/taskId)`);
  return { projectId: unescapePart(parts[0]!), taskId: unescapePart(parts[1]!) };
}

/** @internal `taskKeyPrefix(p) + taskKeySuffix(t) === taskKey(p, t)`, for building many keys. */
export function taskKeyPrefix(projectId: string): string {
  return `${escapePart(projectId)}/`;
}

/** @internal See {@link taskKeyPrefix}. */
export function taskKeySuffix(taskId: string): string {
  return escapePart(taskId);
}
