/** Report section: the PMO's maturity, from the assessment the report is given (`maturity`). */
import { maturityRadar } from '../../maturityRadar.js';
import type { ReportContext } from '../internal/context.js';
import type { ReportSection } from '../types.js';

const T = {
  en: {
    title: 'PMO maturity',
    summary: 'The level of each PMO function today and the level aimed for: the gaps are where the PMO grows next.',
    radar: 'Maturity of the PMO functions (solid: assessed; dashed: target)',
    notCovered: 'PMO maturity: no assessment was given to the report.',
  },
  zh: {
    title: 'PMO 成熟度',
    summary: '各项 PMO 职能的当前等级与目标等级：差距所在即 PMO 下一步的发展方向。',
    radar: 'PMO 职能成熟度（实线：评估；虚线：目标）',
    notCovered: 'PMO 成熟度：报告未获得成熟度评估。',
  },
} as const;

/** The maturity radar, when an assessment is given. */
export function maturitySection(ctx: ReportContext): ReportSection | undefined {
  const t = T[ctx.lang];
  const axes = ctx.options.maturity;
  if (axes === undefined) {
    ctx.notCovered.push(t.notCovered);
    return undefined;
  }
  return { id: 'maturity', title: t.title, summary: t.summary, blocks: [{ kind: 'chart', name: 'maturity', caption: t.radar, wide: false, svg: maturityRadar(axes, { lang: ctx.lang, width: 560 }) }] };
}
