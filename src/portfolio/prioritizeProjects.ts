import { PmoError } from '../errors.js';
import { isObject } from '../internal/guards.js';
import { show } from '../internal/show.js';
import type { Portfolio } from '../model/portfolio.js';
import type { Criterion, PrioritizationProblem } from '../model/prioritization.js';
import { safeParsePrioritizationProblem } from '../model/parse-optimization.js';
import { maxOf, minOf } from '../internal/bulk.js';
import { ahpWeights, type AhpWeightsResult } from './ahpWeights.js';
import { discountedPayback } from './discountedPayback.js';
import { alignmentScores, unservedObjectives } from './internal/alignment.js';
import { clean } from './internal/numbers.js';
import { portfolioPrioritization } from './internal/portfolioPrioritization.js';
import { isPortfolio, validPortfolio } from './internal/isPortfolio.js';
import { irr } from './irr.js';
import { npv } from './npv.js';
import type { PrioritizeProjectsResult, PrioritizeProjectsOptions, PrioritizedProject } from './prioritizationTypes.js';

/**
 * Prioritization of projects by a weighted scoring model, with the contribution of each
 * criterion, ranks, and the decision-analysis measures a PMO needs:
 *
 * - **Criteria**: a score given per project, or a computed measure: strategic `alignment` (to the
 *   weighted objectives), `npv`, `irr` or `discountedPayback` from the project's cash flows.
 * - **Normalization**: min–max over the projects, so that the best project gets 1 and the worst 0
 *   on each criterion (`cost` criteria reversed: less is better; all equal: 1); a missing IRR or a
 *   payback never reached counts as the worst (0).
 * - **Weights**: given per criterion and normalized to sum to 1, or derived by AHP from a pairwise
 *   comparison matrix (principal eigenvector; consistency ratio with Saaty's random indices, a CR
 *   above 0.1 reported as inconsistent). See {@link ahpWeights}.
 * - **Score** = Σ weight × normalized value, in [0, 1]; ranks by score (ties share a rank).
 * - **From a portfolio**: every project except completed and cancelled ones; default criteria:
 *   equal weights over what every such project has among alignment, expectedValue, priority,
 *   budget (a cost) and NPV (with the portfolio's discountRate and the projects' cashFlows).
 *
 * Synchronous, deterministic. Complexity O(projects × criteria + n³ AHP iterations).
 *
 * @param input - a prioritization problem (the `pmo prioritize` file format, validated here) or a parsed portfolio; never mutated
 * @param options - portfolios only: `criteria` and `pairwise`
 * @returns the ranking with contributions, the weights, the AHP consistency and the unserved objectives
 * @throws {@link PmoValidationError} for an invalid problem; {@link PmoError} `INVALID_ARGUMENT`
 *   for bad options or a portfolio without any criterion
 * @example
 * ```ts
 * const r = prioritizeProjects({
 *   criteria: [{ id: 'value' }, { id: 'risk', direction: 'cost' }],
 *   pairwise: [[1, 3], [1 / 3, 1]],
 *   projects: [
 *     { id: 'crm', scores: { value: 8, risk: 6 } },
 *     { id: 'ocr', scores: { value: 5, risk: 2 } },
 *   ],
 * });
 * r.weights; // { value: 0.75, risk: 0.25 }
 * r.ranking.map((p) => `${p.rank}. ${p.projectId} ${p.score}`); // ['1. crm 0.75', '2. ocr 0.25']
 * ```
 */
export function prioritizeProjects(input: PrioritizationProblem | Portfolio, options?: PrioritizeProjectsOptions): PrioritizeProjectsResult {
  const fn = 'prioritizeProjects';
  let raw: unknown = input;
  if (isPortfolio(input, ['criteria', 'pairwise']))
    raw = portfolioPrioritization(fn, validPortfolio(input), options);
  else if (options !== undefined && (options.criteria !== undefined || options.pairwise !== undefined))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.criteria and options.pairwise apply to portfolios only (a prioritization problem states them)`);
  else if (options !== undefined && !isObject(options)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options must be an object, got ${show(options)}`);
  const r = safeParsePrioritizationProblem(raw);
  if (!r.success) throw r.error;
  return prioritize(r.data);
}

