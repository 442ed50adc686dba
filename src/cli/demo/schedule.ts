/** The demo's schedule sections: the projects, the schedule of the portfolio, its critical paths and the critical cross-project dependencies. */
import type { Portfolio } from '../../model/portfolio.js';
import { criticalDependencies } from '../../schedule/analysis/criticalDependencies.js';
import type { SchedulePortfolioResult } from '../../schedule/types.js';
import { table } from '../format.js';
import { personNames } from './organization.js';
import { demoMoney, type DemoWriter } from './text.js';

/** The projects: dates, size, budget, priority and manager. */
export function printProjects(w: DemoWriter, portfolio: Portfolio): void {
  const { out, t, heading } = w;
  const money = demoMoney(portfolio.currency);
  const personName = personNames(portfolio);
  heading(t('projects'));
  out.push(
    ...table(
      [t('colId'), t('colName'), t('colStart'), t('colTasks'), t('colMilestones'), t('colBudget'), t('colPriority'), t('colManager')],
      portfolio.projects.map((p) => [
        p.id,
        p.name,
        p.start,
        String(p.tasks.length),
        String(p.tasks.filter((x) => x.milestone).length),
        money(p.budget),
        p.priority === undefined ? '-' : String(p.priority),
        personName(p.managerId),
      ]),
      { align: ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'left'] },
    ),
  );
}

/** The schedule of all projects together, the critical paths and the ranked critical cross-project dependencies. */
export function printSchedule(w: DemoWriter, portfolio: Portfolio, schedule: SchedulePortfolioResult): void {
  const { out, t, heading } = w;
  const yesNo = (b: boolean) => t(b ? 'yes' : 'no');
  heading(t('schedule'));
  const deadlines = new Map(portfolio.projects.map((p) => [p.id, p.deadline]));
  out.push(
    ...table(
      [t('colId'), t('colStart'), t('colFinish'), t('colDays'), t('colDeadline'), t('colCritical')],
      schedule.projects.map((p) => [p.id, p.startDate, p.finishDate, String(p.duration), deadlines.get(p.id) ?? '-', p.critical ? '*' : '']),
      { align: ['left', 'left', 'left', 'right', 'left', 'left'] },
    ),
  );
  out.push(`${t('portfolioSpan')}: ${schedule.startDate} – ${schedule.finishDate}, ${schedule.duration} ${t('workingDays')} ${schedule.calendarId}`);

  heading(schedule.criticalPaths.length > 1 ? `${t('criticalPaths')} (${schedule.criticalPaths.length})` : t('criticalPath'));
  const byKey = new Map(schedule.tasks.map((x) => [x.key, x]));
  if (schedule.criticalPaths.length === 0) out.push(t('noCriticalPath'));
  schedule.criticalPaths.forEach((path, i) => {
    // Task names, each run of tasks of one project introduced by its id: "[tel] A → B → [wms] C".
    let project = '';
    const steps = path.map((key) => {
      const task = byKey.get(key)!;
      const step = task.projectId === project ? task.name : `[${task.projectId}] ${task.name}`;
      project = task.projectId;
      return step;
    });
    out.push(...wrap(`${i + 1}. `, steps, ' → ', 100));
  });

  heading(t('criticalDeps'));
  const lagText = (lag: number) => (lag !== 0 ? ` ${lag > 0 ? '+' : ''}${lag}d` : '');
  out.push(
    ...table(
      [t('colRank'), t('colDependency'), t('colFloat'), t('colDriving'), t('colOnPath'), t('colPushes')],
      criticalDependencies(portfolio, { schedule }).map((d, i) => [
        String(i + 1),
        `${d.fromProject}/${d.from} -> ${d.toProject}/${d.to} (${d.type}${lagText(d.lag)})`,
        String(d.float),
        yesNo(d.driving),
        yesNo(d.critical),
        d.downstreamProjects.join(', '),
      ]),
      { align: ['right', 'left', 'right', 'left', 'left', 'left'] },
    ),
  );
  out.push(t('floatNote'));
}

/** Joins items with a separator into lines of at most `width` columns (items are never split). */
function wrap(first: string, items: readonly string[], sep: string, width: number): string[] {
  const indent = ' '.repeat(first.length);
  const lines: string[] = [];
  let line = first;
  items.forEach((item, i) => {
    const piece = i === 0 ? item : `${sep}${item}`;
    if (i > 0 && [...line].length + [...piece].length > width) {
      lines.push(line);
      line = `${indent}${piece.trimStart()}`;
    } else line += piece;
  });
  lines.push(line);
  return lines;
}
