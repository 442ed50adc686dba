/**
 * Report section: the risk register (the heat maps and top threats of `analyzeRisks`, pmo-kit/risk)
 * and the Monte Carlo simulation (`finishDistribution`, `sensitivities`: plain inputs until the
 * simulation lands). Without risks and without these inputs, the section is left out and listed
 * as not covered.
 */
import type { RatedRisk } from '../../../risk/types.js';
import { formatNumber } from '../../internal/axes.js';
import { finishHistogram } from '../../finishHistogram.js';
import { riskHeatMap } from '../../riskHeatMap.js';
import { tornadoChart } from '../../tornadoChart.js';
import type { ReportContext } from '../internal/context.js';
import { money } from '../internal/text.js';
import type { ReportBlock, ReportSection } from '../types.js';

const T = {
  en: {
    title: 'Risks and Monte Carlo simulation',
    summary: (active: number, threats: number, high: number, emv: string) =>
      `${active} active risk${active === 1 ? '' : 's'}, ${threats} of them threat${threats === 1 ? '' : 's'}; ${high} rated high; the open threats are expected to cost ${emv}.`,
    summaryCharts: 'How likely each finish date is, and which inputs move the finish most.',
    heat: 'Risk heat map of the active threats: probability × impact (count and ids per cell)',
    heatOpportunities: 'Heat map of the active opportunities',
    heatGiven: 'Risk heat map: probability × impact (count and ids per cell)',
    top: 'Top threats',
    cols: ['rank', 'risk', 'project', 'rating', 'score', 'expected cost'],
    ratings: { low: 'low', medium: 'medium', high: 'high' },
    histogram: 'Monte Carlo simulation of the finish, with P50 and P80',
    tornado: 'What drives the finish: sensitivity of each input',
    read: 'Ratings and scores come from the register’s 5 × 5 matrix (docs/risk.md); the expected cost of a threat is its probability times its cost impact.',
    noRisks: 'Risk analysis: the portfolio has no risk register, and no heat map was given to the report.',
    noMonteCarlo: 'Monte Carlo simulation of the finish: no simulation result was given to the report.',
  },
  zh: {
    title: '风险与蒙特卡洛模拟',
    summary: (active: number, threats: number, high: number, emv: string) => `未关闭风险 ${active} 个，其中威胁 ${threats} 个；高等级 ${high} 个；未关闭威胁的期望成本为 ${emv}。`,
    summaryCharts: '各完成日期的可能性，以及对完成日期影响最大的因素。',
    heat: '未关闭威胁的风险热力图：概率 × 影响（每格数量与编号）',
    heatOpportunities: '未关闭机会的热力图',
    heatGiven: '风险热力图：概率 × 影响（每格数量与编号）',
    top: '最主要的威胁',
    cols: ['排名', '风险', '项目', '等级', '得分', '期望成本'],
    ratings: { low: '低', medium: '中', high: '高' },
    histogram: '完成日期的蒙特卡洛模拟（P50 与 P80）',
    tornado: '影响完成日期的因素：各输入的敏感性',
    read: '等级与得分取自风险登记册的 5 × 5 矩阵（docs/risk.md）；威胁的期望成本为其概率乘以成本影响。',
    noRisks: '风险分析：项目组合没有风险登记册，报告也未获得热力图。',
    noMonteCarlo: '完成日期的蒙特卡洛模拟：报告未获得模拟结果。',
  },
} as const;

/** The register's heat maps and top threats, the finish histogram and the tornado chart, each when its data is there. */
export function risksSection(ctx: ReportContext): ReportSection | undefined {
  const { portfolio, options, lang } = ctx;
  const t = T[lang];
  const blocks: ReportBlock[] = [];
  let summary: string | undefined;
  if (options.riskHeatMap !== undefined) {
    blocks.push({ kind: 'chart', name: 'risk-heat-map', caption: t.heatGiven, wide: false, svg: riskHeatMap(options.riskHeatMap, { lang, width: 560 }) });
  } else if ((portfolio.risks ?? []).length > 0) {
    const a = ctx.risks();
    const e = a.exposure.portfolio;
    summary = t.summary(e.risks, e.threats, e.high, money(e.threatEmv, portfolio.currency));
    blocks.push({ kind: 'chart', name: 'risk-heat-map', caption: t.heat, wide: false, svg: riskHeatMap(a.heatMap, { lang, width: 560 }) });
    if (e.opportunities > 0) blocks.push({ kind: 'chart', name: 'risk-heat-map-opportunities', caption: t.heatOpportunities, wide: false, svg: riskHeatMap(a.heatMap, { kind: 'opportunities', lang, width: 560 }) });
    const top = a.risks
      .filter((r): r is RatedRisk & { rank: number } => r.kind === 'threat' && r.active && r.rank !== null)
      .sort((x, y) => x.rank - y.rank)
      .slice(0, 5);
    if (top.length > 0)
      blocks.push({
        kind: 'table',
        caption: t.top,
        columns: t.cols,
        align: ['right', 'left', 'left', 'left', 'right', 'right'],
        rows: top.map((r) => [String(r.rank), `${r.id}: ${r.title}`, r.projectId ?? '–', r.current.rating === null ? '–' : t.ratings[r.current.rating], r.current.score === null ? '–' : formatNumber(r.current.score), money(-r.emv, portfolio.currency)]),
      });
    blocks.push({ kind: 'paragraph', text: t.read });
  } else ctx.notCovered.push(t.noRisks);
  if (options.finishDistribution !== undefined) blocks.push({ kind: 'chart', name: 'monte-carlo-finish', caption: t.histogram, wide: false, svg: finishHistogram(options.finishDistribution, { lang, width: 560 }) });
  else ctx.notCovered.push(t.noMonteCarlo);
  if (options.sensitivities !== undefined) blocks.push({ kind: 'chart', name: 'tornado', caption: t.tornado, wide: false, svg: tornadoChart(options.sensitivities, { lang, width: 560 }) });
  if (blocks.length === 0) return undefined;
  return { id: 'risks', title: t.title, summary: summary ?? t.summaryCharts, blocks };
}
