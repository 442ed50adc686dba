import { z } from 'zod';
import { ExtensionsSchema, IdSchema, IsoDateSchema, NonNegativeSchema, PMO_CODE, ProbabilitySchema } from './primitives.js';

/** Response strategies for threats. */
export const THREAT_STRATEGIES = ['avoid', 'transfer', 'mitigate', 'accept', 'escalate'] as const;
/** Response strategies for opportunities. */
export const OPPORTUNITY_STRATEGIES = ['exploit', 'share', 'enhance', 'accept', 'escalate'] as const;
/** Every response strategy. */
export const RISK_STRATEGIES = ['avoid', 'transfer', 'mitigate', 'exploit', 'share', 'enhance', 'accept', 'escalate'] as const;
/** Life-cycle states of a risk. */
export const RISK_STATUSES = ['open', 'monitoring', 'occurred', 'closed'] as const;

/** The impact of a risk if it occurs. Magnitudes are >= 0; `kind` says whether they hurt or help. */
export const RiskImpactSchema = z.strictObject({
  cost: NonNegativeSchema.optional().meta({ description: 'Cost impact (currency units).' }),
  days: NonNegativeSchema.optional().meta({ description: 'Schedule impact in working days.' }),
  score: NonNegativeSchema.optional().meta({ description: 'Qualitative impact score on the organization’s scale (e.g. 1–5).' }),
});

/** A threat or opportunity with its probability, impact and response. */
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
    response: z.string().optional().meta({ description: 'The planned response actions.' }),
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
