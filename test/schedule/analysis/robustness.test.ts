import { describe, expect, it } from 'vitest';
import { CycleError } from '../../../src/errors.js';
import type { Portfolio } from '../../../src/model/portfolio.js';
import { schedulePortfolio } from '../../../src/schedule/index.js';
import { criticalDependencies, impactOfDelay, projectDependencyRanking, singlePointsOfFailure } from '../../../src/schedule/analysis/index.js';
import { clone, deepFreeze, expectPmo, thrown } from '../../helpers.js';
import { c, fourTypes, hub, portfolio, project } from './build.js';

/** Every analysis on a portfolio. */
const all = (pf: Portfolio, delay: { projectId: string; taskId: string; days: number }) => ({
  critical: criticalDependencies(pf),
  impact: impactOfDelay(pf, delay, { mode: 'start' }),
  spof: singlePointsOfFailure(pf, { minProjects: 1 }),
  ranking: projectDependencyRanking(pf),
});

/** A portfolio whose projects and tasks are named like Object.prototype members, with a summary. */
const tricky = () =>
  portfolio(
    [
      project('__proto__', [['__proto__', 2], ['constructor', 0, { milestone: true }]], [['__proto__', 'constructor']]),
      project('constructor', [['toString', 0], ['__proto__', 3, { parentId: 'toString' }], ['hasOwnProperty', 1, { parentId: 'toString' }]]),
      project('toString', [['constructor', 1, { deadline: '2026-01-08' }]], [], { deadline: '2026-01-08' }),
    ],
    [
      ['__proto__', 'constructor', 'constructor', 'toString', 'FS'],
      ['constructor', '__proto__', 'toString', 'constructor', 'FF', 1],
    ],
  );

describe('purity', () => {
  it('never mutates a deep-frozen input and gives the same results as on a copy', () => {
    for (const [pf, delay] of [
      [fourTypes(), { projectId: 'P', taskId: 'a', days: 2 }],
      [hub(), { projectId: 'H', taskId: 'h', days: 4 }],
      [tricky(), { projectId: '__proto__', taskId: '__proto__', days: 1 }],
    ] as const) {
      const copy = clone(pf);
      const frozen = deepFreeze(clone(pf));
      const schedule = deepFreeze(schedulePortfolio(frozen));
      expect(all(frozen, delay)).toEqual(all(copy, delay));
      expect(impactOfDelay(frozen, delay, { schedule })).toEqual(impactOfDelay(copy, delay));
      expect(frozen).toEqual(copy);
    }
  });
});

describe('ids such as __proto__, constructor and toString', () => {
  it('are ordinary ids everywhere', () => {
    const pf = tricky();
    // __proto__/__proto__ [0,2) -> milestone __proto__/constructor at 2 -> summary constructor/toString
    // (leaves __proto__ [2,5), hasOwnProperty [2,3)); constructor/__proto__ -> toString/constructor FF +1.
    const critical = criticalDependencies(pf);
    expect(critical.map((d) => [d.fromProject, d.from, d.toProject, d.to, d.float, d.driving, d.downstreamProjects])).toEqual([
      ['__proto__', 'constructor', 'constructor', 'toString', 0, true, ['constructor', 'toString']],
      ['constructor', '__proto__', 'toString', 'constructor', 0, true, ['toString']],
    ]);
    const impact = impactOfDelay(pf, { projectId: '__proto__', taskId: '__proto__', days: 1 });
    expect(impact.tasks.map((t) => [t.key, t.startShift, t.finishShift])).toEqual([
      ['__proto__/__proto__', 0, 1],
      ['__proto__/constructor', 1, 1],
      ['constructor/toString', 1, 1],
      ['constructor/__proto__', 1, 1],
      ['constructor/hasOwnProperty', 1, 1],
      ['toString/constructor', 1, 1],
    ]);
    expect(impact.missed.map((m) => [m.kind, m.projectId, m.taskId ?? '-', m.daysLate, m.previouslyLate])).toEqual([
      ['milestone', '__proto__', 'constructor', 1, 0],
      // toString/constructor [5,6) was already 2 days past its deadline (Thursday 01-08, offset 3).
      ['task-deadline', 'toString', 'constructor', 3, 2],
      ['project-deadline', 'toString', '-', 3, 2],
    ]);
    expect(Object.getPrototypeOf(impact.tasks[0])).toBe(Object.prototype);
    const spof = singlePointsOfFailure(pf);
    expect(spof.tasks.map((t) => [t.key, t.delayedProjects.map((d) => d.projectId)])).toEqual([
      ['__proto__/__proto__', ['constructor', 'toString']],
      ['__proto__/constructor', ['constructor', 'toString']],
    ]);
    expect(projectDependencyRanking(pf).map((r) => [r.projectId, r.predecessors, r.successors, r.upstream, r.downstream])).toEqual([
      ['constructor', ['__proto__'], ['toString'], ['__proto__'], ['toString']],
      ['__proto__', [], ['constructor'], [], ['constructor', 'toString']],
      ['toString', ['constructor'], [], ['__proto__', 'constructor'], []],
    ]);
  });
});

