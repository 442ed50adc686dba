/**
 * Earned value and actual cost of a project from its tasks' progress, by each task's
 * earned-value rule, as pieces over calendar days. Private to pmo-kit.
 */
import { dayNumber } from '../../internal/dates.js';
import type { Project } from '../../model/project.js';
import type { Task } from '../../model/task.js';
import type { CalendarResolver } from './calendarResolver.js';
import { ramp, step, type Piece } from './pieces.js';
import { summaryIds, type ProjectPlan } from './plan.js';

/** Whether a task reports any progress. */
function reportsProgress(t: Task): boolean {
  return (
    (t.percentComplete ?? 0) > 0 ||
    t.actualStart !== undefined ||
    t.actualFinish !== undefined ||
    (t.actualCost ?? 0) > 0 ||
    (t.evMilestones ?? []).some((m) => m.achieved !== undefined)
  );
}

/** Whether some work package of the project reports progress (else its status reports are used, when it has any). */
export function hasTaskProgress(project: Project): boolean {
  const summaries = summaryIds(project);
  return project.tasks.some((t) => !summaries.has(t.id) && reportsProgress(t));
}

/** EV and AC pieces of a project, and the day its budgeted work was complete (`null` while it is not). */
export interface TaskProgress {
  readonly ev: readonly Piece[];
  readonly ac: readonly Piece[];
  readonly completionDay: number | null;
}

/**
 * EV and AC of a project's work packages. Dates: a task's span runs from its actual start (else
 * its planned start, or the status date when that is later) to its actual finish (else the status
 * date). See docs/performance-control.md for the rules.
 */
export function taskProgress(project: Project, plan: ProjectPlan, cals: CalendarResolver, statusDay: number, warnings: string[]): TaskProgress {
  const summaries = summaryIds(project);
  const ev: Piece[] = [];
  const ac: Piece[] = [];
  const late: string[] = [];
  let allDone = plan.bac > 0;
  let completion = -Infinity;
  for (const t of project.tasks) {
    if (summaries.has(t.id)) continue;
    const pt = plan.tasks.get(t.id);
    const budget = pt?.budget ?? 0;
    const cal = cals.task(project, t);
    const pc = t.percentComplete;
    const aStart = t.actualStart === undefined ? undefined : dayNumber(t.actualStart)!;
    const aFinish = t.actualFinish === undefined ? undefined : dayNumber(t.actualFinish)!;
    if ((aStart ?? -Infinity) > statusDay || (aFinish ?? -Infinity) > statusDay) late.push(t.id);
    const achieved = (t.evMilestones ?? []).filter((m) => m.achieved !== undefined);
    const complete = pc === 100 || aFinish !== undefined;
    const started = complete || aStart !== undefined || (pc ?? 0) > 0 || achieved.length > 0 || (t.actualCost ?? 0) > 0;
    const startDay = aStart ?? (started ? Math.min(pt?.start ?? statusDay, statusDay) : undefined);
    const finishDay = aFinish ?? Math.max(startDay ?? statusDay, statusDay);
    const endDay = complete ? finishDay : Math.max(startDay ?? statusDay, statusDay);

    if (budget > 0) {
      if (complete) completion = Math.max(completion, finishDay);
      else allDone = false;
      const rule = t.evRule ?? 'percent-complete';
      if (rule === 'percent-complete') {
        const earned = complete ? budget : (budget * (pc ?? 0)) / 100;
        if (earned > 0) ev.push(ramp(earned, startDay!, endDay, cal, 'linear'));
      } else if (rule === '0/100') {
        if (complete) ev.push(step(budget, finishDay));
      } else if (rule === '50/50') {
        if (started) ev.push(step(budget / 2, startDay!));
        if (complete) ev.push(step(budget / 2, finishDay));
      } else {
        const all = t.evMilestones ?? [];
        const total = all.reduce((s, m) => s + m.weight, 0);
        // A complete task has earned its budget under every rule: milestones not marked achieved by
        // its finish count at its finish.
        for (const m of all) {
          const share = (budget * m.weight) / total;
          const day = m.achieved === undefined ? undefined : dayNumber(m.achieved)!;
          const when = complete ? Math.min(day ?? finishDay, finishDay) : day;
          if (share > 0 && when !== undefined) ev.push(step(share, when));
        }
      }
    }
    const cost = t.actualCost ?? 0;
    if (cost > 0) ac.push(startDay === undefined ? step(cost, statusDay) : ramp(cost, startDay, endDay, cal, 'linear'));
  }
  if (late.length > 0)
    warnings.push(
      `${late.length} task${late.length === 1 ? ' has' : 's have'} actual dates after the status date (${late.slice(0, 3).map((x) => JSON.stringify(x)).join(', ')}${late.length > 3 ? ', …' : ''}): their value and cost are spread over their actual spans and counted up to the status date`,
    );
  return { ev, ac, completionDay: allDone && completion > -Infinity ? completion : null };
}
