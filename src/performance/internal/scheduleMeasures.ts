/** Earned schedule of a project or portfolio in working days of its calendar, with dates. Private to pmo-kit. */
import type { WorkingCalendar } from '../../calendar/workingCalendar.js';
import { dayNumber, isoFromDayNumber } from '../../internal/dates.js';
import type { EvScheduleMeasures } from '../analysisTypes.js';
import { earnedScheduleCore } from './esCore.js';
import type { Curve } from './pieces.js';

const LAST_DAY = dayNumber('9999-12-31')!;

/** The plan's time axis: a calendar and the first and last planned days. */
export interface ScheduleAxis {
  readonly fn: string;
  readonly cal: WorkingCalendar;
  readonly start: number;
  readonly finish: number;
}

/**
 * Earned schedule on the working days of `axis.cal`: period k is the k-th working day on or after
 * the plan start; PD the working days up to the planned finish; AT those up to `atDay`. `null`
 * when the plan spans no working day of the calendar.
 */
export function scheduleMeasures(pv: Curve, ev: number, atDay: number, axis: ScheduleAxis): EvScheduleMeasures | null {
  const { cal, start, finish, fn } = axis;
  const origin = cal.dayIndex(start);
  const pd = cal.dayIndex(finish + 1) - origin;
  if (pd <= 0) return null;
  const dayAt = (k: number): number => cal.dayAtIndexOrThrow(fn, origin + k - 1, start);
  const pvAt = (k: number): number => (k === 0 ? 0 : pv(k === pd ? Math.max(dayAt(k), finish) : dayAt(k)));
  const at = Math.max(0, cal.dayIndex(atDay + 1) - origin);
  const core = earnedScheduleCore(pvAt, pd, ev, at);
  /** The working day in which an elapsed time of x working days ends; `null` past 9999-12-31. */
  const dateOf = (x: number): string | null => {
    const k = Math.max(1, Math.ceil(x - 1e-9));
    if (!(origin + k - 1 <= cal.dayIndex(LAST_DAY))) return null;
    return isoFromDayNumber(dayAt(k), fn);
  };
  const forecastFinish = core.ieact === null ? null : dateOf(core.ieact);
  return {
    ...core,
    unit: 'working days',
    calendarId: cal.id,
    startDate: isoFromDayNumber(dayAt(1), fn),
    plannedFinishDate: isoFromDayNumber(finish, fn),
    actualTimeThroughDate: isoFromDayNumber(atDay, fn),
    esDate: core.es > 0 ? dateOf(core.es) : null,
    forecastFinishDate: forecastFinish,
    forecastFinishDateAtPlannedRate: dateOf(core.ieactPlannedRate),
    finishVariance: forecastFinish === null ? null : Math.max(1, Math.ceil(core.ieact! - 1e-9)) - pd,
  };
}
