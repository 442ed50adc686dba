/** Earned value of a project from its status reports (cumulative PV, EV, AC per status date). Private to pmo-kit. */
import { dayNumber } from '../../internal/dates.js';
import type { Project } from '../../model/project.js';
import type { StatusReport } from '../../model/status.js';
import { minOf } from '../../internal/bulk.js';
import { pointCurve, type Curve } from './pieces.js';

/** A project's reports up to the status date, read as curves. */
export interface ReportCurves {
  /** The latest report on or before the status date, if any. */
  readonly latest: StatusReport | undefined;
  readonly bac: number;
  readonly ev: Curve;
  readonly ac: Curve;
  /** PV through the report points, 0 at the plan start and the BAC at the planned finish. */
  readonly pv: Curve;
  /** The date of the first report whose EV reaches the BAC. */
  readonly completionDay: number | null;
}

/** The points of one field, 0 the day before `start`, made non-decreasing (a decrease is reported). */
function points(reports: readonly StatusReport[], key: 'pv' | 'ev' | 'ac', start: number, warnings: string[]): [number, number][] {
  const out: [number, number][] = [[start - 1, 0]];
  let max = 0;
  for (const r of reports) {
    const d = dayNumber(r.date)!;
    let v = r[key];
    if (v < max) {
      warnings.push(`status report of ${r.date}: cumulative ${key.toUpperCase()} (${v}) is below an earlier report's (${max}); the earlier value is kept`);
      v = max;
    }
    max = v;
    if (d <= out[out.length - 1]![0]) out[out.length - 1] = [Math.max(d, out[out.length - 1]![0]), v];
    else out.push([d, v]);
  }
  return out;
}

/**
 * The reports of `project` dated on or before the status date, sorted by date (the last of a day
 * wins), as PV, EV and AC curves straight between report dates.
 */
export function reportCurves(project: Project, all: readonly StatusReport[], planStart: number, planFinish: number, planBac: number, statusDay: number, warnings: string[]): ReportCurves {
  const reports = all
    .filter((r) => r.projectId === project.id && dayNumber(r.date)! <= statusDay)
    .map((r, i) => [r, i] as const)
    .sort((a, b) => (a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : a[1] - b[1]))
    .map(([r]) => r);
  const latest = reports[reports.length - 1];
  const bac = latest?.bac ?? project.budget ?? planBac;
  const start = Math.min(planStart, minOf(reports, (r) => dayNumber(r.date)!));
  const pvPoints = points(reports, 'pv', start, warnings);
  const last = pvPoints[pvPoints.length - 1]!;
  if (planFinish > last[0] && bac > last[1]) pvPoints.push([planFinish, bac]);
  const done = reports.find((r) => bac > 0 && r.ev >= bac);
  return {
    latest,
    bac,
    ev: pointCurve(points(reports, 'ev', start, warnings)),
    ac: pointCurve(points(reports, 'ac', start, warnings)),
    pv: pointCurve(pvPoints),
    completionDay: done === undefined ? null : dayNumber(done.date)!,
  };
}
