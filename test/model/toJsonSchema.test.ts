import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { PmoError } from '../../src/errors.js';
import { toJsonSchema } from '../../src/model/json-schema.js';
import { MODEL_NAMES } from '../../src/model/models.js';
import { parsePortfolio } from '../../src/model/parse.js';
import { minimalPortfolio } from '../fixtures/portfolios.js';
import { clone, ROOT } from '../helpers.js';

const sample = JSON.parse(readFileSync(join(ROOT, 'examples/data/sample-portfolio.json'), 'utf8')) as unknown;

function validator(name: (typeof MODEL_NAMES)[number]) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(toJsonSchema(name));
}

describe('toJsonSchema', () => {
  it.each(MODEL_NAMES)('exports a draft 2020-12 schema for %s', (name) => {
    const schema = toJsonSchema(name);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(() => validator(name)).not.toThrow();
  });

  it('the sample portfolio validates against the portfolio schema (independent validator)', () => {
    const validate = validator('portfolio');
    expect(validate(sample), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('the sample projects validate against the project schema', () => {
    const validate = validator('project');
    for (const project of (sample as { projects: unknown[] }).projects) expect(validate(project)).toBe(true);
  });

  it('rejects shape defects that zod rejects too', () => {
    const validate = validator('portfolio');
    const bad = clone(minimalPortfolio()) as any;
    bad.projects[0].tasks[1].duration = -1;
    bad.projects[0].dependencies[0].type = 'XX';
    bad.resources[0].skills.backend = 'high';
    expect(validate(bad)).toBe(false);
    const paths = (validate.errors ?? []).map((e: { instancePath: string }) => e.instancePath);
    expect(paths).toEqual(
      expect.arrayContaining(['/projects/0/tasks/1/duration', '/projects/0/dependencies/0/type', '/resources/0/skills/backend']),
    );
  });

  it('the minimal fixture is valid for both validators', () => {
    expect(validator('portfolio')(minimalPortfolio())).toBe(true);
    expect(() => parsePortfolio(minimalPortfolio())).not.toThrow();
  });

  it('matches the files the build wrote to schemas/', () => {
    for (const name of MODEL_NAMES) {
      const written = JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.json`), 'utf8')) as unknown;
      expect(written).toEqual(toJsonSchema(name));
    }
  });

  it('throws PmoError for an unknown model', () => {
    expect(() => toJsonSchema('nope' as never)).toThrow(PmoError);
    expect(() => toJsonSchema('nope' as never)).toThrow(/toJsonSchema: unknown model "nope"/);
  });
});

describe('the sample portfolio', () => {
  it('validates with parsePortfolio and has what the quick start promises', () => {
    const p = parsePortfolio(sample);
    expect(p.organization?.structure).toMatch(/matrix/);
    expect(p.organization?.pmo?.type).toBe('controlling');
    expect(p.projects.length).toBeGreaterThanOrEqual(3);
    for (const project of p.projects) expect(project.tasks.length).toBeGreaterThanOrEqual(10);
    const types = new Set(p.projects.flatMap((x) => x.dependencies.map((d) => d.type)));
    expect([...types].sort()).toEqual(['FF', 'FS', 'SF', 'SS']);
    expect(p.projects.some((x) => x.dependencies.some((d) => d.lag !== 0))).toBe(true);
    expect(p.projects.some((x) => x.tasks.some((t) => t.milestone))).toBe(true);
    expect(p.projects.some((x) => x.tasks.some((t) => t.parentId !== undefined))).toBe(true);
    expect(p.crossDependencies).toHaveLength(2);
    expect(p.resources.length).toBeGreaterThanOrEqual(10);
    expect(p.calendars.some((c) => c.holidays.length > 0)).toBe(true);
    expect(p.risks.length).toBeGreaterThanOrEqual(12);
    expect(p.statusReports.length).toBeGreaterThan(0);
  });
});

describe('toJsonSchema on hostile input (found by the fuzz suite)', () => {
  it('a BigInt or an object as the model name is a PmoError, not a TypeError from JSON.stringify', () => {
    expect(() => toJsonSchema(10n as never)).toThrow(PmoError);
    expect(() => toJsonSchema({ '': 0n } as never)).toThrow(/toJsonSchema: unknown model a value of type object/);
  });
});
