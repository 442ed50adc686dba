import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { PmoValidationError } from '../../src/errors.js';
import { toJsonSchema } from '../../src/model/json-schema.js';
import { safeParsePortfolio } from '../../src/model/parse.js';
import { safeParseAllocationProblem, safeParsePrioritizationProblem, safeParseSelectionProblem } from '../../src/model/parse-optimization.js';
import { minimalPortfolio } from '../fixtures/portfolios.js';

const validator = (name: 'allocation' | 'selection' | 'prioritization' | 'portfolio') => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(toJsonSchema(name));
};

const FILES = {
  allocation: {
    people: [{ id: 'ana', name: 'Ana', capacity: 120, skills: { java: 4 }, costPerHour: 60, maxProjects: 2 }],
    demands: [{ id: 'd', projectId: 'crm', skill: 'java', minLevel: 3, hours: 80, valuePerHour: 150 }],
    options: { maxProjectsPerPerson: 3, minChunk: 8, integerHours: true },
  },
  selection: {
    budget: [400, 300],
    periods: ['2027', '2028'],
    capacity: { java: 3000 },
    objectives: [{ id: 'growth', weight: 2 }],
    projects: [{ id: 'crm', cost: [150, 100], value: 420, demand: { java: 1600 }, mandatory: false, requires: [], excludes: [], contributions: { growth: 3 } }],
  },
  prioritization: {
    criteria: [{ id: 'fit', measure: 'alignment' }, { id: 'risk', direction: 'cost' }],
    pairwise: [
      [1, 3],
      [1 / 3, 1],
    ],
    objectives: [{ id: 'growth', weight: 3 }],
    discountRate: 0.08,
    projects: [{ id: 'crm', scores: { risk: 4 }, contributions: { growth: 2 }, cashFlows: [-100, 60, 60] }],
  },
} as const;
const PARSE = { allocation: safeParseAllocationProblem, selection: safeParseSelectionProblem, prioritization: safeParsePrioritizationProblem };

describe('the optimization file formats', () => {
  it.each(Object.keys(FILES) as (keyof typeof FILES)[])('%s: the documented example is valid for zod and for an independent JSON Schema validator', (name) => {
    expect(PARSE[name](FILES[name]).success).toBe(true);
    const validate = validator(name);
    expect(validate(FILES[name]), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(Object.keys(FILES) as (keyof typeof FILES)[])('%s: unknown keys are rejected, at any depth, by both', (name) => {
    const withTop = { ...FILES[name], bogus: 1 };
    const inner = JSON.parse(JSON.stringify(FILES[name]));
    (name === 'allocation' ? inner.people[0] : inner.projects[0]).bogus = 1;
    for (const bad of [withTop, inner]) {
      const r = PARSE[name](bad);
      expect(r.success).toBe(false);
      expect(r.error!.issues.some((i) => i.code === 'unknown_key' && i.path[i.path.length - 1] === 'bogus')).toBe(true);
      expect(validator(name)(bad)).toBe(false);
    }
  });
});

describe('the portfolio gains strategic objectives', () => {
  it('old files stay valid; objectives, contributions and cash flows are checked', () => {
    expect(safeParsePortfolio(minimalPortfolio()).success).toBe(true);
    const input = minimalPortfolio() as any;
    input.objectives = [{ id: 'g', weight: 2 }, { id: 'g' }, { id: 'h', weight: 0 }];
    input.discountRate = 0.1;
    input.projects[0].contributions = { g: 1, nope: 2 };
    input.projects[0].cashFlows = [-1, 'x'];
    const r = safeParsePortfolio(input);
    expect(r.success).toBe(false);
    const messages = (r.error as PmoValidationError).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^objectives.1.id: duplicate objective id "g"/),
        expect.stringMatching(/^objectives.2.weight/),
        expect.stringMatching(/^projects.0.contributions.nope: project "p1" contributes to unknown objective "nope"/),
        expect.stringMatching(/^projects.0.cashFlows.1/),
      ]),
    );
    // without objectives, contributions are kept and not cross-checked (a project read alone)
    const alone = minimalPortfolio() as any;
    alone.projects[0].contributions = { anything: 1 };
    expect(safeParsePortfolio(alone).success).toBe(true);
  });
});
