/**
 * The geometry of a Gantt chart: the time domain, the label column, the time scale and where each
 * task row's bar sits. Private to pmo-kit/viz.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { DatedTask } from '../../schedule/types.js';
import { maxOf } from '../../internal/bulk.js';
import { chartTitle } from './axes.js';
import { bad } from './check.js';
import { addDays, dayEnd, dayStart, daysBetween } from './dates.js';
import { keyOfTask, type GanttRow, type TaskRow } from './ganttRows.js';
import { textWidth } from './textWidth.js';

/** Font size of the task labels. */
export const LABEL_FONT = 11;

/** Where everything of a drawn Gantt chart goes. */
export interface GanttLayout {
  readonly rows: readonly GanttRow[];
  readonly taskRows: readonly TaskRow[];
  /** Width of the chart. */
  readonly width: number;
  /** Height of a row. */
  readonly rowH: number;
  /** The chart's title block. */
  readonly head: { readonly svg: string; readonly height: number };
  /** Top and bottom of the rows. */
  readonly top: number;
  readonly bottom: number;
  /** Left edge of the time scale: the labels end 12 pixels before it. */
  readonly x0: number;
  /** First and last date drawn, and the axis' domain (a margin of days on each side). */
  readonly first: string;
  readonly last: string;
  readonly domainFrom: string;
  readonly domainTo: string;
  readonly x: ScaleTime<number, number>;
  /** x of the start and of the end of a day. */
  readonly xs: (d: string) => number;
  readonly xe: (d: string) => number;
  /** The task row of a task key, else of an id that only one row has. */
  readonly find: (k: string) => TaskRow | undefined;
  /** The baseline of each task row that has one. */
  readonly baselineOf: ReadonlyMap<TaskRow, DatedTask>;
  /** Bar height and milestone radius. */
  readonly barH: number;
  readonly msR: number;
  /** Middle of the bar of each task row. */
  readonly yOf: ReadonlyMap<TaskRow, number>;
  /** Left and right end of a row's bar (or diamond). */
  readonly startX: (r: TaskRow) => number;
  readonly endX: (r: TaskRow) => number;
}

/** Whether a row is a milestone. */
export const isMilestone = (r: TaskRow): boolean => r.task.milestone === true;

/**
 * Lays a Gantt chart out: the rows (at least one a task) under the title, on a time scale that
 * covers every date drawn (bars, float, baselines, status date) with a margin of 1 % (at least a
 * day) on each side, right of a label column at most a third of the width. O(n + b).
 *
 * @throws {@link PmoError} `INVALID_ARGUMENT` when `width` leaves under 60 pixels for the scale
 */
export function ganttLayout(fn: string, rows: readonly GanttRow[], baseline: readonly DatedTask[], statusDate: string | undefined, width: number, rowH: number, title: string): GanttLayout {
  const taskRows = rows.filter((r): r is TaskRow => r.kind === 'task');
  const find = rowFinder(taskRows);
  const baselineOf = new Map<TaskRow, DatedTask>();
  for (const b of baseline) {
    const r = find(keyOfTask(b)) ?? find(b.id);
    if (r !== undefined) baselineOf.set(r, b);
  }
  const span = timeSpan(taskRows, baselineOf.values(), statusDate);
  const x0 = 12 + Math.max(100, labelColumnWidth(rows, width)) + 12;
  const x1 = width - 16;
  if (x1 - x0 < 60) bad(fn, 'options.width', `is too small for the labels (needs at least ${Math.ceil(x0 + 76)})`, width);
  const head = chartTitle(title, 12, width - 24);
  const top = head.height + 26;
  const bottom = top + rows.length * rowH;
  const x = scaleUtc().domain([dayStart(span.domainFrom), dayEnd(span.domainTo)]).range([x0, x1]);
  const xs = (d: string): number => x(dayStart(d));
  const xe = (d: string): number => x(dayEnd(d));

  const barH = Math.round(rowH * 0.55);
  const hasBaseline = baselineOf.size > 0;
  const yOf = new Map<TaskRow, number>();
  rows.forEach((r, i) => {
    if (r.kind === 'task') yOf.set(r, top + i * rowH + rowH / 2 - (hasBaseline ? 2 : 0));
  });
  const msR = Math.max(3, barH / 2);
  const startX = (r: TaskRow): number => (isMilestone(r) ? xe(r.task.finishDate) - msR * 1.3 : xs(r.task.startDate));
  const endX = (r: TaskRow): number => (isMilestone(r) ? xe(r.task.finishDate) + msR * 1.3 : xe(r.task.finishDate));
  return { rows, taskRows, width, rowH, head, top, bottom, x0, ...span, x, xs, xe, find, baselineOf, barH, msR, yOf, startX, endX };
}

/** Finds a task row by key, else by an id no other row shares. */
function rowFinder(taskRows: readonly TaskRow[]): (k: string) => TaskRow | undefined {
  const byKey = new Map<string, TaskRow>();
  const byId = new Map<string, TaskRow | null>();
  for (const r of taskRows) {
    byKey.set(r.key, r);
    byId.set(r.task.id, byId.has(r.task.id) ? null : r);
  }
  return (k) => byKey.get(k) ?? byId.get(k) ?? undefined;
}

/** The first and last date drawn (bars, float, baselines, status date) and the domain around them. */
function timeSpan(taskRows: readonly TaskRow[], baselines: Iterable<DatedTask>, statusDate: string | undefined): { first: string; last: string; domainFrom: string; domainTo: string } {
  let first = taskRows[0]!.task.startDate;
  let last = taskRows[0]!.task.finishDate;
  const widen = (a: string, b: string): void => {
    if (a < first) first = a;
    if (b > last) last = b;
  };
  for (const r of taskRows) widen(r.task.startDate, r.task.lateFinishDate !== undefined && r.task.lateFinishDate > r.task.finishDate ? r.task.lateFinishDate : r.task.finishDate);
  for (const b of baselines) widen(b.startDate, b.finishDate);
  if (statusDate !== undefined) widen(statusDate, statusDate);
  const margin = Math.max(1, Math.round(daysBetween(first, last) * 0.01));
  return { first, last, domainFrom: addDays(first, -margin), domainTo: addDays(last, margin) };
}

/** Width of the label column: the widest label (indented, summaries and projects bold), at most a third of the chart. */
function labelColumnWidth(rows: readonly GanttRow[], width: number): number {
  const widths = rows.map((r) => (r.kind === 'task' ? r.depth * 12 + textWidth(r.task.name ?? r.task.id, LABEL_FONT, r.task.summary === true) : textWidth(r.name, 12, true)));
  return Math.min(maxOf(widths) + 8, width * 0.32);
}
