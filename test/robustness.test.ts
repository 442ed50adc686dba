/**
 * Robustness: malformed input anywhere in a portfolio or a file gives a PmoError (or a result),
 * never an internal crash (TypeError, RangeError, …), and never mutates the input.
 *
 * Inputs are valid ones with one to three random mutations: a value anywhere replaced by a value
 * of the wrong kind or out of range, a field deleted, an array element duplicated; files are real
 * files with random cuts, insertions and truncations.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PmoError } from '../src/errors.js';
import { show } from '../src/internal/show.js';
import { parsePortfolio } from '../src/model/parse.js';
import type { Portfolio } from '../src/model/portfolio.js';
import type { Project } from '../src/model/project.js';
import { cpm, cpmArrays, schedule, schedulePortfolio } from '../src/schedule/index.js';
import { criticalDependencies, impactOfDelay, projectDependencyRanking, singlePointsOfFailure } from '../src/schedule/analysis/index.js';
import { generateSchedule, levelResources, overallocations, resourceCapacity, resourceLoading, solveRcpsp, verifySchedule, type RcpspInstance } from '../src/resources/index.js';
import { checkGovernance, earnedSchedule, earnedValue, earnedValueAnalysis, healthScore, lessonsFor, portfolioKpis, searchLessons } from '../src/performance/index.js';
import { assessMaturity } from '../src/org/assessMaturity.js';
import { detectFormat, readMspdi, readPsplib, readRcmp, toDot, toMermaidFlowchart, toMermaidGantt, writeMspdi } from '../src/io/index.js';
import { analyzeRisks, compareRiskRegisters, rateRisk } from '../src/risk/index.js';
import { minimalPortfolio } from './fixtures/portfolios.js';
import { data, files as dataFiles, hasData } from './io/shared.js';

const SAMPLE = JSON.parse(readFileSync(new URL('../examples/data/sample-portfolio.json', import.meta.url), 'utf8')) as unknown;

/** Values of the wrong kind or out of range. */
const JUNK: readonly unknown[] = [
  undefined,
  null,
  Number.NaN,
  Infinity,
  -Infinity,
  -1,
  0,
  0.5,
  1e9,
  -1e9,
  Number.MAX_VALUE,
  '',
  'x',
  '__proto__',
  '2026-02-30',
  '0000-01-01',
  '9999-12-31',
  '2026-01-05T10:00',
  true,
  {},
  [],
  [null],
  { id: 'x' },
  'FS',
  'SS',
  'ALAP',
];

type Key = string | number;

/** Every path to a value inside `v` (the root included). */
function paths(v: unknown, prefix: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
  else if (typeof v === 'object' && v !== null) for (const k of Object.keys(v)) paths((v as Record<string, unknown>)[k], [...prefix, k], out);
  return out;
}

