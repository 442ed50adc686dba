import { PmoError } from '../errors.js';
import { dayNumber } from '../internal/dates.js';
import { show } from '../internal/show.js';
import { RISK_STATUSES } from '../model/risk-constants.js';
import { pushAll } from '../internal/bulk.js';
import { DEFAULT_RISK_MATRIX } from './defaultRiskMatrix.js';
import { exposureBy, exposureOf } from './internal/exposure.js';
import { checkRisk } from './internal/findings.js';
import { heatMapOf } from './internal/heatMap.js';
import { resolveMatrix, scoreOf } from './internal/matrix.js';
import { readSource } from './internal/source.js';
import type { AnalyzeRisksOptions, RatedRisk, AnalyzeRisksResult, RiskFinding, RiskSource, RiskStatus } from './types.js';

/**
 * Analyzes a risk register: rates every risk on a probability–impact matrix, ranks the active
 * ones, computes expected monetary values and rolls the exposure up by project, category, owner
 * and for the whole, builds heat-map data, and checks the responses.
 *
 * - **Rating** ({@link rateRisk}): the current assessment (`probability`, `impact`), and the
 *   `inherent` and `residual` ones when a risk has them; a cost is rated as a share of its
 *   project's budget (the portfolio's projects) unless the matrix rates absolute costs.
 * - **Active** risks are those whose status is in `activeStatuses` (default `open`, `monitoring`):
 *   only they are ranked, counted in the exposure and placed on the heat map.
 * - **Rank**, per kind: score (highest first; unrated last), then |EMV|, then |expected days|,
 *   then probability, then input order.
 * - **EMV** = probability × `impact.cost`, negative for a threat, positive for an opportunity;
 *   **expected days** likewise with `impact.days`.
 * - **Checks**: a strategy that does not fit the kind (`strategy_mismatch`; validation already
 *   refuses it, this catches data built in code); an active risk whose strategy is not `accept`
 *   with neither a `response` nor an action that is not cancelled (`missing_response`); with
 *   `today`, an action not done nor cancelled past its `dueOn` (`overdue_action`) and an active
 *   risk whose `lastReviewedOn` (else `identifiedOn`) is more than `reviewWithinDays` days old, or
 *   missing (`not_reviewed`); an active risk that no dimension of the matrix rates (`unrated_impact`).
 *
 * docs/risk.md has the default matrix and every rule. O(n log n) for n risks; the input is never
 * mutated; the result does not depend on the clock or the time zone.
 *
 * @param source - a portfolio, a risk register (its `projectId` is that of risks naming none) or
 *   a list of risks, validated (e.g. by {@link parsePortfolio} or {@link parseRiskRegister})
 * @param options - `matrix`, `today`, `reviewWithinDays` (default 30), `top` (default 10),
 *   `activeStatuses` (default open, monitoring); see {@link AnalyzeRisksOptions}
 * @returns the rated risks, the top threats and opportunities, the exposure, the heat map and the
 *   findings; see {@link AnalyzeRisksResult}
 * @throws {@link PmoError} `INVALID_ARGUMENT` when the source is not a list of risks (or holds a
 *   risk without an id, with a duplicate id, an unknown kind, a probability outside [0, 1] or a
 *   negative impact), `today` is not a `YYYY-MM-DD` date, `reviewWithinDays` is not a finite
 *   number >= 0, `top` is not an integer >= 0, `activeStatuses` names an unknown status, or the
 *   matrix is bad (see {@link riskMatrix})
 * @example
 * ```ts
 * const a = analyzeRisks(parsePortfolio(data), { today: '2026-06-01' });
 * for (const id of a.top.threats) console.log(id);
 * console.log(a.exposure.portfolio.netEmv, a.heatMap.threats[4]![4]!.riskIds);
 * for (const f of a.findings) console.log(`${f.riskId}: ${f.message} [${f.code}]`);
 * ```
 */
