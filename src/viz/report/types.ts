/** Options and result types of {@link pmoReport}, {@link reportHtml} and {@link reportMarkdown}. */
import type { Lang } from '../../org/types.js';
import type { EarnedValueAnalysisResult } from '../../performance/analysisTypes.js';
import type { AllocateResourcesResult } from '../../portfolio/allocationTypes.js';
import type { LevelResourcesOptions, LevelResourcesResult } from '../../resources/leveledScheduleTypes.js';
import type { LoadingPeriodUnit, Overallocation, ResourceLoadingResult } from '../../resources/resourceLoadTypes.js';
import type { AssessMaturityResult } from '../../org/maturityTypes.js';
import type { CheckGovernanceResult } from '../../performance/governanceTypes.js';
import type { HealthScoreResult } from '../../performance/healthTypes.js';
import type { PortfolioKpisResult } from '../../performance/kpiTypes.js';
import type { SchedulePortfolioResult } from '../../schedule/types.js';
import type { AnalyzeRisksResult, RiskHeatMap } from '../../risk/types.js';
import type { FinishDistribution, MaturityAxis, HeatMapData, Sensitivity } from '../types.js';

/**
 * Options of {@link pmoReport}. The report computes each analysis once; an analysis the caller
 * has already computed from this very portfolio can be passed in and is used as is.
 */
export interface PmoReportOptions {
  /** Language of the report: `'en'` (default) or `'zh'`. */
  readonly lang?: Lang;
  /** The early schedule, `schedulePortfolio(portfolio)`. Default: computed. */
  readonly schedule?: SchedulePortfolioResult;
  /** The leveled schedule, `levelResources(portfolio, { schedule })`. Default: computed with `leveling`. */
  readonly leveled?: LevelResourcesResult;
  /** Leveling options when the report levels (default 1000 schedules, seed 1). */
  readonly leveling?: Pick<LevelResourcesOptions, 'schedules' | 'seed' | 'objective'>;
  /**
   * The over-allocations of the early and the leveled schedule, `overallocations(portfolio,
   * schedule)` and `overallocations(portfolio, leveled)`. Default: computed.
   */
  readonly overallocations?: { readonly before: readonly Overallocation[]; readonly after: readonly Overallocation[] };
  /** Period of the resource histograms: `'week'` (default) or `'month'`, or `'day'`. */
  readonly loadingBy?: LoadingPeriodUnit;
  /**
   * The resource loading of the early and the leveled schedule by `loadingBy`,
   * `resourceLoading(portfolio, schedule, { by })` and `resourceLoading(portfolio, leveled, { by })`:
   * the histograms, and (before) the KPIs' utilization. Default: computed. One whose `by`
   * differs from `loadingBy` is an error.
   */
  readonly loading?: { readonly before?: ResourceLoadingResult; readonly after?: ResourceLoadingResult };
  /** The earned value analysis, `earnedValueAnalysis(portfolio)`. Default: computed. */
  readonly earnedValue?: EarnedValueAnalysisResult;
  /** The allocation of the shared pool, `allocateResourcesSync(portfolio, { schedule })`. Default: computed. */
  readonly allocation?: AllocateResourcesResult;
  /**
   * The projects selected (e.g. a `selectProjects` result, or `{ selected: ids }`), marked in the
   * portfolio bubble chart. Default: the projects already committed (active, approved, completed).
   */
  readonly selection?: { readonly selected: readonly string[] };
  /** The register analysis, `analyzeRisks(portfolio)` (pmo-kit/risk). Default: computed when the portfolio has risks. */
  readonly risks?: AnalyzeRisksResult;
  /** The heat map to draw instead of the register analysis's: plain cells, or another `RiskHeatMap`. */
  readonly riskHeatMap?: HeatMapData | RiskHeatMap;
  /** The Monte Carlo finish distribution to draw (histogram). */
  readonly finishDistribution?: FinishDistribution;
  /** The sensitivities of the finish to draw (tornado chart). */
  readonly sensitivities?: readonly Sensitivity[];
  /**
   * The health scores, `healthScore(portfolio, { earnedValue, overallocations: before,
   * riskExposure })` (pmo-kit/performance). Default: computed from the report's earned value
   * analysis, over-allocations of the early schedule and the register's threat exposure.
   */
  readonly health?: HealthScoreResult;
  /** The portfolio KPIs, `portfolioKpis(portfolio, { earnedValue, health, resourceLoading })`. Default: computed from the same. */
  readonly kpis?: PortfolioKpisResult;
  /** The governance check, `checkGovernance(portfolio, { statusDate })`. Default: computed at the earned value analysis's status date. */
  readonly governance?: CheckGovernanceResult;
  /**
   * The PMO maturity: an `assessMaturity` result (pmo-kit/org), drawn as radars of the
   * perspectives and functional areas with the next capabilities; or plain axes to draw as one
   * radar. Default: `assessMaturity(portfolio.maturityAssessment, { organization })` when the
   * portfolio has an assessment.
   */
  readonly maturity?: AssessMaturityResult | readonly MaturityAxis[];
}

