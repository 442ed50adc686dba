/** The demo's forecast lines: each project's finish forecast from its actuals, against its baseline. */
import type { Portfolio } from '../../model/portfolio.js';
import { localize } from '../../org/localize.js';
import type { Lang } from '../../org/types.js';
import { schedulePortfolio } from '../../schedule/schedulePortfolio.js';
import type { SchedulePortfolioResult } from '../../schedule/types.js';
import { table } from '../format.js';
import { signed } from './evmTables.js';

const T = {
  title: { en: 'Forecast from the actuals (schedule with progress, docs/progress.md):', zh: '基于实际进度的预测(含进度的进度计划,见 docs/progress.md):' },
  colId: { en: 'id', zh: '项目' },
  colStatus: { en: 'status date', zh: '状态日期' },
  colBaseline: { en: 'baseline finish', zh: '基准完成' },
  plan: { en: '(plan)', zh: '(计划)' },
  colForecast: { en: 'forecast finish', zh: '预测完成' },
  colVariance: { en: 'variance', zh: '偏差' },
  note: {
    en: 'forecast finish: complete tasks at their actual dates, work left after the status date, the rest by the links; against the baseline, else the plan (the schedule without progress); variance in working days (+ = late)',
    zh: '预测完成:已完成任务按实际日期,剩余工作排在状态日期之后,其余按依赖关系;与基准比较(无基准时与不含进度的计划比较);偏差以工作日计(+ 为延迟)',
  },
};

/**
 * Each project's forecast finish, from `schedulePortfolio` with its progress at its status date
 * (its own `statusDate`, else its latest status report, else `statusDate`), against the finish of
 * its baseline, else of the plan (`plan`, the schedule without progress, computed when not
 * given): a table in `lang`, with a note. O(V + E') (one or two schedules of the portfolio).
 *
 * @example
 * ```ts
 * out.push(...forecastLines(portfolio, '2026-04-30', 'en'));
 * ```
 */
export function forecastLines(portfolio: Portfolio, statusDate: string, lang: Lang, plan?: SchedulePortfolioResult): string[] {
  const t = (key: keyof typeof T) => localize(T[key], lang);
  const latest = (id: string) => portfolio.statusReports.filter((r) => r.projectId === id).reduce<string | undefined>((m, r) => (m === undefined || r.date > m ? r.date : m), undefined);
  const dated = { ...portfolio, projects: portfolio.projects.map((p) => ({ ...p, statusDate: p.statusDate ?? latest(p.id) ?? statusDate })) };
  const s = schedulePortfolio(dated);
  plan ??= schedulePortfolio(portfolio, { progress: 'plan' });
  // Finishes are exclusive offsets on the one axis of both schedules: the day of each is ⌈f⌉ - 1.
  const day = (f: number): number => Math.ceil(f - 1e-9);
  return [
    '',
    t('title'),
    ...table(
      [t('colId'), t('colStatus'), t('colBaseline'), t('colForecast'), t('colVariance')],
      s.projects.map((p, i) => {
        const q = plan.projects[i]!;
        return p.baselineFinishDate === null || p.baselineFinishDate === undefined
          ? [p.id, p.statusDate ?? '-', `${q.finishDate} ${t('plan')}`, p.finishDate, signed(day(p.finish) - day(q.finish))]
          : [p.id, p.statusDate ?? '-', p.baselineFinishDate, p.finishDate, signed(p.finishVariance ?? null)];
      }),
      { align: ['left', 'left', 'left', 'left', 'right'] },
    ),
    t('note'),
  ];
}
