/** Input and result types of the performance module (earned value and earned schedule). */

/**
 * The numbers of {@link earnedValue}: budget at completion and the cumulative planned value,
 * earned value and actual cost at a status date, in one currency.
 */
export interface EarnedValueInput {
  /** Budget at completion (BAC): the total planned value. */
  readonly bac: number;
  /** Planned value (BCWS), cumulative at the status date; at most `bac`. */
  readonly pv: number;
  /** Earned value (BCWP), cumulative at the status date; at most `bac`. */
  readonly ev: number;
  /** Actual cost (ACWP), cumulative at the status date; may exceed `bac`. */
  readonly ac: number;
  /** A bottom-up estimate to complete (ETC), when the team made one: gives `eacBottomUp`. */
  readonly etc?: number;
}

/** The fields of an {@link EarnedValueResult} that may be `null`. */
export type EarnedValueNullable =
  | 'spi'
  | 'cpi'
  | 'svPercent'
  | 'cvPercent'
  | 'percentPlanned'
  | 'percentComplete'
  | 'percentSpent'
  | 'eacTypical'
  | 'eacCombined'
  | 'eacBottomUp'
  | 'etcTypical'
  | 'etcCombined'
  | 'etcBottomUp'
  | 'vacTypical'
  | 'vacCombined'
  | 'vacBottomUp'
  | 'tcpiBac'
  | 'tcpiEac';

/**
 * Variances, indices and forecasts of earned value management (PMI Practice Standard for EVM).
 * A field is `null` when its formula has no meaningful value (a division by zero, or a target
 * that can no longer be met); `reasons` says why for each `null` field. The edge cases are tabled
 * in docs/performance-control.md.
 */
export interface EarnedValueResult {
  /** Budget at completion, as given. */
  readonly bac: number;
  /** Planned value, as given. */
  readonly pv: number;
  /** Earned value, as given. */
  readonly ev: number;
  /** Actual cost, as given. */
  readonly ac: number;
  /** Schedule variance EV − PV (negative: behind plan). */
  readonly sv: number;
  /** Cost variance EV − AC (negative: over budget). */
  readonly cv: number;
  /** SV / PV; `null` when PV = 0. */
  readonly svPercent: number | null;
  /** CV / EV; `null` when EV = 0. */
  readonly cvPercent: number | null;
  /** Schedule performance index EV / PV; `null` when PV = 0. */
  readonly spi: number | null;
  /** Cost performance index EV / AC; `null` when AC = 0. */
  readonly cpi: number | null;
  /** PV / BAC; `null` when BAC = 0. */
  readonly percentPlanned: number | null;
  /** EV / BAC (a fraction, 1 = complete); `null` when BAC = 0. */
  readonly percentComplete: number | null;
  /** AC / BAC; `null` when BAC = 0. */
  readonly percentSpent: number | null;
  /** EAC = BAC / CPI = AC + (BAC − EV) / CPI: the cost performance so far goes on. */
  readonly eacTypical: number | null;
  /** EAC = AC + (BAC − EV): the rest of the work goes as budgeted. Always defined. */
  readonly eacAtypical: number;
  /** EAC = AC + (BAC − EV) / (CPI × SPI): cost and schedule performance both weigh on the rest. */
  readonly eacCombined: number | null;
  /** EAC = AC + bottom-up ETC; `null` when no `etc` was given. */
  readonly eacBottomUp: number | null;
  /** ETC = EAC − AC for the typical EAC, i.e. (BAC − EV) / CPI. */
  readonly etcTypical: number | null;
  /** ETC = BAC − EV. */
  readonly etcAtypical: number;
  /** ETC = (BAC − EV) / (CPI × SPI). */
  readonly etcCombined: number | null;
  /** The bottom-up ETC given. */
  readonly etcBottomUp: number | null;
  /** VAC = BAC − EAC (negative: over budget at completion), typical EAC. */
  readonly vacTypical: number | null;
  /** VAC = BAC − EAC, atypical EAC: EV − AC = CV. */
  readonly vacAtypical: number;
  /** VAC = BAC − EAC, combined EAC. */
  readonly vacCombined: number | null;
  /** VAC = BAC − EAC, bottom-up EAC. */
  readonly vacBottomUp: number | null;
  /**
   * To-complete performance index against the BAC: (BAC − EV) / (BAC − AC), the cost efficiency
   * the remaining work needs to finish within the budget. 0 when no work remains; `null` when
   * work remains and BAC − AC <= 0 (the budget is spent: no efficiency finishes within it).
   */
  readonly tcpiBac: number | null;
  /**
   * To-complete performance index against the EAC: (BAC − EV) / (EAC − AC), with the bottom-up
   * EAC when `etc` was given, else the typical EAC (then it equals the CPI). 0 when no work
   * remains; `null` when that EAC is `null` or leaves no funds (EAC − AC <= 0).
   */
  readonly tcpiEac: number | null;
  /** Why each `null` field is `null` (only those fields appear). */
  readonly reasons: Readonly<Partial<Record<EarnedValueNullable, string>>>;
}

