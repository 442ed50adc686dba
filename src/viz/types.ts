/** Options and inputs shared by the charts of pmo-kit/viz. */
import type { Lang } from '../org/types.js';
import type { DependencyType } from '../model/task.js';

/**
 * The options every chart takes. Sizes are in pixels (the SVG's `width`, `height` and
 * `viewBox`); a chart scales to its container when the page sets `width: 100%` on it.
 *
 * @example
 * ```ts
 * const options: ChartOptions = { width: 720, lang: 'zh', title: '项目组合进度' };
 * ```
 */
export interface ChartOptions {
  /** Width in pixels. Default: the chart's own (960 for the wide charts, 640 for the square ones). */
  readonly width?: number;
  /**
   * Height in pixels. Default: the chart's own; the Gantt chart and the network take the height
   * their rows and layout need, and ignore a smaller one.
   */
  readonly height?: number;
  /** Language of every label the chart writes: `'en'` (default) or `'zh'`. */
  readonly lang?: Lang;
  /** The chart's title, shown at its top and as its accessible name (`<title>`). Default: one per chart, in `lang`. */
  readonly title?: string;
  /** Its accessible description (`<desc>`). Default: a summary of what it shows, in `lang`. */
  readonly description?: string;
}

/**
 * A dependency drawn by {@link ganttChart}: its ends are task keys (`taskKey(projectId, id)`),
 * or task ids when the tasks have no project.
 *
 * @example
 * ```ts
 * const link: ChartLink = { from: 'wms/wms-golive', to: 'tel/tel-int', type: 'FS' };
 * ```
 */
export interface ChartLink {
  /** Predecessor key (or id). */
  readonly from: string;
  /** Successor key (or id). */
  readonly to: string;
  /** Link type. Default `'FS'`. */
  readonly type?: DependencyType;
  /**
   * Whether to highlight it as critical. Default: both its tasks are critical and, when the
   * successor lists its `drivingPredecessors`, the predecessor drives it.
   */
  readonly critical?: boolean;
}

/**
 * One cell of a {@link HeatMapData}: the risks at one probability level and one impact level.
 *
 * @example
 * ```ts
 * const cell: HeatMapDataCell = { probability: 4, impact: 5, ids: ['rk-tel-works'] };
 * ```
 */
export interface HeatMapDataCell {
  /** Probability level, from 1 (lowest) to the matrix's `probabilityLevels`. */
  readonly probability: number;
  /** Impact level, from 1 (lowest) to the matrix's `impactLevels`. */
  readonly impact: number;
  /** Ids of the risks in the cell (shown in it, cut with "+n" when they do not fit). */
  readonly ids: readonly string[];
  /** Number of risks in the cell. Default: `ids.length`. */
  readonly count?: number;
}

/**
 * A plain input of {@link riskHeatMap}: a probability × impact matrix as cells, so that any risk
 * register can be drawn (the register analysis of pmo-kit/risk gives a `RiskHeatMap`, which the
 * chart also draws). Cells not listed are empty; two cells on
 * the same levels are added together.
 *
 * @example
 * ```ts
 * const matrix: HeatMapData = { cells: [{ probability: 2, impact: 4, ids: ['rk-1', 'rk-7'] }] };
 * ```
 */
export interface HeatMapData {
  /** Number of probability levels (rows). Default `5`. */
  readonly probabilityLevels?: number;
  /** Number of impact levels (columns). Default `5`. */
  readonly impactLevels?: number;
  /** Names of the probability levels, lowest first. Default: `1` … `n` with "very low" … "very high" for 5 levels. */
  readonly probabilityLabels?: readonly string[];
  /** Names of the impact levels, lowest first. Default: as for probabilities. */
  readonly impactLabels?: readonly string[];
  /** The cells holding risks. */
  readonly cells: readonly HeatMapDataCell[];
}

/**
 * A bin of a {@link FinishDistribution}: runs whose finish falls in `[from, to)`.
 *
 * @example
 * ```ts
 * const bin: HistogramBin = { from: 120, to: 125, count: 87 };
 * ```
 */
export interface HistogramBin {
  /** Lower bound (included), e.g. working days from the start. */
  readonly from: number;
  /** Upper bound (excluded); greater than `from`. */
  readonly to: number;
  /** Number of runs in the bin (>= 0). */
  readonly count: number;
}

/**
 * A percentile of a {@link FinishDistribution}.
 *
 * @example
 * ```ts
 * const p80: Percentile = { p: 80, value: 131 };
 * ```
 */
export interface Percentile {
  /** The percentile, in (0, 100). */
  readonly p: number;
  /** The finish at that percentile, in the bins' unit. */
  readonly value: number;
}

/**
 * The input of {@link finishHistogram}: the finishes of a Monte Carlo simulation as plain data.
 * Numbers are offsets (e.g. working days from the start, or a duration); with `startDate` the
 * axis and markers are labeled with the dates those working-day offsets fall on.
 *
 * @example
 * ```ts
 * const d: FinishDistribution = {
 *   bins: [{ from: 100, to: 105, count: 12 }, { from: 105, to: 110, count: 40 }],
 *   percentiles: [{ p: 50, value: 106 }, { p: 80, value: 108.5 }],
 * };
 * ```
 */
export interface FinishDistribution {
  /** The bins, in increasing order, not overlapping. */
  readonly bins: readonly HistogramBin[];
  /** Percentiles to mark (P50 and P80 are drawn with their own line styles). Default: none. */
  readonly percentiles?: readonly Percentile[];
  /** A target finish to mark (e.g. the deadline), in the bins' unit. */
  readonly deadline?: number;
  /** The deterministic (critical path) finish to mark, in the bins' unit. */
  readonly planned?: number;
  /** Unit of the numbers, for the axis title. Default: "working days". */
  readonly unit?: string;
  /** Date of offset 0: labels become dates (working days of `calendar` counted from it). */
  readonly startDate?: string;
}

/**
 * A bar of {@link tornadoChart}: an input's effect on the outcome (e.g. the correlation of a
 * task's duration with the finish, or the swing in days between its low and high values).
 *
 * @example
 * ```ts
 * const s: Sensitivity = { label: 'ERP interfaces', value: 0.62 };
 * ```
 */
export interface Sensitivity {
  /** What varies. */
  readonly label: string;
  /** Its effect: positive to the right, negative to the left. */
  readonly value: number;
}

/**
 * An axis of {@link maturityRadar}: a PMO function or capability with its assessed level.
 *
 * @example
 * ```ts
 * const a: MaturityAxis = { axis: 'Resource management', level: 2, target: 4 };
 * ```
 */
export interface MaturityAxis {
  /** Name of the axis. */
  readonly axis: string;
  /** Assessed level, from 0 to `maxLevel`. */
  readonly level: number;
  /** Target level, when one is set. */
  readonly target?: number;
}
