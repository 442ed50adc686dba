// The enumerations of the risk model as plain constants, without zod, so that the register
// analysis (`pmo-kit/risk`) uses them without loading or bundling the schemas. `risk.ts` builds
// its schemas from them and re-exports them.

/** Response strategies for threats. */
export const THREAT_STRATEGIES = ['avoid', 'transfer', 'mitigate', 'accept', 'escalate'] as const;
/** Response strategies for opportunities. */
export const OPPORTUNITY_STRATEGIES = ['exploit', 'share', 'enhance', 'accept', 'escalate'] as const;
/** Every response strategy. */
export const RISK_STRATEGIES = ['avoid', 'transfer', 'mitigate', 'exploit', 'share', 'enhance', 'accept', 'escalate'] as const;
/** Life-cycle states of a risk. */
export const RISK_STATUSES = ['open', 'monitoring', 'occurred', 'closed'] as const;
/** States of a response action: `done` and `cancelled` are finished, the others are not. */
export const RISK_ACTION_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
