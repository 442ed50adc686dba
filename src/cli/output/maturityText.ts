/** The text of `pmo maturity` (and the demo's maturity lines): both views, the gaps and the next steps. */
import type { AssessMaturityResult } from '../../org/maturityTypes.js';
import { MATURITY_LEVEL_INFO } from '../../org/maturity-questionnaire.js';
import { PMO_TYPE_PROFILES } from '../../org/pmo-types.js';
import { STRUCTURE_PROFILES } from '../../org/structures.js';
import { localize } from '../../org/localize.js';
import type { Lang, LocalizedText } from '../../org/types.js';
import { table } from '../format.js';

const T = {
  target: { en: 'target level', zh: '目标等级' },
  targetCol: { en: 'target', zh: '目标' },
  cube: { en: 'Per PMO function (PMO Maturity Cube: the needed functions, weighted by importance)', zh: '按PMO职能(PMO成熟度立方体:仅计所需职能,按重要性加权)' },
  level: { en: 'level', zh: '等级' },
  gap: { en: 'gap', zh: '差距' },
  function: { en: 'function', zh: '职能' },
  area: { en: 'area', zh: '领域' },
  importance: { en: 'importance', zh: '重要性' },
  functions: { en: 'functions', zh: '项职能' },
  unneeded: { en: 'not needed (not counted)', zh: '不需要(不计入)' },
  perspectives: { en: 'Per perspective (P3M3’s seven perspectives; the overall level is the lowest)', zh: '按视角(P3M3的七个视角;总体等级取最低者)' },
  perspective: { en: 'perspective', zh: '视角' },
  overall: { en: 'overall', zh: '总体' },
  average: { en: 'average', zh: '平均' },
  next: { en: 'Next capabilities', zh: '下一步能力建设' },
  orderedBy: { en: 'ordered by the PMO’s responsibilities in a', zh: '按PMO职责排序:' },
  orderedByGap: { en: 'ordered by gap (no structure or PMO type given)', zh: '按差距排序(未给出组织结构和PMO类型)' },
  analyses: { en: 'pmo-kit analyses', zh: 'pmo-kit分析' },
  none: { en: 'none: every needed function and perspective is at its target', zh: '无:所有所需职能和视角均已达到目标' },
  planned: { en: 'planned', zh: '计划中' },
  unanswered: { en: 'unanswered statements', zh: '未回答的陈述' },
} satisfies Record<string, LocalizedText>;

const n2 = (x: number | null): string => (x === null ? '-' : x.toFixed(2));

/** Both views and the recommendations; `details` adds the per-function table. */
export function maturityLines(r: AssessMaturityResult, lang: Lang, options: { readonly details?: boolean } = {}): string[] {
  const l = (t: LocalizedText) => localize(t, lang);
  const f = r.functions;
  const p = r.perspectives;
  const out = [`${l(T.cube)}: ${n2(f.level)} (${l(T.target)} ${n2(f.target)}, ${l(T.gap)} ${n2(f.gap)})`];
  out.push(
    ...table(
      [l(T.area), l(T.level), l(T.functions)],
      f.areas.map((a) => [l(a.label), n2(a.level), String(a.functions)]),
      { align: ['left', 'right', 'right'] },
    ).map((s) => `  ${s}`),
  );
  if (options.details === true) {
    out.push(
      ...table(
        [l(T.function), l(T.importance), l(T.level), l(T.targetCol), l(T.gap)],
        f.functions.map((x) => [l(x.label), String(x.importance), String(x.level), String(x.target), String(x.gap)]),
        { align: ['left', 'right', 'right', 'right', 'right'] },
      ).map((s) => `  ${s}`),
    );
  }
  if (f.unneeded.length > 0) out.push(`  ${l(T.unneeded)}: ${f.unneeded.join(', ')}`);
  out.push(
    '',
    `${l(T.perspectives)}: ${l(T.overall)} ${p.level} (${l(MATURITY_LEVEL_INFO[p.level].label)}), ${l(T.average)} ${p.average.toFixed(2)}, ${l(T.target)} ${p.target}`,
    ...table(
      [l(T.perspective), l(T.level), '', l(T.targetCol), l(T.gap)],
      p.perspectives.map((x) => [l(x.label), String(x.level), l(x.levelLabel), String(x.target), String(x.gap)]),
      { align: ['left', 'right', 'left', 'right', 'right'] },
    ).map((s) => `  ${s}`),
  );
  if (options.details === true && p.unanswered.length > 0) out.push(`  ${l(T.unanswered)}: ${p.unanswered.join(', ')}`);
  const order =
    r.structure === null && r.pmoType === null
      ? l(T.orderedByGap)
      : `${l(T.orderedBy)} ${[r.structure === null ? null : l(STRUCTURE_PROFILES[r.structure].label), r.pmoType === null ? null : l(PMO_TYPE_PROFILES[r.pmoType].label)].filter((x) => x !== null).join(', ')}`;
  out.push('', `${l(T.next)} (${order}):`);
  if (r.recommendations.length === 0) out.push(`  ${l(T.none)}`);
  for (const x of r.recommendations) {
    out.push(`${x.rank}. ${l(x.label)} (${x.level} → ${x.target}): ${l(x.reason)}`);
    for (const s of x.nextSteps) out.push(`   - ${l(s)}`);
    if (x.analyses.length > 0) out.push(`   ${l(T.analyses)}: ${x.analyses.map((a) => (a.status === 'available' ? a.functionName : `${a.functionName} (${l(T.planned)})`)).join(', ')}`);
  }
  return out;
}
