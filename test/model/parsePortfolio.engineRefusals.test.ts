/**
 * Every deliberate error of `schedule`, `schedulePortfolio` and `levelResources` on input that
 * has the portfolio's shape is either a validation issue (first table: the engine refuses the raw
 * input, and validation reports the same defect with its path and code) or documented in
 * docs/portfolio-format.md as knowable only by scheduling (second block: the file validates and
 * the engine still refuses it).
 */
import { describe, expect, it } from 'vitest';
import { CycleError, DeadlineError, formatPath, PmoError } from '../../src/errors.js';
import { parsePortfolio, parseProject, safeParsePortfolio } from '../../src/model/parse.js';
import { levelResources } from '../../src/resources/index.js';
import { schedule, schedulePortfolio } from '../../src/schedule/index.js';
import { minimalPortfolio } from '../fixtures/portfolios.js';
import { clone } from '../helpers.js';

type Mutate = (p: any) => void;
type Engine = 'schedulePortfolio' | 'levelResources';

const run = (engine: Engine, input: unknown): (() => unknown) =>
  engine === 'schedulePortfolio' ? () => schedulePortfolio(input as never) : () => levelResources(input as never, { schedules: 1 });

/** [what, mutation, engine that refuses it, expected `path code` issue]. */
const REPORTED: [string, Mutate, Engine, string][] = [
  ['duplicate project id', (p) => (p.projects[1].id = 'p1'), 'schedulePortfolio', 'projects[1].id duplicate_id'],
  ['duplicate task id', (p) => (p.projects[0].tasks[2].id = 'a'), 'schedulePortfolio', 'projects[0].tasks[2].id duplicate_id'],
  ['unknown WBS parent', (p) => (p.projects[0].tasks[1].parentId = 'nope'), 'schedulePortfolio', 'projects[0].tasks[1].parentId unknown_reference'],
  ['task that is its own parent', (p) => (p.projects[0].tasks[3].parentId = 'm'), 'schedulePortfolio', 'projects[0].tasks[3].parentId self_reference'],
  ['WBS parent cycle', (p) => (p.projects[0].tasks[0].parentId = 'a'), 'schedulePortfolio', 'projects[0].tasks[0].parentId cycle'],
  ['ALAP on a summary', (p) => (p.projects[0].tasks[0].constraint = { type: 'ALAP' }), 'schedulePortfolio', 'projects[0].tasks[0].constraint.type summary_constraint'],
  ['MFO on a summary', (p) => (p.projects[0].tasks[0].constraint = { type: 'MFO', date: '2026-02-27' }), 'schedulePortfolio', 'projects[0].tasks[0].constraint.type summary_constraint'],
  ['constraint without its date', (p) => (p.projects[0].tasks[1].constraint = { type: 'SNET' }), 'schedulePortfolio', 'projects[0].tasks[1].constraint.date custom'],
  ['deadline that is not a date', (p) => (p.projects[0].tasks[1].deadline = '2026-02-30'), 'schedulePortfolio', 'projects[0].tasks[1].deadline invalid_date'],
  ['negative duration', (p) => (p.projects[0].tasks[1].duration = -1), 'schedulePortfolio', 'projects[0].tasks[1].duration negative_duration'],
  ['dependency on an unknown task', (p) => p.projects[0].dependencies.push({ from: 'a', to: 'zz' }), 'schedulePortfolio', 'projects[0].dependencies[2].to unknown_reference'],
  ['unknown dependency type', (p) => (p.projects[0].dependencies[0].type = 'XS'), 'schedulePortfolio', 'projects[0].dependencies[0].type invalid_value'],
  ['task that depends on itself', (p) => p.projects[0].dependencies.push({ from: 'a', to: 'a' }), 'schedulePortfolio', 'projects[0].dependencies[2] self_dependency'],
  ['summary linked to its own subtask', (p) => p.projects[0].dependencies.push({ from: 'wbs', to: 'b' }), 'schedulePortfolio', 'projects[0].dependencies[2] summary_link_to_subtask'],
  ['dependency cycle in a project', (p) => p.projects[0].dependencies.push({ from: 'm', to: 'a' }), 'schedulePortfolio', 'projects[0].dependencies[0] cycle'],
  ['dependency cycle across projects', (p) => p.crossDependencies.push({ fromProject: 'p2', from: 'a', toProject: 'p1', to: 'wbs' }), 'schedulePortfolio', 'projects[0].dependencies[0] cycle'],
  ['cross-project link to an unknown project', (p) => (p.crossDependencies[0].toProject = 'p9'), 'schedulePortfolio', 'crossDependencies[0].toProject unknown_reference'],
  ['cross-project link to an unknown task', (p) => (p.crossDependencies[0].to = 'zz'), 'schedulePortfolio', 'crossDependencies[0].to unknown_reference'],
  ['unknown project calendar', (p) => (p.projects[0].calendarId = 'nope'), 'schedulePortfolio', 'projects[0].calendarId unknown_reference'],
  ['unknown task calendar', (p) => (p.projects[0].tasks[1].calendarId = 'nope'), 'schedulePortfolio', 'projects[0].tasks[1].calendarId unknown_reference'],
  ['unknown default calendar', (p) => (p.defaultCalendarId = 'nope'), 'schedulePortfolio', 'defaultCalendarId unknown_reference'],
  ['calendar without a working day', (p) => (p.calendars[0].workingDays = []), 'schedulePortfolio', 'calendars[0].workingDays no_working_days'],
  ['duplicate resource id', (p) => (p.resources[1].id = 'ana'), 'levelResources', 'resources[1].id duplicate_id'],
  ['demand on an unknown resource', (p) => (p.projects[0].tasks[1].demands[0].resourceId = 'ghost'), 'levelResources', 'projects[0].tasks[1].demands[0].resourceId unknown_reference'],
  ['demand naming neither a resource nor a skill', (p) => (p.projects[0].tasks[1].demands[0] = { units: 1 }), 'levelResources', 'projects[0].tasks[1].demands[0] custom'],
  ['pool with an unknown resource', (p) => (p.pools = [{ id: 'pool', name: 'Pool', resourceIds: ['ghost'] }]), 'levelResources', 'pools[0].resourceIds[0] unknown_reference'],
  ['resource on an unknown calendar', (p) => (p.resources[1].calendarId = 'nope'), 'levelResources', 'resources[1].calendarId unknown_reference'],
  [
    'resource on a calendar without a working day',
    (p) => p.calendars.push({ id: 'never', workingDays: [], exceptions: [{ date: '2026-01-07', working: false }] }) && (p.resources[1].calendarId = 'never'),
    'levelResources',
    'calendars[1].workingDays no_working_days',
  ],
];

