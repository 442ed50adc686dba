/** Options and result types of {@link earnedValueAnalysis}. */
import type { CostProfile } from '../model/task.js';
import type { EarnedScheduleResult, EarnedValueResult } from './types.js';

/** Granularity of the periods of an {@link EarnedValueAnalysisResult}. */
export type EvPeriodUnit = 'day' | 'week' | 'month';

/** Options of {@link earnedValueAnalysis}. */
export interface EarnedValueAnalysisOptions {
  /**
   * Status (data) date, `YYYY-MM-DD`: values are cumulative to the end of that day. Default: the
   * latest date among the analysed projects' status reports and their tasks' actual dates.
   */
  readonly statusDate?: string;
  /** Periods of the series: working days, ISO weeks or calendar months. Default `'month'`. */
  readonly by?: EvPeriodUnit;
  /** Analyse this project alone. Default: every project of the portfolio, and their total. */
  readonly projectId?: string;
  /** Spreading of budgets over planned working days for tasks that name no `costProfile`. Default `'linear'`. */
  readonly costProfile?: CostProfile;
}

/** A period of an {@link EarnedValueAnalysisResult}: the periods tile the analysed range without gaps. */
export interface EvPeriod {
  /** `YYYY-MM-DD` (a working day), `YYYY-Www` (ISO week) or `YYYY-MM` (month). */
  readonly key: string;
  /** First calendar day of the period (within the analysed range). */
  readonly startDate: string;
  /** Last calendar day of the period (within the analysed range). */
  readonly endDate: string;
}

/**
 * The S-curves as data, aligned with {@link EarnedValueAnalysisResult.periods}: per-period and
 * cumulative values at the end of each period. EV and AC are `null` for periods that start after
 * the data date; in the period holding the data date they run to the data date. The indices are
 * cumulative (`null` where their denominator is 0 or EV is unknown); in the period holding the
 * data date, SPI compares EV with the PV at the data date.
 */
export interface EvSeries {
  readonly pv: readonly number[];
  readonly ev: readonly (number | null)[];
  readonly ac: readonly (number | null)[];
  readonly pvCumulative: readonly number[];
  readonly evCumulative: readonly (number | null)[];
  readonly acCumulative: readonly (number | null)[];
  readonly spi: readonly (number | null)[];
  readonly cpi: readonly (number | null)[];
}

/** Earned schedule of a project or portfolio, in working days of its calendar, with the dates. */
export interface EvScheduleMeasures extends EarnedScheduleResult {
  /** Unit of PD, AT, ES, SV(t), IEAC(t): working days of `calendarId`. */
  readonly unit: 'working days';
  /** The calendar the working days are counted on. */
  readonly calendarId: string;
  /** First working day of the plan (period 1). */
  readonly startDate: string;
  /** Last planned day (end of period PD). */
  readonly plannedFinishDate: string;
  /** The day AT counts to: the data date, or the day the work was complete when it is. */
  readonly actualTimeThroughDate: string;
  /** The working day by which the plan had scheduled the work earned (ES); `null` when ES = 0. */
  readonly esDate: string | null;
  /** Forecast finish: the working day in which IEAC(t) ends; `null` when IEAC(t) is (or past 9999-12-31). */
  readonly forecastFinishDate: string | null;
  /** Forecast finish when the rest goes at the planned rate (AT + PD − ES). */
  readonly forecastFinishDateAtPlannedRate: string | null;
  /** Working days from the planned to the forecast finish (positive: late); `null` with `forecastFinishDate`. */
  readonly finishVariance: number | null;
}

/** Where a project's PV/EV/AC come from. */
export type EvSource = 'tasks' | 'status-reports';

/** The plan a project is measured against. */
export interface EvPlan {
  /** `baseline` (a baseline of the portfolio) or `schedule` (the project scheduled without its progress). */
  readonly source: 'baseline' | 'schedule';
  /** Id of the baseline used. */
  readonly baselineId: string | null;
  /** First planned day. */
  readonly startDate: string;
  /** Last planned day. */
  readonly finishDate: string;
  /** Sum of the work packages' budgets. */
  readonly bac: number;
}

/** A status report of a project, as data point of its S-curves. */
export interface EvReportPoint {
  readonly date: string;
  readonly pv: number;
  readonly ev: number;
  readonly ac: number;
  readonly bac: number | null;
}

/** The earned value analysis of one project. */
export interface ProjectEarnedValue {
  readonly projectId: string;
  readonly name: string;
  /** Its calendar (earned schedule and forecast dates). */
  readonly calendarId: string;
  /** `tasks` (progress of the tasks) or `status-reports` (no task-level progress: its reports). */
  readonly source: EvSource;
  /** The date the values hold at: the status date, or the date of the latest report on or before it. */
  readonly dataDate: string;
  readonly plan: EvPlan;
  /** Variances, indices and forecasts at the data date. */
  readonly measures: EarnedValueResult;
  /** Earned schedule and forecast finish; `null` when the plan spans no working day. */
  readonly schedule: EvScheduleMeasures | null;
  readonly series: EvSeries;
  /** Its status reports up to the status date. */
  readonly reports: readonly EvReportPoint[];
  /** What was approximated or left out, in words. */
  readonly warnings: readonly string[];
}

/** The total of the analysed projects. */
export interface PortfolioEarnedValue {
  /** The portfolio calendar (its default calendar, else the standard one). */
  readonly calendarId: string;
  /** Measures of the summed BAC, PV, EV and AC (each project at its data date). */
  readonly measures: EarnedValueResult;
  /** Earned schedule of the summed PV curve. */
  readonly schedule: EvScheduleMeasures | null;
  readonly series: EvSeries;
}

/** The result of {@link earnedValueAnalysis}. */
export interface EarnedValueAnalysisResult {
  readonly statusDate: string;
  readonly by: EvPeriodUnit;
  /** The portfolio's currency, when it names one. */
  readonly currency: string | null;
  readonly periods: readonly EvPeriod[];
  readonly projects: readonly ProjectEarnedValue[];
  /** The total over the projects; `null` when one project is analysed. */
  readonly portfolio: PortfolioEarnedValue | null;
  /** Warnings of the analysis as a whole (each project has its own). */
  readonly warnings: readonly string[];
}

/** @deprecated Renamed {@link EarnedValueAnalysisResult}. */
export type EarnedValueAnalysis = EarnedValueAnalysisResult;
