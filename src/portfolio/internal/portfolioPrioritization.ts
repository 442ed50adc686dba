/** The prioritization problem of a portfolio. Private to pmo-kit. */
import { PmoError } from '../../errors.js';
import { q } from '../../internal/show.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { Criterion, PrioritizationProblem } from '../../model/prioritization.js';
import type { PrioritizeProjectsOptions } from '../prioritizationTypes.js';

/** Project fields a `score` criterion of a portfolio can name. */
const FIELDS = ['expectedValue', 'priority', 'budget'] as const;
type Field = (typeof FIELDS)[number];

/**
 * The projects of a portfolio (all but completed and cancelled ones) as a prioritization problem.
 * Default criteria, equal weights, each only when every project has what it needs: alignment
 * (objectives), expectedValue, priority, budget (a cost), npv (discountRate and cashFlows).
 */
export function portfolioPrioritization(fn: string, portfolio: Portfolio, options: PrioritizeProjectsOptions | undefined): PrioritizationProblem {
  const projects = portfolio.projects.filter((p) => p.status !== 'completed' && p.status !== 'cancelled');
  const objectives = portfolio.objectives ?? [];
  const rate = portfolio.discountRate;
  let criteria: readonly Criterion[];
  if (options?.criteria !== undefined) criteria = options.criteria;
  else {
    const all = (f: (p: (typeof projects)[number]) => unknown) => projects.length > 0 && projects.every((p) => f(p) !== undefined);
    const list: Criterion[] = [];
    if (objectives.length > 0) list.push({ id: 'alignment', measure: 'alignment', weight: 1 });
    if (all((p) => p.expectedValue)) list.push({ id: 'expectedValue', weight: 1 });
    if (all((p) => p.priority)) list.push({ id: 'priority', weight: 1 });
    if (all((p) => p.budget)) list.push({ id: 'budget', direction: 'cost', weight: 1 });
    if (rate !== undefined && all((p) => p.cashFlows)) list.push({ id: 'npv', measure: 'npv', weight: 1 });
    if (list.length === 0)
      throw new PmoError('INVALID_ARGUMENT', `${fn}: no criterion applies to every project (objectives, expectedValue, priority, budget, or cashFlows with a discountRate); give options.criteria`);
    criteria = list;
  }
  for (const c of criteria)
    if ((c.measure ?? 'score') === 'score' && !(FIELDS as readonly string[]).includes(c.id))
      throw new PmoError('INVALID_ARGUMENT', `${fn}: a score criterion of a portfolio names a project field (${FIELDS.join(', ')}), got ${q(c.id)}`);
  const pairwise = options?.pairwise;
  return {
    criteria: pairwise !== undefined ? criteria.map(({ weight: _w, ...c }) => c) : [...criteria],
    ...(pairwise !== undefined ? { pairwise: pairwise.map((row) => [...row]) } : {}),
    ...(objectives.length > 0 ? { objectives } : {}),
    ...(rate !== undefined ? { discountRate: rate } : {}),
    projects: projects.map((p) => {
      const scores = new Map<string, number>();
      for (const c of criteria) {
        if ((c.measure ?? 'score') !== 'score') continue;
        const v = p[c.id as Field];
        if (v !== undefined) scores.set(c.id, v);
      }
      return {
        id: p.id,
        name: p.name,
        scores: Object.fromEntries(scores),
        ...(p.contributions !== undefined ? { contributions: p.contributions } : {}),
        ...(p.cashFlows !== undefined ? { cashFlows: p.cashFlows } : {}),
      };
    }),
  };
}
