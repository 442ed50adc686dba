import { PMO_TYPES } from '../model/organization-constants.js';
import type { PmoType } from '../model/organization.js';
import { expectOneOf } from './internal/guards.js';
import { PMO_TYPE_PROFILES, type PmoTypeProfile } from './pmo-types.js';

/**
 * Describes a PMO type after the PMBOK Guide: supportive (支持型, low control: templates, best
 * practices, training, lessons learned), controlling (控制型, moderate control: requires
 * compliance with frameworks, methodologies, templates, tools and governance) or directive
 * (指令型, high control: manages projects directly). The profile lists the type's typical
 * functions and the authority actions it has by default.
 *
 * @param type - `supportive`, `controlling` or `directive`
 * @returns the type's profile (shared, deeply frozen data)
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` when `type` is not a known PMO type
 * @example
 * ```ts
 * const t = describePmoType('controlling');
 * t.controlLevel; // 'moderate'
 * t.defaultAuthority; // ['set-standards', 'require-compliance', 'audit-project']
 * ```
 */
export function describePmoType(type: PmoType): PmoTypeProfile {
  return PMO_TYPE_PROFILES[expectOneOf('describePmoType', 'PMO type', type, PMO_TYPES)];
}