interface Mutation {
  readonly at: number;
  readonly op: 'set' | 'delete' | 'dup';
  readonly junk: number;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({ at: fc.nat(), op: fc.constantFrom('set' as const, 'delete' as const, 'dup' as const), junk: fc.nat() });

/** Applies the mutations to a deep copy of `v`. */
function mutate(v: unknown, ms: readonly Mutation[]): unknown {
  let root = structuredClone(v);
  for (const m of ms) {
    const all = paths(root);
    const path = all[m.at % all.length]!;
    if (path.length === 0) {
      if (m.op === 'set') root = JUNK[m.junk % JUNK.length];
      continue;
    }
    let parent = root as Record<Key, unknown>;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<Key, unknown>;
    const key = path[path.length - 1]!;
    if (m.op === 'set') parent[key] = JUNK[m.junk % JUNK.length];
    else if (Array.isArray(parent)) {
      if (m.op === 'delete') parent.splice(key as number, 1);
      else parent.splice(key as number, 0, structuredClone(parent[key as number]));
    } else if (m.op === 'delete') delete parent[key];
    else parent[key] = structuredClone(parent[key]);
  }
  return root;
}

/** Runs f: fine when it returns or throws a PmoError; anything else fails with the call named. */
function clean(name: string, f: () => unknown): void {
  try {
    f();
  } catch (err) {
    if (err instanceof PmoError) {
      expect(err.message.length, `${name}: empty message`).toBeGreaterThan(0);
      return;
    }
    throw new Error(`${name} crashed instead of a PmoError: ${err instanceof Error ? `${err.name}: ${err.message}\n${err.stack}` : String(err)}`);
  }
}

/** Every portfolio-level entry point, on a (possibly malformed) portfolio. */
function callAll(raw: unknown): void {
  const pf = raw as Portfolio;
  const first = (Array.isArray((raw as { projects?: unknown })?.projects) ? (raw as { projects: unknown[] }).projects[0] : undefined) as Project;
  clean('parsePortfolio', () => parsePortfolio(raw));
  clean('schedulePortfolio', () => schedulePortfolio(pf));
  clean('schedule', () => schedule(first));
  clean('criticalDependencies', () => criticalDependencies(pf));
  clean('impactOfDelay', () => impactOfDelay(pf, { projectId: 'p1', taskId: 'a', days: 2 }));
  clean('singlePointsOfFailure', () => singlePointsOfFailure(pf, { minProjects: 1 }));
  clean('projectDependencyRanking', () => projectDependencyRanking(pf));
  clean('levelResources', () => levelResources(pf, { schedules: 20 }));
  clean('writeMspdi', () => writeMspdi(first));
  clean('resourceCapacity', () => resourceCapacity(pf, '2026-01-05', '2026-03-01'));
  clean('earnedValueAnalysis', () => earnedValueAnalysis(pf, { statusDate: '2026-04-30', by: 'week' }));
  clean('earnedValueAnalysis(default date)', () => earnedValueAnalysis(pf));
  clean('analyzeRisks', () => analyzeRisks(pf, { today: '2026-04-30' }));
  clean('compareRiskRegisters', () => compareRiskRegisters(pf, pf));
  clean('healthScore', () => healthScore(pf, { statusDate: '2026-04-30' }));
  clean('portfolioKpis', () => portfolioKpis(pf, { statusDate: '2026-04-30' }));
  clean('checkGovernance', () => checkGovernance(pf));
  clean('lessonsFor', () => lessonsFor(pf, typeof first?.id === 'string' ? first.id : 'p1'));
  clean('searchLessons', () => searchLessons((raw as { lessons?: never })?.lessons ?? [], { text: 'vendor', tags: ['vendor'] }));
  clean('assessMaturity', () => assessMaturity((raw as { maturityAssessment?: never })?.maturityAssessment ?? ({} as never), { organization: (raw as { organization?: never })?.organization ?? undefined } as never));
  let s: ReturnType<typeof schedulePortfolio> | undefined;
  try {
    s = schedulePortfolio(pf);
  } catch {
    s = undefined;
  }
  if (s !== undefined) {
    const sched = s;
    clean('resourceLoading', () => resourceLoading(pf, sched, { by: 'week' }));
    clean('overallocations', () => overallocations(pf, sched));
    clean('toMermaidFlowchart', () => toMermaidFlowchart(pf, sched));
    clean('toMermaidGantt', () => toMermaidGantt(first, sched));
    clean('toDot', () => toDot(pf, sched));
    // A schedule where a portfolio is expected.
    clean('toMermaidFlowchart(schedule)', () => toMermaidFlowchart(sched as unknown as Portfolio));
    clean('toDot(schedule)', () => toDot(sched as unknown as Portfolio));
  }
}

describe('malformed portfolios give a PmoError, never a crash, and are not mutated', () => {
  for (const [name, base] of [
    ['the minimal fixture', minimalPortfolio()],
    ['the sample portfolio', SAMPLE],
  ] as const) {
    it(`mutations of ${name}`, () => {
      fc.assert(
        fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (ms) => {
          const raw = mutate(base, ms);
          const before = structuredClone(raw);
          callAll(raw);
          expect(raw).toEqual(before);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('mutations of a cpm network', () => {
    const base = {
      tasks: [
        { id: 'a', duration: 2 },
        { id: 'b', duration: 3, earliestStart: 1 },
        { id: 'c', duration: 0 },
      ],
      links: [
        { from: 'a', to: 'b', type: 'SS', lag: 1 },
        { from: 'b', to: 'c' },
      ],
    };
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (ms) => {
        const raw = mutate(base, ms);
        const before = structuredClone(raw);
        clean('cpm', () => cpm(raw as Parameters<typeof cpm>[0]));
        expect(raw).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});

describe('malformed RCPSP instances give a PmoError, never a crash, and are not mutated', () => {
  it('mutations of an instance with calendars, group demands, projects and deadlines', () => {
    const base: RcpspInstance = {
      calendars: [{ id: 'wk', breaks: [[-3, -1], [2, 4], [7, 9]] }],
      resources: [
        { id: 'r', capacity: 2 },
        { id: 'ana', capacity: 1, profile: [1, 0, 1] },
        { id: 'li', capacity: 1 },
      ],
      projects: [
        { id: 'P', release: 0, weight: 2 },
        { id: 'Q', release: 1 },
      ],
      activities: [
        { id: 'a', duration: 3, demands: [1, 0, 0], calendar: 'wk', project: 'P' },
        { id: 'b', duration: 2, demands: [1, 0, 0], groupDemands: [{ resources: ['ana', 'li'], units: 1 }], project: 'Q', deadline: 12 },
        { id: 'c', duration: 2, calendar: 'wk', release: 1, project: 'P' },
        { id: 'm', duration: 0, calendar: 'wk', project: 'Q' },
      ],
      precedences: [
        { from: 'a', to: 'c', type: 'FS', lag: 1 },
        { from: 'b', to: 'm', type: 'SS', lag: 2 },
        { from: 'a', to: 'm', type: 'FF', lag: -1 },
      ],
    } as RcpspInstance;
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (ms) => {
        const raw = mutate(base, ms) as RcpspInstance;
        const before = structuredClone(raw);
        clean('solveRcpsp', () => solveRcpsp(raw, { schedules: 30, seed: 1 }));
        clean('generateSchedule', () => generateSchedule(raw, { scheme: 'parallel', justify: true }));
        clean('verifySchedule', () => verifySchedule(raw, [0, 2, 6, 6]));
        clean('verifySchedule(junk starts)', () => verifySchedule(raw, [0, Number.NaN, -1] as number[]));
        expect(raw).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});

describe('malformed options give a PmoError, never a crash', () => {
  it('every option of every portfolio-level function, set to each junk value', () => {
    const pf = parsePortfolio(minimalPortfolio());
    const s = schedulePortfolio(pf);
    const calls: [string, readonly string[], (o: unknown) => unknown][] = [
      ['schedulePortfolio', ['calendarId', 'criticalThreshold', 'nearCriticalThreshold', 'maxCriticalPaths'], (o) => schedulePortfolio(pf, o as never)],
      ['schedule', ['calendars', 'defaultCalendarId', 'criticalThreshold', 'maxCriticalPaths'], (o) => schedule(pf.projects[0]!, o as never)],
      ['criticalDependencies', ['schedule', 'limit'], (o) => criticalDependencies(pf, o as never)],
      ['impactOfDelay', ['mode', 'schedule'], (o) => impactOfDelay(pf, { projectId: 'p1', taskId: 'a', days: 2 }, o as never)],
      ['impactOfDelay(delay)', ['projectId', 'taskId', 'days'], (o) => impactOfDelay(pf, o as never)],
      ['singlePointsOfFailure', ['minProjects', 'days', 'mode', 'schedule'], (o) => singlePointsOfFailure(pf, o as never)],
      ['levelResources', ['schedules', 'seed', 'objective', 'weights', 'deadlines', 'calendarId'], (o) => levelResources(pf, { schedules: 10, ...(o as object) })],
      ['resourceLoading', ['by'], (o) => resourceLoading(pf, s, o as never)],
      ['overallocations', ['by'], (o) => overallocations(pf, s, o as never)],
      ['resourceCapacity', ['calendarId'], (o) => resourceCapacity(pf, '2026-01-05', '2026-02-01', o as never)],
      ['resourceCapacity(fromDate)', [], (o) => resourceCapacity(pf, o as never, '2026-02-01')],
      ['resourceCapacity(toDate)', [], (o) => resourceCapacity(pf, '2026-01-05', o as never)],
      ['cpm', ['criticalThreshold', 'maxCriticalPaths'], (o) => cpm({ tasks: [{ id: 'a', duration: 1 }], links: [] }, o as never)],
      ['cpmArrays', ['criticalThreshold'], (o) => cpmArrays({ duration: [1, 2], from: [0], to: [1] }, o as never)],
      ['toMermaidFlowchart', ['direction', 'label'], (o) => toMermaidFlowchart(pf, s, o as never)],
      ['toMermaidGantt', ['title', 'label'], (o) => toMermaidGantt(pf.projects[0]!, s, o as never)],
      ['toDot', ['direction', 'label'], (o) => toDot(pf, s, o as never)],
      ['writeMspdi', ['name', 'calendarId'], (o) => writeMspdi(pf.projects[0]!, o as never)],
      ['analyzeRisks', ['matrix', 'today', 'reviewWithinDays', 'top', 'activeStatuses'], (o) => analyzeRisks(pf, o as never)],
      ['analyzeRisks(matrix)', ['probabilityBands', 'probabilityEdges', 'impactBands', 'impactEdges', 'probabilityWeights', 'impactWeights', 'thresholds'], (o) => analyzeRisks(pf, { matrix: o as never })],
      ['compareRiskRegisters', ['matrix'], (o) => compareRiskRegisters(pf, pf, o as never)],
      ['rateRisk', ['matrix', 'budget'], (o) => rateRisk(pf.risks[0]!, o as never)],
      ['healthScore', ['statusDate', 'previousStatusDate', 'overallocations', 'riskExposure', 'indicators', 'ratings', 'rollUp', 'statuses', 'activeRiskStatuses', 'earnedValue'], (o) => healthScore(pf, { statusDate: '2026-02-20', ...(o as object) })],
      ['portfolioKpis', ['statusDate', 'resourceLoading', 'health', 'earnedValue', 'overallocations'], (o) => portfolioKpis(pf, { statusDate: '2026-02-20', ...(o as object) })],
      ['checkGovernance', ['statusDate', 'pmoType', 'severity', 'severities', 'disable', 'rules', 'riskReviewDays', 'statusReportDays', 'authorityAction', 'activeStatuses'], (o) => checkGovernance(pf, o as never)],
      ['lessonsFor', ['weights', 'sizeRatio', 'limit', 'includeOwn'], (o) => lessonsFor(pf, 'p1', o as never)],
      ['lessonsFor(project)', ['id', 'category', 'programId', 'unitId', 'budget', 'tags'], (o) => lessonsFor(pf, o as never)],
      ['searchLessons', ['tags', 'category', 'text'], (o) => searchLessons([], o as never)],
      ['assessMaturity', ['organization', 'target', 'levelThreshold', 'maxRecommendations'], (o) => assessMaturity({ functions: [] }, o as never)],
    ];
    let n = 0;
    for (const [name, keys, call] of calls) {
      for (const junk of JUNK) {
        if (typeof junk === 'object' && junk !== null && !Array.isArray(junk)) continue;
        clean(`${name}(${show(junk)})`, () => call(junk));
        n++;
        for (const k of keys) {
          clean(`${name}({ ${k}: ${show(junk)} })`, () => call({ [k]: junk }));
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(500);
  });
});

interface Edit {
  readonly at: number;
  readonly len: number;
  readonly op: 'cut' | 'insert' | 'dup' | 'truncate';
  readonly text: string;
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  len: fc.nat({ max: 200 }),
  op: fc.constantFrom('cut' as const, 'insert' as const, 'dup' as const, 'truncate' as const),
  text: fc.constantFrom('<', '>', '</Task>', '<Task>', '&amp;', '&x;', ' ', '\n', '-1', '1e999', 'NaN', '0', '*****', ':', '\u0000', 'ü', '<!DOCTYPE x [<!ENTITY a "b">]>'),
});

function edit(text: string, es: readonly Edit[]): string {
  let t = text;
  for (const e of es) {
    const at = t.length === 0 ? 0 : e.at % t.length;
    if (e.op === 'cut') t = t.slice(0, at) + t.slice(at + e.len);
    else if (e.op === 'insert') t = t.slice(0, at) + e.text + t.slice(at);
    else if (e.op === 'dup') t = t.slice(0, at + e.len) + t.slice(at, at + e.len) + t.slice(at + e.len);
    else t = t.slice(0, at);
  }
  return t;
}

describe('damaged files give a PmoError, never a crash', () => {
  const files: [string, string, (text: string) => unknown][] = [
    ['mspdi/mspdirelations.xml', 'readMspdi', (t) => readMspdi(t)],
    ['mspdi/caltest.xml', 'readMspdi', (t) => readMspdi(t)],
    ['psplib/j30/j301_1.sm', 'readPsplib', (t) => readPsplib(t)],
    [`mplib/${dataFiles('mplib', '.rcmp')[0] ?? 'missing.rcmp'}`, 'readRcmp', (t) => readRcmp(t)],
  ];
  for (const [file, name, read] of files) {
    it.skipIf(!hasData(file))(`${name} on edits of ${file}`, () => {
      const text = data(file);
      fc.assert(
        fc.property(fc.array(editArb, { minLength: 1, maxLength: 4 }), (es) => {
          const t = edit(text, es);
          clean(`${name}(${file})`, () => read(t));
          clean('detectFormat', () => detectFormat(t));
        }),
        { numRuns: 120 },
      );
    });
  }
});

describe('the errors name the field and where it is', () => {
  it('diagrams read unparsed input (links without type or lag) and name a bad field', () => {
    const raw = minimalPortfolio() as unknown as Portfolio;
    expect(toMermaidFlowchart(raw)).toContain('n1 --> n2');
    expect(toDot(raw)).toContain('label="FS"');
    const broken = structuredClone(raw) as unknown as { projects: { dependencies: { lag: unknown }[] }[] };
    broken.projects[0]!.dependencies[1]!.lag = 'soon';
    expect(() => toDot(broken as unknown as Portfolio)).toThrow(/toDot: project "p1", dependencies\[1\]: lag must be a finite number of working days, got "soon"/);
    expect(() => toMermaidFlowchart(raw, undefined, { label: () => 42 as unknown as string })).toThrow(/the label function must return a string, got 42/);
    expect(() => toMermaidGantt(raw.projects[0]!, { tasks: [{ id: 'a', critical: false, startDate: '2026-01-05', finishDate: '2026-01-05', drivingPredecessors: 'b' as unknown as string[] }] })).toThrow(
      /toMermaidGantt: schedule.tasks\[0\]: drivingPredecessors must be an array of strings, got "b"/,
    );
  });

  it('resource functions name the resource, pool, task and demand', () => {
    const pf = minimalPortfolio() as unknown as { resources: Record<string, unknown>[]; projects: { tasks: { demands?: unknown[] }[] }[] };
    const a = structuredClone(pf);
    a.resources[0]!.skills = { backend: 'expert' };
    expect(() => levelResources(a as unknown as Portfolio)).toThrow(/levelResources: resource "ana", skill "backend": the level must be a finite number >= 0, got "expert"/);
    const b = structuredClone(pf);
    b.projects[0]!.tasks[1]!.demands = [{ resourceId: 'ana', units: -1 }];
    expect(() => resourceCapacity(b as unknown as Portfolio, '2026-01-05', '2026-01-09')).toThrow(
      /resourceCapacity: task "a" in project "p1": demands\[0\]: units must be a finite number >= 0, got -1/,
    );
    // Errors of the schedule engine inside leveling are reported under levelResources' name.
    const d = structuredClone(pf) as unknown as { projects: { dependencies: { to: string }[] }[] };
    d.projects[0]!.dependencies[0]!.to = 'zz';
    expect(() => levelResources(d as unknown as Portfolio)).toThrow(/^levelResources: project "p1": dependencies\[0\] refers to unknown task "zz"/);
    const c = structuredClone(pf) as unknown as Record<string, unknown>;
    c.pools = [{ id: 'core', resourceIds: 'ana' }];
    expect(() => resourceLoading(c as unknown as Portfolio, schedulePortfolio(parsePortfolio(minimalPortfolio())))).toThrow(/resourceLoading: pool "core": resourceIds must be an array of strings, got "ana"/);
  });
});

describe('the earned value functions give a PmoError on junk, never a crash', () => {
  it('a baseline without its tasks list, unparsed, is an empty baseline (found by fuzzing the scoring functions)', () => {
    const parsed = parsePortfolio(SAMPLE);
    const pf = { ...parsed, baselines: parsed.baselines.map(({ tasks: _tasks, ...b }) => b) } as unknown as Portfolio;
    const wms = earnedValueAnalysis(pf).projects.find((p) => p.projectId === 'wms')!;
    expect(wms.plan).toMatchObject({ source: 'baseline', bac: 0 });
  });

  it('programs, units and resources that are not lists give a PmoError naming them (found by fuzzing)', () => {
    const parsed = parsePortfolio(SAMPLE);
    expect(() => portfolioKpis({ ...parsed, programs: [{ id: 'g', name: 'G', projectIds: Number.NaN }] } as never)).toThrow(/portfolioKpis: programs\[0\].projectIds must be an array/);
    expect(() => lessonsFor({ ...parsed, programs: 5 } as never, 'tel')).toThrow(/lessonsFor: portfolio.programs must be an array/);
    expect(() => checkGovernance({ ...parsed, organization: { ...parsed.organization!, people: {} } } as never)).toThrow(/checkGovernance: organization.people must be an array/);
  });

  it('a calendar that is not an object (found by fuzzing the scoring functions)', () => {
    const pf = { ...parsePortfolio(SAMPLE), calendars: [undefined] } as unknown as Portfolio;
    expect(() => earnedValueAnalysis(pf)).toThrow(/earnedValueAnalysis: calendars\[0\] must be an object, got undefined/);
    expect(() => healthScore(pf)).toThrow(/^healthScore: calendars\[0\] must be an object/);
  });

  it('earnedValue and earnedSchedule with junk in every field', () => {
    for (const j of JUNK) {
      for (const key of ['bac', 'pv', 'ev', 'ac', 'etc']) clean(`earnedValue(${key})`, () => earnedValue({ bac: 10, pv: 5, ev: 4, ac: 6, [key]: j } as never));
      clean('earnedValue(junk)', () => earnedValue(j as never));
      for (const key of ['pvCumulative', 'ev', 'actualTime']) clean(`earnedSchedule(${key})`, () => earnedSchedule({ pvCumulative: [1, 2], ev: 1, actualTime: 1, [key]: j } as never));
      clean('earnedSchedule([junk])', () => earnedSchedule({ pvCumulative: [1, j], ev: 1, actualTime: 1 } as never));
      clean('earnedValueAnalysis(options)', () => earnedValueAnalysis(parsePortfolio(SAMPLE), { statusDate: j, by: j, projectId: j, costProfile: j } as never));
    }
  });
});
