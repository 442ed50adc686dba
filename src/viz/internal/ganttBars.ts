/**
 * The bars of a Gantt chart: a task's bar with its progress strip and total float, a summary's
 * bracket, a milestone's diamond, and the baseline under each. Private to pmo-kit/viz.
 */
import type { DatedTask } from '../../schedule/types.js';
import { marker } from './axes.js';
import type { GanttLayout } from './ganttLayout.js';
import { isMilestone } from './ganttLayout.js';
import type { GanttMark } from './ganttLegend.js';
import type { TaskRow } from './ganttRows.js';
import type { GanttText } from './ganttText.js';
import { C } from './palette.js';
import { el, esc, g, polygon } from './svg.js';

/** A `<title>` child: the tooltip of a mark. */
const tip = (s: string): string => el('title', {}, esc(s));

/** The marks of every task row, each with a tooltip, as a group. O(n). */
export function taskBars(lay: GanttLayout, progress: ReadonlyMap<string, number>, t: GanttText, used: Set<GanttMark>): string {
  const bars: string[] = [];
  for (const r of lay.taskRows) {
    const y = lay.yOf.get(r)!;
    const tt = r.task;
    const dates = tt.startDate === tt.finishDate ? tt.startDate : `${tt.startDate} – ${tt.finishDate}`;
    const tooltip = `${tt.name ?? tt.id} (${r.key}): ${dates}${tt.critical === true ? `, ${t.critical}` : ''}`;
    const b = lay.baselineOf.get(r);
    if (b !== undefined) {
      used.add('baseline');
      bars.push(baselineBar(lay, b, y, t));
    }
    if (tt.summary === true) {
      used.add('summary');
      bars.push(summaryBracket(lay, r, y, tooltip));
    } else if (isMilestone(r)) {
      used.add('milestone');
      bars.push(marker('diamond', lay.xe(tt.finishDate), y, lay.msR, { fill: tt.critical === true ? C.critical : '#ffffff', stroke: C.ink, 'stroke-width': 1.2 }, tip(tooltip)));
    } else bars.push(...workBar(lay, r, y, tooltip, progress.get(r.key) ?? progress.get(tt.id), t, used));
  }
  return g({ class: 'bars' }, bars);
}

/** A light bar under the row from the baseline's start to its finish (a narrow mark for a one-date baseline). */
function baselineBar(lay: GanttLayout, b: DatedTask, y: number, t: GanttText): string {
  const bx = b.startDate === b.finishDate ? lay.xe(b.finishDate) - 2 : lay.xs(b.startDate);
  const bw = b.startDate === b.finishDate ? 4 : lay.xe(b.finishDate) - lay.xs(b.startDate);
  return el('rect', { x: bx, y: y + lay.barH / 2 + 1, width: bw, height: 4, fill: C.baseline, stroke: C.muted, 'stroke-width': 0.5 }, tip(`${t.baseline}: ${b.startDate} – ${b.finishDate}`));
}

/** A summary: a thin black bar with a downward tip at each end. */
function summaryBracket(lay: GanttLayout, r: TaskRow, y: number, tooltip: string): string {
  const a = lay.xs(r.task.startDate);
  const e = lay.xe(r.task.finishDate);
  const h = Math.max(3, lay.barH * 0.35);
  return g({ class: 'summary' }, [
    el('rect', { x: a, y: y - h, width: Math.max(1, e - a), height: h, fill: C.ink }, tip(tooltip)),
    polygon([[a, y], [a + 5, y], [a, y + 5]], { fill: C.ink }),
    polygon([[e, y], [e - 5, y], [e, y + 5]], { fill: C.ink }),
  ]);
}

/** A task's bar (dark red when critical), its progress strip when `pct > 0`, and its total float after it. */
function workBar(lay: GanttLayout, r: TaskRow, y: number, tooltip: string, pct: number | undefined, t: GanttText, used: Set<GanttMark>): string[] {
  const tt = r.task;
  const a = lay.xs(tt.startDate);
  const e = lay.xe(tt.finishDate);
  const critical = tt.critical === true;
  const barH = lay.barH;
  used.add(critical ? 'critical' : 'task');
  const out = [el('rect', { x: a, y: y - barH / 2, width: Math.max(1, e - a), height: barH, fill: critical ? C.critical : C.normal, stroke: critical ? C.ink : C.normalDark, 'stroke-width': 0.8 }, tip(tooltip))];
  if (pct !== undefined && pct > 0) {
    used.add('progress');
    // Dark on a light bar, white on a dark (critical) one: it reads in grayscale either way.
    out.push(el('rect', { x: a, y: y - barH * 0.17, width: Math.max(1, (e - a) * Math.min(pct, 100) / 100), height: barH * 0.34, fill: critical ? '#ffffff' : C.ink, class: 'progress' }, tip(`${t.progress}: ${Math.round(pct)} %`)));
  }
  if (tt.lateFinishDate !== undefined && tt.lateFinishDate > tt.finishDate) {
    used.add('float');
    const f = lay.xe(tt.lateFinishDate);
    out.push(el('rect', { x: e, y: y - 1.5, width: f - e, height: 3, fill: C.float }, tip(`${t.float}: ${tt.finishDate} → ${tt.lateFinishDate}`)));
    out.push(el('line', { x1: f, x2: f, y1: y - 4, y2: y + 4, stroke: C.float, 'stroke-width': 1.5 }));
  }
  return out;
}
