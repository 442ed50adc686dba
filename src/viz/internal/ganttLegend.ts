/** The legend of a Gantt chart: one item for each kind of mark it drew. Private to pmo-kit/viz. */
import { legend, type LegendItem } from './axes.js';
import type { GanttText } from './ganttText.js';
import { C } from './palette.js';

/** A kind of mark a Gantt chart may draw (and then lists in its legend). */
export type GanttMark = 'critical' | 'task' | 'summary' | 'milestone' | 'float' | 'baseline' | 'progress' | 'criticalLink' | 'link' | 'nonWorking' | 'status';

/** The legend of the marks `used`, in a fixed order, at (x, y) and at most `width` wide. O(1). */
export function ganttLegend(used: ReadonlySet<GanttMark>, t: GanttText, x: number, y: number, width: number): { readonly svg: string; readonly height: number } {
  const all: readonly (readonly [GanttMark, LegendItem])[] = [
    ['critical', { label: t.critical, swatch: { kind: 'rect', fill: C.critical, stroke: C.ink } }],
    ['task', { label: t.task, swatch: { kind: 'rect', fill: C.normal, stroke: C.normalDark } }],
    ['summary', { label: t.summary, swatch: { kind: 'rect', fill: C.ink, height: 4 } }],
    ['milestone', { label: t.milestone, swatch: { kind: 'diamond', fill: '#ffffff' } }],
    ['float', { label: t.float, swatch: { kind: 'rect', fill: C.float, height: 3 } }],
    ['baseline', { label: t.baseline, swatch: { kind: 'rect', fill: C.baseline, stroke: C.muted, height: 4 } }],
    ['progress', { label: t.progress, swatch: { kind: 'rect', fill: C.ink, height: 4 } }],
    ['criticalLink', { label: t.criticalLink, swatch: { kind: 'line', stroke: C.critical, width: 1.6 } }],
    ['link', { label: t.link, swatch: { kind: 'line', stroke: C.float, width: 1, dash: '3 2' } }],
    ['nonWorking', { label: t.nonWorking, swatch: { kind: 'rect', fill: C.shade, stroke: C.grid } }],
    ['status', { label: t.status, swatch: { kind: 'line', stroke: C.ink, width: 1.5, dash: '6 3' } }],
  ];
  return legend(all.filter(([k]) => used.has(k)).map(([, item]) => item), x, y, width);
}
