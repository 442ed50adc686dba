/** assessMaturity, the PMO service catalog and the questionnaire. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HILL_AREAS, MATURITY_PERSPECTIVES, MATURITY_QUESTION_IDS, PMO_SERVICES, type MaturityAssessmentInput } from '../../src/model/maturity.js';
import { ORGANIZATION_STRUCTURES, PMO_FUNCTIONS, PMO_TYPES, type Organization } from '../../src/model/organization.js';
import { parseMaturityAssessment } from '../../src/model/parse-scoring.js';
import { PmoError } from '../../src/errors.js';
import {
  assessMaturity,
  HILL_AREA_INFO,
  MATURITY_PERSPECTIVE_INFO,
  MATURITY_QUESTIONS,
  pmoAnalyses,
  PMO_FUNCTION_ANALYSES,
  PMO_SERVICE_CATALOG,
} from '../../src/org/index.js';
import { expectBilingual } from './fixtures.js';

const assessment = (input: MaturityAssessmentInput) => parseMaturityAssessment(input);
const org = (structure: (typeof ORGANIZATION_STRUCTURES)[number], type?: (typeof PMO_TYPES)[number]): Organization => ({
  id: 'o',
  name: 'O',
  structure,
  units: [],
  people: [],
  ...(type !== undefined ? { pmo: { name: 'PMO', type, functions: [] } } : {}),
});

describe('the PMO service catalog and the questionnaire', () => {
  it('27 functions of Hobbs and Aubry, each in one of Hill’s five areas, mapped onto the knowledge model', () => {
    expect(PMO_SERVICES).toHaveLength(27);
    expect(Object.keys(PMO_SERVICE_CATALOG)).toEqual([...PMO_SERVICES]);
    expectBilingual(Object.values(PMO_SERVICE_CATALOG), 27);
    for (const s of Object.values(PMO_SERVICE_CATALOG)) {
      expect(HILL_AREAS).toContain(s.hillArea);
      for (const f of s.pmoFunctions) expect(PMO_FUNCTIONS).toContain(f);
    }
    expect(new Set(Object.values(PMO_SERVICE_CATALOG).map((s) => s.hillArea))).toEqual(new Set(HILL_AREAS));
    expect(Object.values(PMO_SERVICE_CATALOG).filter((s) => s.topRanked).map((s) => s.id)).toEqual(['report-status', 'monitor-performance', 'information-system', 'standard-methodology', 'develop-competencies']);
    expectBilingual(Object.values(HILL_AREA_INFO), 5);
  });

  it('56 statements, two per perspective and level 2–5, in English and Chinese', () => {
    expect(MATURITY_QUESTIONS.map((q) => q.id)).toEqual([...MATURITY_QUESTION_IDS]);
    expect(new Set(MATURITY_QUESTION_IDS).size).toBe(56);
    for (const q of MATURITY_QUESTIONS) {
      expect(q.text.en.length).toBeGreaterThan(20);
      expect(q.text.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const p of MATURITY_PERSPECTIVES) for (const f of MATURITY_PERSPECTIVE_INFO[p].pmoFunctions) expect(PMO_FUNCTIONS).toContain(f);
  });
});

describe('assessMaturity: the levels', () => {
  it('per function: the importance-weighted mean of the needed functions; per area likewise', () => {
    const r = assessMaturity(
      assessment({
        target: 3,
        functions: [
          { function: 'report-status', needed: true, importance: 5, delivery: 4 },
          { function: 'allocate-resources', needed: true, importance: 1, delivery: 1 },
          { function: 'lessons-database', needed: true, delivery: 2 }, // importance 3 by default
          { function: 'manage-programs', needed: false, importance: 5, delivery: 5 },
        ],
      }),
    );
    // (5 x 4 + 1 x 1 + 3 x 2) / 9 = 3
    expect(r.functions.level).toBe(3);
    expect(r.functions.gap).toBe(0);
    expect(r.functions.functions.map((f) => [f.function, f.level, f.gap])).toEqual([
      ['report-status', 4, 0],
      ['allocate-resources', 1, 2],
      ['lessons-database', 2, 1],
    ]);
    expect(r.functions.areas.find((a) => a.area === 'practice-management')).toMatchObject({ level: 2, functions: 1 });
    expect(r.functions.areas.find((a) => a.area === 'technical-support')).toMatchObject({ level: null, functions: 0 });
    expect(r.functions.unneeded).toEqual(['manage-programs']);
    expect(r.functions.unrated).toHaveLength(23);
  });

  it('per perspective: staged levels from the answers, with the threshold; the overall level is the lowest', () => {
    const answers: Record<string, boolean | number> = {};
    for (const p of ['mc', 'bm', 'fm', 'se', 'rm', 'og', 'res']) Object.assign(answers, { [`${p}-2a`]: true, [`${p}-2b`]: true });
    Object.assign(answers, { 'mc-3a': true, 'mc-3b': 0.5, 'mc-4a': true, 'mc-4b': true, 'rm-3a': 0.5, 'rm-3b': 0.5, 'rm-4a': true, 'rm-4b': true });
    const r = assessMaturity(assessment({ answers, perspectiveTargets: { 'risk-management': 4 } }));
    const level = (p: string) => r.perspectives.perspectives.find((x) => x.perspective === p)!;
    expect(level('management-control')).toMatchObject({ level: 4, levelLabel: { en: 'Managed' }, gap: 0, nextLevelGaps: ['mc-5a', 'mc-5b'] });
    expect(level('management-control').levelScores).toEqual({ '2': 1, '3': 0.75, '4': 1, '5': 0 });
    // Level 3 holds to 0.5 only: level 4's statements do not count above a missing level.
    expect(level('risk-management')).toMatchObject({ level: 2, target: 4, gap: 2, nextLevelGaps: ['rm-3a', 'rm-3b'] });
    expect(r.perspectives.level).toBe(2);
    expect(r.perspectives.average).toBeCloseTo((4 + 2 + 2 + 2 + 2 + 2 + 2) / 7, 12);
    expect(r.perspectives.unanswered).toHaveLength(56 - 14 - 8);
    // A lower threshold reaches level 3 with half of its statements.
    expect(assessMaturity(assessment({ answers }), { levelThreshold: 0.5 }).perspectives.perspectives.find((x) => x.perspective === 'risk-management')!.level).toBe(4);
    // Nothing answered: every perspective at level 1.
    expect(assessMaturity(assessment({})).perspectives).toMatchObject({ level: 1, average: 1, answered: false });
  });

  it('functions marked unneeded never change the score, whatever their ratings', () => {
    const rating = fc.record({
      function: fc.constantFrom(...PMO_SERVICES),
      importance: fc.integer({ min: 1, max: 5 }),
      delivery: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(rating, { selector: (r) => r.function, maxLength: 27 }), fc.array(fc.boolean(), { minLength: 27, maxLength: 27 }), fc.integer({ min: 1, max: 5 }), (ratings, needed, shift) => {
        const marked = ratings.map((r, i) => ({ ...r, needed: needed[i]! }));
        const onlyNeeded = marked.filter((r) => r.needed);
        // The unneeded ones with other ratings: delivered perfectly, or not at all.
        const changed = marked.map((r) => (r.needed ? r : { ...r, delivery: ((r.delivery + shift) % 5) + 1, importance: 5 }));
        const a = assessMaturity(assessment({ functions: marked }), { organization: org('balanced-matrix', 'controlling') });
        const b = assessMaturity(assessment({ functions: onlyNeeded }), { organization: org('balanced-matrix', 'controlling') });
        const c = assessMaturity(assessment({ functions: changed }), { organization: org('balanced-matrix', 'controlling') });
        for (const x of [b, c]) {
          expect(x.functions.level).toBe(a.functions.level);
          expect(x.functions.gap).toBe(a.functions.gap);
          expect(x.functions.areas).toEqual(a.functions.areas);
          expect(x.functions.functions).toEqual(a.functions.functions);
          expect(x.recommendations).toEqual(a.recommendations);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('assessMaturity: the recommendations follow the structure and the PMO type', () => {
  // Every perspective at level 1 and every catalog function needed at level 1: all below target 3.
  const everything = assessment({ functions: PMO_SERVICES.map((f) => ({ function: f, needed: true, importance: 3, delivery: 1 })) });

  it.each(ORGANIZATION_STRUCTURES.flatMap((s) => PMO_TYPES.map((t) => [s, t] as const)))('%s, %s PMO: in the order of the capability map', (structure, type) => {
    const r = assessMaturity(everything, { organization: org(structure, type), maxRecommendations: 100 });
    const order = pmoAnalyses(org(structure, type)).functions.map((f) => f.function);
    const rankOf = (f: string | null) => {
      const i = f === null ? -1 : order.indexOf(f as never);
      return i < 0 ? Infinity : i;
    };
    // The first recommendation builds the structure's first responsibility.
    expect(r.recommendations[0]!.pmoFunction).toBe(order[0]);
    const ranks = r.recommendations.map((x) => rankOf(x.pmoFunction)).filter((x) => x !== Infinity);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // The type's distinctive service comes before the functions outside the PMO's responsibilities.
    const distinctive = { supportive: 'templates-and-tools', controlling: 'governance-and-compliance', directive: 'direct-project-management' }[type];
    const firstOutside = r.recommendations.findIndex((x) => rankOf(x.pmoFunction) === Infinity && x.pmoFunction !== null && !['templates-and-tools', 'governance-and-compliance', 'direct-project-management'].includes(x.pmoFunction));
    const lastDistinctive = r.recommendations.map((x) => x.pmoFunction).lastIndexOf(distinctive as never);
    if (firstOutside >= 0) expect(lastDistinctive).toBeLessThan(firstOutside);
    for (const x of r.recommendations.slice(0, 5)) {
      expect(x.reason.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(x.nextSteps.length).toBeGreaterThan(0);
      if (x.pmoFunction !== null) expect(x.analyses.map((a) => a.functionName)).toEqual(expect.arrayContaining([...PMO_FUNCTION_ANALYSES[x.pmoFunction]]));
    }
  });

  it('a functional organization starts with methods and standards, a projectized one with its methodology, a matrix with resource allocation', () => {
    const first = (s: (typeof ORGANIZATION_STRUCTURES)[number]) => assessMaturity(everything, { organization: org(s, 'supportive') }).recommendations[0]!.pmoFunction;
    expect(first('functional')).toBe('methods-and-standards');
    expect(first('projectized')).toBe('methodology');
    expect(first('weak-matrix')).toBe('resource-allocation');
  });

  it('a directive PMO ranks its typical functions before the rest, a supportive one does not', () => {
    const recs = (t: 'supportive' | 'directive') => assessMaturity(everything, { organization: org('functional', t), maxRecommendations: 100 }).recommendations;
    const idx = (t: 'supportive' | 'directive', f: string) => recs(t).findIndex((x) => x.pmoFunction === f);
    expect(idx('directive', 'project-selection')).toBeLessThan(idx('supportive', 'project-selection'));
    expect(recs('directive').find((x) => x.pmoFunction === 'project-selection')!.reason.en).toMatch(/a typical function of a directive PMO/);
  });

  it('without a structure or type the gaps alone order them; within a rank, gap × importance', () => {
    const a = assessment({
      functions: [
        { function: 'coordinate-projects', needed: true, importance: 2, delivery: 2 },
        { function: 'allocate-resources', needed: true, importance: 5, delivery: 1 },
      ],
    });
    const r = assessMaturity(a);
    expect(r.structure).toBeNull();
    // allocate-resources 2 x 5 = 10; the perspectives (all at level 1) 2 x 3 = 6, by id; coordinate-projects 1 x 2 = 2 last
    expect(r.recommendations.map((x) => x.id).slice(0, 2)).toEqual(['allocate-resources', 'benefits-management']);
    expect(assessMaturity(a, { maxRecommendations: 100 }).recommendations.at(-1)!.id).toBe('coordinate-projects');
    expect(r.recommendations[0]!.reason.en).toMatch(/no structure or PMO type given/);
  });

  it('the assessment’s own structure and PMO type are used without an organization', () => {
    const r = assessMaturity(assessment({ structure: 'functional', pmoType: 'directive' }));
    expect([r.structure, r.pmoType, r.recommendations[0]!.pmoFunction]).toEqual(['functional', 'directive', 'methods-and-standards']);
  });
});

describe('assessMaturity: bad input', () => {
  it('a PmoError naming the field', () => {
    const cases: [unknown, unknown, RegExp][] = [
      [null, undefined, /the assessment must be an object/],
      [{ functions: [{ function: 'nope', needed: true, delivery: 1 }] }, undefined, /functions\[0\].function must be a function of the PMO service catalog/],
      [{ functions: [{ function: 'mentoring', needed: true, delivery: 6 }] }, undefined, /functions\[0\].delivery must be an integer from 1 to 5/],
      [{ functions: [{ function: 'mentoring', needed: 'yes', delivery: 1 }] }, undefined, /needed must be true or false/],
      [{ answers: { 'zz-9': true } }, undefined, /unknown question "zz-9"/],
      [{ answers: { 'mc-2a': 2 } }, undefined, /must be true, false or a number from 0 to 1/],
      [{}, { target: 7 }, /options.target must be an integer from 1 to 5/],
      [{}, { levelThreshold: 0 }, /levelThreshold must be a number in \(0, 1\]/],
      [{}, { organization: { structure: 'flat' } }, /unknown organization structure "flat"/],
      [{ structure: 'flat' }, undefined, /unknown organization structure "flat"/],
    ];
    for (const [a, o, re] of cases) {
      expect(() => assessMaturity(a as never, o as never)).toThrow(PmoError);
      expect(() => assessMaturity(a as never, o as never)).toThrow(re);
    }
  });
});
