/**
 * The checks of the dependency network that the schedule engine would otherwise be the first to
 * fail on: dependency cycles (within a project, across projects, through WBS summaries),
 * links between a summary and its own subtask, and constraints a summary task cannot take.
 * Works on plain ids of the raw input, without the schedule engine (the model comes first).
 * Private to pmo-kit.
 *
 * Summary links follow the engine: a link on a summary applies to every leaf task below it. The
 * graph stays linear in size by giving each summary S two nodes, `in(S)` (links into S lead to
 * it; it leads to each child) and `out(S)` (each child leads to it; links from S leave it), so
 * that a path leaf -> … -> leaf exists exactly when the engine's expanded links have one; for a
 * leaf, in = out. O(V + E) time and memory.
 */
import { digraph, isAcyclic, pathWithin, stronglyConnected, type Digraph } from '../internal/cycles.js';
import { arr, isObj, q, str, type IssueSink, type Obj, type Path } from './raw.js';

/** A project to check: the raw item and its path in the input. */
export interface NetProject {
  readonly item: Obj;
  readonly path: Path;
  /**
   * The positions, in the project's `tasks`, of each dependency's endpoints (-1 when unknown), as
   * the reference checks found them: read instead of looking the ids up again.
   */
  readonly ends?: LinkEnds;
  /** The project's task ids to the position of their first task, as the reference checks indexed them (built when absent). */
  readonly index?: ReadonlyMap<string, number>;
  /** With `index`: 1 at each position that holds the first task of its id. */
  readonly first?: Uint8Array;
}

