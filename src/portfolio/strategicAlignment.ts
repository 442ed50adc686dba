import { PmoError } from '../errors.js';
import { isObject } from '../internal/guards.js';
import { show } from '../internal/show.js';
import type { Portfolio } from '../model/portfolio.js';
import { StrategicObjectiveSchema, type StrategicObjective } from '../model/strategy.js';
import { alignmentScores, unservedObjectives, type Contributor } from './internal/alignment.js';
import { clean } from './internal/numbers.js';

/** Objectives and the items that contribute to them (projects, candidates). */
export interface AlignmentInput {
  readonly objectives: readonly StrategicObjective[];
  readonly projects: readonly { readonly id: string; readonly contributions?: Readonly<Record<string, number>> | undefined }[];
}

/** The result of {@link strategicAlignment}. */
export interface AlignmentReport {
  /** Objective weights, normalized to sum to 1. */
  readonly weights: Readonly<Record<string, number>>;
  /** Alignment score of each project: Σ weight × contribution. */
  readonly scores: Readonly<Record<string, number>>;
  /** For each objective, the projects (of `selected`, else all) that contribute to it, in input order. */
  readonly servedBy: Readonly<Record<string, readonly string[]>>;
  /** The objectives that no project (of `selected`, else all) serves. */
  readonly unserved: readonly string[];
}

/**
 * Strategic alignment ("strategy decoding"): how well each project serves the portfolio's
 * weighted strategic objectives, and which objectives no project serves.
 *
 * The score of a project is Σ_o w_o × contribution_o with the weights normalized to sum to 1 (a
 * project contributing c to every objective scores c); an objective is served by the projects
 * contributing more than 0 to it. With `selected`, service is judged on those projects only
 * (e.g. the answer of {@link selectProjects}). Complexity O(projects × objectives).
 *
 * @param input - a parsed portfolio (its `objectives` and its projects' `contributions`), or `{ objectives, projects }`
 * @param options - `selected`: ids of the projects whose service counts (default: all)
 * @returns weights, scores, the projects serving each objective and the unserved objectives
 * @throws {@link PmoError} `INVALID_ARGUMENT` for malformed objectives or an unknown selected id
 * @example
 * ```ts
 * const r = strategicAlignment({
 *   objectives: [{ id: 'growth', weight: 2 }, { id: 'cost', weight: 1 }],
 *   projects: [{ id: 'crm', contributions: { growth: 3 } }, { id: 'ocr', contributions: { cost: 2 } }],
 * }, { selected: ['crm'] });
 * r.scores; // { crm: 2, ocr: 0.667 }
 * r.unserved; // ['cost']
 * ```
 */
export function strategicAlignment(input: Portfolio | AlignmentInput, options?: { readonly selected?: readonly string[] }): AlignmentReport {
  const fn = 'strategicAlignment';
  if (!isObject(input) || !Array.isArray(input.projects)) throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a portfolio or { objectives, projects }, got ${show(input)}`);
  const objectives = ((input as { objectives?: unknown }).objectives ?? []) as unknown[];
  if (!Array.isArray(objectives)) throw new PmoError('INVALID_ARGUMENT', `${fn}: objectives must be an array`);
  objectives.forEach((o, i) => {
    const r = StrategicObjectiveSchema.safeParse(o);
    if (!r.success) throw new PmoError('INVALID_ARGUMENT', `${fn}: objective [${i}] is malformed: ${r.error.issues[0]?.message ?? ''}`);
  });
  const objs = objectives as StrategicObjective[];
  const projects = input.projects as readonly Contributor[];
  projects.forEach((p: unknown, i) => {
    if (!isObject(p) || typeof p.id !== 'string') throw new PmoError('INVALID_ARGUMENT', `${fn}: project [${i}] needs a string id, got ${show(p)}`);
    const c = p.contributions;
    if (c === undefined) return;
    if (!isObject(c)) throw new PmoError('INVALID_ARGUMENT', `${fn}: contributions of project ${JSON.stringify(p.id)} must be an object, got ${show(c)}`);
    for (const [k, v] of Object.entries(c))
      if (!(typeof v === 'number' && Number.isFinite(v) && v >= 0))
        throw new PmoError('INVALID_ARGUMENT', `${fn}: contribution of project ${JSON.stringify(p.id)} to ${JSON.stringify(k)} must be a number >= 0, got ${show(v)}`);
  });
  const selectedIds = options?.selected;
  const known = new Set(projects.map((p) => p.id));
  for (const id of selectedIds ?? []) if (!known.has(id)) throw new PmoError('INVALID_ARGUMENT', `${fn}: selected project ${JSON.stringify(id)} is not among the projects`);
  const chosen = selectedIds === undefined ? projects : projects.filter((p) => selectedIds.includes(p.id));
  const scores = alignmentScores(objs, projects);
  const total = objs.reduce((s, o) => s + (o.weight ?? 1), 0);
  return {
    weights: Object.fromEntries(objs.map((o) => [o.id, clean((o.weight ?? 1) / total)])),
    scores: Object.fromEntries(projects.map((p, j) => [p.id, clean(scores[j]!)])),
    servedBy: Object.fromEntries(
      objs.map((o) => [o.id, chosen.filter((p) => p.contributions !== undefined && Object.hasOwn(p.contributions, o.id) && p.contributions[o.id]! > 0).map((p) => p.id)]),
    ),
    unserved: unservedObjectives(objs, chosen),
  };
}
