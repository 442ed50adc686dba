import type { RcpspInstance } from '../resources/index.js';
import { rcmpProblem } from './internal/periodProblems.js';
import type { RcmpInstance } from './readRcmp.js';

/**
 * Turns a multi-project instance (MPLIB `.rcmp`, from {@link readRcmp}) into a multi-project
 * {@link RcpspInstance}: activity ids are `project:activity` with 1-based numbers as in the file
 * (`'2:17'`), project ids the project numbers as strings (`'1'` … `'6'`) with their release
 * dates, resource ids `'R1'`, `'R2'`, …; every successor, in the same project or another,
 * becomes a finish-to-start precedence without lag. This is the one MPLIB mapping:
 * {@link rcmpToPortfolio} presents its result as a portfolio.
 *
 * Complexity: O(n K + m).
 *
 * @param instance - a multi-project instance (never mutated)
 * @returns a new instance for `solveRcpsp` (use `objective: 'delay'` for the average project
 *   delay) and `verifySchedule` (pmo-kit/resources)
 * @throws {@link PmoError} `INVALID_ARGUMENT` when the instance is not an object with projects
 * @example
 * ```ts
 * const inst = rcmpToRcpsp(readRcmp(readFileSync('MPLIB1_Set1_0.rcmp', 'utf8')));
 * const s = solveRcpsp(inst, { objective: 'delay' });
 * s.projects.map((p) => p.delay);
 * ```
 */
export function rcmpToRcpsp(instance: RcmpInstance): RcpspInstance {
  return rcmpProblem('rcmpToRcpsp', instance);
}
