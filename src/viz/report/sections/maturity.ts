/**
 * Report section: the PMO's maturity. From `assessMaturity` (pmo-kit/org: given in
 * `options.maturity`, else assessed from the portfolio's `maturityAssessment`): radars of the
 * P3M3-style perspectives and of the functional areas, the perspectives' levels and the next
 * capabilities; or a radar of plain axes given in `options.maturity`.
 */
import { PmoError } from '../../../errors.js';
import { MATURITY_LEVEL_INFO, MATURITY_QUESTIONS } from '../../../org/maturity-questionnaire.js';
import type { AssessMaturityResult } from '../../../org/maturityTypes.js';
import { maturityRadar } from '../../maturityRadar.js';
import type { MaturityAxis } from '../../types.js';
import type { ReportContext } from '../internal/context.js';
import type { ReportBlock, ReportSection } from '../types.js';

const T = {
  en: {
    title: 'PMO maturity',
    summary: 'The level of each PMO function today and the level aimed for: the gaps are where the PMO grows next.',
    summaryAssessed: (level: number, label: string, avg: string, target: number, fn: string, next: string) =>
      `The organization is at maturity level ${level} (${label}; the perspectives average ${avg}) against a target of ${target}; the PMO's functions, weighted by what its stakeholders need, reach ${fn}.${next}`,
    next: (label: string) => ` Next: ${label}.`,
    radar: 'Maturity of the PMO functions (solid: assessed; dashed: target)',
    perspectivesRadar: 'Maturity per perspective, levels 1–5 (solid: assessed; dashed: target)',
    perspectivesTitle: 'Maturity per perspective',
    areasTitle: 'PMO functions per area',
    areasRadar: 'Maturity of the PMO functions per functional area, weighted by importance (solid: assessed; dashed: target)',
    perspectiveCols: ['perspective', 'level', '', 'target', 'gap', 'to reach the next level'],
    nextCaption: 'Next capabilities, in the order the PMO’s responsibilities in this structure call for them',
    nextCols: ['#', 'capability', 'level → target', 'why', 'next steps'],
    read: 'Per perspective: five levels after P3M3 (1 awareness … 5 optimized), the overall level being the lowest perspective’s. Per function: the PMO Maturity Cube, only the functions the stakeholders need, weighted by importance (docs/scoring.md).',
    notCovered: 'PMO maturity: the portfolio has no maturity assessment, and none was given to the report.',
    failed: (message: string) => `PMO maturity: the portfolio's assessment could not be assessed (${message}).`,
  },
  zh: {
    title: 'PMO 成熟度',
    summary: '各项 PMO 职能的当前等级与目标等级：差距所在即 PMO 下一步的发展方向。',
    summaryAssessed: (level: number, label: string, avg: string, target: number, fn: string, next: string) =>
      `组织的成熟度为 ${level} 级（${label}；各视角平均 ${avg}），目标为 ${target} 级；按相关方需要加权，PMO 各职能的成熟度为 ${fn}。${next}`,
    next: (label: string) => `下一步：${label}。`,
    radar: 'PMO 职能成熟度（实线：评估；虚线：目标）',
    perspectivesRadar: '各视角的成熟度，1–5 级（实线：评估；虚线：目标）',
    perspectivesTitle: '各视角的成熟度',
    areasTitle: '各职能领域的 PMO 职能',
    areasRadar: '按职能领域的 PMO 职能成熟度，按重要性加权（实线：评估；虚线：目标）',
    perspectiveCols: ['视角', '等级', '', '目标', '差距', '达到下一级尚需'],
    nextCaption: '下一步能力建设（按该组织结构下 PMO 职责的顺序）',
    nextCols: ['#', '能力', '等级 → 目标', '原因', '下一步'],
    read: '按视角：参照 P3M3 的五个等级（1 初始 … 5 优化），总体等级取最低的视角。按职能：PMO 成熟度立方体，仅计相关方所需的职能，按重要性加权（docs/scoring.md）。',
    notCovered: 'PMO 成熟度：项目组合没有成熟度评估，报告也未获得评估。',
    failed: (message: string) => `PMO 成熟度：无法评估项目组合的成熟度评估（${message}）。`,
  },
} as const;

