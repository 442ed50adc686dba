/** Report section: the portfolio's schedule, its critical path and the Gantt chart. */
import { ganttChart } from '../../ganttChart.js';
import type { ReportContext } from '../internal/context.js';
import { W } from '../internal/text.js';
import type { ReportSection } from '../types.js';

const T = {
  en: {
    title: 'Schedule and critical path',
    summary: (finish: string, days: number, late: number | null) =>
      `All projects scheduled together, with their cross-project dependencies: the portfolio finishes on ${finish}, ${days} working days from its start${late === null ? '' : late > 0 ? `; ${late} project${late === 1 ? '' : 's'} finish${late === 1 ? 'es' : ''} after ${late === 1 ? 'its' : 'their'} deadline` : '; every project meets its deadline'}.`,
    cols: ['project', 'start', 'finish', 'working days', 'deadline', 'meets deadline', 'on critical path'],
    read: 'Bars show each task at its early dates (dark red: critical, no float); the thin gray bar after a task is its total float; diamonds are milestones; the light bar under a task is its baseline, the dark strip inside it its progress; arrows are dependencies; shaded columns are non-working days.',
    gantt: 'Gantt chart of the portfolio (early schedule)',
    path: 'Critical path',
    paths: (n: number) => `Critical paths (${n})`,
    more: (n: number) => `… and ${n} more`,
  },
  zh: {
    title: '进度计划与关键路径',
    summary: (finish: string, days: number, late: number | null) =>
      `所有项目连同跨项目依赖统一排程：项目组合于 ${finish} 完成，自开始起共 ${days} 个工作日${late === null ? '' : late > 0 ? `；${late} 个项目晚于截止日期完成` : '；所有项目均满足截止日期'}。`,
    cols: ['项目', '开始', '完成', '工作日', '截止日期', '满足截止日期', '在关键路径上'],
    read: '条形表示各任务的最早日期（深红色：关键任务，无浮动时间）；任务后的灰色细条为总浮动时间；菱形为里程碑；任务下方的浅色条为基准，条内深色条为进度；箭头为依赖关系；阴影列为非工作日。',
    gantt: '项目组合甘特图（最早进度）',
    path: '关键路径',
    paths: (n: number) => `关键路径（${n} 条）`,
    more: (n: number) => `…… 另有 ${n} 条`,
  },
} as const;

/** The latest status date of the portfolio's status reports, or `undefined`. */
export function latestStatusDate(ctx: ReportContext): string | undefined {
  let d: string | undefined;
  const reports: unknown = ctx.portfolio.statusReports;
  if (!Array.isArray(reports)) return undefined; // not a list: the earned value section names it
  for (const r of reports as { date?: unknown }[]) if (typeof r === 'object' && r !== null && typeof r.date === 'string' && (d === undefined || r.date > d)) d = r.date;
  return d;
}

/** The schedule: a table per project, the Gantt chart and the critical paths. */
export function scheduleSection(ctx: ReportContext): ReportSection | undefined {
  const { portfolio, lang } = ctx;
  const t = T[lang];
  const w = W[lang];
  const s = ctx.schedule();
  if (s.tasks.length === 0) return undefined;
  const deadlines = new Map(portfolio.projects.map((p) => [p.id, p.deadline] as const));
  const late = s.projects.filter((p) => {
    const d = deadlines.get(p.id);
    return d !== undefined && p.finishDate > d;
  }).length;
  const byKey = new Map(s.tasks.map((x) => [x.key, x] as const));
  const pathText = (path: readonly string[]): string => {
    let project = '';
    return path
      .map((key) => {
        const task = byKey.get(key);
        if (task === undefined) return key;
        const step = task.projectId === project ? task.name : `[${task.projectId}] ${task.name}`;
        project = task.projectId;
        return step;
      })
      .join(' → ');
  };
  const paths = s.criticalPaths.slice(0, 3).map(pathText);
  if (s.criticalPaths.length > 3) paths.push(t.more(s.criticalPaths.length - 3));
  const statusDate = latestStatusDate(ctx);
  return {
    id: 'schedule',
    title: t.title,
    summary: t.summary(s.finishDate, s.duration, portfolio.projects.some((p) => p.deadline !== undefined) ? late : null),
    blocks: [
      {
        kind: 'table',
        columns: t.cols,
        align: ['left', 'left', 'left', 'right', 'left', 'left', 'left'],
        rows: s.projects.map((p) => {
          const d = deadlines.get(p.id);
          return [`${p.id} – ${p.name}`, p.startDate, p.finishDate, String(p.duration), d ?? '–', d === undefined ? '–' : p.finishDate > d ? w.no : w.yes, p.critical ? w.yes : w.no];
        }),
      },
      { kind: 'chart', name: 'gantt', caption: t.gantt, wide: true, svg: ganttChart(s, { portfolio, lang, width: 1000, ...(statusDate === undefined ? {} : { statusDate }) }) },
      { kind: 'paragraph', text: t.read },
      { kind: 'paragraph', text: s.criticalPaths.length > 1 ? `${t.paths(s.criticalPaths.length)}:` : `${t.path}:` },
      { kind: 'list', items: paths.length === 0 ? [w.none] : paths },
    ],
  };
}
