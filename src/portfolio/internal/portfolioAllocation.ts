/**
 * The allocation problem of a portfolio in a planning window: demands from the scheduled tasks'
 * skill demands, capacities from the resources' calendars. Private to pmo-kit.
 */
import { PmoError } from '../../errors.js';
import { q } from '../../internal/show.js';
import type { AllocationDemand, AllocationPerson, AllocationProblem } from '../../model/allocation.js';
import type { Portfolio } from '../../model/portfolio.js';
import { schedulePortfolio } from '../../schedule/schedulePortfolio.js';
import type { SchedulePortfolioResult } from '../../schedule/types.js';
import { calendarResolver, workingDaysIn, type DateWindow } from './window.js';

/** How the hours of a project are valued. */
export type ValueBasis = 'expectedValue' | 'priority';

/** A portfolio's allocation problem and what went into it. */
export interface PortfolioAllocation {
  readonly problem: AllocationProblem;
  readonly window: DateWindow;
  readonly value: ValueBasis;
  /** Hours of each resource already booked by name on tasks in the window. */
  readonly committed: Readonly<Record<string, number>>;
}

/**
 * Builds the allocation problem of `portfolio` in `window`:
 * - Tasks are placed by their early dates ({@link schedulePortfolio}); summaries, milestones and
 *   finished tasks (100 % complete or with an actual finish) are left out.
 * - A task working `w` of its `n` calendar working days inside the window needs, for a demand of
 *   `u` units, `u × duration × w / n × hoursPerDay` hours of its calendar (so that the whole task
 *   needs `u × duration × hoursPerDay`).
 * - Skill demands are summed per (project, skill, minLevel) into one demand `project/skill`
 *   (`project/skill@minLevel` when the level is not 0); the portfolio's default level is 0.
 * - Demands naming a resource are commitments: they use that resource's hours first.
 * - A resource gives `capacity × hoursPerDay` per working day of its calendar in the window, less
 *   its commitments (never below 0), at its `costPerHour`.
 * - Value per hour: `expectedValue / total hours the project needs over its whole life` (costs
 *   count), or with `priority` the project's priority (costs are then ignored: a priority is not
 *   money). Default: expected values when every project with demands has one, else priorities.
 */
export function portfolioAllocation(
  fn: string,
  portfolio: Portfolio,
  window: DateWindow,
  value: ValueBasis | undefined,
  early: SchedulePortfolioResult | undefined,
): PortfolioAllocation {
  const calendarOf = calendarResolver(fn, portfolio);
  const schedule = early ?? schedulePortfolio(portfolio, { progress: 'plan' });
  const byKey = new Map(schedule.tasks.map((t) => [t.key, t]));
  const committed = new Map<string, number>();
  const groups = new Map<string, { projectId: string; skill: string; minLevel: number; hours: number }>();
  const totalHours = new Map<string, number>();
  const demanding = new Set<string>();

  for (const project of portfolio.projects) {
    const projectCal = project.calendarId;
    let total = 0;
    for (const task of project.tasks) {
      const s = byKey.get(`${project.id}/${task.id}`);
      if (s === undefined || s.summary || s.milestone || task.demands.length === 0) continue;
      const cal = calendarOf(task.calendarId ?? projectCal, `task ${q(task.id)} of project ${q(project.id)}`);
      const hpd = cal.source.hoursPerDay ?? 8;
      for (const d of task.demands) total += d.units * task.duration * hpd;
      const finished = task.percentComplete === 100 || task.actualFinish !== undefined;
      if (finished) continue;
      const span = workingDaysIn(cal, s.earlyStartDate, s.earlyFinishDate);
      const inside = workingDaysIn(cal, s.earlyStartDate > window.from ? s.earlyStartDate : window.from, s.earlyFinishDate < window.to ? s.earlyFinishDate : window.to);
      if (span <= 0 || inside <= 0) continue;
      const share = (task.duration * inside) / span;
      for (const d of task.demands) {
        const hours = d.units * share * hpd;
        if (!(hours > 0)) continue;
        if (d.resourceId !== undefined) {
          committed.set(d.resourceId, (committed.get(d.resourceId) ?? 0) + hours);
          continue;
        }
        const skill = d.skill!;
        const minLevel = d.minLevel ?? 0;
        const id = `${project.id}/${skill}${minLevel !== 0 ? `@${minLevel}` : ''}`;
        const g = groups.get(id);
        if (g === undefined) groups.set(id, { projectId: project.id, skill, minLevel, hours });
        else g.hours += hours;
        demanding.add(project.id);
      }
    }
    totalHours.set(project.id, total);
  }

  const projects = new Map(portfolio.projects.map((p) => [p.id, p]));
  const basis = value ?? ([...demanding].every((id) => projects.get(id)!.expectedValue !== undefined) ? 'expectedValue' : 'priority');
  const missing = [...demanding].filter((id) => (basis === 'expectedValue' ? projects.get(id)!.expectedValue : projects.get(id)!.priority) === undefined);
  if (missing.length > 0)
    throw new PmoError(
      'INVALID_ARGUMENT',
      `${fn}: valuing hours by ${basis} needs it on every project with demands in the window; missing on ${missing.map(q).join(', ')}`,
    );
  const valuePerHour = (projectId: string): number => {
    const p = projects.get(projectId)!;
    if (basis === 'priority') return p.priority!;
    const total = totalHours.get(projectId)!;
    return total > 0 ? p.expectedValue! / total : 0;
  };

  const demands: AllocationDemand[] = [...groups].map(([id, g]) => ({
    id,
    projectId: g.projectId,
    skill: g.skill,
    minLevel: g.minLevel,
    hours: g.hours,
    valuePerHour: valuePerHour(g.projectId),
  }));
  const people: AllocationPerson[] = portfolio.resources.map((r) => {
    const cal = calendarOf(r.calendarId, `resource ${q(r.id)}`);
    const hours = r.capacity * workingDaysIn(cal, window.from, window.to) * (cal.source.hoursPerDay ?? 8);
    return {
      id: r.id,
      name: r.name,
      capacity: Math.max(0, hours - (committed.get(r.id) ?? 0)),
      skills: r.skills ?? {},
      ...(basis === 'expectedValue' && r.costPerHour !== undefined ? { costPerHour: r.costPerHour } : {}),
    };
  });
  return {
    problem: { people, demands },
    window,
    value: basis,
    committed: Object.fromEntries([...committed].map(([id, h]) => [id, h])),
  };
}
