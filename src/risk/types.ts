/** Types of the register analysis of pmo-kit/risk: the matrix, the options and the results. */
import type { Risk } from '../model/risk.js';
import type { RISK_STATUSES } from '../model/risk-constants.js';
import type { RISK_FINDING_CODES, RISK_RATINGS } from './constants.js';

/**
 * The rating of a score on the probability–impact matrix.
 *
 * @example
 * ```ts
 * const r: RiskRating = 'high';
 * ```
 */
export type RiskRating = (typeof RISK_RATINGS)[number];

/**
 * A life-cycle state of a risk.
 *
 * @example
 * ```ts
 * const s: RiskStatus = 'monitoring';
 * ```
 */
export type RiskStatus = (typeof RISK_STATUSES)[number];

/**
 * The upper edges of the impact bands, one list per way of measuring an impact (each of length
 * `impactBands.length - 1`, ascending). A dimension that is `null` or absent is not rated.
 *
 * @example
 * ```ts
 * const edges: ImpactEdges = { score: [1, 2, 3, 4], days: [2, 5, 10, 20], cost: null, costShareOfBudget: [0.01, 0.1, 0.2, 0.4] };
 * ```
 */
export interface ImpactEdges {
  /** `impact.score`, on the organization's own scale (default 1–5: edges 1, 2, 3, 4). */
  readonly score?: readonly number[] | null;
  /** `impact.days`, working days (default edges 2, 5, 10, 20). */
  readonly days?: readonly number[] | null;
  /** `impact.cost` in currency units (default none: costs are rated against the budget). */
  readonly cost?: readonly number[] | null;
  /**
   * `impact.cost` as a share of the budget of the risk's project, used when `cost` edges are not
   * given and the project has a budget (default 0.01, 0.10, 0.20, 0.40: the PMBOK® Guide's
   * "insignificant, < 10 %, 10–20 %, 20–40 %, > 40 % cost increase").
   */
  readonly costShareOfBudget?: readonly number[] | null;
}

/**
 * A probability–impact matrix: bands of probability and of impact, the weight of each band in
 * the score, and the thresholds of the ratings. docs/risk.md shows the default 5×5 matrix.
 *
 * - A probability falls in the first band whose upper edge is >= it (the last band has none).
 * - An impact falls, on each dimension it has and the matrix rates, in the first band whose edge
 *   is >= it; its band is the highest of these (the worst consequence counts).
 * - score = probabilityWeights[p] × impactWeights[i]; rating `high` from `thresholds.high`,
 *   `medium` from `thresholds.medium`, else `low`.
 *
 * @example
 * ```ts
 * const m: RiskMatrix = riskMatrix({ thresholds: { medium: 6, high: 12 } });
 * ```
 */
export interface RiskMatrix {
  /** Names of the probability bands, lowest first. */
  readonly probabilityBands: readonly string[];
  /** Upper edges of all probability bands but the last, ascending, in [0, 1]. */
  readonly probabilityEdges: readonly number[];
  /** Names of the impact bands, lowest first. */
  readonly impactBands: readonly string[];
  /** Upper edges of the impact bands, per dimension. */
  readonly impactEdges: Required<ImpactEdges>;
  /** Weight of each probability band in the score (default 1, 2, 3, 4, 5). */
  readonly probabilityWeights: readonly number[];
  /** Weight of each impact band in the score (default 1, 2, 3, 4, 5). */
  readonly impactWeights: readonly number[];
  /** Scores from which a risk rates `medium` and `high` (default 5 and 15). */
  readonly thresholds: { readonly medium: number; readonly high: number };
}

/**
 * A matrix given in part: every field left out takes its default (see {@link DEFAULT_RISK_MATRIX});
 * `impactEdges` is merged dimension by dimension (`null` turns a dimension off).
 *
 * @example
 * ```ts
 * const o: RiskMatrixOptions = { impactEdges: { cost: [5_000, 20_000, 50_000, 100_000] } };
 * ```
 */
