import { z } from 'zod';
import { CONSTRAINT_TYPES, DEPENDENCY_TYPES } from './task-constants.js';
import { DurationSchema, ExtensionsSchema, FiniteSchema, IdSchema, IsoDateSchema, NonNegativeSchema, PercentSchema, PMO_CODE } from './primitives.js';

export { CONSTRAINT_TYPES, DEPENDENCY_TYPES } from './task-constants.js';

/** A dependency type. */
export const DependencyTypeSchema = z.enum(DEPENDENCY_TYPES);
/** A dependency type. */
export type DependencyType = z.infer<typeof DependencyTypeSchema>;

/** A scheduling constraint. Every type but ASAP and ALAP needs a date. */
export const ConstraintSchema = z
  .strictObject({
    type: z.enum(CONSTRAINT_TYPES),
    date: IsoDateSchema.optional(),
  })
  .refine((c) => c.type === 'ASAP' || c.type === 'ALAP' || c.date !== undefined, {
    error: (iss) => `constraint ${(iss.input as { type: string }).type} needs a date`,
    path: ['date'],
  });
/** A scheduling constraint. */
export type Constraint = z.infer<typeof ConstraintSchema>;

/** A three-point estimate in working days, optimistic <= most likely <= pessimistic. */
export const ThreePointEstimateSchema = z
  .strictObject({
    optimistic: DurationSchema,
    mostLikely: DurationSchema,
    pessimistic: DurationSchema,
  })
  .refine((e) => e.optimistic <= e.mostLikely && e.mostLikely <= e.pessimistic, {
    error: 'estimate must satisfy optimistic <= mostLikely <= pessimistic',
    params: { [PMO_CODE]: 'invalid_range' },
  });
/** A three-point estimate. */
export type ThreePointEstimate = z.infer<typeof ThreePointEstimateSchema>;

/** A demand for a named resource or for units of a skill at a minimum level. */
export const DemandSchema = z
  .strictObject({
    resourceId: IdSchema.optional(),
    skill: z.string().min(1).optional(),
    minLevel: NonNegativeSchema.optional().meta({ description: 'Minimum skill level (skill demands only).' }),
    units: NonNegativeSchema.meta({ description: 'Units per working day (1 = one full-time person).' }),
    extensions: ExtensionsSchema.optional(),
  })
  .refine((d) => d.resourceId !== undefined || d.skill !== undefined, {
    error: 'a demand names a resourceId or a skill',
  });
/** A resource demand of a task. */
export type Demand = z.infer<typeof DemandSchema>;

/**
 * How a task earns value (EVM): `percent-complete` (default: budget × percentComplete),
 * `0/100` (all at completion), `50/50` (half at the start, half at completion) or
 * `weighted-milestones` (each of `evMilestones` earns its weight's share when achieved).
 * See docs/performance-control.md.
 */
export const EV_RULES = ['percent-complete', '0/100', '50/50', 'weighted-milestones'] as const;
/** An earned-value rule. */
export type EvRule = (typeof EV_RULES)[number];

/** How a task's budget is spread over its planned working days (PV): evenly, early, or late. */
export const COST_PROFILES = ['linear', 'front-loaded', 'back-loaded'] as const;
/** A cost-spreading profile. */
export type CostProfile = (typeof COST_PROFILES)[number];

/** One milestone of a task measured by weighted milestones: its share of the budget, and when it was achieved. */
export const EvMilestoneSchema = z.strictObject({
  name: z.string(),
  weight: NonNegativeSchema.meta({ description: 'Relative weight; the task earns weight / (sum of weights) of its budget.' }),
  achieved: IsoDateSchema.optional().meta({ description: 'Day the milestone was achieved; absent while it is not.' }),
  extensions: ExtensionsSchema.optional(),
});
/** A milestone of a task measured by weighted milestones. */
export type EvMilestone = z.infer<typeof EvMilestoneSchema>;

/** A task (activity) of a project, or a WBS summary when other tasks name it as parent. */
export const TaskSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  duration: DurationSchema,
  estimate: ThreePointEstimateSchema.optional(),
  milestone: z.boolean().default(false),
  parentId: IdSchema.optional().meta({ description: 'WBS parent (a summary task of the same project).' }),
  constraint: ConstraintSchema.optional(),
  manualStart: IsoDateSchema.optional().meta({
    description:
      'Manually scheduled (MS Project): the task starts on this date whatever its links and constraint; its successors and the project finish follow it.',
  }),
  calendarId: IdSchema.optional(),
  demands: z.array(DemandSchema).default([]),
  budget: NonNegativeSchema.optional(),
  percentComplete: PercentSchema.optional(),
  actualStart: IsoDateSchema.optional(),
  actualFinish: IsoDateSchema.optional(),
  actualCost: NonNegativeSchema.optional(),
  remainingDuration: DurationSchema.optional().meta({
    description: 'Working days of work left (MS Project RemainingDuration); default duration × (1 − percentComplete/100). See docs/progress.md.',
  }),
  resume: IsoDateSchema.optional().meta({
    description: 'Day the remaining work resumes after an interruption (MS Project Resume); default: right after the work done. See docs/progress.md.',
  }),
  deadline: IsoDateSchema.optional(),
  evRule: z.enum(EV_RULES).optional().meta({ description: 'Earned-value rule; default percent-complete.' }),
  evMilestones: z.array(EvMilestoneSchema).optional().meta({ description: 'The milestones of the weighted-milestones rule.' }),
  costProfile: z.enum(COST_PROFILES).optional().meta({ description: 'Spreading of the budget over the planned working days; default linear.' }),
  extensions: ExtensionsSchema.optional(),
})
  .refine((t) => t.evRule !== 'weighted-milestones' || (t.evMilestones ?? []).some((m) => m.weight > 0), {
    error: 'evRule "weighted-milestones" needs evMilestones with a positive total weight',
    path: ['evMilestones'],
    params: { [PMO_CODE]: 'inconsistent_value' },
  })
  .refine((t) => t.evMilestones === undefined || t.evRule === 'weighted-milestones', {
    error: 'evMilestones are read only with evRule "weighted-milestones"',
    path: ['evRule'],
    params: { [PMO_CODE]: 'inconsistent_value' },
  });

/** A task of a project. */
export type Task = z.infer<typeof TaskSchema>;

/** A dependency between two tasks of one project. `type` defaults to FS and `lag` to 0. */
export const DependencySchema = z.strictObject({
  from: IdSchema,
  to: IdSchema,
  type: DependencyTypeSchema.default('FS'),
  lag: FiniteSchema.default(0).meta({ description: 'Lag in working days; negative is a lead.' }),
  extensions: ExtensionsSchema.optional(),
});
/** A dependency between two tasks of one project. */
export type Dependency = z.infer<typeof DependencySchema>;

/** A dependency between tasks of two projects. */
export const CrossDependencySchema = z.strictObject({
  fromProject: IdSchema,
  from: IdSchema,
  toProject: IdSchema,
  to: IdSchema,
  type: DependencyTypeSchema.default('FS'),
  lag: FiniteSchema.default(0),
  note: z.string().optional(),
  fromOwnerId: IdSchema.optional().meta({ description: 'Person id of who answers for the dependency on the predecessor’s side.' }),
  toOwnerId: IdSchema.optional().meta({ description: 'Person id of who answers for the dependency on the successor’s side.' }),
  extensions: ExtensionsSchema.optional(),
});
/** A dependency between tasks of two projects. */
export type CrossDependency = z.infer<typeof CrossDependencySchema>;
