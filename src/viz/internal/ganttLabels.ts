/** The row labels of a Gantt chart: project names in bold, task names indented by WBS depth. Private to pmo-kit/viz. */
import { LABEL_FONT, type GanttLayout } from './ganttLayout.js';
import { C } from './palette.js';
import { g, text } from './svg.js';
import { fitText } from './textWidth.js';

/** The labels of every row, as a group; a label too long is cut, with its full text as a tooltip. O(rows). */
export function rowLabels(lay: GanttLayout): string {
  const labels: string[] = [];
  lay.rows.forEach((r, i) => {
    const y = lay.top + i * lay.rowH + lay.rowH / 2 + 4;
    if (r.kind === 'project') labels.push(text(14, y, fitText(r.name, lay.width - 28, 12, true), { 'font-size': 12, 'font-weight': 'bold', fill: C.ink }, r.name));
    else {
      const name = r.task.name ?? r.task.id;
      const indent = 14 + r.depth * 12;
      const bold = r.task.summary === true;
      labels.push(text(indent, y, fitText(name, lay.x0 - 12 - indent, LABEL_FONT, bold), { 'font-size': LABEL_FONT, 'font-weight': bold ? 'bold' : undefined, fill: C.ink }, `${name} (${r.key})`));
    }
  });
  return g({ class: 'labels' }, labels);
}
