/**
 * What every section of a report reads: the portfolio, the language, the options, and each
 * analysis computed on first use and then shared (the schedule once, the leveling once, …).
 * Private to pmo-kit/viz.
 */
import type { Portfolio } from '../../../model/portfolio.js';
import type { Lang } from '../../../org/types.js';
import { earnedValueAnalysis } from '../../../performance/earnedValueAnalysis.js';
import type { EarnedValueAnalysisResult } from '../../../performance/analysisTypes.js';
import { allocateResourcesSync } from '../../../portfolio/allocateResourcesSync.js';
import type { AllocateResourcesResult } from '../../../portfolio/allocationTypes.js';
import { levelResources } from '../../../resources/levelResources.js';
import type { LevelResourcesResult } from '../../../resources/leveledScheduleTypes.js';
import type { Overallocation, ResourceLoadingResult } from '../../../resources/resourceLoadTypes.js';
import { overallocations } from '../../../resources/overallocations.js';
import { resourceLoading } from '../../../resources/resourceLoading.js';
import { criticalDependencies } from '../../../schedule/analysis/criticalDependencies.js';
import type { CriticalDependency } from '../../../schedule/analysis/types.js';
import { schedulePortfolio } from '../../../schedule/schedulePortfolio.js';
import type { SchedulePortfolioResult } from '../../../schedule/types.js';
import { analyzeRisks } from '../../../risk/analyzeRisks.js';
import type { AnalyzeRisksResult } from '../../../risk/types.js';
import { assessMaturity } from '../../../org/assessMaturity.js';
import type { AssessMaturityResult } from '../../../org/maturityTypes.js';
import { checkGovernance } from '../../../performance/checkGovernance.js';
import type { CheckGovernanceResult } from '../../../performance/governanceTypes.js';
import { healthScore } from '../../../performance/healthScore.js';
import type { HealthScoreResult } from '../../../performance/healthTypes.js';
import type { PortfolioKpisResult } from '../../../performance/kpiTypes.js';
import { portfolioKpis } from '../../../performance/portfolioKpis.js';
import { PmoError } from '../../../errors.js';
import type { PmoReportOptions } from '../types.js';

/** A value computed on first use; an error is kept and thrown again, never computed twice. */
function once<T>(f: () => T): () => T {
  let state: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown } | undefined;
  return () => {
    if (state === undefined) {
      try {
        state = { ok: true, value: f() };
      } catch (error) {
        state = { ok: false, error };
      }
    }
    if (!state.ok) throw state.error;
    return state.value;
  };
}

/** The context of a report's sections. */
export interface ReportContext {
  readonly portfolio: Portfolio;
  readonly lang: Lang;
  readonly options: PmoReportOptions;
  readonly schedule: () => SchedulePortfolioResult;
  readonly leveled: () => LevelResourcesResult;
  readonly loadingBefore: () => ResourceLoadingResult;
  readonly loadingAfter: () => ResourceLoadingResult;
  /** Over-allocations of the early schedule. */
  readonly overBefore: () => readonly Overallocation[];
  /** Over-allocations of the leveled schedule. */
  readonly overAfter: () => readonly Overallocation[];
  readonly dependencies: () => CriticalDependency[];
  readonly earnedValue: () => EarnedValueAnalysisResult;
  readonly allocation: () => AllocateResourcesResult;
  readonly risks: () => AnalyzeRisksResult;
  readonly health: () => HealthScoreResult;
  readonly kpis: () => PortfolioKpisResult;
  readonly governance: () => CheckGovernanceResult;
  /** The maturity assessment; `undefined` when none is given and the portfolio has none (or plain axes are given). */
  readonly maturity: () => AssessMaturityResult | undefined;
  /** Topics left out, with why; sections add to it. */
  readonly notCovered: string[];
}

/** The context of a report on `portfolio`. */
export function reportContext(portfolio: Portfolio, options: PmoReportOptions): ReportContext {
  const lang = options.lang ?? 'en';
  const by = options.loadingBy ?? 'week';
  const schedule = once(() => options.schedule ?? schedulePortfolio(portfolio, { progress: 'plan' }));
  const fn = 'pmoReport';
  for (const k of ['before', 'after'] as const) {
    const given = options.loading?.[k];
    if (given !== undefined && (typeof given !== 'object' || given === null || given.by !== by))
      throw new PmoError('INVALID_ARGUMENT', `${fn}: options.loading.${k}: must be a resource loading by ${by} (options.loadingBy), got ${given === null || typeof given !== 'object' ? JSON.stringify(given) : `one by ${String(given.by)}`}`);
  }
  const leveled = once(() => options.leveled ?? levelResources(portfolio, { schedules: 1000, seed: 1, ...options.leveling, schedule: schedule() }));
  const loadingBefore = once(() => options.loading?.before ?? resourceLoading(portfolio, schedule(), { by }));
  const overBefore = once(() => options.overallocations?.before ?? overallocations(portfolio, schedule()));
  const earnedValue = once(() => options.earnedValue ?? earnedValueAnalysis(portfolio));
  const risks = once(() => options.risks ?? analyzeRisks(portfolio));
  const hasResources = (portfolio.resources ?? []).length > 0;
  // The inputs the health scores read: the over-allocations of the early schedule (when there are
  // resources) and the register analysis's threat exposure (when it runs; else healthScore reads the register).
  const healthInputs = () => ({
    earnedValue: earnedValue(),
    ...(hasResources ? { overallocations: overBefore() } : {}),
    ...((portfolio.risks ?? []).length > 0 ? { riskExposure: threatExposure(risks()) } : {}),
  });
  const health = once(() => options.health ?? healthScore(portfolio, healthInputs()));
  return {
    portfolio,
    lang,
    options,
    schedule,
    leveled,
    loadingBefore,
    loadingAfter: once(() => options.loading?.after ?? resourceLoading(portfolio, leveled(), { by })),
    overBefore,
    overAfter: once(() => options.overallocations?.after ?? overallocations(portfolio, leveled())),
    dependencies: once(() => criticalDependencies(portfolio, { schedule: schedule() })),
    earnedValue,
    allocation: once(() => options.allocation ?? allocateResourcesSync(portfolio, { schedule: schedule() })),
    risks,
    health,
    kpis: once(() => options.kpis ?? portfolioKpis(portfolio, { ...healthInputs(), health: health(), ...(hasResources ? { resourceLoading: loadingBefore() } : {}) })),
    governance: once(() => options.governance ?? checkGovernance(portfolio, statusDateOf(earnedValue))),
    maturity: once(() => {
      if (options.maturity !== undefined) return Array.isArray(options.maturity) ? undefined : (options.maturity as AssessMaturityResult);
      const a = portfolio.maturityAssessment;
      return a === undefined ? undefined : assessMaturity(a, portfolio.organization === undefined ? {} : { organization: portfolio.organization });
    }),
    notCovered: [],
  };
}

/** Each project's expected cost of its active threats (the register analysis's `threatEmv` by project): the health scores' `riskExposure`. */
function threatExposure(analysis: AnalyzeRisksResult): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of analysis.exposure.byProject) if (g.key !== null) out.set(g.key, g.threatEmv);
  return out;
}

/** The governance check's status date: the earned value analysis's, when it runs. */
function statusDateOf(earnedValue: () => EarnedValueAnalysisResult): { statusDate?: string } {
  try {
    return { statusDate: earnedValue().statusDate };
  } catch (err) {
    if (err instanceof PmoError) return {};
    throw err;
  }
}
