/** The models this release adds: lessons, the maturity assessment, and the new optional fields. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '../../src/model/json-schema.js';
import type { SafeParseResult } from '../../src/model/validate.js';
import { parsePortfolio, safeParsePortfolio } from '../../src/model/parse.js';
import { parseLesson, safeParseLesson, safeParseMaturityAssessment } from '../../src/model/parse-scoring.js';

const SAMPLE = JSON.parse(readFileSync(new URL('../../examples/data/sample-portfolio.json', import.meta.url), 'utf8')) as Record<string, any>;
const issues = (r: SafeParseResult<unknown>) => (r.success ? [] : r.error.issues.map((i) => [i.code, i.path.join('.')]));

describe('lessons', () => {
  const lesson = { id: 'l1', category: 'vendor management', whatHappened: 'x', impact: 'y', recommendation: 'z' };
  it('parses a lesson, tags default to []', () => {
    expect(parseLesson(lesson)).toEqual({ ...lesson, tags: [] });
  });
  it('refuses unknown keys and missing texts', () => {
    expect(issues(safeParseLesson({ ...lesson, recomendation: 'z' }))).toEqual([['unknown_key', 'recomendation']]);
    expect(issues(safeParseLesson({ id: 'l', category: 'c' })).map((i) => i[1]).sort()).toEqual(['impact', 'recommendation', 'whatHappened']);
  });
  it('in a portfolio: unique ids and known projects', () => {
    const pf = structuredClone(SAMPLE);
    pf.lessons.push({ ...pf.lessons[0], projectId: 'nope' });
    expect(issues(safeParsePortfolio(pf))).toEqual([
      ['duplicate_id', 'lessons.9.id'],
      ['unknown_reference', 'lessons.9.projectId'],
    ]);
  });
});

describe('the maturity assessment', () => {
  it('the sample’s validates; in a portfolio its structure and PMO type must agree with the organization', () => {
    expect(parsePortfolio(SAMPLE).maturityAssessment!.functions).toHaveLength(15);
    const pf = structuredClone(SAMPLE);
    pf.maturityAssessment.structure = 'functional';
    pf.maturityAssessment.pmoType = 'directive';
    expect(issues(safeParsePortfolio(pf))).toEqual([
      ['inconsistent_value', 'maturityAssessment.structure'],
      ['inconsistent_value', 'maturityAssessment.pmoType'],
    ]);
  });
  it('reports a function rated twice, unknown questions and perspectives, out-of-scale ratings', () => {
    const r = safeParseMaturityAssessment({
      functions: [
        { function: 'mentoring', needed: true, delivery: 2 },
        { function: 'mentoring', needed: false, delivery: 0 },
      ],
      answers: { 'mc-2a': true, 'mc-6a': true },
      perspectiveTargets: { 'risk-management': 4, quality: 3 },
    });
    expect(issues(r)).toEqual([
      ['too_small', 'functions.1.delivery'],
      ['duplicate_id', 'functions.1.function'],
      ['unknown_reference', 'answers.mc-6a'],
      ['unknown_reference', 'perspectiveTargets.quality'],
    ]);
  });
});

describe('the new optional fields are cross-checked', () => {
  it('project unitId, cross-dependency owners', () => {
    const pf = structuredClone(SAMPLE);
    pf.projects[0].unitId = 'u-none';
    pf.crossDependencies[0].fromOwnerId = 'p-none';
    expect(issues(safeParsePortfolio(pf))).toEqual([
      ['unknown_reference', 'projects.0.unitId'],
      ['unknown_reference', 'crossDependencies.0.fromOwnerId'],
    ]);
  });
  it('status report quality is a percentage', () => {
    const pf = structuredClone(SAMPLE);
    pf.statusReports[0].qualityPercent = 120;
    expect(issues(safeParsePortfolio(pf))).toEqual([['too_big', 'statusReports.0.qualityPercent']]);
  });
});

describe('JSON Schemas (an independent validator)', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  it('the sample’s lessons and maturity assessment validate against their schemas', () => {
    const lesson = ajv.compile(toJsonSchema('lesson'));
    for (const l of SAMPLE.lessons) expect(lesson(l), JSON.stringify(lesson.errors)).toBe(true);
    const assessment = ajv.compile(toJsonSchema('maturityAssessment'));
    expect(assessment(SAMPLE.maturityAssessment), JSON.stringify(assessment.errors)).toBe(true);
    expect(assessment({ functions: [{ function: 'mentoring', needed: true, delivery: 6 }] })).toBe(false);
    expect(assessment({ answers: { 'mc-2a': 'yes' } })).toBe(false);
  });
});
