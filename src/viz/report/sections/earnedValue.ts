/** Report section: earned value and earned schedule, per project and for the portfolio, with the S-curves. */
import { earnedValueChart } from '../../earnedValueChart.js';
import type { ReportContext } from '../internal/context.js';
import { index2, money, signedDays } from '../internal/text.js';
import type { ReportBlock, ReportSection } from '../types.js';

const T = {
  en: {
    title: 'Earned value',
    summary: (date: string, spi: number | null, cpi: number | null, eac: string, bac: string, finish: string | null, variance: string) =>
      `At the status date ${date} the portfolio is ${spi === null ? 'of unknown schedule performance' : `${spi < 1 ? 'behind' : 'on or ahead of'} plan (SPI ${spi.toFixed(2)}: it has earned ${Math.round(spi * 100)} % of the value planned by now)`} and ${cpi === null ? 'of unknown cost performance' : `${cpi < 1 ? 'over' : 'within'} budget (CPI ${cpi.toFixed(2)}: ${cpi.toFixed(2)} of value earned per unit spent)`}; at this rate it will cost ${eac} against a budget of ${bac}${finish === null ? '' : ` and finish on ${finish} (${variance} working days against the plan)`}.`,
    cols: (c: string | undefined) => ['project', 'data date', 'SPI', 'CPI', 'SPI(t)', `BAC${c === undefined ? '' : ` (${c})`}`, `EAC${c === undefined ? '' : ` (${c})`}`, 'planned finish', 'forecast finish', 'variance (working days)'],
    portfolio: 'portfolio',
    scurve: 'S-curves of the portfolio: planned value, earned value and actual cost, with the EAC projection',
    project: (name: string) => `S-curves: ${name}`,
    noProgress: 'Earned value: the portfolio reports no progress (no status report, no actual dates, costs or percent complete).',
    read: 'SPI and CPI below 1 mean behind plan and over budget. EAC = BAC / CPI; the forecast finish comes from earned schedule (SPI(t)). PV comes from the baseline where there is one, else from the schedule without progress.',
  },
  zh: {
    title: '挣值',
    summary: (date: string, spi: number | null, cpi: number | null, eac: string, bac: string, finish: string | null, variance: string) =>
      `截至状态日期 ${date}，项目组合的进度绩效指数 SPI 为 ${index2(spi)}${spi === null ? '' : spi < 1 ? '（进度落后）' : '（进度正常或超前）'}，成本绩效指数 CPI 为 ${index2(cpi)}${cpi === null ? '' : cpi < 1 ? '（成本超支）' : '（成本未超支）'}；按此趋势完工估算 EAC 为 ${eac}（预算 BAC ${bac}）${finish === null ? '' : `，预计于 ${finish} 完成（较计划 ${variance} 个工作日）`}。`,
    cols: (c: string | undefined) => ['项目', '数据日期', 'SPI', 'CPI', 'SPI(t)', `BAC${c === undefined ? '' : `（${c}）`}`, `EAC${c === undefined ? '' : `（${c}）`}`, '计划完成', '预测完成', '偏差（工作日）'],
    portfolio: '项目组合',
    scurve: '项目组合 S 曲线：计划价值、挣值与实际成本，以及 EAC 预测',
    project: (name: string) => `S 曲线：${name}`,
    noProgress: '挣值：项目组合未报告任何进度（无状态报告、实际日期、实际成本或完成百分比）。',
    read: 'SPI、CPI 小于 1 表示进度落后、成本超支。EAC = BAC / CPI；预测完成日期来自挣得进度（SPI(t)）。PV 取自基准（如有），否则取自不含进度的进度计划。',
  },
} as const;

/** Whether the portfolio reports any progress: a status report, or a task with actual dates, cost or percent complete. */
function reportsProgress(portfolio: ReportContext['portfolio']): boolean {
  if ((portfolio.statusReports ?? []).length > 0) return true;
  return portfolio.projects.some((p) => p.tasks.some((t) => t.actualStart !== undefined || t.actualFinish !== undefined || t.actualCost !== undefined || (typeof t.percentComplete === 'number' && t.percentComplete > 0)));
}

/** The earned value table and the S-curves of the portfolio and of each project. */
export function earnedValueSection(ctx: ReportContext): ReportSection | undefined {
  const { portfolio, lang } = ctx;
  const t = T[lang];
  if (ctx.options.earnedValue === undefined && !reportsProgress(portfolio)) {
    ctx.notCovered.push(t.noProgress);
    return undefined;
  }
  const a = ctx.earnedValue();
  if (a.projects.length === 0) return undefined;
  const c = portfolio.currency;
  const rows = a.projects.map((p) => [
    `${p.projectId} – ${p.name}`,
    p.dataDate,
    index2(p.measures.spi),
    index2(p.measures.cpi),
    index2(p.schedule?.spit),
    money(p.measures.bac, undefined),
    money(p.measures.eacTypical, undefined),
    p.schedule?.plannedFinishDate ?? p.plan.finishDate,
    p.schedule?.forecastFinishDate ?? '–',
    signedDays(p.schedule?.finishVariance),
  ]);
  const total = a.portfolio;
  if (total !== null)
    rows.push([t.portfolio, a.statusDate, index2(total.measures.spi), index2(total.measures.cpi), index2(total.schedule?.spit), money(total.measures.bac, undefined), money(total.measures.eacTypical, undefined), total.schedule?.plannedFinishDate ?? '–', total.schedule?.forecastFinishDate ?? '–', signedDays(total.schedule?.finishVariance)]);
  const blocks: ReportBlock[] = [{ kind: 'table', columns: t.cols(c), align: ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left', 'left', 'right'], rows }];
  if (total !== null) blocks.push({ kind: 'chart', name: 'evm-portfolio', caption: t.scurve, wide: true, svg: earnedValueChart(a, { lang, width: 1000, height: 420 }) });
  for (const p of a.projects)
    blocks.push({ kind: 'chart', name: `evm-${p.projectId}`, caption: t.project(p.name || p.projectId), wide: false, svg: earnedValueChart(a, { projectId: p.projectId, lang, width: 560, height: 360, title: p.name || p.projectId }) });
  blocks.push({ kind: 'paragraph', text: t.read });
  const m = total?.measures ?? a.projects[0]!.measures;
  const s = total !== null ? total.schedule : a.projects[0]!.schedule;
  return {
    id: 'earned-value',
    title: t.title,
    summary: t.summary(a.statusDate, m.spi, m.cpi, money(m.eacTypical ?? m.eacAtypical, c), money(m.bac, c), s?.forecastFinishDate ?? null, signedDays(s?.finishVariance)),
    blocks,
  };
}
