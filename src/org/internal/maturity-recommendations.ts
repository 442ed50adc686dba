// Private to pmo-kit/org: the recommended next capabilities of a maturity assessment, ordered by
// the capability map of the organization's structure and PMO type.
import type { Organization, OrganizationStructure, PmoFunction, PmoType } from '../../model/organization.js';
import { ANALYSES_BY_NAME, PMO_FUNCTION_ANALYSES, type AnalysisInfo } from '../analyses-catalog.js';
import type { MaturityLevel } from '../../model/maturity.js';
import { MATURITY_LEVEL_INFO, MATURITY_PERSPECTIVE_INFO, MATURITY_QUESTIONS } from '../maturity-questionnaire.js';
import type { FunctionMaturityView, MaturityRecommendation, PerspectiveMaturityView } from '../maturityTypes.js';
import { PMO_FUNCTION_INFO } from '../pmo-functions.js';
import { PMO_TYPE_PROFILES } from '../pmo-types.js';
import { pmoAnalyses } from '../pmoAnalyses.js';
import { STRUCTURE_PROFILES } from '../structures.js';
import type { LocalizedText } from '../types.js';
import { lowerFirst } from './guards.js';

/** Compares two numbers, Infinity included (no NaN from Infinity − Infinity). */
const cmp = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0);

/** Where a knowledge-model function stands for this organization: its rank, and why. */
interface Placement {
  readonly rank: number;
  readonly why: LocalizedText;
}

/**
 * The capability order of the PMO functions: first the PMO's responsibilities in the structure
 * and its type's distinctive service, as the capability map lists them (`pmoAnalyses` of the
 * organization without its own function list); then the type's other typical functions; then
 * every other function (rank Infinity).
 */
export function capabilityOrder(structure: OrganizationStructure | null, pmoType: PmoType | null): (f: PmoFunction) => Placement {
  const order = new Map<PmoFunction, Placement>();
  if (structure !== null) {
    const org: Organization = {
      id: 'assessment',
      name: 'assessment',
      structure,
      units: [],
      people: [],
      ...(pmoType !== null ? { pmo: { name: 'PMO', type: pmoType, functions: [] } } : {}),
    };
    const s = STRUCTURE_PROFILES[structure].label;
    const t = pmoType === null ? null : PMO_TYPE_PROFILES[pmoType].label;
    pmoAnalyses(org).functions.forEach((f, i) => {
      const distinctive = pmoType !== null && PMO_TYPE_PROFILES[pmoType].distinctiveFunction === f.function && !STRUCTURE_PROFILES[structure].responsibilities.includes(f.function);
      order.set(f.function, {
        rank: i,
        why: distinctive
          ? { en: `the service that defines a ${lowerFirst(t!.en)}`, zh: `${t!.zh}的标志性服务` }
          : { en: `responsibility ${i + 1} of the PMO in a ${lowerFirst(s.en)}`, zh: `${s.zh}中PMO的第${i + 1}项职责` },
      });
    });
  }
  if (pmoType !== null) {
    const t = PMO_TYPE_PROFILES[pmoType];
    for (const f of t.typicalFunctions)
      if (!order.has(f)) order.set(f, { rank: order.size, why: { en: `a typical function of a ${lowerFirst(t.label.en)}`, zh: `${t.label.zh}的典型职能` } });
  }
  const outside: LocalizedText =
    structure === null && pmoType === null
      ? { en: 'no structure or PMO type given: ranked by gap', zh: '未给出组织结构和PMO类型:按差距排序' }
      : { en: 'not among this PMO’s responsibilities', zh: '不属于该PMO的职责' };
  return (f) => order.get(f) ?? { rank: Infinity, why: outside };
}

/** The analyses of the catalog that serve the functions, once each, in order. */
function analysesOf(functions: readonly PmoFunction[]): AnalysisInfo[] {
  const out: AnalysisInfo[] = [];
  for (const f of functions)
    for (const name of PMO_FUNCTION_ANALYSES[f]) {
      const info = ANALYSES_BY_NAME.get(name)!;
      if (!out.includes(info)) out.push(info);
    }
  return out;
}

