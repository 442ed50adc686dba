import { PmoError } from '../errors.js';
import { show } from '../internal/show.js';
import { DEFAULT_RISK_MATRIX } from './defaultRiskMatrix.js';
import { resolveMatrix, scoreOf } from './internal/matrix.js';
import { readSource } from './internal/source.js';
import type { CompareRiskRegistersOptions, CompareRiskRegistersResult, RiskReRating, RiskSource } from './types.js';

/**
 * What changed between two snapshots of a risk register (or of a portfolio's risks), matching
 * risks by id:
 *
 * - `added`: the new risks, in the later snapshot only; `removed`: in the earlier one only;
 * - `closed`: status `closed` now and not before; `reopened`: `closed` before and not now;
 *   `occurred`: status `occurred` now and not before;
 * - `escalated`: strategy `escalate` now and another before (the PMBOK® Guide's response of
 *   passing a risk to a higher level);
 * - `reRated`: in both, on another cell of the matrix (current assessment), each with both
 *   scores and the direction: `up` (higher score), `down` (lower) or `moved` (same score, or
 *   rated on one side only).
 *
 * Both snapshots are rated on the same matrix; a cost is rated against each snapshot's own
 * project budgets. Lists follow the later snapshot's order (`removed`: the earlier's). O(n).
 * The inputs are never mutated.
 *
 * @param before - the earlier snapshot: a portfolio, a risk register or a list of risks
 * @param after - the later snapshot, of the same kinds
 * @param options - `matrix` (default {@link DEFAULT_RISK_MATRIX})
 * @returns the changes; see {@link CompareRiskRegistersResult}
 * @throws {@link PmoError} `INVALID_ARGUMENT` when a snapshot is not a list of valid risks (see
 *   {@link analyzeRisks}) or the matrix is bad
 * @example
 * ```ts
 * const change = compareRiskRegisters(parseRiskRegister(march), parseRiskRegister(april));
 * console.log(change.added, change.closed, change.escalated);
 * for (const r of change.reRated) console.log(r.riskId, r.before.rating, '->', r.after.rating);
 * ```
 */
export function compareRiskRegisters(before: RiskSource, after: RiskSource, options: CompareRiskRegistersOptions = {}): CompareRiskRegistersResult {
  const fn = 'compareRiskRegisters';
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options must be an object, got ${show(options)}`);
  const a = readSource(fn, before, 'before');
  const b = readSource(fn, after, 'after');
  const matrix = options.matrix === undefined ? DEFAULT_RISK_MATRIX : resolveMatrix(options.matrix, `${fn}: options.matrix.`);
  const earlier = new Map(a.risks.map((r, i) => [r.id, { risk: r, projectId: a.projectOf[i]! }]));
  const later = new Set(b.risks.map((r) => r.id));
  const change = { added: [] as string[], removed: [] as string[], closed: [] as string[], reopened: [] as string[], occurred: [] as string[], escalated: [] as string[], reRated: [] as RiskReRating[] };
  b.risks.forEach((r, i) => {
    const old = earlier.get(r.id);
    if (old === undefined) {
      change.added.push(r.id);
      return;
    }
    const was = old.risk;
    if (r.status === 'closed' && was.status !== 'closed') change.closed.push(r.id);
    if (was.status === 'closed' && r.status !== 'closed') change.reopened.push(r.id);
    if (r.status === 'occurred' && was.status !== 'occurred') change.occurred.push(r.id);
    if (r.strategy === 'escalate' && was.strategy !== 'escalate') change.escalated.push(r.id);
    const budgetOf = (budgets: ReadonlyMap<string, number>, projectId: string | null) => (projectId === null ? undefined : budgets.get(projectId));
    const s0 = scoreOf(matrix, was, budgetOf(a.budgets, old.projectId));
    const s1 = scoreOf(matrix, r, budgetOf(b.budgets, b.projectOf[i]!));
    if (s0.probabilityBand === s1.probabilityBand && s0.impactBand === s1.impactBand) return;
    const direction = s0.score !== null && s1.score !== null && s1.score !== s0.score ? (s1.score > s0.score ? 'up' : 'down') : 'moved';
    change.reRated.push({ riskId: r.id, before: s0, after: s1, direction });
  });
  for (const r of a.risks) if (!later.has(r.id)) change.removed.push(r.id);
  return change;
}
