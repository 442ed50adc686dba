/** The readable report of a leveled portfolio, for `pmo level` and `pmo demo`. */
import type { Portfolio } from '../../model/portfolio.js';
import type { LevelResourcesResult } from '../../resources/leveledScheduleTypes.js';
import { overallocations } from '../../resources/overallocations.js';
import type { Overallocation } from '../../resources/resourceLoadTypes.js';
import type { SchedulePortfolioResult } from '../../schedule/types.js';
import { table } from '../format.js';

const LABELS = {
  en: {
    with: (n: number, seed: number, objective: string) => `leveled with ${n} schedules (seed ${seed}, objective ${objective})`,
    finish: (f: string, u: string, m: number, s: string, lb: number, cp: number, d: string, union: boolean) =>
      `finish ${f} (unleveled ${u}); ${m} ${union ? 'days (working days of any task calendar)' : 'working days'} from ${s} (lower bound ${lb}, critical path ${cp}); average project delay ${d} days`,
    late: (n: number) => `; deadlines missed by ${n} task-days in total`,
    cols: ['project', 'start', 'unleveled finish', 'leveled finish', 'CP duration', 'delay', 'deadline'],
    lateMark: ' (late)',
    none: 'no resource is over-allocated, before or after leveling',
    over: 'over-allocated working days per resource:',
    overCols: ['resource', 'before', 'after'],
  },
  zh: {
    with: (n: number, seed: number, objective: string) => `资源平衡：生成 ${n} 个进度方案（种子 ${seed}，目标 ${objective === 'delay' ? '平均项目延误' : '总工期'}）`,
    finish: (f: string, u: string, m: number, s: string, lb: number, cp: number, d: string, union: boolean) =>
      `完成 ${f}（平衡前 ${u}）；自 ${s} 起 ${m} ${union ? '天（任一任务日历的工作日）' : '个工作日'}（下界 ${lb}，关键路径 ${cp}）；平均项目延误 ${d} ${union ? '天' : '个工作日'}`,
    late: (n: number) => `；截止日期共超出 ${n} 个任务工作日`,
    cols: ['项目', '开始', '平衡前完成', '平衡后完成', '关键路径工期', '延误', '截止日期'],
    lateMark: '（逾期）',
    none: '资源平衡前后均无资源过度分配',
    over: '各资源过度分配的工作日数：',
    overCols: ['资源', '平衡前', '平衡后'],
  },
} as const;

/** `3`, or `2.50` for a fraction. */
export const round = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(2));

/**
 * The readable report of a leveled portfolio: schedules used, finish and lower bound, each
 * project's unleveled and leveled finish with its delay, and the over-allocated working days of
 * each resource before (the early schedule `unleveled`) and after leveling. The caller computes
 * both schedules once (on the same calendar) and passes them in; the report computes no schedule.
 *
 * @param portfolio - the portfolio both schedules were computed from
 * @param leveled - `levelResources(portfolio, …)`
 * @param unleveled - the early schedule leveling started from: `schedulePortfolio(portfolio)`,
 *   passed to `levelResources` as `options.schedule`
 * @param lang - language of the labels
 * @param over - the over-allocations of both schedules when the caller has them (the demo shares
 *   them with its report); default: computed here
 * @returns the report's lines
 */
export function levelingReport(
  portfolio: Portfolio,
  leveled: LevelResourcesResult,
  unleveled: SchedulePortfolioResult,
  lang: 'en' | 'zh' = 'en',
  over?: { readonly before: readonly Overallocation[]; readonly after: readonly Overallocation[] },
): string[] {
  const L = LABELS[lang];
  const before = (over?.before ?? overallocations(portfolio, unleveled)).filter((o) => o.kind === 'resource');
  const after = (over?.after ?? overallocations(portfolio, leveled)).filter((o) => o.kind === 'resource');
  const days = (list: typeof before, id: string): number => list.filter((o) => o.id === id).reduce((n, o) => n + o.days, 0);
  const people = [...new Set([...before, ...after].map((o) => o.id))];
  const cpmFinish = new Map(unleveled.projects.map((p) => [p.id, p.finishDate] as const));
  return [
    L.with(leveled.schedules, leveled.seed, leveled.objective),
    L.finish(leveled.finishDate, unleveled.finishDate, leveled.makespan, leveled.startDate, leveled.lowerBound, leveled.criticalPathLength, round(leveled.averageDelay), leveled.unionAxis) +
      (leveled.lateness > 0 ? L.late(leveled.lateness) : ''),
    '',
    ...table(
      L.cols,
      leveled.projects.map((p) => [
        p.id,
        p.startDate,
        cpmFinish.get(p.id) ?? '',
        p.finishDate,
        String(p.criticalPathDuration),
        String(p.delay),
        p.deadlineDate === undefined ? '' : `${p.deadlineDate}${p.late ? L.lateMark : ''}`,
      ]),
      { align: ['left', 'left', 'left', 'left', 'right', 'right', 'left'] },
    ),
    '',
    people.length === 0 ? L.none : L.over,
    ...(people.length === 0 ? [] : table(L.overCols, people.map((id) => [id, String(days(before, id)), String(days(after, id))]), { align: ['left', 'right', 'right'] })),
  ];
}
