import { z } from 'zod';
import { FiniteSchema, IdSchema, NonNegativeSchema, safeRecord } from './primitives.js';
import { SkillLevelSchema } from './resource.js';

/** A person (or any schedulable resource) of an allocation problem. */
export const AllocationPersonSchema = z.strictObject({
  id: IdSchema,
  name: z.string().optional(),
  capacity: NonNegativeSchema.meta({ description: 'Hours the person can give in the planning window (>= 0).' }),
  skills: safeRecord(SkillLevelSchema, 'Skill name -> level.'),
  costPerHour: NonNegativeSchema.optional().meta({ description: 'Cost of one hour of this person; default 0.' }),
  maxProjects: z
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ description: 'Most projects this person may work on; overrides options.maxProjectsPerPerson.' }),
});
/** A person of an allocation problem. */
export type AllocationPerson = z.infer<typeof AllocationPersonSchema>;

/** A demand for hours of one skill on one project. */
export const AllocationDemandSchema = z.strictObject({
  id: IdSchema,
  projectId: IdSchema,
  skill: z.string().min(1),
  minLevel: NonNegativeSchema.optional().meta({ description: 'Lowest skill level that qualifies; default 1.' }),
  hours: NonNegativeSchema.meta({ description: 'Hours wanted (an upper limit: a demand may stay partly unmet).' }),
  valuePerHour: FiniteSchema.meta({ description: 'Value of one hour served; the margin of an hour is this minus the person’s costPerHour.' }),
});
/** A demand of an allocation problem. */
export type AllocationDemand = z.infer<typeof AllocationDemandSchema>;

/** Options that turn the allocation into a mixed-integer program. */
export const AllocationOptionsSchema = z.strictObject({
  maxProjectsPerPerson: z
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ description: 'Most projects a person works on (a context-switching limit).' }),
  minChunk: NonNegativeSchema.optional().meta({ description: 'Every non-zero assignment is at least this many hours.' }),
  integerHours: z.boolean().optional().meta({ description: 'Assign whole hours only.' }),
});
/** Options of an allocation problem. */
export type AllocationProblemOptions = z.infer<typeof AllocationOptionsSchema>;

/**
 * A skill-based allocation problem: who gives how many hours to which demand. This is the
 * `pmo allocate` file format.
 */
export const AllocationProblemSchema = z.strictObject({
  people: z.array(AllocationPersonSchema),
  demands: z.array(AllocationDemandSchema),
  options: AllocationOptionsSchema.optional(),
});
/** A skill-based allocation problem. */
export type AllocationProblem = z.infer<typeof AllocationProblemSchema>;