/** Positions of the endpoints of a project's dependencies in its `tasks` array; -1 for none. */
export interface LinkEnds {
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/** Constraint types a summary task does not accept (as in MS Project; the engine refuses them). */
const NOT_ON_SUMMARY = new Set(['ALAP', 'SNLT', 'FNET', 'MSO', 'MFO']);

/** Escapes a task key part as `taskKey` does (`%` and `/`), so the keys match `schedulePortfolio`'s. */
const keyPart = (s: string): string => (s.includes('%') || s.includes('/') ? s.replace(/%/g, '%25').replace(/\//g, '%2F') : s);

/**
 * Every task position of every project, numbered globally: project `pi`'s task at position `i` is
 * node `base[pi] + i`. A position that holds no task the engine reads (not an object, no id, or a
 * later task with an id already used) is an isolated node with no id.
 */
interface Tasks {
  readonly n: number;
  /** The id of each node ('' for an isolated one). */
  readonly ids: string[];
  readonly proj: Int32Array;
  /** Position of the task in its project's `tasks` array. */
  readonly at: Int32Array;
  /** The raw task of each node (an empty object for an isolated one). */
  readonly items: Obj[];
  /** The node of each project's first task. */
  readonly base: Int32Array;
  /** Task ids to the position of their first task, per project. */
  readonly index: readonly ReadonlyMap<string, number>[];
}

const NO_TASK: Obj = Object.freeze({});

/** The node of the task `id` of project `pi`, if it has one. */
function nodeOf(t: Tasks, pi: number, id: string): number | undefined {
  const k = t.index[pi]!.get(id);
  return k === undefined ? undefined : t.base[pi]! + k;
}

/** Task ids to the position of their first task (as the reference checks index them). */
function firstPositions(items: readonly unknown[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const id = isObj(item) ? str(item, 'id') : undefined;
    if (id !== undefined && !index.has(id)) index.set(id, i);
  }
  return index;
}

function collectTasks(projects: readonly NetProject[]): Tasks {
  const base = new Int32Array(projects.length);
  let n = 0;
  projects.forEach((p, pi) => {
    base[pi] = n;
    n += arr(p.item.tasks).length;
  });
  const ids = new Array<string>(n);
  const items = new Array<Obj>(n);
  const proj = new Int32Array(n);
  const at = new Int32Array(n);
  const index = projects.map((p, pi) => {
    const tasks = arr(p.item.tasks);
    const known = p.index !== undefined && p.first !== undefined && p.first.length === tasks.length ? p.first : undefined;
    const positions = known !== undefined ? p.index! : firstPositions(tasks);
    for (let i = 0, g = base[pi]!; i < tasks.length; i++, g++) {
      proj[g] = pi;
      at[g] = i;
      const item = tasks[i];
      const id = isObj(item) ? str(item, 'id') : undefined;
      const first = id !== undefined && (known !== undefined ? known[i] === 1 : positions.get(id) === i);
      ids[g] = first ? id : '';
      items[g] = first ? (item as Obj) : NO_TASK;
    }
    return positions;
  });
  return { n, ids, proj, at, items, base, index };
}

/** The WBS: parent, summary flags, and preorder intervals for ancestor tests. */
interface Wbs {
  readonly parent: Int32Array;
  readonly summary: Uint8Array;
  readonly pre: Int32Array;
  readonly size: Int32Array;
}

/**
 * Parents as the engine reads them. A project whose parent chains loop (reported elsewhere as
 * `cycle`) is read without its WBS, so that its links are still checked.
 */
function buildWbs(t: Tasks, projectCount: number): Wbs {
  const { n } = t;
  const parent = new Int32Array(n).fill(-1);
  let parents = 0;
  for (let g = 0; g < n; g++) {
    const pid = str(t.items[g]!, 'parentId');
    const pg = pid === undefined ? undefined : nodeOf(t, t.proj[g]!, pid);
    if (pg !== undefined && pg !== g) {
      parent[g] = pg;
      parents++;
    }
  }
  if (parents === 0) {
    // No WBS: every task a root of its own, in task order.
    const pre = new Int32Array(n);
    for (let g = 0; g < n; g++) pre[g] = g;
    return { parent, summary: new Uint8Array(n), pre, size: new Int32Array(n).fill(1) };
  }
  const broken = new Uint8Array(projectCount);
  const colour = new Uint8Array(n); // 1 on the current walk, 2 done
  for (let g0 = 0; g0 < n; g0++) {
    let g = g0;
    while (g !== -1 && colour[g] === 0) {
      colour[g] = 1;
      g = parent[g]!;
    }
    if (g !== -1 && colour[g] === 1) broken[t.proj[g]!] = 1;
    for (g = g0; g !== -1 && colour[g] === 1; g = parent[g]!) colour[g] = 2;
  }
  for (let g = 0; g < n; g++) if (broken[t.proj[g]!] === 1) parent[g] = -1;
  const summary = new Uint8Array(n);
  const off = new Int32Array(n + 1);
  for (let g = 0; g < n; g++)
    if (parent[g]! >= 0) {
      summary[parent[g]!] = 1;
      off[parent[g]! + 1]!++;
    }
  for (let g = 0; g < n; g++) off[g + 1]! += off[g]!;
  const fill = off.slice(0, n);
  const kids = new Int32Array(n);
  for (let g = 0; g < n; g++) if (parent[g]! >= 0) kids[fill[parent[g]!]!++] = g;
  const pre = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  const order = new Int32Array(n);
  const stack = new Int32Array(n);
  let len = 0;
  for (let r = 0; r < n; r++) {
    if (parent[r] !== -1) continue;
    let top = 0;
    stack[top++] = r;
    while (top > 0) {
      const g = stack[--top]!;
      pre[g] = len;
      order[len++] = g;
      for (let s = off[g + 1]! - 1; s >= off[g]!; s--) stack[top++] = kids[s]!;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    const g = order[i]!;
    if (parent[g]! >= 0) size[parent[g]!]! += size[g]!;
  }
  return { parent, summary, pre, size };
}

/** ` in project "p1"` in portfolio mode, else nothing. */
function inProject(t: Tasks, projects: readonly NetProject[], mode: 'project' | 'portfolio', g: number): string {
  return mode === 'portfolio' ? ` in project ${q(str(projects[t.proj[g]!]!.item, 'id') ?? '')}` : '';
}

/** A link as written: its endpoints and where it is (project index and position, or -1 for a cross-project link). */
interface Links {
  m: number;
  from: Int32Array;
  to: Int32Array;
  project: Int32Array;
  pos: Int32Array;
}

/**
 * Checks the dependency network of `projects` (and of `cross`, the portfolio's cross-project
 * dependencies): summary constraints, links between a summary and its own subtask, and cycles.
 * `mode` `project` names tasks by id; `portfolio` names them as the engine does (task keys when a
 * cycle spans projects). References to unknown projects or tasks and self-dependencies are
 * skipped here (reported by the reference checks).
 */
export function checkNetwork(sink: IssueSink, projects: readonly NetProject[], cross: readonly unknown[], mode: 'project' | 'portfolio'): void {
  const t = collectTasks(projects);
  const wbs = buildWbs(t, projects.length);
  const { n } = t;
  const whereOf = (g: number): string => inProject(t, projects, mode, g);
  const taskPath = (g: number): Path => [...projects[t.proj[g]!]!.path, 'tasks', t.at[g]!];

  for (let g = 0; g < n; g++) {
    if (wbs.summary[g] !== 1) continue;
    const c = t.items[g]!.constraint;
    const type = isObj(c) ? c.type : undefined;
    if (typeof type === 'string' && NOT_ON_SUMMARY.has(type))
      sink.add(
        'summary_constraint',
        [...taskPath(g), 'constraint', 'type'],
        `summary task ${q(t.ids[g]!)}${whereOf(g)} has constraint ${type}; summary tasks accept only ASAP, SNET and FNLT (as in MS Project)`,
      );
  }

  const links = readLinks(sink, t, wbs, projects, cross, mode);
  if (links.m === 0) return;
  const { summary, parent } = wbs;
  // Nodes: in(g) = g; out(g) = n + g for a summary, g for a leaf.
  const out = (g: number): number => (summary[g] === 1 ? n + g : g);
  let e = 0;
  let wbsEdges = 0;
  for (let g = 0; g < n; g++) if (parent[g]! >= 0) wbsEdges += 2;
  let graph: Digraph;
  if (wbsEdges === 0) {
    // No WBS: every task is a leaf (out = in), the graph is the links themselves.
    e = links.m;
    graph = digraph(2 * n, e, links.from, links.to);
  } else {
    const from = new Int32Array(wbsEdges + links.m);
    const to = new Int32Array(wbsEdges + links.m);
    for (let g = 0; g < n; g++) {
      const pg = parent[g]!;
      if (pg < 0) continue;
      from[e] = pg;
      to[e++] = g;
      from[e] = out(g);
      to[e++] = n + pg;
    }
    for (let l = 0; l < links.m; l++) {
      from[e] = out(links.from[l]!);
      to[e++] = links.to[l]!;
    }
    graph = digraph(2 * n, e, from, to);
  }
  if (isAcyclic(graph)) return; // the common case; the components name the cycles otherwise
  const cs = stronglyConnected(graph);
  let cyclic = false;
  for (let c = 0; c < cs.size.length && !cyclic; c++) if (cs.size[c]! > 1) cyclic = true;
  if (!cyclic) return;

  const reported = new Uint8Array(cs.size.length);
  const seen = new Int32Array(2 * n).fill(-1);
  // A node-to-node step is a link (not a WBS step) unless it leaves a summary's in-node or enters an out-node.
  const isLink = (x: number, y: number): boolean => !(x < n && summary[x] === 1) && y < n;
  for (let l = 0; l < links.m; l++) {
    const u = out(links.from[l]!);
    const v = links.to[l]!;
    const c = cs.comp[u]!;
    if (cs.comp[v] !== c || cs.size[c]! < 2 || reported[c] === 1) continue;
    reported[c] = 1;
    const path = pathWithin(graph, cs, v, u, seen, l)!;
    const members: number[] = [links.from[l]!];
    path.forEach((x, i) => {
      const g = x < n ? x : x - n;
      if (summary[g] !== 1) members.push(g);
      else if (x < n ? i === 0 || isLink(path[i - 1]!, x) : i === path.length - 1 || isLink(x, path[i + 1]!)) members.push(g);
    });
    const at: Path = links.project[l]! < 0 ? ['crossDependencies', links.pos[l]!] : [...projects[links.project[l]!]!.path, 'dependencies', links.pos[l]!];
    sink.add('cycle', at, cycleMessage(members, t, summary, projects, mode));
  }
}

/** Reads the links the engine would read, reporting those between a summary and its own subtask. */
function readLinks(sink: IssueSink, t: Tasks, wbs: Wbs, projects: readonly NetProject[], cross: readonly unknown[], mode: 'project' | 'portfolio'): Links {
  let total = cross.length;
  for (const p of projects) total += arr(p.item.dependencies).length;
  const links: Links = { m: 0, from: new Int32Array(total), to: new Int32Array(total), project: new Int32Array(total), pos: new Int32Array(total) };
  const { summary, pre, size } = wbs;
  const isAncestor = (a: number, b: number): boolean => pre[a]! <= pre[b]! && pre[b]! < pre[a]! + size[a]!;
  const where = (g: number): string => inProject(t, projects, mode, g);
  const add = (d: unknown, fromProject: number | undefined, toProject: number | undefined, project: number, pos: number): void => {
    if (!isObj(d) || fromProject === undefined || toProject === undefined) return;
    const fromId = str(d, 'from');
    const toId = str(d, 'to');
    const a = fromId === undefined ? undefined : nodeOf(t, fromProject, fromId);
    const b = toId === undefined ? undefined : nodeOf(t, toProject, toId);
    if (a === undefined || b === undefined) return;
    addKnown(a, b, project, pos);
  };
  function addKnown(a: number, b: number, project: number, pos: number): void {
    if (a < 0 || b < 0 || a === b) return;
    if ((summary[a] === 1 || summary[b] === 1) && (isAncestor(a, b) || isAncestor(b, a))) {
      const [s, c] = isAncestor(a, b) ? [a, b] : [b, a];
      sink.add(
        'summary_link_to_subtask',
        project < 0 ? ['crossDependencies', pos] : [...projects[project]!.path, 'dependencies', pos],
        `dependency links summary task ${q(t.ids[s]!)}${where(s)} to its own subtask ${q(t.ids[c]!)}: a summary's links apply to the tasks under it, so it would link ${q(t.ids[c]!)} to itself`,
      );
      return;
    }
    const l = links.m++;
    links.from[l] = a;
    links.to[l] = b;
    links.project[l] = project;
    links.pos[l] = pos;
  }
  projects.forEach((p, pi) => {
    const deps = arr(p.item.dependencies);
    const ends = p.ends;
    if (ends === undefined || ends.from.length !== deps.length) {
      for (let i = 0; i < deps.length; i++) add(deps[i], pi, pi, pi, i);
      return;
    }
    // The reference checks found the positions of the endpoints' first tasks: their nodes are base + position.
    const base = t.base[pi]!;
    for (let i = 0; i < deps.length; i++) {
      const fa = ends.from[i]!;
      const fb = ends.to[i]!;
      if (fa >= 0 && fb >= 0) addKnown(base + fa, base + fb, pi, i);
    }
  });
  if (cross.length > 0) {
    const byId = new Map<string, number>();
    projects.forEach((p, pi) => {
      const id = str(p.item, 'id');
      if (id !== undefined && !byId.has(id)) byId.set(id, pi);
    });
    const indexOf = (d: Obj, key: string): number | undefined => {
      const id = str(d, key);
      return id === undefined ? undefined : byId.get(id);
    };
    cross.forEach((d, i) => {
      if (isObj(d)) add(d, indexOf(d, 'fromProject'), indexOf(d, 'toProject'), -1, i);
    });
  }
  return links;
}

/** `dependency cycle: "a" -> "b" -> "a"`, naming tasks by id within one project, by task key across projects. */
function cycleMessage(members: readonly number[], t: Tasks, summary: Uint8Array, projects: readonly NetProject[], mode: 'project' | 'portfolio'): string {
  const projectOf = (g: number): string => str(projects[t.proj[g]!]!.item, 'id') ?? '';
  const across = members.some((g) => t.proj[g] !== t.proj[members[0]!]);
  const name = (g: number): string => {
    const id = across ? `${keyPart(projectOf(g))}/${keyPart(t.ids[g]!)}` : t.ids[g]!;
    return summary[g] === 1 ? `${q(id)} (summary)` : q(id);
  };
  const head = across ? 'dependency cycle across projects' : mode === 'portfolio' ? `dependency cycle in project ${q(projectOf(members[0]!))}` : 'dependency cycle';
  const note = members.some((g) => summary[g] === 1) ? ' (a link on a summary task applies to every task under it)' : '';
  return `${head}: ${members.map(name).join(' -> ')}${note}`;
}