export function analyzeRisks(source: RiskSource, options: AnalyzeRisksOptions = {}): AnalyzeRisksResult {
  const fn = 'analyzeRisks';
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options must be an object, got ${show(options)}`);
  const { risks, projectOf, budgets } = readSource(fn, source);
  const matrix = options.matrix === undefined ? DEFAULT_RISK_MATRIX : resolveMatrix(options.matrix, `${fn}: options.matrix.`);
  const today = options.today ?? null;
  const todayDay = today === null ? null : typeof today === 'string' ? dayNumber(today) : undefined;
  if (todayDay === undefined) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.today must be a date as YYYY-MM-DD that exists, got ${show(today)}`);
  const reviewWithinDays = options.reviewWithinDays ?? 30;
  if (typeof reviewWithinDays !== 'number' || !Number.isFinite(reviewWithinDays) || reviewWithinDays < 0)
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.reviewWithinDays must be a finite number >= 0, got ${show(reviewWithinDays)}`);
  const top = options.top ?? 10;
  if (!Number.isInteger(top) || top < 0) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.top must be an integer >= 0, got ${show(top)}`);
  const activeStatuses = options.activeStatuses ?? ['open', 'monitoring'];
  if (!Array.isArray(activeStatuses) || activeStatuses.some((s) => !(RISK_STATUSES as readonly string[]).includes(s)))
    throw new PmoError('INVALID_ARGUMENT', `${fn}: options.activeStatuses must list statuses among ${RISK_STATUSES.join(', ')}, got ${show(activeStatuses)}`);
  const active = new Set<string>(activeStatuses);

  const rated: RatedRisk[] = risks.map((r, i) => {
    const projectId = projectOf[i]!;
    const budget = projectId === null ? undefined : budgets.get(projectId);
    const sign = r.kind === 'threat' ? -1 : 1;
    const signed = (x: number) => (x === 0 ? 0 : sign * x);
    return {
      id: r.id,
      title: r.title,
      kind: r.kind,
      status: r.status,
      projectId,
      category: r.category ?? null,
      owner: r.owner,
      active: active.has(r.status),
      current: scoreOf(matrix, r, budget),
      inherent: r.inherent === undefined ? null : scoreOf(matrix, r.inherent, budget),
      residual: r.residual === undefined ? null : scoreOf(matrix, r.residual, budget),
      emv: signed(r.probability * (r.impact.cost ?? 0)),
      expectedDays: signed(r.probability * (r.impact.days ?? 0)),
      rank: null,
    };
  });

  // rank the active risks of each kind
  const order = rated.map((_, i) => i).filter((i) => rated[i]!.active);
  order.sort((a, b) => {
    const x = rated[a]!;
    const y = rated[b]!;
    return (
      (y.current.score ?? -Infinity) - (x.current.score ?? -Infinity) ||
      Math.abs(y.emv) - Math.abs(x.emv) ||
      Math.abs(y.expectedDays) - Math.abs(x.expectedDays) ||
      y.current.probability - x.current.probability ||
      a - b
    );
  });
  const next = { threat: 1, opportunity: 1 };
  for (const i of order) rated[i] = { ...rated[i]!, rank: next[rated[i]!.kind]++ };
  const ranked = order.map((i) => rated[i]!);

  const statusCounts = { open: 0, monitoring: 0, occurred: 0, closed: 0 };
  for (const r of risks) if (Object.hasOwn(statusCounts, r.status)) statusCounts[r.status as RiskStatus]++;
  const findings: RiskFinding[] = [];
  risks.forEach((r, i) => {
    const projectId = projectOf[i]!;
    pushAll(findings, checkRisk(r, rated[i]!, { today: todayDay, reviewWithinDays, hasBudget: projectId !== null && budgets.has(projectId) }));
  });
  return {
    today,
    matrix,
    statusCounts,
    risks: rated,
    top: {
      threats: ranked.filter((r) => r.kind === 'threat').slice(0, top).map((r) => r.id),
      opportunities: ranked.filter((r) => r.kind === 'opportunity').slice(0, top).map((r) => r.id),
    },
    exposure: {
      portfolio: exposureOf(rated),
      byProject: exposureBy(rated, (r) => r.projectId),
      byCategory: exposureBy(rated, (r) => r.category),
      byOwner: exposureBy(rated, (r) => r.owner),
    },
    heatMap: heatMapOf(matrix, ranked),
    findings,
  };
}
