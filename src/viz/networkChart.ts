import dagre from '@dagrejs/dagre';
import { curveBasis, line } from 'd3-shape';
import type { Portfolio } from '../model/portfolio.js';
import type { Project } from '../model/project.js';
import { dependencyGraph } from '../schedule/dependencyGraph.js';
import type { DatedSchedule, DatedTask } from '../schedule/types.js';
import { chartTitle, legend, type LegendItem } from './internal/axes.js';
import { bad, checkArray, checkObject, readChartOptions } from './internal/check.js';
import { keyOfTask } from './internal/ganttRows.js';
import { networkView, type NetNode } from './internal/networkView.js';
import { C } from './internal/palette.js';
import { el, esc, g, polygon, svgDocument, text } from './internal/svg.js';
import { fitText, textWidth } from './internal/textWidth.js';
import type { ChartOptions } from './types.js';
import { PmoError } from '../errors.js';

/** Options of {@link networkChart}. */
export interface NetworkChartOptions extends ChartOptions {
  /**
   * What the nodes are: `'tasks'` (default) every task (a summary only when a link names it);
   * `'milestones'` the milestones and the tasks at the ends of cross-project links, each path
   * between two of them through other tasks drawn as one link (critical when some such path is
   * critical throughout): the portfolio's interfaces at a glance.
   */
  readonly detail?: 'tasks' | 'milestones';
  /** Direction of the flow: left to right (`'LR'`, default) or top to bottom (`'TB'`). */
  readonly direction?: 'LR' | 'TB';
}

const L = {
  en: {
    title: 'Dependency network',
    critical: 'critical task',
    task: 'task',
    milestone: 'milestone',
    criticalLink: 'critical link',
    crossLink: 'cross-project link',
    link: 'link',
    empty: 'No tasks to draw.',
    desc: (n: number, p: number, l: number, x: number, c: number) =>
      `Dependency network of ${n} task${n === 1 ? '' : 's'} in ${p} project${p === 1 ? '' : 's'} (one box per project), ${l} link${l === 1 ? '' : 's'}: ${x} between projects (thick, dashed), ${c} critical (dark red).`,
  },
  zh: {
    title: '依赖关系网络图',
    critical: '关键任务',
    task: '任务',
    milestone: '里程碑',
    criticalLink: '关键依赖',
    crossLink: '跨项目依赖',
    link: '依赖',
    empty: '没有可绘制的任务。',
    desc: (n: number, p: number, l: number, x: number, c: number) => `依赖关系网络图：${p} 个项目（每个项目一个框）中的 ${n} 个任务，${l} 条依赖：其中跨项目 ${x} 条（粗虚线），关键 ${c} 条（深红色）。`,
  },
} as const;

const FN = 'networkChart';
const NODE_W = 150;
const NODE_H = 36;
const FONT = 10.5;
/** Room for a project's name above its nodes. */
const LABEL_H = 18;

/** The name of a node in up to two lines of the node's width. */
function wrap(name: string): string[] {
  const inner = NODE_W - 14;
  if (textWidth(name, FONT) <= inner) return [name];
  const words = name.split(/(?<=\s)|(?=[\u2e80-\ua4cf])/);
  let first = '';
  let i = 0;
  for (; i < words.length; i++) {
    if (textWidth(first + words[i]!, FONT) > inner) break;
    first += words[i]!;
  }
  if (first.trim() === '') return [fitText(name, inner, FONT)];
  return [first.trim(), fitText(words.slice(i).join('').trim(), inner, FONT)];
}

/** The arrowhead at the end of a polyline, pointing along its last segment. */
function head(points: readonly { x: number; y: number }[], color: string): string {
  const b = points[points.length - 1]!;
  const a = points[points.length - 2] ?? { x: b.x - 1, y: b.y };
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  return polygon([[b.x, b.y], [b.x - ux * 7 - uy * 3.5, b.y - uy * 7 + ux * 3.5], [b.x - ux * 7 + uy * 3.5, b.y - uy * 7 - ux * 3.5]], { fill: color });
}

