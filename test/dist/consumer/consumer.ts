// A consumer of the published package, type-checked (never run) by scripts/check-package.mjs
// under node16 ESM (as .mts), node16 CJS (as .cts), bundler and node10, with skipLibCheck false
// and lib ES2020. It touches every entry and the types that pull in dependencies (zod, graphlib).
import { CycleError, PmoError, PmoValidationError, parsePortfolio, type Portfolio, type Project } from 'pmo-kit';
import { safeParsePortfolio, toJsonSchema, type ValidationIssue } from 'pmo-kit/model';
import { describeStructure, pmoResponsibilities } from 'pmo-kit/org';
import { STANDARD_CALENDAR, addWorkingDays } from 'pmo-kit/calendar';
import { dependencyGraph, schedulePortfolio, type DatedTask, type SchedulePortfolioResult } from 'pmo-kit/schedule';
import { levelResources, verifySchedule, type LevelResourcesResult } from 'pmo-kit/resources';
import { readMspdi, toMermaidFlowchart, writeMspdi } from 'pmo-kit/io';
import { ganttChart, pmoReport, reportHtml, type GanttChartOptions } from 'pmo-kit/viz';

export function consume(data: unknown, project: Project): string[] {
  const out: string[] = [];
  const checked = safeParsePortfolio(data);
  if (!checked.success) {
    const issues: readonly ValidationIssue[] = checked.error.issues;
    return issues.map((i) => checked.error.formatIssue(i));
  }
  const portfolio: Portfolio = parsePortfolio(data);
  const plan: SchedulePortfolioResult = schedulePortfolio(portfolio);
  out.push(plan.finishDate);
  const leveled: LevelResourcesResult = levelResources(portfolio, { schedules: 10, seed: 1 });
  const dated: readonly DatedTask[] = [...plan.tasks, ...leveled.tasks];
  out.push(...dated.map((t) => t.startDate));
  out.push(String(verifySchedule(leveled.instance, leveled.starts).length));
  const graph = dependencyGraph(project);
  out.push(...(graph.predecessors('a') ?? []));
  out.push(describeStructure('functional').label.zh);
  out.push(...pmoResponsibilities('functional').map((r) => r.function));
  out.push(addWorkingDays(STANDARD_CALENDAR, '2026-01-05', 3));
  out.push(toMermaidFlowchart(project), writeMspdi(readMspdi('<Project/>')));
  out.push(JSON.stringify(toJsonSchema('portfolio')));
  const chart: GanttChartOptions = { portfolio, lang: 'zh' };
  out.push(ganttChart(plan, chart), reportHtml(pmoReport(portfolio, { schedule: plan, leveled })));
  return out;
}

export function describeError(err: unknown): string {
  if (err instanceof PmoValidationError) return `${err.code}: ${err.issues.length} issues`;
  if (err instanceof CycleError) return err.cycle.join(' -> ');
  if (err instanceof PmoError) return err.code;
  return 'not a pmo-kit error';
}

export const wrapped = new PmoError('INVALID_ARGUMENT', 'example', { cause: new Error('inner') });
