import type { CalendarLike } from '../calendar/compileCalendar.js';
import type { Portfolio } from '../model/portfolio.js';
import type { DatedSchedule, DatedTask } from '../schedule/types.js';
import { chartTitle, timeAxis } from './internal/axes.js';
import { readChartOptions, type CommonOptions } from './internal/check.js';
import { taskBars } from './internal/ganttBars.js';
import { nonWorkingShading, projectBands, statusLine } from './internal/ganttGuides.js';
import { readGanttInput } from './internal/ganttInput.js';
import { rowLabels } from './internal/ganttLabels.js';
import { ganttLayout } from './internal/ganttLayout.js';
import { ganttLegend, type GanttMark } from './internal/ganttLegend.js';
import { linkArrows } from './internal/ganttLinks.js';
import { ganttRows } from './internal/ganttRows.js';
import { GANTT_TEXT, ganttDescription, type GanttText } from './internal/ganttText.js';
import { C } from './internal/palette.js';
import { svgDocument, text } from './internal/svg.js';
import type { ChartLink, ChartOptions } from './types.js';

/**
 * A task of a {@link GanttSchedule}: a {@link DatedTask}, and its late finish date when the
 * schedule has one (a {@link ScheduledTask} does), which draws its float.
 *
 * @example
 * ```ts
 * const t: GanttTask = { id: 'a', startDate: '2026-01-05', finishDate: '2026-01-09', lateFinishDate: '2026-01-14' };
 * ```
 */
export interface GanttTask extends DatedTask {
  /** Last working day of the late schedule, `YYYY-MM-DD`: the float runs from the finish to it. */
  readonly lateFinishDate?: string;
}

/**
 * What {@link ganttChart} draws: any dated schedule (the result of `schedule`,
 * `schedulePortfolio` or `levelResources`, or plain objects).
 *
 * @example
 * ```ts
 * const s: GanttSchedule = { tasks: [{ id: 'a', startDate: '2026-01-05', finishDate: '2026-01-09', critical: true }] };
 * ```
 */
export interface GanttSchedule extends DatedSchedule {
  /** Its tasks. */
  readonly tasks: readonly GanttTask[];
  /** Id of the calendar of its offsets (for the shading of non-working days, looked up in `options.portfolio`). */
  readonly calendarId?: string;
}

/**
 * Options of {@link ganttChart}. A `portfolio` gives the WBS order, the links, percent complete,
 * the latest baseline of each project and the calendar; the other options override what it gives.
 */
export interface GanttChartOptions extends ChartOptions {
  /** The portfolio the schedule was computed from. Default: none (schedule order, links from `drivingPredecessors`). */
  readonly portfolio?: Portfolio;
  /** Draw this project's tasks alone. Default: every task. */
  readonly projectId?: string;
  /**
   * The dependencies to draw as arrows. Default: the portfolio's links, else each task's
   * `drivingPredecessors` (as finish-to-start links); `[]` draws none.
   */
  readonly links?: readonly ChartLink[];
  /**
   * Baseline dates to draw under the bars (matched by task key, or by id). Default: each
   * project's latest baseline in the portfolio; `[]` draws none.
   */
  readonly baseline?: readonly DatedTask[];
  /** Percent complete (0 … 100) by task key (or id). Default: the portfolio tasks' `percentComplete`. */
  readonly progress?: Readonly<Record<string, number>>;
  /**
   * The calendar whose non-working days are shaded. Default: the portfolio's calendar named by
   * the schedule's `calendarId` (else the portfolio's `defaultCalendarId`), the standard calendar
   * for a schedule on `standard`, else no shading. Days are shaded only when each is at least
   * 1.5 pixels wide.
   */
  readonly calendar?: CalendarLike;
  /** The status date: a vertical line at the end of that day. Default: none. */
  readonly statusDate?: string;
  /** Height of a row in pixels, 12 … 60. Default `20`. */
  readonly rowHeight?: number;
}

