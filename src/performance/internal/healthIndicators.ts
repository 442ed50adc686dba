/** The values of the health indicators of one project at a status date. Private to pmo-kit. */
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import { dayNumber } from '../../internal/dates.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { Project } from '../../model/project.js';
import type { ProjectEarnedValue } from '../analysisTypes.js';
import type { HealthIndicator, HealthOverallocationInput } from '../healthTypes.js';
import { sum } from './numbers.js';

/** An indicator's value, or why it has none. */
export type IndicatorValue = { readonly value: number } | { readonly absent: string };

/** What the indicators of one project are computed from. */
export interface IndicatorInputs {
  readonly portfolio: Portfolio;
  readonly project: Project;
  readonly ev: ProjectEarnedValue;
  readonly statusDay: number;
  readonly calendar: WorkingCalendar;
  /** Over-allocated days per project ({@link overallocatedDays}); undefined: no over-allocation data. */
  readonly overallocatedDays: ReadonlyMap<string, number> | undefined;
  readonly riskExposure: ReadonlyMap<string, number> | undefined;
  readonly riskStatuses: ReadonlySet<string>;
}

const absent = (reason: string): IndicatorValue => ({ absent: reason });
const value = (v: number | null | undefined, reason: string): IndicatorValue =>
  v === null || v === undefined || !Number.isFinite(v) ? absent(reason) : { value: v };

/** Every indicator of the project (present or absent with the reason), in no particular order. */
export function indicatorValues(x: IndicatorInputs): Map<HealthIndicator, IndicatorValue> {
  const { ev } = x;
  const m = ev.measures;
  const s = ev.schedule;
  const bac = m.bac;
  const pd = s?.plannedDuration ?? null;
  const out = new Map<HealthIndicator, IndicatorValue>();
  out.set('spi-t', s === null ? absent('the plan spans no working day') : value(s.spit, `SPI(t) is undefined: ${s.reasons.spit ?? 'no actual time'}`));
  out.set('float-erosion', floatErosion(x));
  out.set('cpi', value(m.cpi, `CPI is undefined: ${m.reasons.cpi ?? 'no actual cost'}`));
  out.set('vac', bac > 0 ? value(m.vacTypical === null ? null : m.vacTypical / bac, `VAC is undefined: ${m.reasons.vacTypical ?? 'no CPI'}`) : absent('the BAC is 0'));
  out.set('risk-exposure', riskExposure(x, bac, pd));
  out.set('overallocation', overallocation(x, pd));
  out.set('scope-change', fromReports(x, 'scopeChangePercent', (v) => Math.abs(v)));
  out.set('quality', fromReports(x, 'qualityPercent', (v) => v));
  return out;
}

/**
 * Float erosion: the forecast slip (earned schedule, working days) over the float the plan left
 * to the deadline (working days after the planned finish up to the deadline, at least 1).
 */
function floatErosion(x: IndicatorInputs): IndicatorValue {
  const s = x.ev.schedule;
  if (x.project.deadline === undefined) return absent('the project has no deadline: no float to erode');
  if (s === null || s.finishVariance === null) return absent('no forecast finish (SPI(t) is undefined)');
  const deadline = dayNumber(x.project.deadline)!;
  const planned = dayNumber(s.plannedFinishDate)!;
  const float = x.calendar.dayIndex(deadline + 1) - x.calendar.dayIndex(planned + 1);
  return { value: s.finishVariance / Math.max(1, float) };
}

/** Expected cost of the active threats over the BAC (a threat's days cost BAC / PD each when it names no cost). */
function riskExposure(x: IndicatorInputs, bac: number, pd: number | null): IndicatorValue {
  if (!(bac > 0)) return absent('the BAC is 0');
  if (x.riskExposure !== undefined) return value((x.riskExposure.get(x.project.id) ?? 0) / bac, 'the risk exposure given is not finite');
  const threats = (x.portfolio.risks ?? []).filter((r) => r.projectId === x.project.id && r.kind === 'threat' && x.riskStatuses.has(r.status));
  const expected = sum(
    threats.map((r) => {
      const cost = r.impact.cost ?? (r.impact.days !== undefined && pd !== null && pd > 0 ? (r.impact.days * bac) / pd : 0);
      return r.probability * cost;
    }),
  );
  return value(expected / bac, 'the risk exposure is not finite');
}

/** Over-allocated days touching the project over its planned working days. */
function overallocation(x: IndicatorInputs, pd: number | null): IndicatorValue {
  if (x.overallocatedDays === undefined) return absent('no over-allocation data: pass the overallocations of the schedule');
  if (pd === null || pd <= 0) return absent('the plan spans no working day');
  return value((x.overallocatedDays.get(x.project.id) ?? 0) / pd, 'the over-allocated days are not finite');
}

/**
 * The over-allocated days touching each project: per period, the most days of any entry naming
 * the project, summed over its periods (in the order the periods first appear). One pass over the
 * entries for every project at once (a pass per project was quadratic: 4,000 projects took 11 s).
 * O(entries × projects named per entry).
 */
export function overallocatedDays(overallocations: readonly HealthOverallocationInput[]): Map<string, number> {
  const perProject = new Map<string, Map<string, number>>();
  for (const o of overallocations)
    for (const id of o.projects) {
      let perPeriod = perProject.get(id);
      if (perPeriod === undefined) perProject.set(id, (perPeriod = new Map()));
      perPeriod.set(o.period, Math.max(perPeriod.get(o.period) ?? 0, o.days));
    }
  const out = new Map<string, number>();
  for (const [id, perPeriod] of perProject) out.set(id, sum(perPeriod.values()));
  return out;
}

/** The field from the project's latest status report on or before the status date that has it. */
function fromReports(x: IndicatorInputs, key: 'scopeChangePercent' | 'qualityPercent', map: (v: number) => number): IndicatorValue {
  let best: { day: number; v: number } | undefined;
  for (const r of x.portfolio.statusReports ?? []) {
    const v = r[key];
    if (r.projectId !== x.project.id || v === undefined) continue;
    const d = dayNumber(r.date)!;
    if (d <= x.statusDay && (best === undefined || d >= best.day)) best = { day: d, v };
  }
  return best === undefined ? absent(`no status report gives ${key} on or before the status date`) : value(map(best.v), `${key} is not finite`);
}
