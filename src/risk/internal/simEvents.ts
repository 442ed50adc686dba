/**
 * The risk events of a simulation: the risks of the register that are sampled, with the tasks
 * they touch resolved, in CSR form. Private to pmo-kit/risk; the rules are in docs/risk.md.
 */
import { PmoError } from '../../errors.js';
import { q, show } from '../../internal/show.js';
import type { Portfolio } from '../../model/portfolio.js';
import type { Project } from '../../model/project.js';
import type { Risk } from '../../model/risk.js';
import type { CompiledSchedule } from '../../schedule/compileSchedule.js';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The sampled risk events, in CSR form over the tasks they touch. */
export interface EventTable {
  readonly count: number;
  readonly ids: readonly string[];
  readonly kinds: readonly ('threat' | 'opportunity')[];
  readonly probability: Float64Array;
  /** +days for a threat, -days for an opportunity, added to each linked task. */
  readonly days: Float64Array;
  /** +cost for a threat, -cost for an opportunity, added to the cost. */
  readonly cost: Float64Array;
  /** Tasks of event r: `tasks[off[r] … off[r + 1] - 1]`. */
  readonly off: Int32Array;
  readonly tasks: Int32Array;
}

/** No risk events. */
export function emptyEvents(): EventTable {
  return { count: 0, ids: [], kinds: [], probability: new Float64Array(0), days: new Float64Array(0), cost: new Float64Array(0), off: new Int32Array(1), tasks: new Int32Array(0) };
}

/** The event of slot j of `events.tasks` (a binary search over `off`). */
export function eventOf(events: EventTable, j: number): number {
  let lo = 0;
  let hi = events.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (events.off[mid]! <= j) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The risks sampled: every risk that is not closed (and, for a project alone, belongs to it), with
 * its linked tasks resolved. A risk names tasks of its `projectId`; without one, of the project
 * simulated alone, or in a portfolio the one project holding that id.
 */
export function readEvents(fn: string, portfolio: Portfolio, net: CompiledSchedule, alone: Project | null): EventTable {
  const risks = (portfolio.risks ?? []) as unknown;
  if (!Array.isArray(risks)) throw new PmoError('INVALID_ARGUMENT', `${fn}: portfolio.risks must be an array, got ${show(risks)}`);
  const byProject = new Map<string, Map<string, number>>();
  net.taskKeys.forEach((_, g) => {
    const pid = net.projectIds[net.projectOf[g]!]!;
    let m = byProject.get(pid);
    if (m === undefined) byProject.set(pid, (m = new Map()));
    m.set(net.tasks[g]!.id, g);
  });
  const ids: string[] = [];
  const kinds: ('threat' | 'opportunity')[] = [];
  const p: number[] = [];
  const days: number[] = [];
  const cost: number[] = [];
  const off: number[] = [0];
  const tasks: number[] = [];
  (risks as unknown[]).forEach((x, i) => {
    const where = `risk ${isRecord(x) && typeof x.id === 'string' ? q(x.id) : `#${i}`}`;
    if (!isRecord(x)) throw new PmoError('INVALID_ARGUMENT', `${fn}: portfolio.risks[${i}] must be a risk object, got ${show(x)}`);
    const r = x as unknown as Risk;
    if (r.status === 'closed') return;
    if (r.projectId !== undefined && typeof r.projectId !== 'string') throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: projectId must be a string, got ${show(r.projectId)}`);
    // A project alone: its own risks (and, in a portfolio of one project, those of no project).
    if (alone !== null && r.projectId !== alone.id && !(r.projectId === undefined && portfolio.projects.length === 1)) return;
    if (r.kind !== 'threat' && r.kind !== 'opportunity') throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: kind must be "threat" or "opportunity", got ${show(r.kind)}`);
    if (typeof r.probability !== 'number' || !(r.probability >= 0 && r.probability <= 1)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: probability must be a number in [0, 1], got ${show(r.probability)}`);
    const impact = r.impact as unknown;
    if (!isRecord(impact)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: impact must be an object, got ${show(impact)}`);
    for (const k of ['days', 'cost'] as const)
      if (impact[k] !== undefined && !(typeof impact[k] === 'number' && impact[k] >= 0 && impact[k] < Infinity)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: impact.${k} must be a finite number >= 0, got ${show(impact[k])}`);
    const taskIds = (r.taskIds ?? []) as unknown;
    if (!Array.isArray(taskIds)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: taskIds must be an array, got ${show(taskIds)}`);
    const sign = r.kind === 'threat' ? 1 : -1;
    ids.push(r.id);
    kinds.push(r.kind);
    p.push(r.probability);
    days.push(sign * ((impact.days as number | undefined) ?? 0));
    cost.push(sign * ((impact.cost as number | undefined) ?? 0));
    for (const tid of taskIds as unknown[]) {
      const g = resolveTask(fn, where, tid, r.projectId, byProject, alone);
      if (net.isSummary[g] === 1) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where} names WBS summary task ${q(String(tid))}; link risks to the tasks below it`);
      tasks.push(g);
    }
    off.push(tasks.length);
  });
  return { count: ids.length, ids, kinds, probability: Float64Array.from(p), days: Float64Array.from(days), cost: Float64Array.from(cost), off: Int32Array.from(off), tasks: Int32Array.from(tasks) };
}

/** The task a risk names. */
function resolveTask(fn: string, where: string, tid: unknown, projectId: string | undefined, byProject: Map<string, Map<string, number>>, alone: Project | null): number {
  if (typeof tid !== 'string') throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where}: taskIds must hold task ids, got ${show(tid)}`);
  const pid = projectId ?? alone?.id;
  if (pid !== undefined) {
    const m = byProject.get(pid);
    if (m === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${where} names unknown project ${q(pid)}`);
    const g = m.get(tid);
    if (g === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${where} names unknown task ${q(tid)} of project ${q(pid)}`);
    return g;
  }
  const found: number[] = [];
  for (const m of byProject.values()) {
    const g = m.get(tid);
    if (g !== undefined) found.push(g);
  }
  if (found.length === 0) throw new PmoError('UNKNOWN_ID', `${fn}: ${where} names unknown task ${q(tid)}`);
  if (found.length > 1) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${where} names task ${q(tid)}, which several projects have; give the risk a projectId`);
  return found[0]!;
}