/** The input of {@link earnedSchedule} (Lipke's earned schedule). */
export interface EarnedScheduleInput {
  /**
   * Cumulative planned value at the end of each period: `pvCumulative[k]` is the PV at the end of
   * period k + 1 (PV is 0 at time 0). Non-decreasing; the planned duration PD is its length and
   * the BAC its last value.
   */
  readonly pvCumulative: readonly number[];
  /** Earned value at the status date (cumulative). */
  readonly ev: number;
  /** Actual time AT: periods elapsed from the start to the status date (>= 0, may be fractional). */
  readonly actualTime: number;
}

/** The fields of an {@link EarnedScheduleResult} that may be `null`. */
export type EarnedScheduleNullable = 'spi' | 'spit' | 'ieact' | 'tspi';

/**
 * Earned schedule measures, in periods (Lipke 2003; PMI Practice Standard for EVM, 2nd ed.,
 * appendix on earned schedule). A field is `null` when its formula has no meaningful value;
 * `reasons` says why.
 */
export interface EarnedScheduleResult {
  /** Planned duration PD: the number of periods of the plan. */
  readonly plannedDuration: number;
  /** BAC: the cumulative PV at the end of the plan. */
  readonly bac: number;
  /** Actual time AT, as given. */
  readonly actualTime: number;
  /** PV at the actual time (linear within a period; the BAC from PD on). */
  readonly pv: number;
  /** Earned value, as given. */
  readonly ev: number;
  /** EV / PV at the actual time; `null` when that PV is 0. */
  readonly spi: number | null;
  /**
   * Earned schedule ES: the time at which the plan reached the earned value,
   * C + (EV − PV_C) / (PV_{C+1} − PV_C). PD when EV >= BAC. When EV equals the PV of a flat
   * stretch of the plan (periods k … m with the same cumulative PV, e.g. EV = 0 before the work
   * starts), ES is the time in [k, m] nearest to AT.
   */
  readonly es: number;
  /** Schedule variance in time SV(t) = ES − AT (negative: behind). */
  readonly svt: number;
  /** Schedule performance index in time SPI(t) = ES / AT; `null` when AT = 0. */
  readonly spit: number | null;
  /**
   * Independent estimate at completion in time IEAC(t) = PD / SPI(t) = AT + (PD − ES) / SPI(t);
   * `null` when SPI(t) is `null` or 0.
   */
  readonly ieact: number | null;
  /** IEAC(t) with a performance factor of 1: AT + (PD − ES), the rest at the planned rate. */
  readonly ieactPlannedRate: number;
  /**
   * To-complete schedule performance index TSPI = (PD − ES) / (PD − AT): the rate needed to finish
   * in the planned duration. 0 when nothing remains (ES = PD); `null` when work remains and
   * AT >= PD.
   */
  readonly tspi: number | null;
  /** Why each `null` field is `null` (only those fields appear). */
  readonly reasons: Readonly<Partial<Record<EarnedScheduleNullable, string>>>;
}