export interface RiskMatrixOptions {
  readonly probabilityBands?: readonly string[];
  readonly probabilityEdges?: readonly number[];
  readonly impactBands?: readonly string[];
  readonly impactEdges?: ImpactEdges;
  readonly probabilityWeights?: readonly number[];
  readonly impactWeights?: readonly number[];
  readonly thresholds?: { readonly medium: number; readonly high: number };
}

/**
 * A way of measuring an impact.
 *
 * @example
 * ```ts
 * const d: ImpactDimension = 'days';
 * ```
 */
export type ImpactDimension = 'score' | 'days' | 'cost';

/**
 * Where a probability and an impact fall on the matrix, and what that scores.
 *
 * @example
 * ```ts
 * const s: RateRiskResult = rateRisk({ probability: 0.4, impact: { score: 4 } });
 * // { probability: 0.4, probabilityBand: 2, impactBand: 3, impactBy: ['score'], score: 12, rating: 'medium' }
 * ```
 */
export interface RateRiskResult {
  /** The probability rated. */
  readonly probability: number;
  /** Index of its probability band (0 = lowest). */
  readonly probabilityBand: number;
  /** Index of its impact band (0 = lowest); `null` when no dimension of the impact is rated. */
  readonly impactBand: number | null;
  /** The dimensions that gave the impact band (those reaching the highest band). */
  readonly impactBy: readonly ImpactDimension[];
  /** probabilityWeights × impactWeights; `null` when the impact is not rated. */
  readonly score: number | null;
  /** The rating of the score; `null` when the impact is not rated. */
  readonly rating: RiskRating | null;
}

/**
 * Options of {@link rateRisk}.
 *
 * @example
 * ```ts
 * const o: RateRiskOptions = { matrix: { thresholds: { medium: 6, high: 12 } }, budget: 250_000 };
 * ```
 */
export interface RateRiskOptions {
  /** The matrix (default {@link DEFAULT_RISK_MATRIX}); a partial one is completed with the defaults. */
  readonly matrix?: RiskMatrix | RiskMatrixOptions;
  /** The budget of the risk's project, for `impactEdges.costShareOfBudget`. */
  readonly budget?: number;
}

/**
 * What {@link analyzeRisks} and {@link compareRiskRegisters} read: a portfolio (its risks, and its
 * projects' budgets), a risk register (its `projectId` is the project of risks that name none),
 * or a plain list of risks.
 *
 * @example
 * ```ts
 * const source: RiskSource = parsePortfolio(data);
 * ```
 */
export type RiskSource =
  | {
      readonly risks: readonly Risk[];
      readonly projects?: readonly { readonly id: string; readonly budget?: number | undefined }[];
      readonly projectId?: string | undefined;
    }
  | readonly Risk[];

/**
 * Options of {@link analyzeRisks}.
 *
 * @example
 * ```ts
 * const o: AnalyzeRisksOptions = { today: '2026-04-30', reviewWithinDays: 14, top: 5, activeStatuses: ['open'] };
 * ```
 */
export interface AnalyzeRisksOptions {
  /** The probability–impact matrix, whole or in part (default {@link DEFAULT_RISK_MATRIX}). */
  readonly matrix?: RiskMatrix | RiskMatrixOptions;
  /**
   * The day the register is looked at (`YYYY-MM-DD`). Without it, the checks that depend on the
   * date (overdue actions, risks not reviewed) are not run: pmo-kit never reads the clock.
   */
  readonly today?: string;
  /** A risk is stale when not reviewed for more than this many calendar days (default 30). */
  readonly reviewWithinDays?: number;
  /** How many risks of each kind `top` lists (default 10). */
  readonly top?: number;
  /** The statuses that count as active (default `open` and `monitoring`). */
  readonly activeStatuses?: readonly RiskStatus[];
}

/**
 * One risk of the register, rated.
 *
 * @example
 * ```ts
 * const r: RatedRisk = analyzeRisks(portfolio).risks[0]!;
 * console.log(r.id, r.current.rating, r.emv);
 * ```
 */
