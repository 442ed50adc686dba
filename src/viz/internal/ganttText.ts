/** The words of a Gantt chart, in English and Chinese, and its `<desc>`. Private to pmo-kit/viz. */
import type { TaskRow } from './ganttRows.js';

/** Legend labels, tooltips and sentences of the Gantt chart, by language. */
export const GANTT_TEXT = {
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

/** The words of one language. */
export type GanttText = (typeof GANTT_TEXT)[keyof typeof GANTT_TEXT];

/**
 * The `<desc>` of a drawn chart: how many tasks (summaries left out) in how many projects, from
 * the first date to the last, how many critical, how many milestones, and the status date. O(n).
 */
export function ganttDescription(taskRows: readonly TaskRow[], first: string, last: string, statusDate: string | undefined, t: GanttText): string {
  const criticalCount = taskRows.filter((r) => r.task.critical === true && r.task.summary !== true).length;
  const projects = new Set(taskRows.map((r) => r.task.projectId ?? '')).size;
  const milestones = taskRows.filter((r) => r.task.milestone === true).length;
  return t.desc(taskRows.filter((r) => r.task.summary !== true).length, projects, first, last, criticalCount, milestones) + (statusDate !== undefined ? t.statusDesc(statusDate) : '');
}
