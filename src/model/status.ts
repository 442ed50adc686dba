import { z } from 'zod';
import { ExtensionsSchema, FiniteSchema, IdSchema, IsoDateSchema, NonNegativeSchema, PercentSchema, PMO_CODE } from './primitives.js';

/**
 * A status report: the earned-value inputs of a project at a status date, cumulative from the
 * project start.
 */
export const StatusReportSchema = z
  .strictObject({
    id: IdSchema.optional(),
    projectId: IdSchema,
    periodStart: IsoDateSchema.optional().meta({ description: 'First day of the reporting period.' }),
    date: IsoDateSchema.meta({ description: 'Status (data) date: the last day of the reporting period.' }),
    pv: NonNegativeSchema.meta({ description: 'Planned value (BCWS), cumulative.' }),
    ev: NonNegativeSchema.meta({ description: 'Earned value (BCWP), cumulative.' }),
    ac: NonNegativeSchema.meta({ description: 'Actual cost (ACWP), cumulative.' }),
    bac: NonNegativeSchema.optional().meta({ description: 'Budget at completion; defaults to the project budget.' }),
    percentComplete: FiniteSchema.optional(),
    scopeChangePercent: FiniteSchema.optional().meta({ description: 'Net scope change since the baseline, in % of the baseline scope (approved changes; 0 = none). A health indicator.' }),
    qualityPercent: PercentSchema.optional().meta({ description: 'Share of quality checks passed (acceptance tests, inspections), 0–100. A health indicator.' }),
    notes: z.string().optional(),
    extensions: ExtensionsSchema.optional(),
  })
  .refine((r) => r.periodStart === undefined || r.periodStart <= r.date, {
    error: 'periodStart is after date',
    path: ['periodStart'],
    params: { [PMO_CODE]: 'invalid_range' },
  });
/** A status report. */
export type StatusReport = z.infer<typeof StatusReportSchema>;

/** The baseline dates and cost of one task. */
export const BaselineTaskSchema = z
  .strictObject({
    taskId: IdSchema,
    start: IsoDateSchema,
    finish: IsoDateSchema,
    duration: NonNegativeSchema.optional(),
    cost: NonNegativeSchema.optional(),
    extensions: ExtensionsSchema.optional(),
  })
  .refine((t) => t.start <= t.finish, {
    error: 'baseline finish is before start',
    path: ['finish'],
    params: { [PMO_CODE]: 'invalid_range' },
  });

/** An approved snapshot of a project's schedule and budget, to measure variance against. */
export const BaselineSchema = z.strictObject({
  id: IdSchema,
  projectId: IdSchema,
  name: z.string().optional(),
  date: IsoDateSchema.meta({ description: 'Day the baseline was approved.' }),
  budget: NonNegativeSchema.optional(),
  tasks: z.array(BaselineTaskSchema).default([]),
  extensions: ExtensionsSchema.optional(),
});
/** A baseline. */
export type Baseline = z.infer<typeof BaselineSchema>;
