import { PmoError } from '../errors.js';
import { dayNumber, isoFromDayNumber } from '../internal/dates.js';
import { show } from '../internal/show.js';
import type { Portfolio } from '../model/portfolio.js';
import type { Project } from '../model/project.js';
import { COST_PROFILES } from '../model/task.js';
import { schedulePortfolio } from '../schedule/schedulePortfolio.js';
import type { SchedulePortfolioResult } from '../schedule/types.js';
import type {
  EarnedValueAnalysisResult,
  EarnedValueAnalysisOptions,
  EvPeriodUnit,
  EvSource,
  PortfolioEarnedValue,
  ProjectEarnedValue,
} from './analysisTypes.js';
import { maxOf, minOf } from '../internal/bulk.js';
import { earnedValue } from './earnedValue.js';
import { CalendarResolver } from './internal/calendarResolver.js';
import { checkAnalysisInput } from './internal/inputCheck.js';
import { sum } from './internal/numbers.js';
import { readChoice, readDate, readOptions } from './internal/options.js';
import { tiles } from './internal/periods.js';
import { curveOf, type Curve } from './internal/pieces.js';
import { buildPlan, chooseBaseline, withoutProgress, type ProjectPlan } from './internal/plan.js';
import { hasTaskProgress, taskProgress } from './internal/progress.js';
import { reportCurves } from './internal/reports.js';
import { scheduleMeasures } from './internal/scheduleMeasures.js';
import { seriesOf } from './internal/series.js';

/** What phase one computes per project, before the periods are known. */
interface ProjectState {
  readonly project: Project;
  readonly plan: ProjectPlan;
  readonly source: EvSource;
  readonly dataDay: number;
  readonly bac: number;
  readonly pv: number;
  readonly ev: number;
  readonly ac: number;
  readonly pvCurve: Curve;
  readonly evCurve: Curve;
  readonly acCurve: Curve;
  readonly evCap: number;
  readonly completionDay: number | null;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly warnings: string[];
}

/**
 * Time-phased earned value management and earned schedule of a portfolio or one of its projects
 * at a status date: PV from the baseline, EV from the tasks' progress by their earned-value rules,
 * AC from their actual costs (or, for a project without task-level progress, all three from its
 * status reports); per period and cumulative, with indices, every standard EAC, ETC, VAC, TCPI,
 * and the earned schedule forecast of the finish date on the project's calendar.
 *
 * - **Plan (PV).** The latest baseline of the project approved on or before the status date: each
 *   work package (task without subtasks) in it is budgeted at its baseline `cost`, else its
 *   `budget`, spread over the working days of its calendar between its baseline start and finish
 *   by its `costProfile` (linear, front- or back-loaded). Without a baseline, the project's
 *   schedule (`schedulePortfolio`) computed with the progress left out is the plan.
 * - **EV** by the task's `evRule`: percent complete (spread over the actual span), 0/100, 50/50,
 *   weighted milestones. **AC**: `actualCost`, spread over the actual span. Summary tasks' own
 *   amounts are not counted.
 * - **Status reports** give PV, EV and AC at their dates when no work package reports progress,
 *   or when the status date is before some of the tasks' actual dates (the tasks then describe a
 *   later state) and a report exists on or before it.
 * - **Earned schedule** in working days of the project calendar; AT stops when the work is complete.
 *   The portfolio total sums each project at its data date, on the portfolio calendar.
 *
 * Every rule and edge case: docs/performance-control.md. Results never depend on the time zone.
 *
 * Complexity: O((P + log D) × T × log k) for P periods, T tasks, D planned working days and k
 * calendar exceptions, plus one schedule of the portfolio when a project has no baseline.
 *
 * @param portfolio - a parsed portfolio (`parsePortfolio`); never mutated
 * @param options - `statusDate`, `by` (`'month'`), `projectId`, `costProfile` (`'linear'`)
 * @returns per project (and for the portfolio) the measures, the earned schedule and the S-curves
 * @throws {@link PmoError} `UNKNOWN_ID` for an unknown `projectId` or calendar;
 *   `INVALID_ARGUMENT` for a malformed portfolio (naming the field), bad options, no status date to default to, or a status report whose
 *   PV or EV exceeds its BAC; the errors of `schedulePortfolio` for a project without baseline
 * @example
 * ```ts
 * const a = earnedValueAnalysis(portfolio, { statusDate: '2026-04-30', by: 'month' });
 * const wms = a.projects.find((p) => p.projectId === 'wms')!;
 * wms.measures.spi;              // 0.77 (sample portfolio)
 * wms.schedule?.forecastFinishDate;  // '2026-09-01'; plannedFinishDate '2026-06-25'
 * a.periods.map((p, i) => [p.key, wms.series.pvCumulative[i], wms.series.evCumulative[i]]);
 * ```
 */
