// Private to pmo-kit/org: the two views of a maturity assessment.
import { HILL_AREAS, MATURITY_PERSPECTIVES, PMO_SERVICES, QUESTIONED_LEVELS } from '../../model/maturity-constants.js';
import type { MaturityLevel } from '../../model/maturity.js';
import { MATURITY_LEVEL_INFO, MATURITY_PERSPECTIVE_INFO, MATURITY_QUESTIONS } from '../maturity-questionnaire.js';
import type { AreaMaturity, FunctionMaturity, FunctionMaturityView, PerspectiveMaturity, PerspectiveMaturityView } from '../maturityTypes.js';
import { HILL_AREA_INFO, PMO_SERVICE_CATALOG } from '../pmo-service-catalog.js';
import type { AssessmentRead } from './maturity-input.js';

/** Importance-weighted mean of `value` over `items`; `null` when there is none. */
function weightedMean<T>(items: readonly T[], weight: (t: T) => number, value: (t: T) => number): number | null {
  let w = 0;
  let s = 0;
  for (const t of items) {
    w += weight(t);
    s += weight(t) * value(t);
  }
  return w > 0 ? s / w : null;
}

/** The PMO Maturity Cube view: only the needed functions count, each weighted by its importance. */
export function functionView(a: AssessmentRead, target: MaturityLevel): FunctionMaturityView {
  const byId = new Map(a.ratings.map((r) => [r.function, r]));
  const functions: FunctionMaturity[] = [];
  for (const id of PMO_SERVICES) {
    const r = byId.get(id);
    if (r === undefined || !r.needed) continue;
    const info = PMO_SERVICE_CATALOG[id];
    const t = r.target ?? target;
    functions.push({ function: id, label: info.label, hillArea: info.hillArea, importance: r.importance, level: r.delivery, target: t, gap: Math.max(0, t - r.delivery), pmoFunctions: info.pmoFunctions });
  }
  const areas: AreaMaturity[] = HILL_AREAS.map((area) => {
    const inArea = functions.filter((f) => f.hillArea === area);
    return { area, label: HILL_AREA_INFO[area].label, level: weightedMean(inArea, (f) => f.importance, (f) => f.level), functions: inArea.length };
  });
  const level = weightedMean(functions, (f) => f.importance, (f) => f.level);
  const meanTarget = weightedMean(functions, (f) => f.importance, (f) => f.target);
  return {
    level,
    target: meanTarget,
    gap: level === null || meanTarget === null ? null : Math.max(0, meanTarget - level),
    functions,
    areas,
    unneeded: PMO_SERVICES.filter((id) => byId.get(id)?.needed === false),
    unrated: PMO_SERVICES.filter((id) => !byId.has(id)),
  };
}

/** The questionnaire view: a staged level per perspective. */
export function perspectiveView(a: AssessmentRead, target: MaturityLevel, threshold: number): PerspectiveMaturityView {
  const perspectives: PerspectiveMaturity[] = MATURITY_PERSPECTIVES.map((p) => {
    const questions = MATURITY_QUESTIONS.filter((q) => q.perspective === p);
    const scores = Object.fromEntries(
      QUESTIONED_LEVELS.map((l) => {
        const qs = questions.filter((q) => q.level === l);
        return [String(l), qs.reduce((s, q) => s + (a.answers.get(q.id) ?? 0), 0) / qs.length];
      }),
    ) as Record<'2' | '3' | '4' | '5', number>;
    let level: MaturityLevel = 1;
    for (const l of QUESTIONED_LEVELS) {
      // The comparison tolerates rounding: 0.5 + 0.25 + … adds up to the threshold exactly in decimal.
      if (scores[String(l) as '2'] + 1e-9 >= threshold) level = l;
      else break;
    }
    const t = a.perspectiveTargets.get(p) ?? target;
    const next = level < 5 ? ((level + 1) as 2 | 3 | 4 | 5) : null;
    return {
      perspective: p,
      label: MATURITY_PERSPECTIVE_INFO[p].label,
      level,
      levelLabel: MATURITY_LEVEL_INFO[level].label,
      target: t,
      gap: Math.max(0, t - level),
      levelScores: scores,
      nextLevelGaps: next === null ? [] : questions.filter((q) => q.level === next && (a.answers.get(q.id) ?? 0) < 1).map((q) => q.id),
    };
  });
  const level = Math.min(...perspectives.map((p) => p.level)) as MaturityLevel;
  return {
    level,
    average: perspectives.reduce((s, p) => s + p.level, 0) / perspectives.length,
    target,
    gap: Math.max(0, target - level),
    perspectives,
    answered: a.answers.size > 0,
    unanswered: MATURITY_QUESTIONS.filter((q) => !a.answers.has(q.id)).map((q) => q.id),
  };
}