/**
 * A key figure of a report's summary.
 *
 * @example
 * ```ts
 * const f: ReportFigure = { label: 'Portfolio finish', value: '2026-09-30', note: 'deadline 2026-09-30', tone: 'good' };
 * ```
 */
export interface ReportFigure {
  /** What it is. */
  readonly label: string;
  /** Its value, formatted. */
  readonly value: string;
  /** A short comparison or explanation. */
  readonly note?: string;
  /** How it reads: on track (`good`), to watch (`warning`), off track (`bad`) or `neutral`. */
  readonly tone: 'good' | 'warning' | 'bad' | 'neutral';
}

/**
 * A piece of a report section: a paragraph, a list, a table, key figures or a chart.
 *
 * @example
 * ```ts
 * const b: ReportBlock = { kind: 'table', columns: ['project', 'finish'], rows: [['wms', '2026-08-14']] };
 * ```
 */
export type ReportBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | {
      readonly kind: 'table';
      readonly caption?: string;
      readonly columns: readonly string[];
      /** Alignment of each column. Default: left. */
      readonly align?: readonly ('left' | 'right')[];
      readonly rows: readonly (readonly string[])[];
    }
  | { readonly kind: 'figures'; readonly items: readonly ReportFigure[] }
  | {
      readonly kind: 'chart';
      /** File name (without `.svg`) of the chart in a Markdown report: unique within the report. */
      readonly name: string;
      readonly caption: string;
      /** The SVG document. */
      readonly svg: string;
      /** Whether it takes the full width; otherwise charts side by side share a row. */
      readonly wide: boolean;
    };

/**
 * A section of a report: one topic.
 *
 * @example
 * ```ts
 * const s: ReportSection = { id: 'schedule', title: 'Schedule and critical path', blocks: [] };
 * ```
 */
export interface ReportSection {
  /** Anchor id (`schedule`, `dependencies`, …). */
  readonly id: string;
  /** Its heading. */
  readonly title: string;
  /** One or two sentences saying what it shows, for a reader in a hurry. */
  readonly summary?: string;
  /** Its content, in order. */
  readonly blocks: readonly ReportBlock[];
}

/** The result of {@link pmoReport}: the report as data, to render with {@link reportHtml} or {@link reportMarkdown}. */
export interface PmoReportResult {
  /** Its language. */
  readonly lang: Lang;
  /** Its title (the portfolio's name). */
  readonly title: string;
  /** A line under the title: the portfolio id, its status date, its number of projects. */
  readonly subtitle: string;
  /** The status date the report holds at: the earned value analysis's, else the latest status report's; `null` when the portfolio has none. */
  readonly statusDate: string | null;
  /** The sections, in order. */
  readonly sections: readonly ReportSection[];
  /** Topics left out, each with why (an analysis not in this version, or data the portfolio lacks). */
  readonly notCovered: readonly string[];
}

/**
 * The result of {@link reportMarkdown}: the page and the SVG files it links to.
 *
 * @example
 * ```ts
 * const { markdown, files } = reportMarkdown(pmoReport(portfolio));
 * files[0]; // { name: 'gantt.svg', content: '<svg …' }
 * ```
 */
export interface ReportMarkdownResult {
  /** The Markdown text (GitHub-flavored tables; images as relative links). */
  readonly markdown: string;
  /** The charts, to write beside the Markdown file under their names. */
  readonly files: readonly { readonly name: string; readonly content: string }[];
}
