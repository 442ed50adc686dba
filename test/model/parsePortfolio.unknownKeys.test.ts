import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPath, PmoValidationError } from '../../src/errors.js';
import { toJsonSchema } from '../../src/model/json-schema.js';
import { MODEL_NAMES } from '../../src/model/models.js';
import {
  parseCalendar,
  parseOrganization,
  parsePortfolio,
  parseProject,
  parseRisk,
  safeParsePortfolio,
} from '../../src/model/parse.js';
import { schedulePortfolio } from '../../src/schedule/index.js';
import { minimalPortfolio } from '../fixtures/portfolios.js';
import { clone, ROOT } from '../helpers.js';

const sample = JSON.parse(readFileSync(join(ROOT, 'examples/data/sample-portfolio.json'), 'utf8')) as unknown;

/** The issues of a portfolio as `path: message [code]` lines. */
function lines(input: unknown): string[] {
  const r = safeParsePortfolio(input);
  return r.success ? [] : r.error.issues.map((i) => r.error.formatIssue(i));
}

describe('unknown fields', () => {
  it('reports a misspelled field with a did-you-mean suggestion', () => {
    const input = clone(minimalPortfolio()) as any;
    input.projects[0].dependancies = input.projects[0].dependencies;
    delete input.projects[0].dependencies;
    expect(lines(input)).toEqual(['projects[0].dependancies: unknown field; did you mean "dependencies"? [unknown_key]']);
  });

  it('does not schedule a portfolio whose links sit under a misspelled key (the silent wrong answer)', () => {
    const input = clone(minimalPortfolio()) as any;
    input.projects[0].dependancies = input.projects[0].dependencies;
    delete input.projects[0].dependencies;
    expect(() => parsePortfolio(input)).toThrow(PmoValidationError);
  });

  it('suggests across case, underscores and small typos, at every level', () => {
    const input = clone(minimalPortfolio()) as any;
    input.Name = 'x'; // root: case
    input.projects[0].tasks[1].parent_id = 'wbs'; // task: snake case
    input.projects[0].tasks[1].durration = 5; // task: doubled letter
    input.projects[0].dependencies[0].tpye = 'SS'; // dependency: transposition
    input.crossDependencies[0].fromProjet = 'p1'; // cross dependency: missing letter
    input.resources[0].capcity = 2; // resource
    input.calendars[0].holiday = ['2026-12-24']; // calendar: singular
    input.risks[0].impact.dayz = 3; // nested value object
    // (in input order, an object's own unknown keys after those inside it)
    expect(lines(input)).toEqual([
      'calendars[0].holiday: unknown field; did you mean "holidays"? [unknown_key]',
      'resources[0].capcity: unknown field; did you mean "capacity"? [unknown_key]',
      'projects[0].tasks[1].parent_id: unknown field; did you mean "parentId"? [unknown_key]',
      'projects[0].tasks[1].durration: unknown field; did you mean "duration"? [unknown_key]',
      'projects[0].dependencies[0].tpye: unknown field; did you mean "type"? [unknown_key]',
      'crossDependencies[0].fromProjet: unknown field; did you mean "fromProject"? [unknown_key]',
      'risks[0].impact.dayz: unknown field; did you mean "days"? [unknown_key]',
      'Name: unknown field; did you mean "name"? [unknown_key]',
    ]);
  });

  it('points to "extensions" when no known field is close', () => {
    const input = clone(minimalPortfolio()) as any;
    input.projects[0].tasks[0].jiraKey = 'PMO-12';
    input.risks[0].impact.reputation = 3;
    expect(lines(input)).toEqual([
      'projects[0].tasks[0].jiraKey: unknown field; put data of your own in "extensions" [unknown_key]',
      'risks[0].impact.reputation: unknown field [unknown_key]',
    ]);
  });

  it('reports every unknown key of an object, each at its own path, and keys such as __proto__', () => {
    const input = clone(minimalPortfolio()) as any;
    input.projects[1] = JSON.parse(`{"__proto__": 1, ${JSON.stringify(input.projects[1]).slice(1, -1)}, "nmae": "x", "zzz": 1}`);
    const r = safeParsePortfolio(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => `${formatPath(i.path)} ${i.code}`)).toEqual([
      'projects[1].__proto__ unknown_key',
      'projects[1].nmae unknown_key',
      'projects[1].zzz unknown_key',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports unknown keys together with the other issues of the file', () => {
    const input = clone(minimalPortfolio()) as any;
    input.projects[0].tasks[1].duration = 'five';
    input.projects[0].tasks[1].colour = 'red';
    input.projects[0].dependencies.push({ from: 'a', to: 'nope' });
    expect(safeParsePortfolio(input).error!.issues.map((i) => `${formatPath(i.path)} ${i.code}`)).toEqual([
      'projects[0].tasks[1].duration invalid_type',
      'projects[0].tasks[1].colour unknown_key',
      'projects[0].dependencies[2].to unknown_reference',
    ]);
  });

  it('checks the other top-level models strictly too', () => {
    expect(() => parseProject({ ...(minimalPortfolio().projects[1] as object), extra: 1 })).toThrow(/extra: unknown field/);
    expect(() => parseCalendar({ id: 'c', workingDays: [1], hoursPerDay: 8, hoursperday: 7 })).toThrow(/hoursperday: unknown field; did you mean "hoursPerDay"\?/);
    expect(() => parseOrganization({ id: 'o', name: 'O', structure: 'functional', pmo: { name: 'P', type: 'supportive', leader: 'x' } })).toThrow(
      /pmo\.leader: unknown field; did you mean "leadId"\?/,
    );
    expect(() =>
      parseRisk({ id: 'r', title: 'R', kind: 'threat', probability: 0.1, impact: {}, strategy: 'accept', owner: 'o', status: 'open', probabilty: 0.2 }),
    ).toThrow(/probabilty: unknown field; did you mean "probability"\?/);
  });
});

describe('extensions', () => {
  it('carries extension data on every entity, untouched, and it does not change the schedule', () => {
    const input = clone(minimalPortfolio()) as any;
    const ext = { jira: { key: 'PMO-1' }, tags: ['a', 'b'] };
    input.extensions = ext;
    input.calendars[0].extensions = ext;
    input.resources[0].extensions = ext;
    input.projects[0].extensions = ext;
    input.projects[0].tasks[1].extensions = ext;
    input.projects[0].tasks[1].demands[0].extensions = ext;
    input.projects[0].dependencies[0].extensions = ext;
    input.crossDependencies[0].extensions = ext;
    input.risks[0].extensions = ext;
    input.pools = [{ id: 'pool', name: 'Pool', resourceIds: ['ana'], extensions: ext }];
    input.programs = [{ id: 'prog', name: 'Prog', projectIds: ['p1'], extensions: ext }];
    input.statusReports = [{ projectId: 'p1', date: '2026-01-31', pv: 1, ev: 1, ac: 1, extensions: ext }];
    input.baselines = [{ id: 'b', projectId: 'p1', date: '2026-01-01', tasks: [{ taskId: 'a', start: '2026-01-05', finish: '2026-01-09', extensions: ext }], extensions: ext }];
    input.organization = {
      id: 'o',
      name: 'O',
      structure: 'functional',
      units: [{ id: 'u', name: 'U', extensions: ext }],
      people: [{ id: 'ana', name: 'Ana', extensions: ext }],
      pmo: { name: 'PMO', type: 'supportive', extensions: ext },
      extensions: ext,
    };
    const p = parsePortfolio(input);
    expect(p.projects[0]!.tasks[1]!.extensions).toEqual(ext);
    expect(p.organization!.pmo!.extensions).toEqual(ext);
    expect(p.baselines[0]!.tasks[0]!.extensions).toEqual(ext);
    const plain = parsePortfolio(minimalPortfolio());
    expect(schedulePortfolio(p).tasks).toEqual(schedulePortfolio(plain).tasks);
    // a parse result parses again (idempotent)
    expect(parsePortfolio(p)).toEqual(p);
  });

  it('accepts any keys in extensions, __proto__ included, as a null-prototype record', () => {
    const input = clone(minimalPortfolio()) as any;
    input.projects[0].extensions = JSON.parse('{"__proto__": {"polluted": true}, "x-vendor": 1}');
    const p = parsePortfolio(input);
    const ext = p.projects[0]!.extensions!;
    expect(Object.getPrototypeOf(ext)).toBe(null);
    expect(Object.keys(ext).sort()).toEqual(['__proto__', 'x-vendor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects extensions that are not an object', () => {
    const input = clone(minimalPortfolio()) as any;
    input.projects[0].extensions = ['x'];
    expect(lines(input)).toEqual([expect.stringMatching(/^projects\[0\]\.extensions: expected an object, received array/)]);
  });
});

describe('the JSON Schema is strict', () => {
  /** Every object schema under `node` (with properties), and its path. */
  function objects(node: unknown, path = '#', out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
    if (Array.isArray(node)) node.forEach((x, i) => objects(x, `${path}/${i}`, out));
    else if (typeof node === 'object' && node !== null) {
      const o = node as Record<string, unknown>;
      if (o.type === 'object' && o.properties !== undefined) out.push([path, o]);
      for (const [k, v] of Object.entries(o)) objects(v, `${path}/${k}`, out);
    }
    return out;
  }

  it.each(MODEL_NAMES)('says additionalProperties: false on every object of %s', (name) => {
    const found = objects(toJsonSchema(name));
    expect(found.length).toBeGreaterThan(0);
    for (const [path, o] of found) expect(o.additionalProperties, path).toBe(false);
  });

  it('allows extensions, free-form, on the entities', () => {
    const schema = toJsonSchema('portfolio') as any;
    expect(schema.properties.extensions.type).toBe('object');
    expect(schema.properties.extensions.additionalProperties).toEqual({});
    const project = schema.properties.projects.items;
    expect(project.properties.extensions).toBeDefined();
  });
});

describe('what pmo-kit itself writes stays valid', () => {
  it('the sample portfolio and the test fixture have no unknown field', () => {
    expect(lines(sample)).toEqual([]);
    expect(lines(minimalPortfolio())).toEqual([]);
  });
});
