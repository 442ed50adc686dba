import { z } from 'zod';
import { FiniteSchema, IdSchema, NonNegativeSchema, safeRecord } from './primitives.js';
import { ContributionsSchema, StrategicObjectiveSchema } from './strategy.js';

/** What a criterion measures: an explicit score, or a measure computed from the project's data. */
export const CRITERION_MEASURES = ['score', 'alignment', 'npv', 'irr', 'discountedPayback'] as const;

/** A prioritization criterion. */
export const CriterionSchema = z.strictObject({
  id: IdSchema,
  name: z.string().optional(),
  weight: NonNegativeSchema.optional().meta({ description: 'Relative weight (normalized); not allowed with a pairwise matrix.' }),
  direction: z
    .enum(['benefit', 'cost'])
    .optional()
    .meta({ description: 'benefit: more is better (default; cost for discountedPayback); cost: less is better.' }),
  measure: z
    .enum(CRITERION_MEASURES)
    .optional()
    .meta({ description: 'score (default): the project’s scores[id]; or a computed measure.' }),
});
/** A prioritization criterion. */
export type Criterion = z.infer<typeof CriterionSchema>;

/** A project to prioritize. */
export const PrioritizationProjectSchema = z.strictObject({
  id: IdSchema,
  name: z.string().optional(),
  scores: safeRecord(FiniteSchema, 'Criterion id -> score.').optional(),
  contributions: ContributionsSchema.optional(),
  cashFlows: z.array(FiniteSchema).min(1).optional().meta({ description: 'Net cash flow per period, the first at period 0.' }),
});
/** A project to prioritize. */
export type PrioritizationProject = z.infer<typeof PrioritizationProjectSchema>;

/**
 * A prioritization problem: criteria (weighted, or weighted by an AHP pairwise comparison matrix),
 * strategic objectives, a discount rate and the projects. This is the `pmo prioritize` file format.
 */
export const PrioritizationProblemSchema = z.strictObject({
  criteria: z.array(CriterionSchema).min(1),
  pairwise: z
    .array(z.array(z.number().positive().refine(Number.isFinite, { error: 'expected a finite number' })))
    .optional()
    .meta({ description: 'AHP pairwise comparison matrix in criteria order: entry [i][j] = how much more important criterion i is than j.' }),
  objectives: z.array(StrategicObjectiveSchema).optional(),
  discountRate: FiniteSchema.optional().meta({ description: 'Discount rate per period for NPV and discounted payback (0.08 = 8 %).' }),
  projects: z.array(PrioritizationProjectSchema),
});
/** A prioritization problem. */
export type PrioritizationProblem = z.infer<typeof PrioritizationProblemSchema>;
