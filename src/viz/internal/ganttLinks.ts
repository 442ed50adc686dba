/** The dependency arrows of a Gantt chart. Private to pmo-kit/viz. */
import type { ChartLink } from '../types.js';
import type { GanttLayout } from './ganttLayout.js';
import type { GanttMark } from './ganttLegend.js';
import type { TaskRow } from './ganttRows.js';
import { C } from './palette.js';
import { el, g, polygon } from './svg.js';

/**
 * One elbow arrow per link between two drawn rows (links to a task not drawn, or from a task to
 * itself, are skipped), critical ones solid dark red, others dashed gray, as a group; `undefined`
 * when none is drawn. O(l).
 */
export function linkArrows(lay: GanttLayout, links: readonly ChartLink[], used: Set<GanttMark>): string | undefined {
  const arrows: string[] = [];
  for (const l of links) {
    const a = lay.find(l.from);
    const b = lay.find(l.to);
    if (a === undefined || b === undefined || a === b) continue;
    const type = l.type ?? 'FS';
    const fromFinish = type === 'FS' || type === 'FF';
    const toStart = type === 'FS' || type === 'SS';
    const critical = l.critical ?? defaultCritical(a, b);
    used.add(critical ? 'criticalLink' : 'link');
    const p1: [number, number] = [fromFinish ? lay.endX(a) : lay.startX(a), lay.yOf.get(a)!];
    const p2: [number, number] = [toStart ? lay.startX(b) : lay.endX(b), lay.yOf.get(b)!];
    arrows.push(arrow(p1, fromFinish ? 1 : -1, p2, toStart ? 1 : -1, lay.rowH, critical));
  }
  return arrows.length > 0 ? g({ class: 'links', fill: 'none' }, arrows) : undefined;
}

/** Whether a link is critical by default: both ends critical and, when the successor says, driving. */
function defaultCritical(a: TaskRow, b: TaskRow): boolean {
  if (a.task.critical !== true || b.task.critical !== true) return false;
  const driving = b.task.drivingPredecessors;
  if (driving === undefined || b.task.summary === true) return true;
  return driving.includes(a.key) || driving.includes(a.task.id);
}

/**
 * An elbow arrow from p1 (leaving rightwards for `out = 1`, leftwards for -1) to p2 (entering
 * rightwards for `into = 1`, i.e. from the left, leftwards for -1), with its head at p2.
 */
function arrow(p1: [number, number], out: number, p2: [number, number], into: number, rowH: number, critical: boolean): string {
  const [x1, y1] = p1;
  const [x2, y2] = p2;
  const gap = 6;
  const xa = x1 + out * gap;
  const xb = x2 - into * gap;
  let d: string;
  const f = (n: number): string => String(Math.round(n * 100) / 100);
  if ((into === 1 && xa <= xb) || (into === -1 && xa >= xb)) d = `M${f(x1)} ${f(y1)}H${f(xa)}V${f(y2)}H${f(x2)}`;
  else {
    const ym = y2 + (y2 >= y1 ? -rowH / 2 : rowH / 2);
    d = `M${f(x1)} ${f(y1)}H${f(xa)}V${f(ym)}H${f(xb)}V${f(y2)}H${f(x2)}`;
  }
  const color = critical ? C.critical : C.float;
  const head = polygon([[x2, y2], [x2 - into * 5, y2 - 3], [x2 - into * 5, y2 + 3]], { fill: color });
  return el('path', { d, stroke: color, 'stroke-width': critical ? 1.6 : 1, 'stroke-dasharray': critical ? undefined : '3 2' }) + head;
}
