/** Telling a portfolio from an optimization problem file. Private to pmo-kit. */
import { isObject } from '../../internal/guards.js';
import type { Portfolio } from '../../model/portfolio.js';

/**
 * Whether the input is a portfolio rather than a selection or prioritization problem: it has an
 * id, a name and projects with tasks (the problems have neither).
 */
export function isPortfolio(input: unknown): input is Portfolio {
  return isObject(input) && Array.isArray(input.projects) && typeof input.id === 'string' && typeof input.name === 'string' && input.projects.every((p) => isObject(p) && Array.isArray(p.tasks));
}