interface Candidate {
  readonly kind: 'function' | 'perspective';
  readonly id: string;
  readonly label: LocalizedText;
  readonly level: MaturityLevel;
  readonly target: MaturityLevel;
  readonly gap: number;
  readonly weight: number;
  readonly pmoFunctions: readonly PmoFunction[];
  readonly nextSteps: readonly LocalizedText[];
}

/**
 * The recommendations: every needed function and perspective below its target, ordered by the
 * capability order of its best-placed knowledge-model function, then by gap × importance
 * (perspectives weigh 3, the middle of the scale), perspectives before functions, then by id.
 */
export function recommend(
  functions: FunctionMaturityView,
  perspectives: PerspectiveMaturityView,
  place: (f: PmoFunction) => Placement,
  max: number,
): MaturityRecommendation[] {
  const candidates: Candidate[] = [];
  for (const p of perspectives.perspectives) {
    if (p.gap <= 0) continue;
    const next = (p.level + 1) as MaturityLevel;
    const texts = MATURITY_QUESTIONS.filter((q) => p.nextLevelGaps.includes(q.id)).map((q) => q.text);
    candidates.push({
      kind: 'perspective',
      id: p.perspective,
      label: p.label,
      level: p.level,
      target: p.target,
      gap: p.gap,
      weight: p.gap * 3,
      pmoFunctions: MATURITY_PERSPECTIVE_INFO[p.perspective].pmoFunctions,
      nextSteps: texts.length > 0 ? texts : [MATURITY_LEVEL_INFO[next].description],
    });
  }
  for (const f of functions.functions) {
    if (f.gap <= 0) continue;
    const next = (f.level + 1) as MaturityLevel;
    const nl = MATURITY_LEVEL_INFO[next];
    candidates.push({
      kind: 'function',
      id: f.function,
      label: f.label,
      level: f.level,
      target: f.target,
      gap: f.gap,
      weight: f.gap * f.importance,
      pmoFunctions: f.pmoFunctions,
      nextSteps: [{ en: `Reach level ${next} (${nl.label.en.toLowerCase()}): ${lowerFirst(nl.description.en)}`, zh: `达到第${next}级(${nl.label.zh}):${nl.description.zh}` }],
    });
  }
  const ranked = candidates.map((c) => {
    const best = [...c.pmoFunctions].sort((a, b) => cmp(place(a).rank, place(b).rank))[0] ?? null;
    return { c, best, rank: best === null ? Infinity : place(best).rank };
  });
  ranked.sort(
    (x, y) =>
      cmp(x.rank, y.rank) ||
      cmp(y.c.weight, x.c.weight) ||
      (x.c.kind === y.c.kind ? 0 : x.c.kind === 'perspective' ? -1 : 1) ||
      (x.c.id < y.c.id ? -1 : x.c.id > y.c.id ? 1 : 0),
  );
  return ranked.slice(0, max).map(({ c, best }, i) => {
    const ordered = best === null ? [] : [best, ...c.pmoFunctions.filter((f) => f !== best)];
    const placement = best === null ? null : place(best);
    const gapText: LocalizedText = { en: `level ${c.level}, target ${c.target}`, zh: `当前第${c.level}级,目标第${c.target}级` };
    const reason: LocalizedText =
      best === null || placement === null
        ? { en: `no function of the pmo-kit knowledge model covers it; ${gapText.en}`, zh: `pmo-kit知识模型中没有对应的职能;${gapText.zh}` }
        : {
            en: `builds ${PMO_FUNCTION_INFO[best].label.en.toLowerCase()}, ${placement.why.en}; ${gapText.en}`,
            zh: `对应“${PMO_FUNCTION_INFO[best].label.zh}”,${placement.why.zh};${gapText.zh}`,
          };
    return {
      rank: i + 1,
      kind: c.kind,
      id: c.id,
      label: c.label,
      level: c.level,
      target: c.target,
      gap: c.gap,
      pmoFunction: best,
      analyses: analysesOf(ordered),
      nextSteps: c.nextSteps,
      reason,
    };
  });
}