describe('bad input', () => {
  const pf = fourTypes();

  it('impactOfDelay: unknown ids, bad days, summaries, bad options', () => {
    expectPmo(() => impactOfDelay(pf, { projectId: 'P', taskId: 'x', days: 1 }), 'UNKNOWN_ID', 'impactOfDelay: unknown task "x" in project "P"');
    expectPmo(() => impactOfDelay(pf, { projectId: 'y', taskId: 'x', days: 1 }), 'UNKNOWN_ID', 'impactOfDelay: unknown project "y"');
    expectPmo(() => impactOfDelay(pf, { projectId: 'P', taskId: '__proto__', days: 1 }), 'UNKNOWN_ID', 'impactOfDelay: unknown task "__proto__" in project "P"');
    for (const days of [-1, Number.NaN, Infinity, '2', undefined, null])
      expectPmo(() => impactOfDelay(pf, { projectId: 'P', taskId: 'a', days: days as number }), 'INVALID_ARGUMENT', /^impactOfDelay: delay\.days must be a finite number of working days >= 0, got /);
    expectPmo(() => impactOfDelay(pf, null as never), 'INVALID_ARGUMENT', /^impactOfDelay: expected a delay/);
    expectPmo(() => impactOfDelay(pf, { projectId: 3, taskId: 'a', days: 1 } as never), 'INVALID_ARGUMENT', /delay\.projectId must be a non-empty string/);
    expectPmo(() => impactOfDelay(pf, { projectId: 'P', taskId: 'a', days: 1 }, { mode: 'end' as never }), 'INVALID_ARGUMENT', 'impactOfDelay: options.mode must be "finish" or "start", got "end"');
    expectPmo(() => impactOfDelay(pf, { projectId: 'P', taskId: 'a', days: 1 }, 7 as never), 'INVALID_ARGUMENT', /^impactOfDelay: options must be an object/);
    const wbs = portfolio([project('S', [['S', 0], ['s', 1, { parentId: 'S' }]])]);
    expectPmo(() => impactOfDelay(wbs, { projectId: 'S', taskId: 'S', days: 1 }), 'INVALID_ARGUMENT', 'impactOfDelay: task "S" in project "S" is a WBS summary; delay one of its subtasks');
  });

  it('every analysis: malformed portfolios and options, schedules of other portfolios, cycles', () => {
    const analyses: [string, (p: Portfolio, o?: object) => unknown][] = [
      ['criticalDependencies', (p, o) => criticalDependencies(p, o)],
      ['impactOfDelay', (p, o) => impactOfDelay(p, { projectId: 'P', taskId: 'a', days: 1 }, o)],
      ['singlePointsOfFailure', (p, o) => singlePointsOfFailure(p, o)],
    ];
    for (const [name, f] of analyses) {
      expectPmo(() => f(null as never), 'INVALID_ARGUMENT', new RegExp(`^${name}: expected a portfolio object, got null`));
      expectPmo(() => f({ id: 'x', projects: 'no' } as never), 'INVALID_ARGUMENT', new RegExp(`^${name}: portfolio\\.projects must be an array`));
      expectPmo(() => f(pf, { schedule: schedulePortfolio(hub()) }), 'INVALID_ARGUMENT', new RegExp(`^${name}: options\\.schedule was not computed from this portfolio`));
      expectPmo(() => f(pf, { schedule: { tasks: 1 } }), 'INVALID_ARGUMENT', new RegExp(`^${name}: options\\.schedule must be a schedule from schedulePortfolio`));
      // Errors of the schedule engine come under the analysis' name.
      expectPmo(() => f(pf, { criticalThreshold: 'x' }), 'INVALID_ARGUMENT', new RegExp(`^${name}: options\\.criticalThreshold must be a finite number`));
      const cyclic = portfolio([project('P', [['a', 1], ['b', 1]], [['a', 'b']]), project('Q', [['x', 1]])], [['P', 'b', 'Q', 'x'], ['Q', 'x', 'P', 'a']]);
      const err = thrown(() => f(cyclic));
      expect(err).toBeInstanceOf(CycleError);
      expect((err as CycleError).message).toMatch(new RegExp(`^${name}: dependency cycle: `));
      expect((err as CycleError).cycle.length).toBe(4);
      const unknown = portfolio([project('P', [['a', 1]])], [['P', 'a', 'Z', 'x']]);
      expectPmo(() => f(unknown), 'UNKNOWN_ID', new RegExp(`^${name}: crossDependencies\\[0\\] refers to unknown project "Z"`));
    }
    expectPmo(() => criticalDependencies(pf, { maxFloat: Number.NaN }), 'INVALID_ARGUMENT', 'criticalDependencies: options.maxFloat must be a number, got NaN');
    for (const minProjects of [-1, 1.5, '2'])
      expectPmo(() => singlePointsOfFailure(pf, { minProjects: minProjects as number }), 'INVALID_ARGUMENT', /^singlePointsOfFailure: options\.minProjects must be an integer >= 0/);
    expectPmo(() => singlePointsOfFailure(pf, { days: -1 }), 'INVALID_ARGUMENT', /^singlePointsOfFailure: options\.days must be a finite number of working days >= 0/);
    expectPmo(() => singlePointsOfFailure(pf, { mode: 'x' as never }), 'INVALID_ARGUMENT', /options\.mode must be "finish" or "start"/);
  });

  it('impactOfDelay and singlePointsOfFailure: a schedule whose summary tasks are not the portfolio’s', () => {
    // Same projects and task ids, but c is below b only in the portfolio analysed (the schedule
    // has no summary): the analyses used to answer from the wrong network.
    const flat = portfolio([project('P', [['a', 2], ['b', 1], ['c', 3]], [['a', 'b']])]);
    const wbs = portfolio([project('P', [['a', 2], ['b', 1], ['c', 3, { parentId: 'b' }]], [['a', 'b']])]);
    const message = /options\.schedule was not computed from this portfolio \(task "b" is a summary task in one of them only\)/;
    expectPmo(() => impactOfDelay(wbs, { projectId: 'P', taskId: 'a', days: 3 }, { schedule: schedulePortfolio(flat) }), 'INVALID_ARGUMENT', message);
    expectPmo(() => singlePointsOfFailure(flat, { schedule: schedulePortfolio(wbs) }), 'INVALID_ARGUMENT', message);
  });

  it('projectDependencyRanking: unknown projects and tasks, duplicate projects', () => {
    expectPmo(() => projectDependencyRanking(portfolio([project('P', [['a', 1]])], [['P', 'a', 'Z', 'x']])), 'UNKNOWN_ID', 'projectDependencyRanking: crossDependencies[0] refers to unknown project "Z"');
    expectPmo(
      () => projectDependencyRanking(portfolio([project('P', [['a', 1]]), project('Q', [['b', 1]])], [['P', 'a', 'Q', 'x']])),
      'UNKNOWN_ID',
      'projectDependencyRanking: crossDependencies[0] refers to unknown task "x" in project "Q"',
    );
    expectPmo(() => projectDependencyRanking(portfolio([project('P', [['a', 1]]), project('P', [['b', 1]])])), 'INVALID_ARGUMENT', 'projectDependencyRanking: duplicate project id "P"');
    expectPmo(() => projectDependencyRanking({ projects: {} } as never), 'INVALID_ARGUMENT', /^projectDependencyRanking: portfolio\.projects must be an array/);
  });

  it('returns empty results for portfolios without links', () => {
    const lone = portfolio([project('A', [['a', 1, c('SNET', '2026-01-06')]]), project('B', [])]);
    expect(criticalDependencies(lone)).toEqual([]);
    expect(singlePointsOfFailure(lone, { minProjects: 1 })).toEqual({ days: 1, minProjects: 1, mode: 'finish', tasks: [], projects: [] });
    expect(projectDependencyRanking(lone).map((r) => [r.projectId, r.fanIn + r.fanOut])).toEqual([
      ['A', 0],
      ['B', 0],
    ]);
    expect(impactOfDelay(lone, { projectId: 'A', taskId: 'a', days: 2 }).projects.map((p) => [p.projectId, p.finishShift])).toEqual([['A', 2]]);
  });
});
