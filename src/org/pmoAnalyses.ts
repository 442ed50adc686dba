import { PmoError } from '../errors.js';
import { ORGANIZATION_STRUCTURES, PMO_FUNCTIONS, PMO_TYPES } from '../model/organization-constants.js';
import type { Organization, OrganizationStructure, PmoFunction, PmoType } from '../model/organization.js';
import { ANALYSES_BY_NAME, PMO_FUNCTION_ANALYSES, type AnalysisInfo, type AnalysisName } from './analyses-catalog.js';
import { arrayOrEmpty, expectObject, expectOneOf, show } from './internal/guards.js';
import { PMO_FUNCTION_INFO } from './pmo-functions.js';
import { pmoResponsibilities } from './pmoResponsibilities.js';
import type { LocalizedText } from './types.js';

/**
 * The analyses that serve one PMO function, in a {@link PmoAnalysesResult}.
 *
 * @example
 * ```ts
 * const f: PmoFunctionAnalyses = pmoAnalyses(org).functions[0]!;
 * f.analyses.map((a) => `${a.functionName} (${a.status})`);
 * ```
 */
export interface PmoFunctionAnalyses {
  /** The PMO function. */
  readonly function: PmoFunction;
  /** Its label, e.g. `{ en: 'Risk management', zh: '风险管理' }`. */
  readonly label: LocalizedText;
  /**
   * `available` when every analysis for the function exists in this version, `planned` when none
   * does yet, `partial` otherwise.
   */
  readonly status: 'available' | 'partial' | 'planned';
  /** The library functions that serve it, most central first, with their status. */
  readonly analyses: readonly AnalysisInfo[];
}

/**
 * The capability map of a PMO: which pmo-kit analyses it should run, per PMO function.
 *
 * @example
 * ```ts
 * const report: PmoAnalysesResult = pmoAnalyses(org);
 * console.log(`${report.available.length} available, ${report.planned.length} planned`);
 * ```
 */
export interface PmoAnalysesResult {
  /** The organization's structure. */
  readonly structure: OrganizationStructure;
  /** The PMO's type; absent when the organization has no PMO. */
  readonly pmoType?: PmoType;
  /**
   * Where the functions come from: `pmo` when taken from `pmo.functions`, `responsibilities`
   * when derived from the structure (and the PMO type, if any) because the organization has no
   * PMO or its PMO lists no functions.
   */
  readonly source: 'pmo' | 'responsibilities';
  /** Each function with its analyses, in the order of `pmo.functions` or of the responsibilities. */
  readonly functions: readonly PmoFunctionAnalyses[];
  /** Every available analysis named above, once, in order of first mention. */
  readonly available: readonly AnalysisName[];
  /** Every planned analysis named above, once, in order of first mention. */
  readonly planned: readonly AnalysisName[];
}

/**
 * Maps what a PMO does to the pmo-kit analyses that support it: for each of the PMO's functions,
 * the library functions from the catalog ({@link PMO_FUNCTION_ANALYSES}, {@link ANALYSES}) with
 * their status, so a PMO sees what it can run today and what is planned.
 *
 * The functions are `organization.pmo.functions` (duplicates dropped) when the PMO lists any;
 * otherwise — no PMO, or an empty list — the {@link pmoResponsibilities} of the organization's
 * structure and, when there is a PMO, its type (which adds the type's distinctive service).
 *
 * @param organization - the organization (not re-validated)
 * @returns a new report
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` when the organization's structure, PMO
 *   type or one of `pmo.functions` is unknown
 * @example
 * ```ts
 * const report = pmoAnalyses({
 *   id: 'acme', name: 'ACME', structure: 'balanced-matrix', units: [], people: [],
 *   pmo: { name: 'EPMO', type: 'controlling', functions: [] },
 * });
 * report.functions.map((f) => f.function);
 * // ['resource-allocation', 'standards-and-best-practices', 'project-integration', 'performance-evaluation', 'governance-and-compliance']
 * ```
 */
export function pmoAnalyses(organization: Organization): PmoAnalysesResult {
  const fn = 'pmoAnalyses';
  expectObject(fn, 'the organization', organization);
  const structure = expectOneOf(fn, 'organization structure', organization.structure, ORGANIZATION_STRUCTURES);
  const pmo = organization.pmo ?? undefined;
  const pmoType = pmo === undefined ? undefined : expectOneOf(fn, 'PMO type', pmo.type, PMO_TYPES);

  const listed: PmoFunction[] = [];
  arrayOrEmpty(pmo?.functions).forEach((f, i) => {
    if (typeof f !== 'string' || !(PMO_FUNCTIONS as readonly string[]).includes(f)) {
      throw new PmoError('INVALID_ARGUMENT', `${fn}: unknown PMO function ${show(f)} at pmo.functions[${i}]`);
    }
    if (!listed.includes(f)) listed.push(f);
  });
  const source = listed.length > 0 ? 'pmo' : 'responsibilities';
  const functions =
    source === 'pmo'
      ? listed
      : (pmoType === undefined ? pmoResponsibilities(structure) : pmoResponsibilities(structure, pmoType)).map((r) => r.function);

  const available: AnalysisName[] = [];
  const planned: AnalysisName[] = [];
  const report = functions.map((f): PmoFunctionAnalyses => {
    const analyses = PMO_FUNCTION_ANALYSES[f].map((name) => {
      const info = ANALYSES_BY_NAME.get(name);
      if (info === undefined) throw new Error(`${fn}: internal error: the catalog has no entry for ${name}`);
      const bucket = info.status === 'available' ? available : planned;
      if (!bucket.includes(name)) bucket.push(name);
      return info;
    });
    const ready = analyses.filter((a) => a.status === 'available').length;
    const status = ready === analyses.length ? 'available' : ready === 0 ? 'planned' : 'partial';
    return { function: f, label: PMO_FUNCTION_INFO[f].label, status, analyses };
  });
  const base = { structure, source, functions: report, available, planned } as const;
  return pmoType === undefined ? base : { ...base, pmoType };
}

/** @deprecated Use {@link PmoAnalysesResult}: the former name. */
export type PmoAnalysesReport = PmoAnalysesResult;
