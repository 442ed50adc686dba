/** The response checks of the register analysis. Private to pmo-kit/risk. */
import { dayNumber } from '../../internal/dates.js';
import { OPPORTUNITY_STRATEGIES, THREAT_STRATEGIES } from '../../model/risk-constants.js';
import type { Risk } from '../../model/risk.js';
import type { RatedRisk, RiskFinding } from '../types.js';

/** What the checks need besides the risk. */
export interface CheckContext {
  /** Day number of `today`, or `null` to skip the checks that need a date. */
  readonly today: number | null;
  readonly reviewWithinDays: number;
  /** Whether the risk's project has a budget (to explain an unrated cost). */
  readonly hasBudget: boolean;
}

const q = (s: string) => JSON.stringify(s);
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
const FINISHED = new Set(['done', 'cancelled']);

/** The findings on one risk, in the order: strategy, response, actions, review, impact. O(actions). */
export function checkRisk(risk: Risk, rated: RatedRisk, ctx: CheckContext): RiskFinding[] {
  const out: RiskFinding[] = [];
  const id = risk.id;
  const fits = (risk.kind === 'threat' ? (THREAT_STRATEGIES as readonly string[]) : (OPPORTUNITY_STRATEGIES as readonly string[])).includes(risk.strategy);
  if (!fits)
    out.push({ code: 'strategy_mismatch', riskId: id, message: `strategy ${q(risk.strategy)} does not apply to a${risk.kind === 'threat' ? ' threat' : 'n opportunity'}` });
  if (!rated.active) return out;
  const actions = risk.actions ?? [];
  const planned = actions.some((a) => a.status !== 'cancelled');
  if (risk.strategy !== 'accept' && (risk.response ?? '').trim() === '' && !planned)
    out.push({ code: 'missing_response', riskId: id, message: `no response planned for strategy ${q(risk.strategy)}: give a response or actions` });
  if (ctx.today !== null) {
    actions.forEach((a, actionIndex) => {
      if (FINISHED.has(a.status) || a.dueOn === undefined) return;
      const due = dayNumber(a.dueOn);
      if (due === undefined || due >= ctx.today!) return;
      const late = ctx.today! - due;
      const name = a.id !== undefined ? q(a.id) : `#${actionIndex}`;
      out.push({ code: 'overdue_action', riskId: id, actionIndex, days: late, message: `action ${name} (${q(a.description)}) was due ${a.dueOn}, ${days(late)} ago, and is ${a.status}` });
    });
    const last = risk.lastReviewedOn ?? risk.identifiedOn;
    const lastDay = last === undefined ? undefined : dayNumber(last);
    if (last === undefined || lastDay === undefined)
      out.push({ code: 'not_reviewed', riskId: id, message: 'never reviewed: it has no lastReviewedOn (nor identifiedOn) date' });
    else if (ctx.today - lastDay > ctx.reviewWithinDays) {
      const age = ctx.today - lastDay;
      out.push({ code: 'not_reviewed', riskId: id, days: age, message: `${risk.lastReviewedOn !== undefined ? 'last reviewed' : 'identified and not reviewed since'} ${last}, ${days(age)} ago (more than ${days(ctx.reviewWithinDays)})` });
    }
  }
  if (rated.current.impactBand === null) {
    const why = risk.impact.cost !== undefined && !ctx.hasBudget ? ` (its cost cannot be rated: ${rated.projectId === null ? 'it has no project' : `project ${q(rated.projectId)} has no budget`})` : '';
    out.push({ code: 'unrated_impact', riskId: id, message: `the impact cannot be placed on the matrix: it has no score, days or cost that the matrix rates${why}` });
  }
  return out;
}
