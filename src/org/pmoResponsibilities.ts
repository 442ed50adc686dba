import { ORGANIZATION_STRUCTURES, PMO_TYPES } from '../model/organization-constants.js';
import type { OrganizationStructure, PmoFunction, PmoType } from '../model/organization.js';
import { expectOneOf } from './internal/guards.js';
import { PMO_FUNCTION_INFO } from './pmo-functions.js';
import { PMO_FUNCTION_PRACTICES } from './pmo-function-practices.js';
import { PMO_TYPE_PROFILES } from './pmo-types.js';
import { STRUCTURE_PROFILES } from './structures.js';
import type { LocalizedText } from './types.js';

/**
 * One responsibility of a PMO, as listed by {@link pmoResponsibilities}.
 *
 * @example
 * ```ts
 * const r: PmoResponsibility = pmoResponsibilities('balanced-matrix', 'supportive')[0]!;
 * r.function; // 'resource-allocation'
 * ```
 */
export interface PmoResponsibility {
  /** The PMO function. */
  readonly function: PmoFunction;
  /** Its label, e.g. `{ en: 'Resource allocation', zh: '资源分配' }`. */
  readonly label: LocalizedText;
  /** What the function is. */
  readonly description: LocalizedText;
  /**
   * Why the PMO has it: `structure` for the responsibilities of the organization structure,
   * `type` for the distinctive service of the PMO type.
   */
  readonly source: 'structure' | 'type';
  /** How a PMO of the given type carries the function out; present only when a type was given. */
  readonly practice?: LocalizedText;
}

/**
 * Lists what a PMO is responsible for in an organization structure, and, when a PMO type is
 * given, how that type carries out each responsibility.
 *
 * The list holds, in order: the structure's responsibilities from the source article (see
 * {@link describeStructure}; a composite organization has all twelve), then, when `pmoType` is
 * given, the type's distinctive service (`templates-and-tools` for supportive,
 * `governance-and-compliance` for controlling, `direct-project-management` for directive). With
 * a type, each entry has a `practice`: a supportive PMO advises (e.g. on resource allocation),
 * a controlling one enforces a process (e.g. the allocation process), a directive one decides
 * (e.g. the allocations).
 *
 * @param structure - the organization structure
 * @param pmoType - the PMO type; omit it to get the structure's responsibilities alone
 * @returns a new array of new objects, never empty (4 entries, 12 for `composite`, plus one with a type)
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` for an unknown structure or PMO type
 * @example
 * ```ts
 * for (const r of pmoResponsibilities('functional', 'controlling')) {
 *   console.log(r.label.zh, '—', r.practice?.zh);
 * }
 * ```
 */
export function pmoResponsibilities(structure: OrganizationStructure, pmoType?: PmoType): PmoResponsibility[] {
  const s = expectOneOf('pmoResponsibilities', 'organization structure', structure, ORGANIZATION_STRUCTURES);
  const type = pmoType === undefined ? undefined : expectOneOf('pmoResponsibilities', 'PMO type', pmoType, PMO_TYPES);
  const entry = (fn: PmoFunction, source: 'structure' | 'type'): PmoResponsibility => {
    const info = PMO_FUNCTION_INFO[fn];
    const base = { function: fn, label: info.label, description: info.description, source };
    return type === undefined ? base : { ...base, practice: PMO_FUNCTION_PRACTICES[fn][type] };
  };
  const list = STRUCTURE_PROFILES[s].responsibilities.map((fn) => entry(fn, 'structure'));
  if (type !== undefined) {
    const distinctive = PMO_TYPE_PROFILES[type].distinctiveFunction;
    if (!list.some((r) => r.function === distinctive)) list.push(entry(distinctive, 'type'));
  }
  return list;
}
