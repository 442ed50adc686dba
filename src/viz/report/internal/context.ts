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
  /** Topics left out, with why; sections add to it. */
  readonly notCovered: string[];
}

/** The context of a report on `portfolio`. */
export function reportContext(portfolio: Portfolio, options: PmoReportOptions): ReportContext {
  const lang = options.lang ?? 'en';
  const by = options.loadingBy ?? 'week';
  const schedule = once(() => options.schedule ?? schedulePortfolio(portfolio, { progress: 'plan' }));
  const leveled = once(() => options.leveled ?? levelResources(portfolio, { schedules: 1000, seed: 1, ...options.leveling, schedule: schedule() }));
  return {
    portfolio,
    lang,
    options,
    schedule,
    leveled,
    loadingBefore: once(() => resourceLoading(portfolio, schedule(), { by })),
    loadingAfter: once(() => resourceLoading(portfolio, leveled(), { by })),
    overBefore: once(() => options.overallocations?.before ?? overallocations(portfolio, schedule())),
    overAfter: once(() => options.overallocations?.after ?? overallocations(portfolio, leveled())),
    dependencies: once(() => criticalDependencies(portfolio, { schedule: schedule() })),
    earnedValue: once(() => options.earnedValue ?? earnedValueAnalysis(portfolio)),
    allocation: once(() => options.allocation ?? allocateResourcesSync(portfolio, { schedule: schedule() })),
    risks: once(() => options.risks ?? analyzeRisks(portfolio)),
    notCovered: [],
  };
}