/**
 * The most tasks {@link networkChart} draws. dagre's layout takes seconds from about 1,500 nodes
 * (2,000 in a wide network: 7 s; 4,000: 34 s) and recurses along the longest chain (a chain of
 * 2,000 tasks overflowed the stack); a drawing of more is unreadable anyway.
 */
export const MAX_NETWORK_NODES = 1500;

/** The error of a network too large to draw. */
function tooLarge(nodes: number, detail: string, cause?: unknown): PmoError {
  const hint = detail === 'tasks' ? "draw one project, or detail: 'milestones'" : 'draw one project';
  return new PmoError(
    'INVALID_ARGUMENT',
    `${FN}: the network has ${nodes.toLocaleString('en-US')} tasks to draw, more than dagre can lay out (at most ${MAX_NETWORK_NODES.toLocaleString('en-US')}, fewer when they form long chains): ${hint}`,
    cause === undefined ? undefined : { cause },
  );
}

/**
 * Draws the dependency network of a project or portfolio, as an SVG string, laid out by dagre
 * (layered, left to right): each project a box of its tasks, critical tasks with a thick dark-red
 * outline, milestones as rounded pills with a ◆, cross-project links thick and dashed (dark blue,
 * or dark red when critical), critical links dark red, other links thin gray. The schedule, when
 * given, says which tasks are critical and which links drive (as {@link toDot} reads it).
 *
 * With `detail: 'milestones'` only the milestones and the ends of cross-project links are drawn,
 * each path between them condensed to one link: a picture of the interfaces between projects
 * that stays readable for large portfolios. The drawing is scaled down to the width when wider.
 * Deterministic (dagre's layout has no randomness). O((V + E) log V) for the layout in practice.
 *
 * @param source - a project, or a portfolio with its cross-project dependencies; never mutated
 * @param schedule - its schedule (`schedulePortfolio(portfolio)`), for the critical tasks and
 *   driving links; without it nothing is critical
 * @param options - detail, direction, size and language
 * @returns the SVG document
 * @throws {@link PmoError} as {@link dependencyGraph} for a malformed source (unknown ids,
 *   duplicate task ids), `INVALID_ARGUMENT` for a malformed schedule or option, or for more than
 *   1,500 tasks to draw (or a chain too long for dagre's layout)
 * @example
 * ```ts
 * const svg = networkChart(portfolio, schedulePortfolio(portfolio), { detail: 'milestones' });
 * ```
 */