export interface RatedRisk {
  readonly id: string;
  readonly title: string;
  readonly kind: 'threat' | 'opportunity';
  readonly status: RiskStatus;
  /** The risk's project, or the register's; `null` for a risk of the whole portfolio. */
  readonly projectId: string | null;
  readonly category: string | null;
  readonly owner: string;
  /** Whether its status is one of the active statuses. */
  readonly active: boolean;
  /** The current assessment (`probability` and `impact`). */
  readonly current: RateRiskResult;
  /** The assessment before any response, when the risk has one. */
  readonly inherent: RateRiskResult | null;
  /** The assessment once the planned responses are done, when the risk has one. */
  readonly residual: RateRiskResult | null;
  /** Expected monetary value: probability × `impact.cost`, negative for threats, positive for opportunities (0 without a cost). */
  readonly emv: number;
  /** Expected schedule effect: probability × `impact.days`, negative for threats, positive for opportunities. */
  readonly expectedDays: number;
  /** Rank among the active risks of its kind (1 = most severe); `null` when not active. */
  readonly rank: number | null;
}

/**
 * The exposure of a set of risks (the active ones).
 *
 * @example
 * ```ts
 * const e: RiskExposure = analyzeRisks(portfolio).exposure.portfolio;
 * console.log(e.threatEmv, e.netEmv);
 * ```
 */
export interface RiskExposure {
  /** Active risks. */
  readonly risks: number;
  readonly threats: number;
  readonly opportunities: number;
  /** Active risks by current rating (threats and opportunities together). */
  readonly high: number;
  readonly medium: number;
  readonly low: number;
  readonly unrated: number;
  /** Σ probability × cost over the threats: the expected cost, a positive amount. */
  readonly threatEmv: number;
  /** Σ probability × cost over the opportunities: the expected saving, a positive amount. */
  readonly opportunityEmv: number;
  /** opportunityEmv − threatEmv: the EMV of the set (negative when threats outweigh). */
  readonly netEmv: number;
  /** Σ probability × days over the threats (a sum of expected slips, not a schedule delay: see docs/risk.md). */
  readonly threatDays: number;
  /** Σ probability × days over the opportunities. */
  readonly opportunityDays: number;
}

/**
 * The exposure of one group: a project, a category or an owner.
 *
 * @example
 * ```ts
 * for (const g of analyzeRisks(portfolio).exposure.byProject) console.log(g.key ?? '(portfolio)', g.threatEmv);
 * ```
 */
export interface GroupExposure extends RiskExposure {
  /** The project id, category or owner; `null` for risks without one. */
  readonly key: string | null;
}

/**
 * One cell of a heat map.
 *
 * @example
 * ```ts
 * const cell: HeatMapCell = analyzeRisks(portfolio).heatMap.threats[4]![4]!;
 * ```
 */
export interface HeatMapCell {
  /** Active risks in the cell. */
  readonly count: number;
  /** Their ids, by rank. */
  readonly riskIds: readonly string[];
  /** The score of the cell. */
  readonly score: number;
  /** The rating of the cell. */
  readonly rating: RiskRating;
}

/**
 * Heat-map data: the active risks per cell of the matrix, threats and opportunities apart.
 * `threats[p][i]` is the cell of probability band p and impact band i (0 = lowest).
 *
 * @example
 * ```ts
 * const { threats, probabilityBands, impactBands } = analyzeRisks(portfolio).heatMap;
 * ```
 */
export interface RiskHeatMap {
  readonly probabilityBands: readonly string[];
  readonly impactBands: readonly string[];
  readonly threats: readonly (readonly HeatMapCell[])[];
  readonly opportunities: readonly (readonly HeatMapCell[])[];
  /** Active risks whose impact no dimension of the matrix rates: on no cell. */
  readonly unrated: readonly string[];
}

/**
 * What the response checks of {@link analyzeRisks} find.
 *
 * @example
 * ```ts
 * const c: RiskFindingCode = 'overdue_action';
 * ```
 */
