// The enumerations of the organization model as plain constants, without zod, so that the
// knowledge model (`pmo-kit/org`) uses them without loading or bundling the schemas.
// `organization.ts` builds its schemas from them and re-exports them.

/** The organization structures pmo-kit knows, from most functional to most projectized. */
export const ORGANIZATION_STRUCTURES = [
  'functional',
  'weak-matrix',
  'balanced-matrix',
  'strong-matrix',
  'projectized',
  'composite',
] as const;

/** PMO types by degree of control: supportive (low), controlling (moderate), directive (high). */
export const PMO_TYPES = ['supportive', 'controlling', 'directive'] as const;

/** Roles a person can hold in project governance. */
export const ROLES = [
  'pmo-lead',
  'project-manager',
  'sponsor',
  'functional-manager',
  'resource-manager',
  'team-member',
] as const;

/**
 * The functions a PMO can offer. The first twelve are the responsibilities the source article
 * lists per structure (functional: methods-and-standards … performance-monitoring; matrix:
 * resource-allocation … performance-evaluation; projectized: methodology … risk-management); the
 * last three are the services that distinguish the PMO types (templates and tools for supportive
 * PMOs, governance and compliance for controlling PMOs, direct project management for directive
 * PMOs).
 */
export const PMO_FUNCTIONS = [
  'methods-and-standards',
  'training-and-support',
  'resource-management',
  'performance-monitoring',
  'resource-allocation',
  'standards-and-best-practices',
  'project-integration',
  'performance-evaluation',
  'methodology',
  'project-selection',
  'lessons-learned',
  'risk-management',
  'templates-and-tools',
  'governance-and-compliance',
  'direct-project-management',
] as const;

/** Governance actions whose authority {@link checkAuthority} decides. */
export const AUTHORITY_ACTIONS = [
  'reassign-shared-resource',
  'assign-project-resources',
  'approve-project-budget',
  'change-project-scope',
  'approve-schedule-change',
  'select-project',
  'cancel-project',
  'set-standards',
  'require-compliance',
  'audit-project',
  'manage-project-directly',
  'accept-risk',
] as const;

/** Kinds of organizational unit. */
export const UNIT_KINDS = ['executive', 'functional', 'project', 'pmo', 'other'] as const;

/** Authority levels, from a PMO that advises to one that decides. */
export const AUTHORITY_LEVELS = ['low', 'moderate', 'high'] as const;
