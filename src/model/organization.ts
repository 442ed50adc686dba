import { z } from 'zod';
import {
  ORGANIZATION_STRUCTURES,
  PMO_TYPES,
  ROLES,
  PMO_FUNCTIONS,
  AUTHORITY_ACTIONS,
  UNIT_KINDS,
  AUTHORITY_LEVELS,
} from './organization-constants.js';
import { ExtensionsSchema, IdSchema } from './primitives.js';

export {
  ORGANIZATION_STRUCTURES,
  PMO_TYPES,
  ROLES,
  PMO_FUNCTIONS,
  AUTHORITY_ACTIONS,
  UNIT_KINDS,
  AUTHORITY_LEVELS,
} from './organization-constants.js';

/** How an organization is structured (functional, matrix variants, projectized or composite). */
export const OrganizationStructureSchema = z.enum(ORGANIZATION_STRUCTURES).meta({
  description: 'Organization structure: functional, weak/balanced/strong matrix, projectized or composite.',
});
/** How an organization is structured. */
export type OrganizationStructure = z.infer<typeof OrganizationStructureSchema>;

/** The type of a PMO. */
export const PmoTypeSchema = z.enum(PMO_TYPES).meta({ description: 'PMO type by degree of control.' });
/** The type of a PMO. */
export type PmoType = z.infer<typeof PmoTypeSchema>;

/** A governance role. */
export const RoleSchema = z.enum(ROLES).meta({ description: 'A role in project governance.' });
/** A governance role. */
export type Role = z.infer<typeof RoleSchema>;

/** A function a PMO offers. */
export const PmoFunctionSchema = z.enum(PMO_FUNCTIONS).meta({ description: 'A function a PMO offers.' });
/** A function a PMO offers. */
export type PmoFunction = z.infer<typeof PmoFunctionSchema>;

/** A governance action. */
export const AuthorityActionSchema = z.enum(AUTHORITY_ACTIONS).meta({ description: 'A governance action.' });
/** A governance action. */
export type AuthorityAction = z.infer<typeof AuthorityActionSchema>;


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
