import { ORGANIZATION_STRUCTURES } from '../model/organization-constants.js';
import type { OrganizationStructure } from '../model/organization.js';
import { expectOneOf } from './internal/guards.js';
import { STRUCTURE_PROFILES, type StructureProfile } from './structures.js';

/**
 * Describes an organization structure: its label and description, the project characteristics
 * in it (PMBOK: project manager's authority, resource availability, who controls the budget,
 * project manager's role, administrative staff), and the PMO's role, responsibilities and goal
 * there (from the source article).
 *
 * The PMO's responsibilities are the article's four for each family: functional — methods and
 * standards, training and support, resource management, performance monitoring; weak, balanced
 * and strong matrix — resource allocation, standards and best practices, project integration,
 * performance evaluation; projectized — methodology, project selection and management, lessons
 * learned, risk management. A composite organization gets all twelve (functional, matrix, then
 * projectized), since each of its parts needs the PMO of its own structure.
 *
 * @param structure - one of `functional`, `weak-matrix`, `balanced-matrix`, `strong-matrix`,
 *   `projectized`, `composite`
 * @returns the structure's profile (shared, deeply frozen data)
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` when `structure` is not a known structure
 * @example
 * ```ts
 * const s = describeStructure('weak-matrix');
 * s.label.zh; // '弱矩阵型组织'
 * s.characteristics.budgetControl.value; // 'functional-manager'
 * s.responsibilities; // ['resource-allocation', 'standards-and-best-practices', 'project-integration', 'performance-evaluation']
 * ```
 */
export function describeStructure(structure: OrganizationStructure): StructureProfile {
  const s = expectOneOf('describeStructure', 'organization structure', structure, ORGANIZATION_STRUCTURES);
  return STRUCTURE_PROFILES[s];
}
