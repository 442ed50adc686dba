import { scaleUtc } from 'd3-scale';
import type { CalendarLike } from '../calendar/compileCalendar.js';
import { compileCalendar } from '../calendar/compileCalendar.js';
import { isWorkingDay } from '../calendar/isWorkingDay.js';
import { STANDARD_CALENDAR } from '../calendar/standardCalendar.js';
import { PmoError } from '../errors.js';
import type { Portfolio } from '../model/portfolio.js';
import type { DatedSchedule, DatedTask } from '../schedule/types.js';
import { chartTitle, legend, marker, timeAxis, type LegendItem } from './internal/axes.js';
import { bad, checkArray, checkDate, checkNumber, checkObject, readChartOptions } from './internal/check.js';
import { addDays, dayEnd, dayStart, daysBetween } from './internal/dates.js';
import { ganttRows, keyOfTask, portfolioBaseline, portfolioLinks, portfolioProgress, type TaskRow } from './internal/ganttRows.js';
import { C } from './internal/palette.js';
import { el, esc, g, polygon, svgDocument, text } from './internal/svg.js';
import { fitText, textWidth } from './internal/textWidth.js';
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

const L = {
  en: {
    title: 'Schedule',
    critical: 'critical task',
    task: 'task',
    summary: 'summary',
    milestone: 'milestone',
    float: 'total float',
    baseline: 'baseline',
    progress: 'progress',
    status: 'status date',
    criticalLink: 'critical link',
    link: 'link',
    nonWorking: 'non-working day',
    noTasks: 'No tasks to draw.',
    desc: (n: number, p: number, from: string, to: string, crit: number, ms: number) =>
      `Gantt chart of ${n} task${n === 1 ? '' : 's'}${p > 1 ? ` in ${p} projects` : ''} from ${from} to ${to}; ${crit} critical (dark red bars), ${ms} milestone${ms === 1 ? '' : 's'} (diamonds).`,
    statusDesc: (d: string) => ` Status date ${d}.`,
  },
  zh: {
    title: '进度计划',
    critical: '关键任务',
    task: '任务',
    summary: '摘要任务',
    milestone: '里程碑',
    float: '总浮动时间',
    baseline: '基准',
    progress: '进度',
    status: '状态日期',
    criticalLink: '关键依赖',
    link: '依赖',
    nonWorking: '非工作日',
    noTasks: '没有可绘制的任务。',
    desc: (n: number, p: number, from: string, to: string, crit: number, ms: number) =>
      `甘特图：${p > 1 ? `${p} 个项目的 ` : ''}${n} 个任务，自 ${from} 至 ${to}；关键任务 ${crit} 个（深红色条），里程碑 ${ms} 个（菱形）。`,
    statusDesc: (d: string) => `状态日期 ${d}。`,
  },
} as const;

const FN = 'ganttChart';

/** Checks the fields of the schedule the chart reads. */
function checkSchedule(schedule: unknown): readonly GanttTask[] {
  const s = checkObject(FN, 'schedule', schedule);
  const tasks = checkArray(FN, 'schedule.tasks', s.tasks);
  tasks.forEach((t, i) => {
    const w = `schedule.tasks[${i}]`;
    const o = checkObject(FN, w, t);
    if (typeof o.id !== 'string') bad(FN, `${w}.id`, 'must be a string', o.id);
    if (o.projectId !== undefined && typeof o.projectId !== 'string') bad(FN, `${w}.projectId`, 'must be a string', o.projectId);
    if (o.name !== undefined && typeof o.name !== 'string') bad(FN, `${w}.name`, 'must be a string', o.name);
    const start = checkDate(FN, `${w}.startDate`, o.startDate);
    const finish = checkDate(FN, `${w}.finishDate`, o.finishDate);
    if (finish < start && o.milestone !== true) bad(FN, `${w}.finishDate`, `must not be before its startDate ${start}`, finish);
    if (o.lateFinishDate !== undefined) checkDate(FN, `${w}.lateFinishDate`, o.lateFinishDate);
    for (const k of ['critical', 'milestone', 'summary'] as const) if (o[k] !== undefined && typeof o[k] !== 'boolean') bad(FN, `${w}.${k}`, 'must be a boolean', o[k]);
  });
  return tasks as readonly GanttTask[];
}

