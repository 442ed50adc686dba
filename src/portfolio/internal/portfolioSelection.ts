/** The selection problem of a portfolio. Private to pmo-kit. */
import { PmoError } from '../../errors.js';
import { isObject } from '../../internal/guards.js';
import { q, show } from '../../internal/show.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { SelectionProblem, SelectionProject } from '../../model/selection.js';
import { calendarResolver } from './window.js';

/** Options read from selectProjects / efficientFrontier for a portfolio. */
export interface PortfolioSelectionOptions {
  readonly budget: number;
  readonly capacity?: Readonly<Record<string, number>> | undefined;
  readonly value?: 'expectedValue' | 'alignment' | undefined;
}

/**
 * A portfolio as a selection problem:
 * - candidates are the projects with status `proposed` or `approved`; `active` projects are
 *   mandatory; the others (no status, on hold, completed, cancelled) take no part;
 * - cost = the project's `budget`; value = its `expectedValue` (or its alignment score);
 * - demand: per skill (skill demands) and per resource id (named demands), the hours of its
 *   unfinished tasks, `units × duration × hoursPerDay` of the task's calendar;
 * - a project requires the projects (taking part) that its tasks depend on through
 *   cross-project dependencies.
 */
export function portfolioSelection(fn: string, portfolio: Portfolio, o: PortfolioSelectionOptions): SelectionProblem {
  const calendarOf = calendarResolver(fn, portfolio);
  const taking = portfolio.projects.filter((p) => p.status === 'proposed' || p.status === 'approved' || p.status === 'active');
  const ids = new Set(taking.map((p) => p.id));
  const byAlignment = o.value === 'alignment';
  const missing = taking.filter((p) => p.budget === undefined || (!byAlignment && p.expectedValue === undefined)).map((p) => q(p.id));
  if (missing.length > 0)
    throw new PmoError('INVALID_ARGUMENT', `${fn}: every proposed, approved and active project needs a budget${byAlignment ? '' : ' and an expectedValue'}; missing on ${missing.join(', ')}`);
  if (byAlignment && (portfolio.objectives ?? []).length === 0) throw new PmoError('INVALID_ARGUMENT', `${fn}: valuing by alignment needs the portfolio's objectives`);
  const requires = new Map<string, Set<string>>();
  for (const d of portfolio.crossDependencies)
    if (d.fromProject !== d.toProject && ids.has(d.fromProject) && ids.has(d.toProject)) {
      let set = requires.get(d.toProject);
      if (set === undefined) requires.set(d.toProject, (set = new Set()));
      set.add(d.fromProject);
    }
  const projects: SelectionProject[] = taking.map((p) => {
    const demand = new Map<string, number>();
    for (const t of p.tasks) {
      if (t.percentComplete === 100 || t.actualFinish !== undefined) continue;
      const hpd = calendarOf(t.calendarId ?? p.calendarId, `task ${q(t.id)} of project ${q(p.id)}`).source.hoursPerDay ?? 8;
      for (const d of t.demands) {
        const key = d.resourceId ?? d.skill!;
        demand.set(key, (demand.get(key) ?? 0) + d.units * t.duration * hpd);
      }
    }
    const req = requires.get(p.id);
    return {
      id: p.id,
      ...(p.name !== undefined ? { name: p.name } : {}),
      cost: p.budget!,
      ...(p.expectedValue !== undefined ? { value: p.expectedValue } : {}),
      demand: Object.fromEntries(demand),
      ...(p.status === 'active' ? { mandatory: true } : {}),
      ...(req !== undefined ? { requires: [...req] } : {}),
      ...(p.contributions !== undefined ? { contributions: p.contributions } : {}),
    };
  });
  return {
    budget: o.budget,
    ...(o.capacity !== undefined ? { capacity: o.capacity } : {}),
    ...(byAlignment ? { valueFrom: 'alignment' as const } : {}),
    ...(portfolio.objectives !== undefined ? { objectives: portfolio.objectives } : {}),
    projects,
  };
}

/** Reads a capacity option: a record of hours (>= 0). */
export function readCapacity(fn: string, capacity: unknown): Record<string, number> | undefined {
  if (capacity === undefined) return undefined;
  if (!isObject(capacity)) throw new PmoError('INVALID_ARGUMENT', `${fn}: options.capacity must be an object of hours, got ${show(capacity)}`);
  const out = new Map<string, number>();
  for (const [key, v] of Object.entries(capacity)) {
    if (!(typeof v === 'number' && Number.isFinite(v) && v >= 0))
      throw new PmoError('INVALID_ARGUMENT', `${fn}: options.capacity[${JSON.stringify(key)}] must be a number of hours >= 0, got ${show(v)}`);
    out.set(key, v);
  }
  return Object.fromEntries(out);
}