function prioritize(problem: PrioritizationProblem): PrioritizeProjectsResult {
  const criteria = problem.criteria;
  const projects = problem.projects;
  let ahp: AhpWeightsResult | undefined;
  let weights: number[];
  if (problem.pairwise !== undefined) {
    ahp = ahpWeights(problem.pairwise);
    weights = [...ahp.weights];
  } else {
    const total = criteria.reduce((s, c) => s + (c.weight ?? 0), 0);
    if (!(total > 0)) throw new PmoError('INVALID_ARGUMENT', 'prioritizeProjects: the criteria weights sum to 0');
    weights = criteria.map((c) => (c.weight ?? 0) / total);
  }
  const objectives = problem.objectives ?? [];
  const alignment = objectives.length > 0 ? alignmentScores(objectives, projects) : undefined;
  const rate = problem.discountRate;
  const finance = projects.map((p) =>
    p.cashFlows === undefined
      ? undefined
      : {
          irr: irr(p.cashFlows),
          ...(rate !== undefined ? { npv: npv(rate, p.cashFlows), discountedPayback: discountedPayback(rate, p.cashFlows) } : {}),
        },
  );
  const valueOf = (c: Criterion, j: number): number | null => {
    switch (c.measure ?? 'score') {
      case 'score':
        return projects[j]!.scores![c.id]!;
      case 'alignment':
        return alignment![j]!;
      case 'npv':
        return finance[j]!.npv!;
      case 'irr':
        return finance[j]!.irr;
      case 'discountedPayback':
        return finance[j]!.discountedPayback ?? null;
    }
  };
  const values = criteria.map((c) => projects.map((_, j) => valueOf(c, j)));
  const normalized = criteria.map((c, i) => {
    const direction = c.direction ?? (c.measure === 'discountedPayback' ? 'cost' : 'benefit');
    const known = values[i]!.filter((v): v is number => v !== null);
    const min = minOf(known);
    const max = maxOf(known);
    return values[i]!.map((v) => {
      if (v === null) return 0;
      if (!(max > min)) return 1;
      return direction === 'benefit' ? (v - min) / (max - min) : (max - v) / (max - min);
    });
  });
  const scored = projects.map((p, j) => {
    let score = 0;
    const contributions: [string, number][] = [];
    criteria.forEach((c, i) => {
      const part = weights[i]! * normalized[i]![j]!;
      score += part;
      contributions.push([c.id, clean(part)]);
    });
    const f = finance[j];
    return {
      j,
      score,
      entry: {
        projectId: p.id,
        score: clean(score),
        contributions: Object.fromEntries(contributions),
        normalized: Object.fromEntries(criteria.map((c, i) => [c.id, clean(normalized[i]![j]!)])),
        values: Object.fromEntries(criteria.map((c, i) => [c.id, values[i]![j] === null ? null : clean(values[i]![j]!)])),
        ...(alignment !== undefined ? { alignment: clean(alignment[j]!) } : {}),
        ...(f?.npv !== undefined ? { npv: clean(f.npv) } : {}),
        ...(f !== undefined ? { irr: f.irr === null ? null : clean(f.irr) } : {}),
        ...(f?.discountedPayback !== undefined ? { discountedPayback: f.discountedPayback === null ? null : clean(f.discountedPayback) } : {}),
      },
    };
  });
  scored.sort((a, b) => b.score - a.score || a.j - b.j);
  const ranking: PrioritizedProject[] = [];
  scored.forEach((s, k) => {
    const prev = scored[k - 1];
    const rank = prev !== undefined && Math.abs(prev.score - s.score) <= 1e-12 ? ranking[k - 1]!.rank : k + 1;
    ranking.push({ rank, ...s.entry });
  });
  return {
    method: ahp !== undefined ? 'ahp' : 'weighted',
    weights: Object.fromEntries(criteria.map((c, i) => [c.id, clean(weights[i]!)])),
    ...(ahp !== undefined ? { ahp } : {}),
    ranking,
    ...(objectives.length > 0 ? { unservedObjectives: unservedObjectives(objectives, projects) } : {}),
  };
}
