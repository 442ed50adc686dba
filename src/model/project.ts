import { z } from 'zod';
import { ExtensionsSchema, FiniteSchema, IdSchema, IsoDateSchema, NonNegativeSchema } from './primitives.js';
import { ContributionsSchema } from './strategy.js';
import { DependencySchema, TaskSchema } from './task.js';

/** Life-cycle states of a project. */
export const PROJECT_STATUSES = ['proposed', 'approved', 'active', 'on-hold', 'completed', 'cancelled'] as const;

/** A project: its tasks, their dependencies, dates, budget and governance. */
export const ProjectSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  description: z.string().optional(),
  programId: IdSchema.optional(),
  start: IsoDateSchema.meta({ description: 'Project start date; no task starts earlier.' }),
  deadline: IsoDateSchema.optional(),
  statusDate: IsoDateSchema.optional().meta({
    description: 'Status (data) date of the progress: work is reported up to the end of this day; uncompleted work is scheduled after it (docs/progress.md).',
  }),
  calendarId: IdSchema.optional(),
  priority: FiniteSchema.optional().meta({ description: 'Priority; higher is more important.' }),
  budget: NonNegativeSchema.optional(),
  expectedValue: FiniteSchema.optional().meta({ description: 'Expected business value (for selection).' }),
  contributions: ContributionsSchema.optional(),
  cashFlows: z.array(FiniteSchema).min(1).optional().meta({ description: 'Net cash flow per period, the first at period 0 (for NPV, IRR, payback).' }),
  managerId: IdSchema.optional().meta({ description: 'Person id of the project manager.' }),
  sponsorId: IdSchema.optional().meta({ description: 'Person id of the sponsor.' }),
  status: z.enum(PROJECT_STATUSES).optional(),
  category: z.string().min(1).optional().meta({ description: 'Kind of project, e.g. "software", "infrastructure" (KPIs and lessons group and match by it).' }),
  unitId: IdSchema.optional().meta({ description: 'Organizational unit that owns the project (KPIs break down by it; lessons match by it).' }),
  tags: z.array(z.string().min(1)).optional().meta({ description: 'Keywords (lessons match by them).' }),
  realizedValue: FiniteSchema.optional().meta({ description: 'Business value realized so far, against expectedValue (benefits realization KPI).' }),
  tasks: z.array(TaskSchema),
  dependencies: z.array(DependencySchema).default([]),
  extensions: ExtensionsSchema.optional(),
});
/** A project. */
export type Project = z.infer<typeof ProjectSchema>;

/** A program: a group of related projects managed together. */
export const ProgramSchema = z.strictObject({
  id: IdSchema,
  name: z.string(),
  projectIds: z.array(IdSchema).default([]),
  managerId: IdSchema.optional(),
  sponsorId: IdSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A program. */
export type Program = z.infer<typeof ProgramSchema>;