export function earnedValueAnalysis(portfolio: Portfolio, options?: EarnedValueAnalysisOptions): EarnedValueAnalysisResult {
  const fn = 'earnedValueAnalysis';
  checkAnalysisInput(fn, portfolio);
  const o = readOptions(fn, options);
  const by = readChoice<EvPeriodUnit>(fn, 'by', o.by, ['day', 'week', 'month'], 'month');
  const profile = readChoice(fn, 'costProfile', o.costProfile, COST_PROFILES, 'linear');
  const projectId = o.projectId;
  if (projectId !== undefined && typeof projectId !== 'string') throw new PmoError('INVALID_ARGUMENT', `${fn}: options.projectId must be a string, got ${show(projectId)}`);
  const projects = projectId === undefined ? portfolio.projects : portfolio.projects.filter((p) => p.id === projectId);
  if (projectId !== undefined && projects.length === 0)
    throw new PmoError('UNKNOWN_ID', `${fn}: no project ${JSON.stringify(projectId)}; the projects: ${portfolio.projects.map((p) => JSON.stringify(p.id)).join(', ') || 'none'}`);
  if (projects.length === 0) throw new PmoError('INVALID_ARGUMENT', `${fn}: the portfolio has no project to analyse`);
  const reports = portfolio.statusReports ?? [];
  const statusDay = readDate(fn, 'statusDate', o.statusDate) ?? defaultStatusDay(fn, projects, reports);

  const cals = new CalendarResolver(fn, portfolio);
  let plan: SchedulePortfolioResult | undefined;
  const planSchedule = (): SchedulePortfolioResult => (plan ??= schedulePortfolio(withoutProgress(portfolio), { progress: 'plan' }));
  const states = projects.map((p) => projectState(fn, portfolio, p, statusDay, cals, planSchedule, profile));

  const first = minOf(states, (s) => s.firstDay);
  const last = Math.max(statusDay, maxOf(states, (s) => s.lastDay));
  const single = states.length === 1;
  const refCal = single ? cals.project(states[0]!.project) : cals.portfolioCalendar();
  const periods = tiles(by, first, last, refCal);

  const results: ProjectEarnedValue[] = states.map((s) => {
    const cal = cals.project(s.project);
    const atDay = s.completionDay !== null && s.completionDay <= s.dataDay ? s.completionDay : s.dataDay;
    return {
      projectId: s.project.id,
      name: s.project.name,
      calendarId: cal.id,
      source: s.source,
      dataDate: isoFromDayNumber(s.dataDay, fn),
      plan: { source: s.plan.source, baselineId: s.plan.baselineId, startDate: isoFromDayNumber(s.plan.start, fn), finishDate: isoFromDayNumber(s.plan.finish, fn), bac: s.plan.bac },
      measures: earnedValue({ bac: s.bac, pv: s.pv, ev: s.ev, ac: s.ac }),
      schedule: scheduleMeasures(s.pvCurve, s.ev, atDay, { fn, cal, start: s.plan.start, finish: s.plan.finish }),
      series: seriesOf(periods, s.pvCurve, s.evCurve, s.acCurve, s.dataDay, s.evCap),
      reports: reports
        .filter((r) => r.projectId === s.project.id && dayNumber(r.date)! <= statusDay)
        .map((r) => ({ date: r.date, pv: r.pv, ev: r.ev, ac: r.ac, bac: r.bac ?? null }))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
      warnings: s.warnings,
    };
  });

  const warnings: string[] = [];
  if (statusDay < first) warnings.push(`the status date ${isoFromDayNumber(statusDay, fn)} is before every plan starts: nothing is planned, earned or spent yet`);
  return {
    statusDate: isoFromDayNumber(statusDay, fn),
    by,
    currency: portfolio.currency ?? null,
    periods: periods.map((t) => ({ key: t.key, startDate: isoFromDayNumber(t.first, fn), endDate: isoFromDayNumber(t.last, fn) })),
    projects: results,
    portfolio: single ? null : portfolioTotal(fn, states, statusDay, periods, cals),
    warnings,
  };
}

