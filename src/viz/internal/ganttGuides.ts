/**
 * What a Gantt chart draws besides its tasks: the bands of project heading rows and the shading of
 * non-working days (behind everything), and the status-date line (over the bars). Private to pmo-kit/viz.
 */
import type { CalendarLike } from '../../calendar/compileCalendar.js';
import { compileCalendar } from '../../calendar/compileCalendar.js';
import { isWorkingDay } from '../../calendar/isWorkingDay.js';
import { addDays, dayEnd, dayStart } from './dates.js';
import type { GanttLayout } from './ganttLayout.js';
import type { GanttMark } from './ganttLegend.js';
import type { GanttText } from './ganttText.js';
import { C } from './palette.js';
import { el, g, text } from './svg.js';

/** A light band across each project heading row. O(rows). */
export function projectBands(lay: GanttLayout): string[] {
  const bands: string[] = [];
  lay.rows.forEach((r, i) => {
    if (r.kind === 'project') bands.push(el('rect', { x: 8, y: lay.top + i * lay.rowH, width: lay.width - 16, height: lay.rowH, fill: C.shade }));
  });
  return bands;
}

/**
 * One rectangle per run of non-working days of the calendar over the axis' domain, as a group;
 * `undefined` with no calendar, no such day, or days under 1.5 pixels wide. O(d) for d days.
 */
export function nonWorkingShading(lay: GanttLayout, calendar: CalendarLike | undefined, used: Set<GanttMark>): string | undefined {
  const dayW = lay.x(dayEnd(lay.domainFrom)) - lay.x(dayStart(lay.domainFrom));
  if (calendar === undefined || dayW < 1.5) return undefined;
  const cal = compileCalendar(calendar);
  const shade: string[] = [];
  let runStart: string | undefined;
  const flush = (end: string): void => {
    if (runStart === undefined) return;
    shade.push(el('rect', { x: lay.xs(runStart), y: lay.top, width: lay.xs(end) - lay.xs(runStart), height: lay.bottom - lay.top, fill: C.shade }));
    runStart = undefined;
  };
  for (let d = lay.domainFrom; d <= lay.domainTo; d = addDays(d, 1)) {
    if (!isWorkingDay(cal, d)) runStart ??= d;
    else flush(d);
  }
  flush(addDays(lay.domainTo, 1));
  if (shade.length === 0) return undefined;
  used.add('nonWorking');
  return g({ class: 'non-working' }, shade);
}

/** The status date: a dashed vertical line at the end of that day, labelled at its foot. O(1). */
export function statusLine(lay: GanttLayout, statusDate: string, t: GanttText, used: Set<GanttMark>): string {
  used.add('status');
  const sx = lay.xe(statusDate);
  return g({ class: 'status-date' }, [
    el('line', { x1: sx, x2: sx, y1: lay.top - 2, y2: lay.bottom, stroke: C.ink, 'stroke-width': 1.5, 'stroke-dasharray': '6 3' }),
    text(sx + 4, lay.bottom - 4, `${t.status} ${statusDate}`, { 'font-size': 10, fill: C.ink }),
  ]);
}
