/**
 * The nodes and links a network chart draws, from the portfolio's dependency graph: every task
 * (summaries only when a link names them), or the milestones and the ends of cross-project links
 * with the paths between them condensed to one link each. Private to pmo-kit/viz.
 */
import type { DependencyType } from '../../model/task.js';
import type { DependencyGraph } from '../../schedule/dependencyGraph.js';
import type { DatedTask } from '../../schedule/types.js';

/** A node drawn. */
export interface NetNode {
  readonly key: string;
  readonly projectId: string;
  readonly name: string;
  readonly milestone: boolean;
  readonly summary: boolean;
  readonly critical: boolean;
}

/** A link drawn. */
export interface NetLink {
  readonly from: string;
  readonly to: string;
  /** Link type; `null` for a condensed path. */
  readonly type: DependencyType | null;
  readonly cross: boolean;
  readonly critical: boolean;
}

/** What is drawn. */
export interface NetView {
  readonly nodes: readonly NetNode[];
  readonly links: readonly NetLink[];
}

/** Whether the link a → b is critical: both ends critical and, when b says which predecessors drive it, a among them. */
function criticalLink(a: NetNode, b: NetNode, dated: ReadonlyMap<string, DatedTask>): boolean {
  if (!a.critical || !b.critical) return false;
  const driving = dated.get(b.key)?.drivingPredecessors;
  if (driving === undefined || b.summary) return true;
  const taskId = a.key.slice(a.key.lastIndexOf('/') + 1);
  return driving.includes(a.key) || (a.projectId === b.projectId && driving.includes(taskId));
}

/** The view of the whole graph, or of its milestones and cross-project link ends. */
export function networkView(graph: DependencyGraph, dated: ReadonlyMap<string, DatedTask>, detail: 'tasks' | 'milestones'): NetView {
  const all = new Map<string, NetNode>();
  for (const key of graph.nodes()) {
    const l = graph.node(key);
    all.set(key, { key, projectId: l.projectId, name: l.name || l.taskId, milestone: l.milestone && !l.summary, summary: l.summary, critical: dated.get(key)?.critical === true });
  }
  const edges = graph.edges().map((e) => {
    const label = graph.edge(e);
    const a = all.get(e.v)!;
    const b = all.get(e.w)!;
    return { from: e.v, to: e.w, type: label.type, cross: label.crossProject || a.projectId !== b.projectId, critical: criticalLink(a, b, dated) };
  });
  if (detail === 'tasks') {
    const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
    return { nodes: [...all.values()].filter((n) => !n.summary || linked.has(n.key)), links: edges };
  }
  const keep = new Set<string>();
  for (const n of all.values()) if (n.milestone) keep.add(n.key);
  for (const e of edges) if (e.cross) keep.add(e.from), keep.add(e.to);
  const out = new Map<string, { from: string; to: string; cross: boolean; critical: boolean }>();
  const succ = new Map<string, (typeof edges)[number][]>();
  for (const e of edges) {
    let list = succ.get(e.from);
    if (list === undefined) succ.set(e.from, (list = []));
    list.push(e);
  }
  // From each kept node, the kept nodes reached through others only; critical when some such path is critical throughout.
  for (const start of keep) {
    const seen = new Map<string, boolean>();
    const stack: [string, boolean, boolean][] = [[start, true, false]];
    while (stack.length > 0) {
      const [k, critical, cross] = stack.pop()!;
      for (const e of succ.get(k) ?? []) {
        const c = critical && e.critical;
        const x = cross || e.cross;
        if (keep.has(e.to)) {
          const id = `${start}\u0000${e.to}`;
          const prev = out.get(id);
          out.set(id, { from: start, to: e.to, cross: x || (prev?.cross ?? false), critical: c || (prev?.critical ?? false) });
          continue;
        }
        // Revisit a node only when this path is critical and the earlier ones were not.
        const before = seen.get(e.to);
        if (before === true || (before === false && !c)) continue;
        seen.set(e.to, c);
        stack.push([e.to, c, x]);
      }
    }
  }
  const order = [...all.keys()];
  const rank = new Map(order.map((k, i) => [k, i] as const));
  const links = [...out.values()]
    .sort((a, b) => rank.get(a.from)! - rank.get(b.from)! || rank.get(a.to)! - rank.get(b.to)!)
    .map((l) => ({ ...l, type: null }));
  return { nodes: order.filter((k) => keep.has(k)).map((k) => all.get(k)!), links };
}
