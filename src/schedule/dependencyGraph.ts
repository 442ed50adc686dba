import { Graph } from '@dagrejs/graphlib';
import { PmoError } from '../errors.js';
import type { Portfolio } from '../model/portfolio.js';
import type { Project } from '../model/project.js';
import type { DependencyType } from '../model/task.js';
import { q, show } from '../internal/show.js';
import { taskKey } from './taskKey.js';

/** The label of the graph of a {@link DependencyGraph}. */
export interface DependencyGraphLabel {
  /** Whether the graph was built from one project or a portfolio. */
  readonly kind: 'project' | 'portfolio';
  /** Id of that project or portfolio. */
  readonly id: string;
}

/** The label of a node (a task) of a {@link DependencyGraph}. */
export interface TaskNodeLabel {
  /** Id of the task's project. */
  readonly projectId: string;
  /** Task id within its project. */
  readonly taskId: string;
  /** Task name. */
  readonly name: string;
  /** Duration in working days. */
  readonly duration: number;
  /** Whether the task is flagged as a milestone or has zero duration. */
  readonly milestone: boolean;
  /** Whether another task names it as `parentId`. */
  readonly summary: boolean;
}

/** The label of an edge (a dependency) of a {@link DependencyGraph}. */
export interface LinkEdgeLabel {
  /** Dependency type. */
  readonly type: DependencyType;
  /** Lag in working days. */
  readonly lag: number;
  /** Whether the dependency crosses projects (a portfolio's `crossDependencies`). */
  readonly crossProject: boolean;
}

/**
 * A dependency network as a `@dagrejs/graphlib` directed multigraph. Nodes are task keys
 * ({@link taskKey}: `projectId/taskId`), edges are dependencies (several links between the same
 * two tasks are kept), and the graph is compound: a WBS subtask's `parent` is its summary task.
 */
export type DependencyGraph = Graph<DependencyGraphLabel, TaskNodeLabel, LinkEdgeLabel>;

/**
 * Builds the dependency network of a project, or of a whole portfolio with its cross-project
 * dependencies, as a graphlib graph for structure queries: `graph.predecessors(key)`,
 * `graph.successors(key)`, `graph.inEdges(key)`, `graph.sources()`, `graph.children(summaryKey)`,
 * and with this module {@link downstreamTasks}, {@link upstreamTasks} and {@link findCycle}.
 *
 * Node names are task keys (`taskKey(projectId, taskId)`), never raw ids, so that ids such as
 * `__proto__` or `constructor` are safe in graphlib's plain-object storage. Links on summary
 * tasks are kept as given (scheduling expands them to leaf tasks). graphlib is meant for
 * structure queries; {@link schedule} does not use it.
 *
 * O(V + E) plus graphlib's cost of setting WBS parents (O(depth) each). The input is never
 * mutated.
 *
 * @param source - a project, or a portfolio (recognised by its `projects` array)
 * @returns the graph; its label says which kind of source it was built from
 * @throws {@link PmoError} `UNKNOWN_ID` when a dependency names an unknown project or task,
 *   `INVALID_ARGUMENT` for malformed input or duplicate task ids
 * @example
 * ```ts
 * const g = dependencyGraph(portfolio);
 * g.successors(taskKey('p1', 'm'));         // ['p2/a']
 * downstreamTasks(g, taskKey('p1', 'a'));   // every task a slip of p1/a can delay
 * ```
 */