export function networkChart(source: Project | Portfolio, schedule?: DatedSchedule, options?: NetworkChartOptions): string {
  const o = readChartOptions(FN, options, 960);
  const t = L[o.lang];
  const raw = o.raw as NetworkChartOptions;
  const detail = raw.detail ?? 'tasks';
  if (detail !== 'tasks' && detail !== 'milestones') bad(FN, 'options.detail', 'must be "tasks" or "milestones"', detail);
  const direction = raw.direction ?? 'LR';
  if (direction !== 'LR' && direction !== 'TB') bad(FN, 'options.direction', 'must be "LR" or "TB"', direction);
  const dated = new Map<string, DatedTask>();
  if (schedule !== undefined) {
    checkArray(FN, 'schedule.tasks', checkObject(FN, 'schedule', schedule).tasks).forEach((x, i) => {
      const task = checkObject(FN, `schedule.tasks[${i}]`, x);
      if (typeof task.id !== 'string') bad(FN, `schedule.tasks[${i}].id`, 'must be a string', task.id);
      if (task.critical !== undefined && typeof task.critical !== 'boolean') bad(FN, `schedule.tasks[${i}].critical`, 'must be a boolean', task.critical);
    });
    const single = !Array.isArray((source as Portfolio).projects) ? (source as Project).id : undefined;
    for (const x of schedule.tasks) dated.set(x.projectId === undefined && single !== undefined ? `${single}/${x.id}` : keyOfTask(x), x);
  }
  const graph = dependencyGraph(source);
  const view = networkView(graph, dated, detail);
  const projects = Array.isArray((source as Portfolio).projects) ? (source as Portfolio).projects : [source as Project];
  const title = o.title ?? t.title;
  const W = o.width;
  const head0 = chartTitle(title, 12, W - 24);
  if (view.nodes.length === 0) {
    const H = Math.max(o.height ?? 0, 90);
    return svgDocument({ kind: 'network', width: W, height: H, title, description: o.description ?? t.empty, lang: o.lang, body: [head0.svg, text(12, 60, t.empty, { fill: C.muted })] });
  }

  if (view.nodes.length > MAX_NETWORK_NODES) throw tooLarge(view.nodes.length, detail);
  // Layout: one cluster per project holding its nodes.
  const lay = new dagre.graphlib.Graph({ compound: true, multigraph: false });
  // dagre separates the (dummy) border nodes of clusters by edgesep: room for the project names.
  lay.setGraph({ rankdir: direction, nodesep: 16 + LABEL_H, ranksep: 34, edgesep: 10 + LABEL_H, marginx: 8, marginy: 8 + LABEL_H });
  lay.setDefaultEdgeLabel(() => ({}));
  const projectOf = new Map(projects.map((p, i) => [p.id, i] as const));
  const used = new Set(view.nodes.map((n) => n.projectId));
  for (const p of projects) if (used.has(p.id)) lay.setNode(`cluster:${p.id}`, { width: 0, height: 0 });
  for (const n of view.nodes) {
    lay.setNode(`n:${n.key}`, { width: NODE_W, height: NODE_H });
    lay.setParent(`n:${n.key}`, `cluster:${n.projectId}`);
  }
  for (const l of view.links) lay.setEdge(`n:${l.from}`, `n:${l.to}`, { weight: l.critical ? 4 : l.cross ? 1 : 2, minlen: 1 });
  try {
    dagre.layout(lay);
  } catch (err) {
    // dagre's passes recurse along the longest chain: a long one overflows the stack.
    if (err instanceof RangeError) throw tooLarge(view.nodes.length, detail, err);
    throw err;
  }

  // Scale the drawing to the width (never up).
  const gw = (lay.graph().width ?? 0) + 24;
  const s = Math.min(1, (W - 24) / gw);
  const X = (v: number): number => 12 + v * s;
  const top = head0.height + 22;
  const Y = (v: number): number => top + v * s;
  const body: string[] = [head0.svg];

  // Project boxes, from their nodes' extent (labels above the nodes inside the box).
  const boxes: string[] = [];
  for (const p of projects) {
    if (!used.has(p.id)) continue;
    // dagre's box of the cluster, with room for the project's name at its top.
    const c = lay.node(`cluster:${p.id}`);
    const xMin = c.x! - c.width / 2;
    const xMax = c.x! + c.width / 2;
    const yMin = c.y! - c.height / 2 - LABEL_H;
    const yMax = c.y! + c.height / 2;
    const name = typeof p.name === 'string' ? p.name : p.id;
    boxes.push(
      el('rect', { x: X(xMin), y: Y(yMin), width: (xMax - xMin) * s, height: (yMax - yMin) * s, rx: 6, fill: C.clusters[projectOf.get(p.id)! % 2]!, stroke: C.axis, 'stroke-width': 1 }),
      text(X(xMin) + 6, Y(yMin) + 13, fitText(name, Math.max(40, (xMax - xMin) * s - 12), 11, true), { 'font-size': 11, 'font-weight': 'bold', fill: C.ink }, name),
    );
  }
  body.push(g({ class: 'projects' }, boxes));

  // Links.
  const path = line<{ x: number; y: number }>()
    .x((p) => X(p.x))
    .y((p) => Y(p.y))
    .curve(curveBasis)
    .digits(2);
  const linkMarks: string[] = [];
  const kinds = new Set<string>();
  const nodeByKey = new Map(view.nodes.map((n) => [n.key, n] as const));
  // Ordinary links first, then cross-project, then critical on top.
  const order = [...view.links].sort((a, b) => Number(a.critical) - Number(b.critical) || Number(a.cross) - Number(b.cross));
  for (const l of order) {
    const e = lay.edge(`n:${l.from}`, `n:${l.to}`);
    const pts = e?.points ?? [];
    if (pts.length < 2) continue;
    const color = l.critical ? C.critical : l.cross ? C.cross : C.float;
    kinds.add(l.critical ? 'criticalLink' : 'link');
    if (l.cross) kinds.add('crossLink');
    const from = nodeByKey.get(l.from)!;
    const to = nodeByKey.get(l.to)!;
    linkMarks.push(
      el(
        'path',
        { d: path(pts) ?? '', fill: 'none', stroke: color, 'stroke-width': l.cross ? 2.6 : l.critical ? 1.8 : 1, 'stroke-dasharray': l.cross ? '7 4' : undefined },
        el('title', {}, esc(`${from.name} → ${to.name}${l.type !== null ? ` (${l.type})` : ''}`)),
      ),
      head(pts.map((p: { x: number; y: number }) => ({ x: X(p.x), y: Y(p.y) })), color),
    );
  }
  body.push(g({ class: 'links' }, linkMarks));

  // Nodes.
  const nodes: string[] = [];
  for (const n of view.nodes) {
    const p = lay.node(`n:${n.key}`);
    const x = X(p.x! - NODE_W / 2);
    const y = Y(p.y! - NODE_H / 2);
    kinds.add(n.milestone ? 'milestone' : n.critical ? 'critical' : 'task');
    const lines = wrap(`${n.milestone ? '◆ ' : ''}${n.name}`);
    nodes.push(nodeMark(n, x, y, s, lines));
  }
  body.push(g({ class: 'nodes' }, nodes));

  const bottom = Y(lay.graph().height ?? 0) + 8;
  const items: LegendItem[] = [];
  if (kinds.has('critical')) items.push({ label: t.critical, swatch: { kind: 'rect', fill: C.criticalLight, stroke: C.critical } });
  if (kinds.has('task')) items.push({ label: t.task, swatch: { kind: 'rect', fill: '#ffffff', stroke: C.muted } });
  if (kinds.has('milestone')) items.push({ label: t.milestone, swatch: { kind: 'diamond', fill: C.ink } });
  if (kinds.has('criticalLink')) items.push({ label: t.criticalLink, swatch: { kind: 'line', stroke: C.critical, width: 1.8 } });
  if (kinds.has('crossLink')) items.push({ label: t.crossLink, swatch: { kind: 'line', stroke: C.cross, width: 2.6, dash: '7 4' } });
  if (kinds.has('link')) items.push({ label: t.link, swatch: { kind: 'line', stroke: C.float, width: 1 } });
  const leg = legend(items, 12, bottom + 4, W - 24);
  body.push(leg.svg);
  const H = Math.max(o.height ?? 0, bottom + 4 + leg.height + 8);
  const description =
    o.description ??
    t.desc(view.nodes.length, used.size, view.links.length, view.links.filter((l) => l.cross).length, view.links.filter((l) => l.critical).length);
  return svgDocument({ kind: 'network', width: W, height: H, title, description, lang: o.lang, body });
}

/** A node: a box (a pill for a milestone), critical ones with a thick dark-red outline, its name in one or two lines. */
function nodeMark(n: NetNode, x: number, y: number, s: number, lines: readonly string[]): string {
  const w = NODE_W * s;
  const h = NODE_H * s;
  const fs = FONT * s;
  const rect = el('rect', {
    x,
    y,
    width: w,
    height: h,
    rx: n.milestone ? h / 2 : 3,
    fill: n.critical ? C.criticalLight : '#ffffff',
    stroke: n.critical ? C.critical : C.muted,
    'stroke-width': n.critical ? 2.4 : 1,
  });
  const cy = y + h / 2 - ((lines.length - 1) * fs * 1.15) / 2 + fs * 0.35;
  const texts = lines.map((l, i) => text(x + w / 2, cy + i * fs * 1.15, l, { 'text-anchor': 'middle', 'font-size': fs, 'font-weight': n.summary ? 'bold' : undefined, fill: C.ink }));
  return g({ class: 'node' }, [el('title', {}, esc(`${n.name} (${n.key})`)), rect, ...texts]);
}
