import { z } from 'zod';
import { ExtensionsSchema, IdSchema, IsoDateSchema, NonNegativeSchema, PMO_CODE, ProbabilitySchema } from './primitives.js';
import { OPPORTUNITY_STRATEGIES, RISK_ACTION_STATUSES, RISK_STATUSES, RISK_STRATEGIES, THREAT_STRATEGIES } from './risk-constants.js';

export { OPPORTUNITY_STRATEGIES, RISK_ACTION_STATUSES, RISK_STATUSES, RISK_STRATEGIES, THREAT_STRATEGIES } from './risk-constants.js';

/** The impact of a risk if it occurs. Magnitudes are >= 0; `kind` says whether they hurt or help. */
export const RiskImpactSchema = z.strictObject({
  cost: NonNegativeSchema.optional().meta({ description: 'Cost impact (currency units).' }),
  days: NonNegativeSchema.optional().meta({ description: 'Schedule impact in working days.' }),
  score: NonNegativeSchema.optional().meta({ description: 'Qualitative impact score on the organization’s scale (e.g. 1–5).' }),
});

/**
 * A probability and an impact assessed at one moment of a risk's life: before any response
 * (`inherent`) or once the planned responses are done (`residual`). A value object: no id, no
 * `extensions`.
 */
export const RiskAssessmentSchema = z.strictObject({
  probability: ProbabilitySchema,
  impact: RiskImpactSchema,
});
/** A risk assessment. */
export type RiskAssessment = z.infer<typeof RiskAssessmentSchema>;

/** One action of a risk response: what is done, by whom, by when, and how far it is. */
export const RiskActionSchema = z.strictObject({
  id: IdSchema.optional(),
  description: z.string(),
  owner: IdSchema.optional().meta({ description: 'Person id of whoever carries the action out.' }),
  dueOn: IsoDateSchema.optional().meta({ description: 'The day the action is due.' }),
  status: z.enum(RISK_ACTION_STATUSES).default('planned'),
  completedOn: IsoDateSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});
/** A risk response action. */
export type RiskAction = z.infer<typeof RiskActionSchema>;

/**
 * A threat or opportunity with its probability, impact and response. `probability` and `impact`
 * are the current assessment; `inherent` and `residual`, when given, are the assessments before
 * any response and after the planned ones (docs/risk.md).
 */
export const RiskSchema = z
  .strictObject({
    id: IdSchema,
    title: z.string(),
    description: z.string().optional(),
    kind: z.enum(['threat', 'opportunity']),
    category: z.string().optional(),
    probability: ProbabilitySchema,
    impact: RiskImpactSchema,
    projectId: IdSchema.optional(),
    taskIds: z.array(IdSchema).default([]),
    strategy: z.enum(RISK_STRATEGIES),
    response: z.string().optional().meta({ description: 'The planned response, in words.' }),
    actions: z.array(RiskActionSchema).optional().meta({ description: 'The response as actions, each with an owner, a due date and a status.' }),
    triggers: z.array(z.string()).optional().meta({ description: 'Warning signs that the risk is about to occur.' }),
    inherent: RiskAssessmentSchema.optional().meta({ description: 'Probability and impact before any response.' }),
    residual: RiskAssessmentSchema.optional().meta({ description: 'Probability and impact expected once the planned responses are done.' }),
    owner: IdSchema.meta({ description: 'Person id of the risk owner.' }),
    status: z.enum(RISK_STATUSES),
    identifiedOn: IsoDateSchema.optional(),
    lastReviewedOn: IsoDateSchema.optional().meta({ description: 'The day the risk was last reviewed.' }),
    extensions: ExtensionsSchema.optional(),
  })
  .refine(
    (r) =>
      r.kind === 'threat'
        ? (THREAT_STRATEGIES as readonly string[]).includes(r.strategy)
        : (OPPORTUNITY_STRATEGIES as readonly string[]).includes(r.strategy),
    {
      error: (iss) => {
        const r = iss.input as { kind: string; strategy: string };
        return `strategy "${r.strategy}" does not apply to a${r.kind === 'threat' ? ' threat' : 'n opportunity'}`;
      },
      path: ['strategy'],
      params: { [PMO_CODE]: 'inconsistent_value' },
    },
  );
/** A risk. */
export type Risk = z.infer<typeof RiskSchema>;

/** A risk register: the risks of a project or of the whole portfolio. */
export const RiskRegisterSchema = z.strictObject({
  id: IdSchema.optional(),
  projectId: IdSchema.optional(),
  risks: z.array(RiskSchema),
  extensions: ExtensionsSchema.optional(),
});
/** A risk register. */
export type RiskRegister = z.infer<typeof RiskRegisterSchema>;