const FN = 'ganttChart';

/**
 * Draws a schedule as a Gantt chart, as an SVG string: one row per task, grouped by project and
 * in WBS order (indented), bars at the tasks' dates (their early dates for a `schedulePortfolio`
 * result, the leveled ones for a `levelResources` result), critical tasks dark red, summaries as
 * black brackets, milestones as diamonds, total float as a thin gray bar after the task, baseline
 * dates as a light bar under it, progress as a dark strip inside it, dependency arrows (critical
 * ones solid red, others dashed gray), a date axis with non-working days shaded, and the status
 * date as a dashed vertical line.
 *
 * A bar runs from the start of its first working day to the end of its last; a milestone sits at
 * the end of its date. The chart is as tall as its rows need; it has a `<title>`, a `<desc>`
 * summing it up, `role="img"`, a tooltip (`<title>`) on every bar, and a legend of what it uses.
 * Pure and deterministic: the same input gives the same bytes, in any time zone. O(n + l + d)
 * for n tasks, l links and d days.
 *
 * @param schedule - a dated schedule; never mutated
 * @param options - the portfolio, links, baseline, progress, calendar, status date, size and language
 * @returns the SVG document
 * @throws {@link PmoError} `INVALID_ARGUMENT` for a malformed schedule or option (the message
 *   names the field), `UNKNOWN_ID` for a `projectId` with no task
 * @example
 * ```ts
 * const schedule = schedulePortfolio(portfolio);
 * const svg = ganttChart(schedule, { portfolio, statusDate: '2026-04-30', lang: 'en' });
 * writeFileSync('gantt.svg', svg);
 * ```
 */
export function ganttChart(schedule: GanttSchedule, options?: GanttChartOptions): string {
  const o = readChartOptions(FN, options, 960);
  const t = GANTT_TEXT[o.lang];
  const input = readGanttInput(FN, schedule, o.raw);
  const title = o.title ?? t.title;
  const rows = ganttRows(input.tasks, input.portfolio);
  if (!rows.some((r) => r.kind === 'task')) return emptyChart(o, title, t);

  const lay = ganttLayout(FN, rows, input.baseline, input.statusDate, o.width, input.rowH, title);
  const used = new Set<GanttMark>();
  // Back to front: project bands and non-working days, axis, labels, links, bars, status date.
  const body: string[] = [lay.head.svg, ...projectBands(lay)];
  const shading = nonWorkingShading(lay, input.calendar, used);
  if (shading !== undefined) body.push(shading);
  body.push(timeAxis(lay.x, lay.top - 2, { lang: o.lang, position: 'top', gridFrom: lay.top, gridTo: lay.bottom }));
  body.push(rowLabels(lay));
  const arrows = linkArrows(lay, input.links, used);
  if (arrows !== undefined) body.push(arrows);
  body.push(taskBars(lay, input.progress, t, used));
  if (input.statusDate !== undefined) body.push(statusLine(lay, input.statusDate, t, used));
  const leg = ganttLegend(used, t, 12, lay.bottom + 10, o.width - 24);
  body.push(leg.svg);

  const height = Math.max(o.height ?? 0, lay.bottom + 10 + leg.height + 8);
  const description = o.description ?? ganttDescription(lay.taskRows, lay.first, lay.last, input.statusDate, t);
  return svgDocument({ kind: 'gantt', width: o.width, height, title, description, lang: o.lang, body });
}

/** The chart of a schedule with no task to draw: its title and a line saying so. */
function emptyChart(o: CommonOptions, title: string, t: GanttText): string {
  const H = Math.max(o.height ?? 0, 90);
  const head = chartTitle(title, 12, o.width - 24);
  return svgDocument({ kind: 'gantt', width: o.width, height: H, title, description: o.description ?? t.noTasks, lang: o.lang, body: [head.svg, text(12, 60, t.noTasks, { fill: C.muted })] });
}
