import { PmoError } from '../errors.js';
import { ORGANIZATION_STRUCTURES, PMO_TYPES } from '../model/organization-constants.js';
import type { MaturityAssessment } from '../model/maturity.js';
import type { OrganizationStructure, PmoType } from '../model/organization.js';
import { readOptions } from '../internal/options.js';
import { expectObject, expectOneOf, show } from './internal/guards.js';
import { readAssessment, readLevel } from './internal/maturity-input.js';
import { capabilityOrder, recommend } from './internal/maturity-recommendations.js';
import { functionView, perspectiveView } from './internal/maturity-views.js';
import type { AssessMaturityOptions, AssessMaturityResult } from './maturityTypes.js';

/**
 * Assesses a PMO's maturity in the two views the literature separates, and recommends the next
 * capabilities to build, each with the pmo-kit analyses that support it.
 *
 * - **Per PMO function** (the PMO Maturity Cube of Pinto, Cota and Levin, PMI 2010): the
 *   stakeholders mark which functions of the service catalog ({@link PMO_SERVICE_CATALOG}: Hobbs
 *   and Aubry's functions, grouped by Gerald Hill's five areas) they need and how important each
 *   is (1–5, default 3); the PMO rates its delivery of each (1–5), which is the function's level.
 *   The PMO's maturity is the importance-weighted mean level over the **needed** functions only:
 *   a function marked unneeded, however well delivered, never changes it.
 * - **Per perspective** (after P3M3's seven perspectives and five levels): each statement of
 *   {@link MATURITY_QUESTIONS} is answered true, false or with the share in which it holds; a
 *   perspective reaches level L (2–5) when the mean answer of level L's statements, and of every
 *   level below, is at least `levelThreshold` (0.75); otherwise it stays at 1 (awareness). The
 *   overall level is the lowest perspective's; an unanswered statement counts as not holding.
 * - **Gaps** to the target (`options.target`, else the assessment's `target`, else 3; per function
 *   and per perspective targets override it).
 * - **Recommendations**: every needed function and perspective below its target, ordered through
 *   the capability map ({@link pmoAnalyses}) of the organization's structure and PMO type: first
 *   those that build the PMO's responsibilities in that structure (in their order) and its type's
 *   distinctive service, then its type's other typical functions, then the rest; within a rank by
 *   gap × importance. Each lists the analyses of {@link PMO_FUNCTION_ANALYSES} for its functions
 *   and the statements of the next level that do not hold yet.
 *
 * Every label, reason and next step is in English and Chinese. docs/scoring.md has the method and
 * the sources. O(catalog + questions); the input is never mutated.
 *
 * @param assessment - a maturity assessment (`parseMaturityAssessment`, or a portfolio's `maturityAssessment`)
 * @param options - `organization` (its structure and PMO type order the recommendations), `target`,
 *   `levelThreshold` (0.75), `maxRecommendations` (5)
 * @returns both views, the gaps and the recommendations
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a malformed assessment (naming the field), an
 *   unknown structure or PMO type, or bad options
 * @example
 * ```ts
 * const r = assessMaturity(portfolio.maturityAssessment!, { organization: portfolio.organization! });
 * r.functions.level;          // importance-weighted over the needed functions
 * r.perspectives.level;       // the lowest perspective's level
 * for (const x of r.recommendations) console.log(x.rank, x.label.zh, x.analyses.map((a) => a.functionName).join(', '));
 * ```
 */
export function assessMaturity(assessment: MaturityAssessment, options?: AssessMaturityOptions): AssessMaturityResult {
  const fn = 'assessMaturity';
  const o = readOptions(fn, options) as AssessMaturityOptions;
  const a = readAssessment(fn, assessment);
  const target = readLevel(fn, 'options.target', o.target) ?? a.target ?? 3;
  const threshold = o.levelThreshold ?? 0.75;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.levelThreshold must be a number in (0, 1], got ${show(threshold)}`);
  const max = o.maxRecommendations ?? 5;
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 0)
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.maxRecommendations must be an integer >= 0, got ${show(max)}`);

  let structure: OrganizationStructure | null = null;
  let pmoType: PmoType | null = null;
  if (o.organization !== undefined) {
    expectObject(fn, 'options.organization', o.organization);
    structure = expectOneOf(fn, 'organization structure', o.organization.structure, ORGANIZATION_STRUCTURES);
    const pmo = o.organization.pmo;
    pmoType = pmo === undefined || pmo === null ? null : expectOneOf(fn, 'PMO type', (pmo as { type?: unknown }).type, PMO_TYPES);
  } else {
    if (a.structure !== undefined) structure = expectOneOf(fn, 'organization structure', a.structure, ORGANIZATION_STRUCTURES);
    if (a.pmoType !== undefined) pmoType = expectOneOf(fn, 'PMO type', a.pmoType, PMO_TYPES);
  }

  const functions = functionView(a, target);
  const perspectives = perspectiveView(a, target, threshold);
  return {
    assessmentDate: a.date,
    structure,
    pmoType,
    target,
    functions,
    perspectives,
    recommendations: recommend(functions, perspectives, capabilityOrder(structure, pmoType), max),
  };
}
