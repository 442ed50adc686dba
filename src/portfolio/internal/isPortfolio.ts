/** Telling a portfolio from an optimization problem, and validating it. Private to pmo-kit. */
import { isObject } from '../../internal/guards.js';
import { safeParsePortfolio } from '../../model/parse.js';
import type { Portfolio } from '../../model/portfolio.js';

/**
 * Whether the input is meant as a portfolio rather than the function's own problem: it has
 * `projects` and none of the problem's own top-level keys (`problemKeys`), and an `id`, a `name`
 * or a project with `tasks`.
 */
export function isPortfolio(input: unknown, problemKeys: readonly string[]): boolean {
  if (!isObject(input) || !Array.isArray(input.projects) || problemKeys.some((k) => k in input)) return false;
  return typeof input.id === 'string' || typeof input.name === 'string' || input.projects.some((p) => isObject(p) && 'tasks' in p);
}

/**
 * The portfolio, validated (a parsed portfolio is returned as an equal copy): the portfolio
 * variants compute on it directly, so a malformed one must end in a clean error, not a crash.
 * O(size of the portfolio).
 */
export function validPortfolio(input: unknown): Portfolio {
  const r = safeParsePortfolio(input);
  if (!r.success) throw r.error;
  return r.data;
}