describe('what the engine refuses, validation reports', () => {
  it('the fixture itself validates and schedules and levels', () => {
    const p = parsePortfolio(minimalPortfolio());
    expect(() => schedulePortfolio(p)).not.toThrow();
    expect(() => levelResources(p, { schedules: 1 })).not.toThrow();
  });

  it.each(REPORTED)('reports a %s', (_what, mutate, engine, expected) => {
    const input = clone(minimalPortfolio()) as any;
    mutate(input);
    expect(run(engine, input)).toThrow(PmoError);
    const r = safeParsePortfolio(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => `${formatPath(i.path)} ${i.code}`)).toContain(expected);
  });

  it('reports a dependency cycle as the engine does, with a CycleError from the engine', () => {
    const input = clone(minimalPortfolio()) as any;
    input.projects[0].dependencies.push({ from: 'm', to: 'a' });
    expect(run('schedulePortfolio', input)).toThrow(CycleError);
    expect(run('levelResources', input)).toThrow(CycleError);
  });
});

describe('what only scheduling can tell (documented in docs/portfolio-format.md)', () => {
  it('a portfolio without projects is valid, and there is nothing to schedule', () => {
    const input = { id: 'pf', name: 'Organization only', projects: [] };
    expect(safeParsePortfolio(input).success).toBe(true);
    expect(run('schedulePortfolio', input)).toThrow(/nothing to schedule: the portfolio has no projects/);
    expect(run('levelResources', input)).toThrow(/nothing to schedule/);
  });

  it('a calendar of working exceptions only runs out of working days where the schedule needs more', () => {
    const input = {
      id: 'pf',
      name: 'Exceptions only',
      calendars: [{ id: 'c', workingDays: [], exceptions: [{ date: '2026-01-05', until: '2026-01-06', working: true }] }],
      projects: [{ id: 'p', name: 'P', start: '2026-01-05', calendarId: 'c', tasks: [{ id: 'a', name: 'A', duration: 2 }] }],
    };
    expect(() => schedulePortfolio(parsePortfolio(input))).not.toThrow();
    input.projects[0]!.tasks[0]!.duration = 5;
    expect(safeParsePortfolio(input).success).toBe(true);
    expect(run('schedulePortfolio', input)).toThrow(/calendar "c" has no working day on or after 2026-01-05/);
  });

  it('a schedule that ends after 9999-12-31 is refused by scheduling', () => {
    const input = clone(minimalPortfolio()) as any;
    input.projects[0].tasks[1].duration = 1_500_000;
    input.projects[0].tasks[2].duration = 1_500_000;
    expect(safeParsePortfolio(input).success).toBe(true);
    expect(run('schedulePortfolio', input)).toThrow(/a date falls outside 0000-01-01 … 9999-12-31/);
  });

  it('a leveling time axis too long for the solver (periods × resources) is refused by levelResources', () => {
    const input = {
      id: 'pf',
      name: 'Long',
      resources: Array.from({ length: 300 }, (_, i) => ({ id: `r${i}`, name: `R${i}`, capacity: 1 })),
      projects: [{ id: 'p', name: 'P', start: '2026-01-05', tasks: [{ id: 'a', name: 'A', duration: 1_000_000, demands: [{ resourceId: 'r0', units: 1 }] }] }],
    };
    const p = parsePortfolio(input);
    expect(() => schedulePortfolio(p)).not.toThrow();
    expect(() => levelResources(p, { schedules: 1 })).toThrow(/the time axis is too long to level/);
  });

  it("hard deadlines that resources cannot meet are levelResources' DeadlineError", () => {
    const input = {
      id: 'pf',
      name: 'Deadlines',
      resources: [{ id: 'r', name: 'R', capacity: 1 }],
      projects: [
        {
          id: 'p',
          name: 'P',
          start: '2026-01-05',
          tasks: ['a', 'b'].map((id) => ({ id, name: id, duration: 5, deadline: '2026-01-09', demands: [{ resourceId: 'r', units: 1 }] })),
        },
      ],
    };
    const p = parsePortfolio(input);
    expect(() => schedulePortfolio(p)).not.toThrow();
    expect(() => levelResources(p, { schedules: 10, deadlines: 'hard' })).toThrow(DeadlineError);
  });

  it("a standalone project's calendars come with the schedule options, so parseProject cannot check them", () => {
    const project = parseProject({ id: 'p', name: 'P', start: '2026-01-05', calendarId: 'site', tasks: [{ id: 'a', name: 'A', duration: 1 }] });
    expect(() => schedule(project)).toThrow(/unknown calendar "site"/);
    expect(() => schedule(project, { calendars: [{ id: 'site', workingDays: [1, 2, 3, 4, 5], holidays: [], exceptions: [], hoursPerDay: 8 }] })).not.toThrow();
  });
});
