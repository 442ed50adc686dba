import { z } from 'zod';
import { IdSchema, NonNegativeSchema, safeRecord } from './primitives.js';

/**
 * A strategic objective of the portfolio ("strategy decoding"): what the organization wants its
 * projects to serve, with a relative weight. Projects state how strongly they contribute to each
 * objective in their `contributions`.
 */
export const StrategicObjectiveSchema = z.strictObject({
  id: IdSchema,
  name: z.string().optional(),
  description: z.string().optional(),
  weight: z
    .number()
    .positive()
    .refine(Number.isFinite, { error: 'expected a finite number' })
    .optional()
    .meta({ description: 'Relative weight (> 0); default 1. Weights are normalized to sum to 1.' }),
});
/** A strategic objective. */
export type StrategicObjective = z.infer<typeof StrategicObjectiveSchema>;

/**
 * How strongly an item contributes to each strategic objective: objective id -> strength (>= 0,
 * on the organization's scale, e.g. 0–3 or 0–1). An objective left out gets 0.
 */
export const ContributionsSchema = safeRecord(NonNegativeSchema, 'Strategic objective id -> contribution strength (>= 0).');
/** Contributions to strategic objectives. */
export type Contributions = z.infer<typeof ContributionsSchema>;
