import { Graph } from '@dagrejs/graphlib';
import { PmoError } from '../../errors.js';
import type { Portfolio } from '../../model/portfolio.js';
import { q, show } from '../../internal/show.js';
import { checkPortfolio, invalid } from './internal/baseline.js';
import type { ProjectDependencyRank } from './types.js';

/**
 * The projects of a portfolio ranked by their place in the inter-project dependency graph (one
 * node per project, an edge wherever a cross-project dependency leads from one project to
 * another): fan-in and fan-out (direct predecessor and successor projects), the number of
 * cross-project links in and out, and the transitive upstream and downstream reach.
 *
 * **Ranking:** largest `fanIn + fanOut` first, then largest `upstream + downstream` reach, then
 * most links in and out, then portfolio order. Projects without cross-project dependencies come
 * last with zeros. Reach follows project-level edges (a project reaches another when a chain of
 * cross-project dependencies leads there, whatever the links inside the projects in between);
 * {@link criticalDependencies} gives the task-level reach of each link. A dependency between two
 * tasks of the same project is not an inter-project edge and is not counted.
 *
 * Built on `@dagrejs/graphlib` (nodes named by project position, so ids such as `__proto__` are
 * safe); the reach is a breadth-first search per project, O(P · (P + X)) for P projects and X
 * cross-project dependencies. No schedule is computed; the input is never mutated.
 *
 * @param portfolio - the portfolio (e.g. from {@link parsePortfolio})
 * @returns one entry per project, ranked
 * @throws {@link PmoError} `UNKNOWN_ID` when a cross-project dependency names an unknown project or
 *   task; `INVALID_ARGUMENT` for a malformed portfolio or a duplicate project id
 * @example
 * ```ts
 * for (const r of projectDependencyRanking(portfolio))
 *   console.log(r.projectId, `in ${r.fanIn}`, `out ${r.fanOut}`, `downstream ${r.downstream.join(',')}`);
 * ```
 */
export function projectDependencyRanking(portfolio: Portfolio): ProjectDependencyRank[] {
  const fn = 'projectDependencyRanking';
  checkPortfolio(fn, portfolio);
  const projects = portfolio.projects;
  const P = projects.length;
  const index = new Map<string, number>();
  const taskIds: Set<string>[] = [];
  projects.forEach((p, i) => {
    if (typeof p !== 'object' || p === null || typeof p.id !== 'string' || !Array.isArray(p.tasks))
      invalid(fn, `project #${i} must be an object with an id and a tasks array, got ${show(p)}`);
    if (index.has(p.id)) invalid(fn, `duplicate project id ${q(p.id)}`);
    index.set(p.id, i);
    const ids = new Set<string>();
    p.tasks.forEach((t: unknown, j: number) => {
      const id = typeof t === 'object' && t !== null ? (t as { id?: unknown }).id : undefined;
      if (typeof id !== 'string') invalid(fn, `project ${q(p.id)}: tasks[${j}] must be an object with a string id, got ${show(t)}`);
      ids.add(id);
    });
    taskIds.push(ids);
  });

  const graph = new Graph<undefined, string, number>({ directed: true });
  for (let i = 0; i < P; i++) graph.setNode(String(i), projects[i]!.id);
  const linksIn = new Int32Array(P);
  const linksOut = new Int32Array(P);
  (portfolio.crossDependencies ?? []).forEach((d, i) => {
    const label = `crossDependencies[${i}]`;
    if (typeof d !== 'object' || d === null) invalid(fn, `${label} must be an object, got ${show(d)}`);
    const end = (project: unknown, task: unknown): number => {
      const p = typeof project === 'string' ? index.get(project) : undefined;
      if (p === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${label} refers to unknown project ${show(project)}`);
      if (typeof task !== 'string' || !taskIds[p]!.has(task))
        throw new PmoError('UNKNOWN_ID', `${fn}: ${label} refers to unknown task ${show(task)} in project ${q(projects[p]!.id)}`);
      return p;
    };
    const a = end(d.fromProject, d.from);
    const b = end(d.toProject, d.to);
    if (a === b) return;
    linksOut[a]!++;
    linksIn[b]!++;
    graph.setEdge(String(a), String(b), (graph.edge(String(a), String(b)) ?? 0) + 1);
  });

  const sorted = (names: readonly string[] | undefined): number[] => (names ?? []).map(Number).sort((x, y) => x - y);
  const reach = (from: number, next: (name: string) => string[] | undefined): number[] => {
    const seen = new Uint8Array(P);
    seen[from] = 1;
    const queue = [from];
    for (let head = 0; head < queue.length; head++)
      for (const name of next(String(queue[head]!)) ?? []) {
        const k = Number(name);
        if (seen[k] === 0) {
          seen[k] = 1;
          queue.push(k);
        }
      }
    return queue.slice(1).sort((x, y) => x - y);
  };
  const ids = (list: readonly number[]): string[] => list.map((k) => projects[k]!.id);

  const rows = projects.map((p, i) => {
    const predecessors = sorted(graph.predecessors(String(i)));
    const successors = sorted(graph.successors(String(i)));
    const upstream = reach(i, (k) => graph.predecessors(k));
    const downstream = reach(i, (k) => graph.successors(k));
    const rank: ProjectDependencyRank = {
      projectId: p.id,
      name: typeof p.name === 'string' ? p.name : '',
      predecessors: ids(predecessors),
      successors: ids(successors),
      fanIn: predecessors.length,
      fanOut: successors.length,
      incomingLinks: linksIn[i]!,
      outgoingLinks: linksOut[i]!,
      upstream: ids(upstream),
      downstream: ids(downstream),
    };
    return { rank, i };
  });
  rows.sort(
    (x, y) =>
      y.rank.fanIn + y.rank.fanOut - (x.rank.fanIn + x.rank.fanOut) ||
      y.rank.upstream.length + y.rank.downstream.length - (x.rank.upstream.length + x.rank.downstream.length) ||
      y.rank.incomingLinks + y.rank.outgoingLinks - (x.rank.incomingLinks + x.rank.outgoingLinks) ||
      x.i - y.i,
  );
  return rows.map((r) => r.rank);
}
