/**
 * Report section: risks and Monte Carlo simulation, drawn from the structural inputs the report
 * is given (`riskMatrix`, `finishDistribution`, `sensitivities`): the risk module's results, or
 * plain data. Without any, the section is left out and listed as not covered.
 */
import { finishHistogram } from '../../finishHistogram.js';
import { riskHeatMap } from '../../riskHeatMap.js';
import { tornadoChart } from '../../tornadoChart.js';
import type { ReportContext } from '../internal/context.js';
import type { ReportBlock, ReportSection } from '../types.js';

const T = {
  en: {
    title: 'Risks and Monte Carlo simulation',
    summary: 'Where the risks sit by probability and impact, how likely each finish date is, and which inputs move the finish most.',
    heat: 'Risk heat map: probability × impact (count and ids per cell)',
    histogram: 'Monte Carlo simulation of the finish, with P50 and P80',
    tornado: 'What drives the finish: sensitivity of each input',
    notCovered: 'Risk analysis and Monte Carlo simulation: no risk matrix or simulation was given to the report (pmo-kit/risk draws them once it is available).',
  },
  zh: {
    title: '风险与蒙特卡洛模拟',
    summary: '风险在概率与影响上的分布、各完成日期的可能性，以及对完成日期影响最大的因素。',
    heat: '风险热力图：概率 × 影响（每格数量与编号）',
    histogram: '完成日期的蒙特卡洛模拟（P50 与 P80）',
    tornado: '影响完成日期的因素：各输入的敏感性',
    notCovered: '风险分析与蒙特卡洛模拟：报告未获得风险矩阵或模拟结果（pmo-kit/risk 可用后将绘制）。',
  },
} as const;

/** The heat map, the finish histogram and the tornado chart, each when its data is given. */
export function risksSection(ctx: ReportContext): ReportSection | undefined {
  const { options, lang } = ctx;
  const t = T[lang];
  const blocks: ReportBlock[] = [];
  if (options.riskMatrix !== undefined) blocks.push({ kind: 'chart', name: 'risk-heat-map', caption: t.heat, wide: false, svg: riskHeatMap(options.riskMatrix, { lang, width: 560 }) });
  if (options.finishDistribution !== undefined) blocks.push({ kind: 'chart', name: 'monte-carlo-finish', caption: t.histogram, wide: false, svg: finishHistogram(options.finishDistribution, { lang, width: 560 }) });
  if (options.sensitivities !== undefined) blocks.push({ kind: 'chart', name: 'tornado', caption: t.tornado, wide: false, svg: tornadoChart(options.sensitivities, { lang, width: 560 }) });
  if (blocks.length === 0) {
    ctx.notCovered.push(t.notCovered);
    return undefined;
  }
  return { id: 'risks', title: t.title, summary: t.summary, blocks };
}