export type RiskFindingCode = (typeof RISK_FINDING_CODES)[number];

/**
 * A problem with a risk's response or upkeep.
 *
 * @example
 * ```ts
 * for (const f of analyzeRisks(portfolio, { today: '2026-06-01' }).findings) console.log(f.riskId, f.code, f.message);
 * ```
 */
export interface RiskFinding {
  readonly code: RiskFindingCode;
  readonly riskId: string;
  /** For `overdue_action`: the index of the action in the risk's `actions`. */
  readonly actionIndex?: number;
  /** For `overdue_action`: days past the due date; for `not_reviewed`: days since the last review. */
  readonly days?: number;
  /** A sentence for people. */
  readonly message: string;
}

/**
 * The result of {@link analyzeRisks}.
 *
 * @example
 * ```ts
 * const a: AnalyzeRisksResult = analyzeRisks(portfolio, { today: '2026-06-01' });
 * ```
 */
export interface AnalyzeRisksResult {
  /** The `today` option, or `null`. */
  readonly today: string | null;
  /** The matrix used, complete. */
  readonly matrix: RiskMatrix;
  /** Risks per status. */
  readonly statusCounts: { readonly open: number; readonly monitoring: number; readonly occurred: number; readonly closed: number };
  /** Every risk, rated, in input order. */
  readonly risks: readonly RatedRisk[];
  /** Ids of the first `top` active threats and opportunities by rank. */
  readonly top: { readonly threats: readonly string[]; readonly opportunities: readonly string[] };
  /** Exposure of the active risks: the total, and per project, category and owner (largest threat EMV first). */
  readonly exposure: {
    readonly portfolio: RiskExposure;
    readonly byProject: readonly GroupExposure[];
    readonly byCategory: readonly GroupExposure[];
    readonly byOwner: readonly GroupExposure[];
  };
  readonly heatMap: RiskHeatMap;
  /** Problems found by the response checks, in risk order. */
  readonly findings: readonly RiskFinding[];
}

/**
 * Options of {@link compareRiskRegisters}.
 *
 * @example
 * ```ts
 * const o: CompareRiskRegistersOptions = { matrix: riskMatrix({ thresholds: { medium: 6, high: 12 } }) };
 * ```
 */
export interface CompareRiskRegistersOptions {
  /** The probability–impact matrix both snapshots are rated on (default {@link DEFAULT_RISK_MATRIX}). */
  readonly matrix?: RiskMatrix | RiskMatrixOptions;
}

/**
 * A risk whose position on the matrix changed between two snapshots.
 *
 * @example
 * ```ts
 * for (const r of compareRiskRegisters(before, after).reRated) console.log(r.riskId, r.direction, r.before.rating, '->', r.after.rating);
 * ```
 */
export interface RiskReRating {
  readonly riskId: string;
  readonly before: RateRiskResult;
  readonly after: RateRiskResult;
  /** `up` (higher score), `down` (lower score) or `moved` (another cell of the same score, or rated only on one side). */
  readonly direction: 'up' | 'down' | 'moved';
}

/**
 * What changed between two snapshots of a risk register.
 *
 * @example
 * ```ts
 * const c: CompareRiskRegistersResult = compareRiskRegisters(lastMonth, thisMonth);
 * ```
 */
export interface CompareRiskRegistersResult {
  /** In the later snapshot only. */
  readonly added: readonly string[];
  /** In the earlier snapshot only. */
  readonly removed: readonly string[];
  /** Closed in the later snapshot, not in the earlier one. */
  readonly closed: readonly string[];
  /** Closed in the earlier snapshot, no longer in the later one. */
  readonly reopened: readonly string[];
  /** Occurred in the later snapshot, not in the earlier one. */
  readonly occurred: readonly string[];
  /** Strategy `escalate` in the later snapshot, another in the earlier one. */
  readonly escalated: readonly string[];
  /** Present in both, on another cell of the matrix. */
  readonly reRated: readonly RiskReRating[];
}