/** The default status date: the latest status report or actual date of the projects. */
function defaultStatusDay(fn: string, projects: readonly Project[], reports: Portfolio['statusReports']): number {
  const ids = new Set(projects.map((p) => p.id));
  let latest = -Infinity;
  const see = (d: string | undefined) => {
    if (d !== undefined) latest = Math.max(latest, dayNumber(d)!);
  };
  for (const r of reports) if (ids.has(r.projectId)) see(r.date);
  for (const p of projects)
    for (const t of p.tasks) {
      see(t.actualStart);
      see(t.actualFinish);
      for (const m of t.evMilestones ?? []) see(m.achieved);
    }
  if (latest === -Infinity)
    throw new PmoError('INVALID_ARGUMENT', `${fn}: no status date: pass options.statusDate (the projects have no status report and no actual date to default to)`);
  return latest;
}

/** Phase one for one project: plan, source, values at the data date, curves. */
function projectState(
  fn: string,
  portfolio: Portfolio,
  project: Project,
  statusDay: number,
  cals: CalendarResolver,
  planSchedule: () => SchedulePortfolioResult,
  profile: (typeof COST_PROFILES)[number],
): ProjectState {
  const warnings: string[] = [];
  const plan = buildPlan(project, chooseBaseline(portfolio, project, statusDay, warnings), planSchedule, cals, profile, warnings);
  const pvPlan = curveOf(plan.pv);
  const reports = portfolio.statusReports ?? [];
  const own = reports.filter((r) => r.projectId === project.id);
  let firstDay = plan.start;
  let lastDay = plan.finish;
  for (const r of own) firstDay = Math.min(firstDay, dayNumber(r.date)!);
  for (const t of project.tasks) {
    for (const d of [t.actualStart, t.actualFinish, ...(t.evMilestones ?? []).map((m) => m.achieved)]) {
      if (d === undefined) continue;
      const n = dayNumber(d)!;
      firstDay = Math.min(firstDay, n);
      lastDay = Math.max(lastDay, n);
    }
  }
  const q = JSON.stringify;

  // Task progress describes the latest state: for a status date before some of its actual dates,
  // the status reports up to that date (when there are any) say more.
  const progress = hasTaskProgress(project);
  const reportsUpTo = own.some((r) => dayNumber(r.date)! <= statusDay);
  const progressLater = progress && lastDay > statusDay && project.tasks.some((t) => [t.actualStart, t.actualFinish, ...(t.evMilestones ?? []).map((m) => m.achieved)].some((d) => d !== undefined && dayNumber(d)! > statusDay));
  if ((progress && !(progressLater && reportsUpTo)) || own.length === 0) {
    const prog = taskProgress(project, plan, cals, statusDay, warnings);
    const evRaw = curveOf(prog.ev);
    const evCurve: Curve = (d) => Math.min(evRaw(d), plan.bac);
    const acCurve = curveOf(prog.ac);
    const pv = Math.min(pvPlan(statusDay), plan.bac);
    const ev = evCurve(statusDay);
    const ac = acCurve(statusDay);
    const same = own.find((r) => r.date === isoFromDayNumber(statusDay, fn));
    if (same !== undefined) {
      const tol = 0.01 * Math.max(1, plan.bac);
      for (const [k, mine] of [['pv', pv], ['ev', ev], ['ac', ac]] as const)
        if (Math.abs(same[k] - mine) > tol)
          warnings.push(`status report of ${same.date} gives ${k.toUpperCase()} ${same[k]}, the tasks ${round2(mine)}: the indices come from the tasks`);
    }
    return { project, plan, source: 'tasks', dataDay: statusDay, bac: plan.bac, pv, ev, ac, pvCurve: pvPlan, evCurve, acCurve, evCap: plan.bac, completionDay: prog.completionDay, firstDay, lastDay, warnings };
  }

  const rc = reportCurves(project, reports, plan.start, plan.finish, plan.bac, statusDay, warnings);
  const latest = rc.latest;
  if (latest === undefined)
    warnings.push(`no status report on or before ${isoFromDayNumber(statusDay, fn)} and no task-level progress: EV and AC are taken as 0`);
  const dataDay = latest === undefined ? statusDay : dayNumber(latest.date)!;
  const pvCurve = plan.bac > 0 ? pvPlan : rc.pv;
  const pv = latest?.pv ?? Math.min(pvCurve(statusDay), rc.bac);
  const ev = latest?.ev ?? 0;
  const ac = latest?.ac ?? 0;
  for (const [k, v] of [['PV', pv], ['EV', ev]] as const)
    if (v > rc.bac * (1 + 1e-9))
      throw new PmoError('INVALID_ARGUMENT', `${fn}: project ${q(project.id)}: status report of ${latest?.date ?? '-'}: ${k} (${v}) exceeds the BAC (${rc.bac}); give the report a bac, or the project a budget`);
  if (latest !== undefined && plan.bac > 0 && Math.abs(pvPlan(dataDay) - pv) > 0.01 * Math.max(1, rc.bac))
    warnings.push(`status report of ${latest.date} gives PV ${pv}, the ${plan.source} ${round2(pvPlan(dataDay))}: the indices come from the report, the S-curve and earned schedule from the ${plan.source}`);
  return {
    project,
    plan,
    source: 'status-reports',
    dataDay,
    bac: rc.bac,
    pv,
    ev,
    ac,
    pvCurve,
    evCurve: rc.ev,
    acCurve: rc.ac,
    evCap: Infinity,
    completionDay: rc.completionDay,
    firstDay,
    lastDay,
    warnings,
  };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The total of the analysed projects, each at its data date, on the portfolio calendar. */
function portfolioTotal(fn: string, states: readonly ProjectState[], statusDay: number, periods: ReturnType<typeof tiles>, cals: CalendarResolver): PortfolioEarnedValue {
  const cal = cals.portfolioCalendar();
  const bac = sum(states.map((s) => s.bac));
  const ev = Math.min(sum(states.map((s) => s.ev)), bac);
  const pvCurve: Curve = (d) => sum(states.map((s) => s.pvCurve(d)));
  const evCurve: Curve = (d) => sum(states.map((s) => s.evCurve(Math.min(d, s.dataDay))));
  const acCurve: Curve = (d) => sum(states.map((s) => s.acCurve(Math.min(d, s.dataDay))));
  const done = states.every((s) => s.completionDay !== null && s.completionDay <= s.dataDay);
  const atDay = done ? maxOf(states, (s) => s.completionDay!) : statusDay;
  const start = minOf(states, (s) => s.plan.start);
  const finish = maxOf(states, (s) => s.plan.finish);
  return {
    calendarId: cal.id,
    measures: earnedValue({ bac, pv: Math.min(sum(states.map((s) => s.pv)), bac), ev, ac: sum(states.map((s) => s.ac)) }),
    schedule: scheduleMeasures(pvCurve, ev, atDay, { fn, cal, start, finish }),
    series: seriesOf(periods, pvCurve, evCurve, acCurve, statusDay, bac),
  };
}
