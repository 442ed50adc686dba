import { z } from 'zod';
import { FiniteSchema, IdSchema, NonNegativeSchema, safeRecord } from './primitives.js';
import { ContributionsSchema, StrategicObjectiveSchema } from './strategy.js';

/** An amount of money: one number, or one per period (e.g. per year). */
export const AmountSchema = z
  .union([NonNegativeSchema, z.array(NonNegativeSchema).min(1)])
  .meta({ description: 'An amount (>= 0), or one amount per period.' });
/** An amount: one number or one per period. */
export type Amount = z.infer<typeof AmountSchema>;

/** A candidate project of a selection problem. */
export const SelectionProjectSchema = z.strictObject({
  id: IdSchema,
  name: z.string().optional(),
  cost: AmountSchema.meta({ description: 'Cost; one number per period when the budget has periods.' }),
  value: FiniteSchema.optional().meta({ description: 'Value of doing the project (needed unless valueFrom is "alignment").' }),
  demand: safeRecord(NonNegativeSchema, 'Capacity key (e.g. a skill) -> hours the project needs.').optional(),
  mandatory: z.boolean().optional().meta({ description: 'The project must be selected.' }),
  requires: z.array(IdSchema).optional().meta({ description: 'Projects that must be selected if this one is.' }),
  excludes: z.array(IdSchema).optional().meta({ description: 'Projects that cannot be selected together with this one.' }),
  contributions: ContributionsSchema.optional(),
});
/** A candidate project of a selection problem. */
export type SelectionProject = z.infer<typeof SelectionProjectSchema>;

/**
 * A project selection problem: the candidates, the budget (one or per period) and the capacities.
 * This is the `pmo select` file format.
 */
export const SelectionProblemSchema = z.strictObject({
  budget: AmountSchema,
  periods: z.array(z.string().min(1)).optional().meta({ description: 'Labels of the budget periods (e.g. years).' }),
  capacity: safeRecord(NonNegativeSchema, 'Capacity key (e.g. a skill) -> hours available.').optional(),
  valueFrom: z
    .enum(['value', 'alignment'])
    .optional()
    .meta({ description: 'What a project is worth: its value (default) or its strategic alignment score.' }),
  objectives: z.array(StrategicObjectiveSchema).optional(),
  projects: z.array(SelectionProjectSchema),
});
/** A project selection problem. */
export type SelectionProblem = z.infer<typeof SelectionProblemSchema>;