/** The calendar whose non-working days are shaded, or `undefined`. */
function shadingCalendar(schedule: GanttSchedule, portfolio: Portfolio | undefined, given: CalendarLike | undefined): CalendarLike | undefined {
  if (given !== undefined) return given;
  const id = schedule.calendarId ?? portfolio?.defaultCalendarId;
  const found = portfolio?.calendars?.find((c) => c.id === id);
  if (found !== undefined) return found;
  return id === STANDARD_CALENDAR.id ? STANDARD_CALENDAR : undefined;
}

/** A `<title>` child: the tooltip of a mark. */
const tip = (s: string): string => el('title', {}, esc(s));

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
  const t = L[o.lang];
  const raw = o.raw as GanttChartOptions;
  let tasks = checkSchedule(schedule);
  const portfolio = raw.portfolio;
  if (portfolio !== undefined) checkArray(FN, 'options.portfolio.projects', checkObject(FN, 'options.portfolio', portfolio).projects);
  if (raw.projectId !== undefined) {
    if (typeof raw.projectId !== 'string') bad(FN, 'options.projectId', 'must be a string', raw.projectId);
    tasks = tasks.filter((x) => x.projectId === raw.projectId);
    if (tasks.length === 0 && schedule.tasks.length > 0) throw new PmoError('UNKNOWN_ID', `${FN}: options.projectId: no task of the schedule is in project ${JSON.stringify(raw.projectId)}`);
  }
  const statusDate = raw.statusDate === undefined ? undefined : checkDate(FN, 'options.statusDate', raw.statusDate);
  const rowH = raw.rowHeight === undefined ? 20 : checkNumber(FN, 'options.rowHeight', raw.rowHeight, 12);
  if (rowH > 60) bad(FN, 'options.rowHeight', 'must be at most 60', rowH);
  const links = readLinks(raw, portfolio, tasks);
  const baseline = readBaseline(raw, portfolio);
  const progress = readProgress(raw, portfolio);
  const calendar = shadingCalendar(schedule, portfolio, raw.calendar);

  const title = o.title ?? t.title;
  const W = o.width;
  const rows = ganttRows(tasks, portfolio);
  const taskRows = rows.filter((r): r is TaskRow => r.kind === 'task');
  if (taskRows.length === 0) {
    const H = Math.max(o.height ?? 0, 90);
    const head = chartTitle(title, 12, W - 24);
    return svgDocument({ kind: 'gantt', width: W, height: H, title, description: o.description ?? t.noTasks, lang: o.lang, body: [head.svg, text(12, 60, t.noTasks, { fill: C.muted })] });
  }

  // Time domain: every date drawn, one day of margin on each side.
  const byKey = new Map<string, TaskRow>();
  const byId = new Map<string, TaskRow | null>();
  for (const r of taskRows) {
    byKey.set(r.key, r);
    byId.set(r.task.id, byId.has(r.task.id) ? null : r);
  }
  const find = (k: string): TaskRow | undefined => byKey.get(k) ?? byId.get(k) ?? undefined;
  const baselineOf = new Map<TaskRow, DatedTask>();
  for (const b of baseline) {
    const r = find(keyOfTask(b)) ?? find(b.id);
    if (r !== undefined) baselineOf.set(r, b);
  }
  let first = taskRows[0]!.task.startDate;
  let last = taskRows[0]!.task.finishDate;
  const widen = (a: string, b: string): void => {
    if (a < first) first = a;
    if (b > last) last = b;
  };
  for (const r of taskRows) widen(r.task.startDate, r.task.lateFinishDate !== undefined && r.task.lateFinishDate > r.task.finishDate ? r.task.lateFinishDate : r.task.finishDate);
  for (const b of baselineOf.values()) widen(b.startDate, b.finishDate);
  if (statusDate !== undefined) widen(statusDate, statusDate);
  const margin = Math.max(1, Math.round(daysBetween(first, last) * 0.01));
  const domainFrom = addDays(first, -margin);
  const domainTo = addDays(last, margin);

  // Layout.
  const labelFont = 11;
  const labelW = Math.min(Math.max(...rows.map((r) => (r.kind === 'task' ? r.depth * 12 + textWidth(r.task.name ?? r.task.id, labelFont, r.task.summary === true) : textWidth(r.name, 12, true)))) + 8, W * 0.32);
  const x0 = 12 + Math.max(100, labelW) + 12;
  const x1 = W - 16;
  if (x1 - x0 < 60) bad(FN, 'options.width', `is too small for the labels (needs at least ${Math.ceil(x0 + 76)})`, W);
  const head = chartTitle(title, 12, W - 24);
  const top = head.height + 26;
  const bottom = top + rows.length * rowH;
  const x = scaleUtc().domain([dayStart(domainFrom), dayEnd(domainTo)]).range([x0, x1]);
  const xs = (d: string): number => x(dayStart(d));
  const xe = (d: string): number => x(dayEnd(d));

  const body: string[] = [head.svg];
  const used = new Set<string>();

  // Project heading rows and non-working days, behind everything.
  rows.forEach((r, i) => {
    if (r.kind === 'project') body.push(el('rect', { x: 8, y: top + i * rowH, width: W - 16, height: rowH, fill: C.shade }));
  });
  const dayW = x(dayEnd(domainFrom)) - x(dayStart(domainFrom));
  if (calendar !== undefined && dayW >= 1.5) {
    const cal = compileCalendar(calendar);
    const shade: string[] = [];
    let runStart: string | undefined;
    const flush = (end: string): void => {
      if (runStart === undefined) return;
      shade.push(el('rect', { x: xs(runStart), y: top, width: xs(end) - xs(runStart), height: bottom - top, fill: C.shade }));
      runStart = undefined;
    };
    for (let d = domainFrom; d <= domainTo; d = addDays(d, 1)) {
      if (!isWorkingDay(cal, d)) runStart ??= d;
      else flush(d);
    }
    flush(addDays(domainTo, 1));
    if (shade.length > 0) {
      used.add('nonWorking');
      body.push(g({ class: 'non-working' }, shade));
    }
  }
  body.push(timeAxis(x, top - 2, { lang: o.lang, position: 'top', gridFrom: top, gridTo: bottom }));

  // Geometry of each task row.
  const barH = Math.round(rowH * 0.55);
  const hasBaseline = baselineOf.size > 0;
  const yOf = new Map<TaskRow, number>();
  rows.forEach((r, i) => {
    if (r.kind === 'task') yOf.set(r, top + i * rowH + rowH / 2 - (hasBaseline ? 2 : 0));
  });
  const msR = Math.max(3, barH / 2);
  const isMilestone = (r: TaskRow): boolean => r.task.milestone === true;
  const startX = (r: TaskRow): number => (isMilestone(r) ? xe(r.task.finishDate) - msR * 1.3 : xs(r.task.startDate));
  const endX = (r: TaskRow): number => (isMilestone(r) ? xe(r.task.finishDate) + msR * 1.3 : xe(r.task.finishDate));

  // Labels.
  const labels: string[] = [];
  rows.forEach((r, i) => {
    const y = top + i * rowH + rowH / 2 + 4;
    if (r.kind === 'project') labels.push(text(14, y, fitText(r.name, W - 28, 12, true), { 'font-size': 12, 'font-weight': 'bold', fill: C.ink }, r.name));
    else {
      const name = r.task.name ?? r.task.id;
      const indent = 14 + r.depth * 12;
      labels.push(
        text(indent, y, fitText(name, x0 - 12 - indent, labelFont, r.task.summary === true), { 'font-size': labelFont, 'font-weight': r.task.summary === true ? 'bold' : undefined, fill: C.ink }, `${name} (${r.key})`),
      );
    }
  });
  body.push(g({ class: 'labels' }, labels));

  // Links, under the bars.
  const arrows: string[] = [];
  for (const l of links) {
    const a = find(l.from);
    const b = find(l.to);
    if (a === undefined || b === undefined || a === b) continue;
    const type = l.type ?? 'FS';
    const fromFinish = type === 'FS' || type === 'FF';
    const toStart = type === 'FS' || type === 'SS';
    const critical = l.critical ?? defaultCritical(a, b);
    used.add(critical ? 'criticalLink' : 'link');
    const p1: [number, number] = [fromFinish ? endX(a) : startX(a), yOf.get(a)!];
    const p2: [number, number] = [toStart ? startX(b) : endX(b), yOf.get(b)!];
    arrows.push(arrow(p1, fromFinish ? 1 : -1, p2, toStart ? 1 : -1, rowH, critical));
  }
  if (arrows.length > 0) body.push(g({ class: 'links', fill: 'none' }, arrows));

  // Bars.
  const bars: string[] = [];
  for (const r of taskRows) {
    const y = yOf.get(r)!;
    const tt = r.task;
    const dates = tt.startDate === tt.finishDate ? tt.startDate : `${tt.startDate} – ${tt.finishDate}`;
    const tooltip = `${tt.name ?? tt.id} (${r.key}): ${dates}${tt.critical === true ? `, ${t.critical}` : ''}`;
    const b = baselineOf.get(r);
    if (b !== undefined) {
      used.add('baseline');
      const bx = b.startDate === b.finishDate ? xe(b.finishDate) - 2 : xs(b.startDate);
      const bw = b.startDate === b.finishDate ? 4 : xe(b.finishDate) - xs(b.startDate);
      bars.push(el('rect', { x: bx, y: y + barH / 2 + 1, width: bw, height: 4, fill: C.baseline, stroke: C.muted, 'stroke-width': 0.5 }, tip(`${t.baseline}: ${b.startDate} – ${b.finishDate}`)));
    }
    if (tt.summary === true) {
      used.add('summary');
      const a = xs(tt.startDate);
      const e = xe(tt.finishDate);
      const h = Math.max(3, barH * 0.35);
      bars.push(
        g({ class: 'summary' }, [
          el('rect', { x: a, y: y - h, width: Math.max(1, e - a), height: h, fill: C.ink }, tip(tooltip)),
          polygon([[a, y], [a + 5, y], [a, y + 5]], { fill: C.ink }),
          polygon([[e, y], [e - 5, y], [e, y + 5]], { fill: C.ink }),
        ]),
      );
      continue;
    }
    if (isMilestone(r)) {
      used.add('milestone');
      const critical = tt.critical === true;
      bars.push(marker('diamond', xe(tt.finishDate), y, msR, { fill: critical ? C.critical : '#ffffff', stroke: C.ink, 'stroke-width': 1.2 }, tip(tooltip)));
      continue;
    }
    const a = xs(tt.startDate);
    const e = xe(tt.finishDate);
    const critical = tt.critical === true;
    used.add(critical ? 'critical' : 'task');
    bars.push(el('rect', { x: a, y: y - barH / 2, width: Math.max(1, e - a), height: barH, fill: critical ? C.critical : C.normal, stroke: critical ? C.ink : C.normalDark, 'stroke-width': 0.8 }, tip(tooltip)));
    const pct = progress.get(r.key) ?? progress.get(tt.id);
    if (pct !== undefined && pct > 0) {
      used.add('progress');
      // Dark on a light bar, white on a dark (critical) one: it reads in grayscale either way.
      bars.push(el('rect', { x: a, y: y - barH * 0.17, width: Math.max(1, (e - a) * Math.min(pct, 100) / 100), height: barH * 0.34, fill: critical ? '#ffffff' : C.ink, class: 'progress' }, tip(`${t.progress}: ${Math.round(pct)} %`)));
    }
    if (tt.lateFinishDate !== undefined && tt.lateFinishDate > tt.finishDate) {
      used.add('float');
      const f = xe(tt.lateFinishDate);
      bars.push(el('rect', { x: e, y: y - 1.5, width: f - e, height: 3, fill: C.float }, tip(`${t.float}: ${tt.finishDate} → ${tt.lateFinishDate}`)));
      bars.push(el('line', { x1: f, x2: f, y1: y - 4, y2: y + 4, stroke: C.float, 'stroke-width': 1.5 }));
    }
  }
  body.push(g({ class: 'bars' }, bars));

  if (statusDate !== undefined) {
    used.add('status');
    const sx = xe(statusDate);
    body.push(
      g({ class: 'status-date' }, [
        el('line', { x1: sx, x2: sx, y1: top - 2, y2: bottom, stroke: C.ink, 'stroke-width': 1.5, 'stroke-dasharray': '6 3' }),
        text(sx + 4, bottom - 4, `${t.status} ${statusDate}`, { 'font-size': 10, fill: C.ink }),
      ]),
    );
  }

  const items: LegendItem[] = [];
  const add = (k: string, item: LegendItem): void => {
    if (used.has(k)) items.push(item);
  };
  add('critical', { label: t.critical, swatch: { kind: 'rect', fill: C.critical, stroke: C.ink } });
  add('task', { label: t.task, swatch: { kind: 'rect', fill: C.normal, stroke: C.normalDark } });
  add('summary', { label: t.summary, swatch: { kind: 'rect', fill: C.ink, height: 4 } });
  add('milestone', { label: t.milestone, swatch: { kind: 'diamond', fill: '#ffffff' } });
  add('float', { label: t.float, swatch: { kind: 'rect', fill: C.float, height: 3 } });
  add('baseline', { label: t.baseline, swatch: { kind: 'rect', fill: C.baseline, stroke: C.muted, height: 4 } });
  add('progress', { label: t.progress, swatch: { kind: 'rect', fill: C.ink, height: 4 } });
  add('criticalLink', { label: t.criticalLink, swatch: { kind: 'line', stroke: C.critical, width: 1.6 } });
  add('link', { label: t.link, swatch: { kind: 'line', stroke: C.float, width: 1, dash: '3 2' } });
  add('nonWorking', { label: t.nonWorking, swatch: { kind: 'rect', fill: C.shade, stroke: C.grid } });
  add('status', { label: t.status, swatch: { kind: 'line', stroke: C.ink, width: 1.5, dash: '6 3' } });
  const leg = legend(items, 12, bottom + 10, W - 24);
  body.push(leg.svg);
  const H = Math.max(o.height ?? 0, bottom + 10 + leg.height + 8);

  const criticalCount = taskRows.filter((r) => r.task.critical === true && r.task.summary !== true).length;
  const projects = new Set(taskRows.map((r) => r.task.projectId ?? '')).size;
  const description =
    o.description ??
    t.desc(taskRows.filter((r) => r.task.summary !== true).length, projects, first, last, criticalCount, taskRows.filter(isMilestone).length) + (statusDate !== undefined ? t.statusDesc(statusDate) : '');
  return svgDocument({ kind: 'gantt', width: W, height: H, title, description, lang: o.lang, body });
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