/** The questionnaire's statements by id: what the next level asks for, in words. */
const STATEMENT = new Map(MATURITY_QUESTIONS.map((q) => [q.id, q.text] as const));

const n2 = (x: number | null): string => (x === null ? '–' : x.toFixed(2));

/** The radars, levels and next capabilities of an assessment. */
function assessedBlocks(ctx: ReportContext, r: AssessMaturityResult): ReportBlock[] {
  const { lang } = ctx;
  const t = T[lang];
  const blocks: ReportBlock[] = [];
  const perspectives: MaturityAxis[] = r.perspectives.perspectives.map((p) => ({ axis: p.label[lang], level: p.level, target: p.target }));
  if (perspectives.length >= 3) blocks.push({ kind: 'chart', name: 'maturity-perspectives', caption: t.perspectivesRadar, wide: false, svg: maturityRadar(perspectives, { lang, width: 560, title: t.perspectivesTitle }) });
  const fnTarget = r.functions.target;
  const areas: MaturityAxis[] = r.functions.areas.filter((a) => a.level !== null).map((a) => ({ axis: a.label[lang], level: a.level!, ...(fnTarget === null ? {} : { target: fnTarget }) }));
  if (areas.length >= 3) blocks.push({ kind: 'chart', name: 'maturity-areas', caption: t.areasRadar, wide: false, svg: maturityRadar(areas, { lang, width: 560, title: t.areasTitle }) });
  blocks.push({
    kind: 'table',
    columns: t.perspectiveCols,
    align: ['left', 'right', 'left', 'right', 'right', 'left'],
    rows: r.perspectives.perspectives.map((p) => [p.label[lang], String(p.level), p.levelLabel[lang], String(p.target), String(p.gap), p.nextLevelGaps.length === 0 ? '–' : p.nextLevelGaps.map((id) => STATEMENT.get(id)?.[lang] ?? id).join(' ')]),
  });
  if (r.recommendations.length > 0)
    blocks.push({
      kind: 'table',
      caption: t.nextCaption,
      columns: t.nextCols,
      rows: r.recommendations.map((x) => [String(x.rank), x.label[lang], `${x.level} → ${x.target}`, x.reason[lang], x.nextSteps.map((s) => s[lang]).join(' ')]),
    });
  blocks.push({ kind: 'paragraph', text: t.read });
  return blocks;
}

/** The maturity section: from an assessment (given, or of the portfolio), or a radar of the axes given. */
export function maturitySection(ctx: ReportContext): ReportSection | undefined {
  const t = T[ctx.lang];
  const given = ctx.options.maturity;
  if (Array.isArray(given)) {
    const axes = given as readonly MaturityAxis[];
    return { id: 'maturity', title: t.title, summary: t.summary, blocks: [{ kind: 'chart', name: 'maturity', caption: t.radar, wide: false, svg: maturityRadar(axes, { lang: ctx.lang, width: 560 }) }] };
  }
  let r: AssessMaturityResult | undefined;
  try {
    r = ctx.maturity();
  } catch (err) {
    // The portfolio's own assessment that cannot be assessed is not covered; a bad one given is the caller's error.
    if (!(err instanceof PmoError) || given !== undefined) throw err;
    ctx.notCovered.push(t.failed(err.message));
    return undefined;
  }
  if (r === undefined) {
    ctx.notCovered.push(t.notCovered);
    return undefined;
  }
  const p = r.perspectives;
  const first = r.recommendations[0];
  return {
    id: 'maturity',
    title: t.title,
    summary: t.summaryAssessed(p.level, MATURITY_LEVEL_INFO[p.level].label[ctx.lang], p.average.toFixed(2), p.target, n2(r.functions.level), first === undefined ? '' : t.next(first.label[ctx.lang])),
    blocks: assessedBlocks(ctx, r),
  };
}
