import { z } from 'zod';
import { ExtensionsSchema, IdSchema } from './primitives.js';

/** The organization structures pmo-kit knows, from most functional to most projectized. */
export const ORGANIZATION_STRUCTURES = [
  'functional',
  'weak-matrix',
  'balanced-matrix',
  'strong-matrix',
  'projectized',
  'composite',
] as const;

/** How an organization is structured (functional, matrix variants, projectized or composite). */
export const OrganizationStructureSchema = z.enum(ORGANIZATION_STRUCTURES).meta({
  description: 'Organization structure: functional, weak/balanced/strong matrix, projectized or composite.',
});
/** How an organization is structured. */
export type OrganizationStructure = z.infer<typeof OrganizationStructureSchema>;

/** PMO types by degree of control: supportive (low), controlling (moderate), directive (high). */
export const PMO_TYPES = ['supportive', 'controlling', 'directive'] as const;
/** The type of a PMO. */
export const PmoTypeSchema = z.enum(PMO_TYPES).meta({ description: 'PMO type by degree of control.' });
/** The type of a PMO. */
export type PmoType = z.infer<typeof PmoTypeSchema>;

/** Roles a person can hold in project governance. */
export const ROLES = [
  'pmo-lead',
  'project-manager',
  'sponsor',
  'functional-manager',
  'resource-manager',
  'team-member',
] as const;
/** A governance role. */
export const RoleSchema = z.enum(ROLES).meta({ description: 'A role in project governance.' });
/** A governance role. */
export type Role = z.infer<typeof RoleSchema>;

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
/** A function a PMO offers. */
export const PmoFunctionSchema = z.enum(PMO_FUNCTIONS).meta({ description: 'A function a PMO offers.' });
/** A function a PMO offers. */
export type PmoFunction = z.infer<typeof PmoFunctionSchema>;

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
/** A governance action. */
export const AuthorityActionSchema = z.enum(AUTHORITY_ACTIONS).meta({ description: 'A governance action.' });
/** A governance action. */
export type AuthorityAction = z.infer<typeof AuthorityActionSchema>;

/** Kinds of organizational unit. */
export const UNIT_KINDS = ['executive', 'functional', 'project', 'pmo', 'other'] as const;

/** A department, project team, PMO or other unit of an organization. */
export const OrgUnitSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  kind: z.enum(UNIT_KINDS).default('functional'),
  parentId: IdSchema.optional(),
  managerId: IdSchema.optional().meta({ description: 'Person id of the unit manager.' }),
  extensions: ExtensionsSchema.optional(),
});
/** A department, project team, PMO or other unit of an organization. */
export type OrgUnit = z.infer<typeof OrgUnitSchema>;

/** A person in the organization, with the governance roles they hold. */
export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  unitId: IdSchema.optional(),
  roles: z.array(RoleSchema).default([]),
  resourceId: IdSchema.optional().meta({ description: 'Id of the resource this person is in a resource pool.' }),
  email: z.string().optional(),
  grants: z
    .array(AuthorityActionSchema)
    .optional()
    .meta({ description: 'Actions this person is explicitly authorized to take, beyond what the roles give.' }),
  extensions: ExtensionsSchema.optional(),
});
/** A person in the organization. */
export type Person = z.infer<typeof PersonSchema>;

/** Authority levels, from a PMO that advises to one that decides. */
export const AUTHORITY_LEVELS = ['low', 'moderate', 'high'] as const;

/** What a PMO may decide. */
export const PmoAuthoritySchema = z.strictObject({
  level: z
    .enum(AUTHORITY_LEVELS)
    .optional()
    .meta({ description: 'Degree of control; defaults from the PMO type (supportive low, controlling moderate, directive high).' }),
  grants: z.array(AuthorityActionSchema).optional().meta({ description: 'Actions granted to the PMO beyond its type.' }),
  denies: z.array(AuthorityActionSchema).optional().meta({ description: 'Actions withheld from the PMO despite its type.' }),
});
/** What a PMO may decide. */
export type PmoAuthority = z.infer<typeof PmoAuthoritySchema>;

/** The organization's Project Management Office. */
export const PmoSchema = z.strictObject({
  id: IdSchema.optional(),
  name: z.string(),
  type: PmoTypeSchema,
  functions: z.array(PmoFunctionSchema).default([]).meta({ description: 'The functions this PMO offers.' }),
  authority: PmoAuthoritySchema.optional(),
  leadId: IdSchema.optional().meta({ description: 'Person id of the PMO lead.' }),
  unitId: IdSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** The organization's Project Management Office. */
export type Pmo = z.infer<typeof PmoSchema>;

/** An organization: its structure, units, people and optional PMO. */
export const OrganizationSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  structure: OrganizationStructureSchema,
  units: z.array(OrgUnitSchema).default([]),
  people: z.array(PersonSchema).default([]),
  pmo: PmoSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** An organization: its structure, units, people and optional PMO. */
export type Organization = z.infer<typeof OrganizationSchema>;