/** The links: given, else the portfolio's, else each task's driving predecessors. */
function readLinks(raw: GanttChartOptions, portfolio: Portfolio | undefined, tasks: readonly GanttTask[]): readonly ChartLink[] {
  if (raw.links !== undefined) {
    checkArray(FN, 'options.links', raw.links).forEach((l, i) => {
      const o = checkObject(FN, `options.links[${i}]`, l);
      if (typeof o.from !== 'string' || typeof o.to !== 'string') bad(FN, `options.links[${i}]`, 'must have from and to task keys', l);
      if (o.type !== undefined && !['FS', 'SS', 'FF', 'SF'].includes(o.type as string)) bad(FN, `options.links[${i}].type`, 'must be FS, SS, FF or SF', o.type);
    });
    return raw.links;
  }
  if (portfolio !== undefined) return portfolioLinks(portfolio);
  const out: ChartLink[] = [];
  for (const t of tasks) for (const p of t.drivingPredecessors ?? []) out.push({ from: p, to: keyOfTask(t) });
  return out;
}

function readBaseline(raw: GanttChartOptions, portfolio: Portfolio | undefined): readonly DatedTask[] {
  if (raw.baseline === undefined) return portfolio === undefined ? [] : portfolioBaseline(portfolio);
  checkArray(FN, 'options.baseline', raw.baseline).forEach((b, i) => {
    const o = checkObject(FN, `options.baseline[${i}]`, b);
    if (typeof o.id !== 'string') bad(FN, `options.baseline[${i}].id`, 'must be a string', o.id);
    checkDate(FN, `options.baseline[${i}].startDate`, o.startDate);
    checkDate(FN, `options.baseline[${i}].finishDate`, o.finishDate);
  });
  return raw.baseline;
}

function readProgress(raw: GanttChartOptions, portfolio: Portfolio | undefined): ReadonlyMap<string, number> {
  if (raw.progress === undefined) return new Map(Object.entries(portfolio === undefined ? {} : portfolioProgress(portfolio)));
  const o = checkObject(FN, 'options.progress', raw.progress);
  for (const [k, v] of Object.entries(o)) checkNumber(FN, `options.progress[${JSON.stringify(k)}]`, v, 0);
  return new Map(Object.entries(o as Record<string, number>));
}
