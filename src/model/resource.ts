import { z } from 'zod';
import { ExtensionsSchema, IdSchema, NonNegativeSchema, safeRecord } from './primitives.js';

/** A skill level: a finite number >= 0 (the scale is the organization's; 1–5 is common). */
export const SkillLevelSchema = NonNegativeSchema.meta({ description: 'Skill level (>= 0).' });

/** A shared resource: a person, a team or a piece of equipment. */
export const ResourceSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  skills: safeRecord(SkillLevelSchema, 'Skill name -> level.').optional(),
  capacity: NonNegativeSchema.meta({ description: 'Units available per working day (1 = one full-time person).' }),
  calendarId: IdSchema.optional(),
  costPerHour: NonNegativeSchema.optional(),
  poolId: IdSchema.optional().meta({ description: 'The pool this resource belongs to.' }),
  unitId: IdSchema.optional().meta({ description: 'Organizational unit (department) the resource belongs to.' }),
  personId: IdSchema.optional().meta({ description: 'The person in the organization this resource is.' }),
  extensions: ExtensionsSchema.optional(),
});
/** A shared resource. */
export type Resource = z.infer<typeof ResourceSchema>;

/** A named pool of resources shared across projects. */
export const ResourcePoolSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  resourceIds: z.array(IdSchema).default([]),
  managerId: IdSchema.optional().meta({ description: 'Person id of the resource manager.' }),
  extensions: ExtensionsSchema.optional(),
});
/** A named pool of resources shared across projects. */
export type ResourcePool = z.infer<typeof ResourcePoolSchema>;
