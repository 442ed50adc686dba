import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { formatPath, PmoError, PmoValidationError } from '../../src/errors.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import {
  parseBaseline,
  parseCalendar,
  parseOrganization,
  parsePortfolio,
  parseProject,
  parseRiskRegister,
  parseStatusReport,
  safeParsePortfolio,
  safeParseProject,
} from '../../src/model/parse.js';
import { minimalPortfolio } from '../fixtures/portfolios.js';
import { clone, deepFreeze } from '../helpers.js';

/** Issues of a failed safe parse, as `path: code` strings. */
function issuesOf(input: unknown): string[] {
  const r = safeParsePortfolio(input);
  if (r.success) return [];
  return r.error.issues.map((i) => `${formatPath(i.path)}: ${i.code}`);
}

describe('parsePortfolio', () => {
  it('accepts a valid portfolio and applies defaults', () => {
    const p = parsePortfolio(minimalPortfolio());
    expect(p.projects).toHaveLength(2);
    const dep = p.projects[0]!.dependencies[0]!;
    expect(dep).toEqual({ from: 'a', to: 'b', type: 'FS', lag: 0 });
    expect(p.projects[0]!.tasks[0]!.milestone).toBe(false);
    expect(p.projects[0]!.tasks[0]!.demands).toEqual([]);
    expect(p.pools).toEqual([]);
    expect(p.calendars[0]!.hoursPerDay).toBe(8);
    expect(p.risks[0]!.taskIds).toEqual(['b']);
  });

  it('has types inferred from the schemas', () => {
    const p = parsePortfolio(minimalPortfolio());
    expectTypeOf(p).toEqualTypeOf<Portfolio>();
    expectTypeOf(p.projects[0]!.dependencies[0]!.type).toEqualTypeOf<'FS' | 'SS' | 'FF' | 'SF'>();
    expectTypeOf(p.projects[0]!.dependencies[0]!.lag).toEqualTypeOf<number>();
  });

  it('reports every defect of a file at once, each with its path', () => {
    const input = minimalPortfolio() as any;
    input.projects[0].tasks.push({ id: 'a', name: 'Again', duration: 1 }); // duplicate id
    input.projects[0].dependencies.push({ from: 'a', to: 'nope' }); // unknown target
    input.projects[1].start = '2025-02-30'; // date that does not exist
    input.projects[1].tasks[0].duration = -3; // negative duration
    const r = safeParsePortfolio(input);
    expect(r.success).toBe(false);
    const err = r.error!;
    expect(err).toBeInstanceOf(PmoValidationError);
    expect(err).toBeInstanceOf(PmoError);
    expect(err.code).toBe('VALIDATION');
    const found = err.issues.map((i) => `${formatPath(i.path)}: ${i.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'projects[0].tasks[4].id: duplicate_id',
        'projects[0].dependencies[2].to: unknown_reference',
        'projects[1].start: invalid_date',
        'projects[1].tasks[0].duration: negative_duration',
      ]),
    );
    expect(err.issues).toHaveLength(4);
    expect(err.message).toMatch(/^parsePortfolio|^safeParsePortfolio/);
    expect(err.message).toContain('"nope"');
    expect(err.message).toContain('task "a"');
    // zod issues name the enclosing ids
    const dur = err.issues.find((i) => i.code === 'negative_duration')!;
    expect(dur.message).toContain('project "p2", task "a"');
    expect(dur.message).toContain('-3');
  });

  it('throws PmoValidationError naming the function', () => {
    expect(() => parsePortfolio({ id: 'x' })).toThrow(PmoValidationError);
    expect(() => parsePortfolio({ id: 'x' })).toThrow(/^parsePortfolio: invalid portfolio/);
  });

  it.each([
    ['2025-02-30', false],
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00', false],
    ['0099-01-01', true],
    ['2026-12-31', true],
  ])('date %s is valid: %s', (date, valid) => {
    const input = minimalPortfolio() as any;
    input.projects[0].start = date;
    expect(safeParsePortfolio(input).success).toBe(valid);
  });

  it('reports a malformed date once, naming the expected YYYY-MM-DD form', () => {
    const input = minimalPortfolio() as any;
    input.projects[0].start = '2026-1-5';
    const r = safeParsePortfolio(input);
    expect(r.error!.issues.map((i) => r.error!.formatIssue(i))).toEqual([
      'projects[0].start: expected a date as YYYY-MM-DD, got "2026-1-5" (in project "p1") [invalid_format]',
    ]);
    input.projects[0].start = '2026-02-30';
    expect(issuesOf(input)).toEqual(['projects[0].start: invalid_date']);
  });

  it('reports self-dependencies, duplicate links and WBS parent cycles', () => {
    const input = minimalPortfolio() as any;
    input.projects[0].dependencies.push({ from: 'b', to: 'b' }, { from: 'a', to: 'b', lag: 2 });
    input.projects[0].tasks[0].parentId = 'a'; // wbs -> a -> wbs
    expect(issuesOf(input)).toEqual(
      expect.arrayContaining([
        'projects[0].dependencies[2]: self_dependency',
        'projects[0].dependencies[3]: duplicate_dependency',
        expect.stringMatching(/^projects\[0\]\.tasks\[\d\]\.parentId: cycle$/),
      ]),
    );
  });

  it('reports demands on unknown resources and skills', () => {
    const input = minimalPortfolio() as any;
    input.projects[0].tasks[1].demands.push({ resourceId: 'ghost', units: 1 }, { skill: 'cobol', units: 1 });
    input.projects[0].tasks[2].demands.push({ skill: 'frontend', minLevel: 5, units: 1 });
    expect(issuesOf(input)).toEqual([
      'projects[0].tasks[1].demands[1].resourceId: unknown_reference',
      'projects[0].tasks[1].demands[2].skill: unknown_reference',
      'projects[0].tasks[2].demands[1].minLevel: unknown_reference',
    ]);
  });

  it('reports unknown projects and tasks in cross-project dependencies', () => {
    const input = minimalPortfolio() as any;
    input.crossDependencies.push(
      { fromProject: 'p9', from: 'a', toProject: 'p2', to: 'a' },
      { fromProject: 'p1', from: 'zz', toProject: 'p2', to: 'a' },
    );
    expect(issuesOf(input)).toEqual(['crossDependencies[1].fromProject: unknown_reference', 'crossDependencies[2].from: unknown_reference']);
  });

  it('reports duplicate ids at portfolio level, and allows equal task ids in different projects', () => {
    const input = minimalPortfolio() as any;
    input.resources.push({ id: 'ana', name: 'Ana 2', capacity: 1 });
    input.calendars.push({ id: 'std', workingDays: [1] });
    input.projects.push({ id: 'p1', name: 'Dup', start: '2026-01-01', tasks: [] });
    input.risks.push({ ...input.risks[0] });
    expect(issuesOf(input)).toEqual([
      'calendars[1].id: duplicate_id',
      'resources[2].id: duplicate_id',
      'projects[2].id: duplicate_id',
      'risks[1].id: duplicate_id',
    ]);
  });

  it('checks risks: strategy fits the kind, tasks exist, owners exist when people are known', () => {
    const input = minimalPortfolio() as any;
    input.organization = {
      id: 'org',
      name: 'Org',
      structure: 'strong-matrix',
      people: [{ id: 'ana', name: 'Ana', roles: ['team-member'] }],
    };
    input.risks.push(
      { ...input.risks[0], id: 'r2', kind: 'opportunity', strategy: 'mitigate' },
      { ...input.risks[0], id: 'r3', taskIds: ['nope'], owner: 'bob' },
    );
    expect(issuesOf(input)).toEqual([
      'risks[1].strategy: inconsistent_value',
      'risks[2].owner: unknown_reference',
      'risks[2].taskIds[0]: unknown_reference',
    ]);
  });

  it('checks the organization: unknown units, people, PMO lead role, unit cycles', () => {
    const input = minimalPortfolio() as any;
    input.organization = {
      id: 'org',
      name: 'Org',
      structure: 'functional',
      units: [
        { id: 'u1', name: 'A', parentId: 'u2' },
        { id: 'u2', name: 'B', parentId: 'u1' },
      ],
      people: [
        { id: 'x', name: 'X', unitId: 'u9', roles: ['team-member'] },
        { id: 'ana', name: 'Ana', roles: [] },
      ],
      pmo: { name: 'PMO', type: 'supportive', leadId: 'x' },
    };
    input.projects[0].managerId = 'nobody';
    expect(issuesOf(input)).toEqual([
      expect.stringMatching(/^organization\.units\[\d\]\.parentId: cycle$/),
      'organization.people[0].unitId: unknown_reference',
      'organization.pmo.leadId: inconsistent_value',
      'projects[0].managerId: unknown_reference',
    ]);
  });

  it('works with ids such as __proto__, constructor and toString', () => {
    const input = {
      id: '__proto__',
      name: 'Prototype pollution test',
      calendars: [{ id: 'constructor', workingDays: [1, 2, 3, 4, 5] }],
      resources: [{ id: '__proto__', name: 'P', capacity: 1, skills: JSON.parse('{"__proto__": 3, "toString": 2}') }],
      projects: [
        {
          id: 'toString',
          name: 'T',
          start: '2026-01-05',
          calendarId: 'constructor',
          tasks: [
            { id: '__proto__', name: 'a', duration: 1, demands: [{ resourceId: '__proto__', units: 1 }] },
            { id: 'constructor', name: 'b', duration: 2, demands: [{ skill: '__proto__', minLevel: 2, units: 1 }] },
            { id: 'toString', name: 'c', duration: 3, demands: [{ skill: 'toString', units: 1 }] },
            { id: 'hasOwnProperty', name: 'd', duration: 1 },
            { id: '任务-🚀-' + 'x'.repeat(5000), name: 'long', duration: 1 },
          ],
          dependencies: [
            { from: '__proto__', to: 'constructor' },
            { from: 'constructor', to: 'toString', type: 'SS', lag: 1 },
          ],
        },
        { id: 'valueOf', name: 'V', start: '2026-01-05', tasks: [{ id: '__proto__', name: 'x', duration: 1 }] },
      ],
      crossDependencies: [{ fromProject: 'toString', from: 'toString', toProject: 'valueOf', to: '__proto__' }],
    };
    const p = parsePortfolio(input);
    expect(p.id).toBe('__proto__');
    const skills = p.resources[0]!.skills!;
    expect(Object.keys(skills).sort()).toEqual(['__proto__', 'toString']);
    expect(Object.hasOwn(skills, '__proto__')).toBe(true);
    expect(skills['__proto__']).toBe(3);
    expect(Object.getPrototypeOf(skills)).toBe(null);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    // and unknown ids named like Object.prototype members are still unknown
    const bad = clone(input) as any;
    bad.projects[0].dependencies.push({ from: 'valueOf', to: '__proto__' });
    bad.projects[0].tasks[0].demands.push({ resourceId: 'constructor', units: 1 }, { skill: 'hasOwnProperty', units: 1 });
    expect(issuesOf(bad)).toEqual([
      'projects[0].tasks[0].demands[1].resourceId: unknown_reference',
      'projects[0].tasks[0].demands[2].skill: unknown_reference',
      'projects[0].dependencies[2].from: unknown_reference',
    ]);
  });

  it('does not mutate its input (deep-frozen)', () => {
    const input = deepFreeze(minimalPortfolio());
    const before = JSON.stringify(input);
    const p = parsePortfolio(input);
    expect(JSON.stringify(input)).toBe(before);
    // the result is a new object graph: changing it does not touch the input
    p.projects[0]!.tasks.push({ ...p.projects[0]!.tasks[0]!, id: 'new' });
    expect(JSON.stringify(input)).toBe(before);
  });

  it.each([null, undefined, 42, 'text', [], [1, 2], true, () => 1, new Date(0), { projects: 'many' }, { projects: [null, 1, 'x'] }])(
    'reports non-portfolio input %# as a validation error, never a TypeError',
    (input) => {
      const r = safeParsePortfolio(input);
      expect(r.success).toBe(false);
      expect(r.error).toBeInstanceOf(PmoValidationError);
      expect(r.error!.issues.length).toBeGreaterThan(0);
    },
  );

  it('never throws anything but PmoValidationError on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (input) => {
        try {
          parsePortfolio(input);
        } catch (err) {
          return err instanceof PmoValidationError;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it('never crashes on mutated valid portfolios (property)', () => {
    const base = minimalPortfolio();
    const paths = ['projects', 'tasks', 'dependencies', 'resources', 'risks', 'crossDependencies'];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), fc.nat(3), (key, junk, idx) => {
        const input = clone(base) as any;
        if (key === 'tasks' || key === 'dependencies') input.projects[0][key][idx % input.projects[0][key].length] = junk;
        else if (Array.isArray(input[key])) input[key][idx % Math.max(1, input[key].length)] = junk;
        const r = safeParsePortfolio(input);
        return r.success || r.error instanceof PmoValidationError;
      }),
      { numRuns: 300 },
    );
  });
});

describe('the other top-level models', () => {
  it('parseProject checks tasks and links without portfolio context', () => {
    const p = parseProject(minimalPortfolio().projects[0]);
    expect(p.tasks).toHaveLength(4);
    const r = safeParseProject({ id: 'x', name: 'X', start: '2026-01-01', tasks: [{ id: 'a', name: 'A', duration: 1 }], dependencies: [{ from: 'a', to: 'a' }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.code)).toEqual(['self_dependency']);
    expect(r.error!.message).toMatch(/^safeParseProject: invalid project/);
  });

  it('parseOrganization validates structure and PMO type', () => {
    const org = parseOrganization({ id: 'o', name: 'O', structure: 'weak-matrix', pmo: { name: 'PMO', type: 'directive' } });
    expect(org.pmo!.functions).toEqual([]);
    expect(() => parseOrganization({ id: 'o', name: 'O', structure: 'hierarchical' })).toThrow(/structure/);
  });

  it('parseRiskRegister, parseCalendar, parseStatusReport, parseBaseline', () => {
    expect(
      parseRiskRegister({
        risks: [{ id: 'r', title: 'R', kind: 'opportunity', probability: 1, impact: {}, strategy: 'exploit', owner: 'o', status: 'open' }],
      }).risks[0]!.taskIds,
    ).toEqual([]);
    expect(parseCalendar({ id: 'c', workingDays: [5, 0, 1, 1] }).workingDays).toEqual([1, 5, 7]);
    expect(() => parseCalendar({ id: 'c', workingDays: [8] })).toThrow(PmoValidationError);
    expect(() => parseCalendar({ id: 'c', workingDays: [1], exceptions: [{ date: '2026-02-10', until: '2026-02-01', working: false }] })).toThrow(
      /exception ends before it starts/,
    );
    expect(() => parseStatusReport({ projectId: 'p', date: '2026-01-31', pv: 1, ev: -1, ac: 1 })).toThrow(PmoValidationError);
    expect(() => parseBaseline({ id: 'b', projectId: 'p', date: '2026-01-01', tasks: [{ taskId: 't', start: '2026-02-01', finish: '2026-01-01' }] })).toThrow(
      /finish is before start/,
    );
  });
});

describe('formatPath', () => {
  it('formats paths like JavaScript accessors', () => {
    expect(formatPath(['projects', 2, 'dependencies', 5, 'to'])).toBe('projects[2].dependencies[5].to');
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['skills', 'C++'])).toBe('skills["C++"]');
    expect(formatPath([0, 'id'])).toBe('[0].id');
  });
});

describe('formatPath: hostile input found by the fuzz suite', () => {
  it('formatPath: a path that is not an array of strings and numbers is a PmoError', () => {
    expect(() => formatPath(0 as never)).toThrow(PmoError);
    expect(() => formatPath([{}] as never)).toThrow(/formatPath: expected an array of strings and numbers/);
  });
});