export function dependencyGraph(source: Project | Portfolio): DependencyGraph {
  const fn = 'dependencyGraph';
  if (typeof source !== 'object' || source === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a project or a portfolio, got ${show(source)}`);
  const isPortfolio = Array.isArray((source as Portfolio).projects);
  const projects: readonly Project[] = isPortfolio ? (source as Portfolio).projects : [source as Project];
  const g: DependencyGraph = new Graph({ directed: true, multigraph: true, compound: true });
  g.setGraph({ kind: isPortfolio ? 'portfolio' : 'project', id: String(source.id) });
  const maps = new Map<string, Map<string, string>>();
  projects.forEach((p, pi) => {
    if (typeof p !== 'object' || p === null || typeof p.id !== 'string' || !Array.isArray(p.tasks))
      throw new PmoError('INVALID_ARGUMENT', `${fn}: project #${pi} must be an object with an id and a tasks array`);
    const map = new Map<string, string>();
    maps.set(p.id, map);
    const parents = new Set<string>();
    for (const t of p.tasks) if (typeof t === 'object' && t !== null && typeof t.parentId === 'string') parents.add(t.parentId);
    p.tasks.forEach((t, i) => {
      if (typeof t !== 'object' || t === null || typeof t.id !== 'string' || t.id === '')
        throw new PmoError('INVALID_ARGUMENT', `${fn}: tasks[${i}] of project ${q(p.id)} must be an object with a non-empty string id`);
      if (map.has(t.id)) throw new PmoError('INVALID_ARGUMENT', `${fn}: duplicate task id ${q(t.id)} in project ${q(p.id)}`);
      const key = taskKey(p.id, t.id);
      map.set(t.id, key);
      g.setNode(key, {
        projectId: p.id,
        taskId: t.id,
        name: typeof t.name === 'string' ? t.name : '',
        duration: t.duration,
        milestone: t.milestone === true || t.duration === 0,
        summary: parents.has(t.id),
      });
    });
    for (const t of p.tasks) {
      if (t.parentId === undefined) continue;
      const parentKey = map.get(t.parentId);
      if (parentKey === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: task ${q(t.id)} in project ${q(p.id)} names unknown parent ${show(t.parentId)}`);
      try {
        g.setParent(map.get(t.id)!, parentKey);
      } catch {
        throw new PmoError('INVALID_ARGUMENT', `${fn}: the WBS parents of project ${q(p.id)} form a cycle through task ${q(t.id)}`);
      }
    }
  });
  const lookup = (projectId: string, taskId: unknown, label: string): string => {
    const map = maps.get(projectId);
    if (map === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${label} refers to unknown project ${q(projectId)}`);
    const key = typeof taskId === 'string' ? map.get(taskId) : undefined;
    if (key === undefined) throw new PmoError('UNKNOWN_ID', `${fn}: ${label} refers to unknown task ${show(taskId)} in project ${q(projectId)}`);
    return key;
  };
  const linkList = <T>(v: readonly T[] | undefined, what: string): readonly T[] => {
    if (v === undefined) return [];
    if (!Array.isArray(v)) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${what} must be an array, got ${show(v)}`);
    v.forEach((d, i) => {
      if (typeof d !== 'object' || d === null) throw new PmoError('INVALID_ARGUMENT', `${fn}: ${what}[${i}] must be an object, got ${show(d)}`);
    });
    return v;
  };
  projects.forEach((p, pi) => {
    linkList(p.dependencies, `the dependencies of project ${q(p.id)}`).forEach((d, i) => {
      const label = `dependencies[${i}] of project ${q(p.id)}`;
      g.setEdge(lookup(p.id, d.from, label), lookup(p.id, d.to, label), { type: d.type ?? 'FS', lag: d.lag ?? 0, crossProject: false }, `${pi}:${i}`);
    });
  });
  if (isPortfolio)
    linkList((source as Portfolio).crossDependencies, 'crossDependencies').forEach((d, i) => {
      const label = `crossDependencies[${i}]`;
      g.setEdge(lookup(String(d.fromProject), d.from, label), lookup(String(d.toProject), d.to, label), { type: d.type ?? 'FS', lag: d.lag ?? 0, crossProject: true }, `x:${i}`);
    });
  return g;
}

/** Throws a PmoError unless `graph` looks like a graph from {@link dependencyGraph}. */
function checkGraph(fn: string, graph: unknown): asserts graph is DependencyGraph {
  const g = graph as Partial<Record<'hasNode' | 'nodes' | 'successors' | 'predecessors', unknown>> | null;
  if (typeof g !== 'object' || g === null || typeof g.hasNode !== 'function' || typeof g.nodes !== 'function' || typeof g.successors !== 'function' || typeof g.predecessors !== 'function')
    throw new PmoError('INVALID_ARGUMENT', `${fn}: expected a graph from dependencyGraph, got ${show(graph)}`);
}

function reach(fn: string, graph: DependencyGraph, key: string, next: (k: string) => string[] | undefined): string[] {
  checkGraph(fn, graph);
  if (typeof key !== 'string' || !graph.hasNode(key)) throw new PmoError('UNKNOWN_ID', `${fn}: the graph has no task ${show(key)} (use taskKey(projectId, taskId))`);
  const seen = new Set<string>([key]);
  const out: string[] = [];
  const queue = [key];
  for (let head = 0; head < queue.length; head++) {
    for (const k of next(queue[head]!) ?? []) {
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(k);
      queue.push(k);
    }
  }
  return out;
}

/**
 * Every task reachable from a task through dependencies (its successors, their successors, …):
 * the tasks a slip of it may delay. Breadth-first, iterative, O(V + E). The task itself is not
 * included (unless on a cycle).
 *
 * @param graph - a graph from {@link dependencyGraph}
 * @param key - the task's key, `taskKey(projectId, taskId)`
 * @returns task keys in breadth-first order
 * @throws {@link PmoError} `UNKNOWN_ID` when the graph has no such task
 * @example
 * ```ts
 * downstreamTasks(dependencyGraph(project), taskKey(project.id, 'design'));
 * ```
 */
export function downstreamTasks(graph: DependencyGraph, key: string): string[] {
  return reach('downstreamTasks', graph, key, (k) => graph.successors(k));
}

/**
 * Every task from which a task is reachable through dependencies (its predecessors, theirs, …):
 * the tasks whose slip may delay it. Breadth-first, iterative, O(V + E).
 *
 * @param graph - a graph from {@link dependencyGraph}
 * @param key - the task's key, `taskKey(projectId, taskId)`
 * @returns task keys in breadth-first order
 * @throws {@link PmoError} `UNKNOWN_ID` when the graph has no such task
 * @example
 * ```ts
 * upstreamTasks(dependencyGraph(portfolio), taskKey('p2', 'integrate'));
 * ```
 */
export function upstreamTasks(graph: DependencyGraph, key: string): string[] {
  return reach('upstreamTasks', graph, key, (k) => graph.predecessors(k));
}

/**
 * A dependency cycle of a graph, or `null` when it is acyclic. Iterative depth-first search
 * (graphlib's own `alg.findCycles` recurses and would overflow the stack on very long chains).
 * O(V + E).
 *
 * @param graph - a graph from {@link dependencyGraph}
 * @returns the task keys around the cycle in link order, closed (first key repeated last), or `null`
 * @example
 * ```ts
 * const cycle = findCycle(dependencyGraph(project));
 * if (cycle) console.log(cycle.join(' -> ')); // 'p/a -> p/b -> p/a'
 * ```
 */
export function findCycle(graph: DependencyGraph): string[] | null {
  checkGraph('findCycle', graph);
  const state = new Map<string, 1 | 2>(); // 1 on the stack, 2 done
  for (const root of graph.nodes()) {
    if (state.has(root)) continue;
    const stack: { key: string; next: string[]; i: number }[] = [{ key: root, next: graph.successors(root) ?? [], i: 0 }];
    state.set(root, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.i < top.next.length) {
        const k = top.next[top.i++]!;
        const s = state.get(k);
        if (s === 1) {
          const from = stack.findIndex((f) => f.key === k);
          return [...stack.slice(from).map((f) => f.key), k];
        }
        if (s === undefined) {
          state.set(k, 1);
          stack.push({ key: k, next: graph.successors(k) ?? [], i: 0 });
        }
      } else {
        state.set(top.key, 2);
        stack.pop();
      }
    }
  }
  return null;
}
