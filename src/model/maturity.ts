import { z } from 'zod';
import { HILL_AREAS, MATURITY_PERSPECTIVES, PMO_SERVICES } from './maturity-constants.js';
import { OrganizationStructureSchema, PmoTypeSchema } from './organization.js';
import { ExtensionsSchema, IdSchema, IsoDateSchema, safeRecord } from './primitives.js';

export {
  PMO_SERVICES,
  HILL_AREAS,
  MATURITY_PERSPECTIVES,
  MATURITY_PERSPECTIVE_CODES,
  MATURITY_LEVELS,
  QUESTIONED_LEVELS,
  QUESTIONS_PER_LEVEL,
  MATURITY_QUESTION_IDS,
} from './maturity-constants.js';

/** A function of the PMO service catalog (Hobbs and Aubry). */
export type PmoService = (typeof PMO_SERVICES)[number];
/** One of Gerald Hill's five PMO functional areas. */
export type HillArea = (typeof HILL_AREAS)[number];
/** A perspective of organizational project management maturity (P3M3). */
export type MaturityPerspective = (typeof MATURITY_PERSPECTIVES)[number];
/** A maturity level, 1 (awareness) to 5 (optimized). */
export type MaturityLevel = 1 | 2 | 3 | 4 | 5;

/** An integer from 1 to 5: a maturity level, an importance or a delivery rating. */
const ScaleSchema = z.number().int().min(1).max(5);

/**
 * How the PMO's stakeholders need one function of the PMO service catalog, and how well the PMO
 * delivers it: the input of the PMO Maturity Cube view of `assessMaturity` (`pmo-kit/org`).
 */
export const PmoServiceRatingSchema = z.strictObject({
  function: z.enum(PMO_SERVICES).meta({ description: 'The function of the PMO service catalog (Hobbs and Aubry).' }),
  needed: z.boolean().meta({ description: 'Whether the PMO’s stakeholders need this function. Unneeded functions never count.' }),
  importance: ScaleSchema.optional().meta({ description: 'How important the function is to the stakeholders, 1 (minor) to 5 (essential); default 3.' }),
  delivery: ScaleSchema.meta({ description: 'How well the PMO delivers it, 1 (ad hoc or not at all) to 5 (measured and continuously improved).' }),
  target: ScaleSchema.optional().meta({ description: 'The level aimed at for this function; default the assessment’s target.' }),
  notes: z.string().optional(),
  extensions: ExtensionsSchema.optional(),
});
/** The rating of one PMO function. */
export type PmoServiceRating = z.infer<typeof PmoServiceRatingSchema>;

/** An answer to a statement of the questionnaire: true (holds), false (does not), or the share in which it holds (0–1). */
export const MaturityAnswerSchema = z.union([z.boolean(), z.number().min(0).max(1)]);
/** An answer of the maturity questionnaire. */
export type MaturityAnswer = z.infer<typeof MaturityAnswerSchema>;

/**
 * A PMO maturity assessment: the stakeholders' needs and the PMO's delivery of each function of
 * the PMO service catalog (the PMO Maturity Cube view), and the answers to the organizational
 * project management maturity questionnaire (the P3M3-style view). The `pmo maturity` file format,
 * and the portfolio's `maturityAssessment`.
 */
export const MaturityAssessmentSchema = z.strictObject({
  id: IdSchema.optional(),
  date: IsoDateSchema.optional().meta({ description: 'Day of the assessment.' }),
  structure: OrganizationStructureSchema.optional().meta({
    description: 'Organization structure, to order the recommendations; default the portfolio organization’s.',
  }),
  pmoType: PmoTypeSchema.optional().meta({ description: 'PMO type, to order the recommendations; default the portfolio organization’s.' }),
  target: ScaleSchema.optional().meta({ description: 'The maturity level aimed at (1–5); default 3 (defined).' }),
  perspectiveTargets: safeRecord(ScaleSchema, 'Perspective -> the level aimed at for it (overrides target).').optional(),
  functions: z.array(PmoServiceRatingSchema).default([]).meta({ description: 'The functions of the PMO service catalog, rated.' }),
  answers: safeRecord(MaturityAnswerSchema, 'Question id (e.g. "mc-2a") -> answer: true, false, or the share 0–1 in which the statement holds.').optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A PMO maturity assessment. */
export type MaturityAssessment = z.infer<typeof MaturityAssessmentSchema>;
/** A PMO maturity assessment as written in a file, before defaults are applied. */
export type MaturityAssessmentInput = z.input<typeof MaturityAssessmentSchema>;
