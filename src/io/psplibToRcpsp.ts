import type { RcpspInstance } from '../resources/index.js';
import { psplibProblem } from './internal/periodProblems.js';
import type { PsplibInstance } from './readPsplib.js';

/**
 * Turns a PSPLIB instance (from {@link readPsplib}) into an {@link RcpspInstance}: activity ids
 * are the job numbers as strings (`'1'` … `'32'`, the dummy source and sink included), resource
 * ids `'R1'`, `'R2'`, …, every precedence finish-to-start without lag, and one project `'1'`
 * released at the file's release date. Nonrenewable resources are ignored (single-mode instances
 * do not need them). This is the one PSPLIB mapping: {@link psplibToPortfolio} presents its
 * result as a portfolio.
 *
 * Complexity: O(n K + m).
 *
 * @param instance - a single-mode PSPLIB instance (never mutated)
 * @returns a new instance for `solveRcpsp` and `verifySchedule` (pmo-kit/resources)
 * @throws {@link PmoError} `INVALID_ARGUMENT` when the instance is not an object with activities
 * @example
 * ```ts
 * const inst = psplibToRcpsp(readPsplib(readFileSync('j301_1.sm', 'utf8')));
 * solveRcpsp(inst, { schedules: 5000, seed: 1 }).makespan; // 43
 * ```
 */
export function psplibToRcpsp(instance: PsplibInstance): RcpspInstance {
  return psplibProblem('psplibToRcpsp', instance);
}
