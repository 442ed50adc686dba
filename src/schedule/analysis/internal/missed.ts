// Private: lateness of deadlines and constraints on an early schedule, for impactOfDelay.
import type { Axis } from './axis.js';
import { weight, type Network } from './network.js';

/**
 * Where the links put each leaf's early start: its scheduled start, or later when a constraint
 * holds it earlier than one of its links asks (the engine then leaves the link unhonoured).
 * `pinned` tasks (slipping tasks) are where the slip puts them. O(V + E').
 */
export function demandedStarts(net: Network, es: Float64Array, dur: Float64Array, pinned: ReadonlySet<number>): Float64Array {
  const dem = Float64Array.from(es);
  const { inOff, inSrc, inTyp, inLag, isLeaf } = net;
  for (let v = 0; v < net.n; v++) {
    if (isLeaf[v] === 0 || pinned.has(v)) continue;
    for (let s = inOff[v]!; s < inOff[v + 1]!; s++) {
      const u = inSrc[s]!;
      const x = es[u]! + weight(inTyp[s]!, inLag[s]!, dur[u]!, dur[v]!);
      if (x > dem[v]!) dem[v] = x;
    }
  }
  return dem;
}

/** One target checked by impactOfDelay on a task or project. */
export interface Target {
  /** Task index, or -1 for a project deadline. */
  readonly task: number;
  readonly project: number;
  readonly kind: 'task-deadline' | 'project-deadline' | 'constraint';
  readonly constraint?: 'SNLT' | 'FNLT' | 'MSO' | 'MFO';
  /** Whether the target is about the start (SNLT, MSO) rather than the finish. */
  readonly start: boolean;
  readonly date: string;
  /** The latest allowed offset: a start offset, or an exclusive finish offset. */
  readonly limit: number;
}

/** Every deadline and SNLT/FNLT/MSO/MFO constraint of the portfolio, in portfolio order (tasks, then the project). */
export function targets(net: Network, axis: Axis): Target[] {
  const out: Target[] = [];
  net.portfolio.projects.forEach((proj, p) => {
    proj.tasks.forEach((t, i) => {
      const task = net.projBase[p]! + i;
      // A manually scheduled task ignores its constraint.
      const c = t.manualStart === undefined ? t.constraint : undefined;
      if (c !== undefined && c.date !== undefined) {
        switch (c.type) {
          case 'SNLT':
            out.push({ task, project: p, kind: 'constraint', constraint: 'SNLT', start: true, date: c.date, limit: axis.startOnOrAfter(c.date) });
            break;
          case 'MSO':
            out.push({ task, project: p, kind: 'constraint', constraint: 'MSO', start: true, date: c.date, limit: axis.startOnOrAfter(c.date) });
            break;
          case 'FNLT':
          case 'MFO':
            out.push({ task, project: p, kind: 'constraint', constraint: c.type, start: false, date: c.date, limit: axis.finishOnOrBefore(c.date) });
            break;
          default:
            break;
        }
      }
      if (t.deadline !== undefined) out.push({ task, project: p, kind: 'task-deadline', start: false, date: t.deadline, limit: axis.finishOnOrBefore(t.deadline) });
    });
    if (proj.deadline !== undefined) out.push({ task: -1, project: p, kind: 'project-deadline', start: false, date: proj.deadline, limit: axis.finishOnOrBefore(proj.deadline) });
  });
  return out;
}

/**
 * The early start and (exclusive) finish of a target's task, or of its project, from demanded
 * starts: the least start and the greatest finish over the leaf tasks below it.
 */
export function span(net: Network, t: Target, dem: Float64Array, dur: Float64Array, projectStart: number): { readonly start: number; readonly finish: number } {
  const { leafLo, leafHi, leafSeq, isLeaf, projBase } = net;
  let start = Infinity;
  let finish = -Infinity;
  const add = (k: number): void => {
    if (dem[k]! < start) start = dem[k]!;
    if (dem[k]! + dur[k]! > finish) finish = dem[k]! + dur[k]!;
  };
  if (t.task >= 0) for (let j = leafLo[t.task]!; j < leafHi[t.task]!; j++) add(leafSeq[j]!);
  else {
    start = finish = projectStart;
    for (let g = projBase[t.project]!; g < projBase[t.project + 1]!; g++) if (isLeaf[g] === 1) add(g);
  }
  return { start, finish };
}
