/**
 * One vocabulary (docs/conventions.md): plain `start` / `finish` are offsets, dates end in `Date`;
 * every dated schedule's tasks fit the one `DatedTask` that loading and the diagram exports read;
 * each function takes `XOptions` built from shared parts and returns `XResult`; the former names
 * remain as deprecated aliases of the same types.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parsePortfolio } from '../src/model/parse.js';
import {
  cpm,
  cpmArrays,
  impactOfDelay,
  schedule,
  schedulePortfolio,
  singlePointsOfFailure,
  type CpmArraysOptions,
  type CpmNetworkOptions,
  type CpmOptions,
  type CriticalPathOptions,
  type DatedSchedule,
  type DatedTask,
  type DelayImpact,
  type ImpactOfDelayResult,
  type PortfolioSchedule,
  type ProjectSchedule,
  type ScheduledProject,
  type ScheduledTask,
  type ScheduleOptions,
  type SchedulePortfolioOptions,
  type SchedulePortfolioResult,
  type ScheduleResult,
  type SinglePointsOfFailure,
  type SinglePointsOfFailureResult,
} from '../src/schedule/index.js';
import {
  generateSchedule,
  levelResources,
  overallocations,
  resourceCapacity,
  resourceLoading,
  solveRcpsp,
  type GenerateScheduleOptions,
  type GenerateScheduleResult,
  type LeveledTask,
  type LevelingResult,
  type LevelResourcesOptions,
  type LevelResourcesResult,
  type LoadingOptions,
  type LoadingScheduleInput,
  type LoadingScheduleTask,
  type OverallocationsOptions,
  type RcpspSolution,
  type ResourceCapacity,
  type ResourceCapacityResult,
  type ResourceLoading,
  type ResourceLoadingOptions,
  type ResourceLoadingResult,
  type SolveRcpspOptions,
  type SolveRcpspResult,
} from '../src/resources/index.js';
import { toMermaidGantt, type DatedTask as IoDatedTask, type ScheduleLike } from '../src/io/index.js';
import { minimalPortfolio } from './fixtures/portfolios.js';

const portfolio = parsePortfolio(minimalPortfolio());

describe('one dated task', () => {
  it('types: ScheduledTask and LeveledTask are DatedTasks, and both results are loading inputs', () => {
    expectTypeOf<ScheduledTask>().toExtend<DatedTask>();
    expectTypeOf<LeveledTask>().toExtend<DatedTask>();
    expectTypeOf<ScheduledTask>().toExtend<LoadingScheduleTask>();
    expectTypeOf<LeveledTask>().toExtend<LoadingScheduleTask>();
    expectTypeOf<LoadingScheduleTask>().toExtend<DatedTask>();
    expectTypeOf<ScheduleResult>().toExtend<DatedSchedule>();
    expectTypeOf<SchedulePortfolioResult>().toExtend<LoadingScheduleInput>();
    expectTypeOf<LevelResourcesResult>().toExtend<LoadingScheduleInput>();
    // io reads the same type, not a look-alike
    expectTypeOf<IoDatedTask>().toEqualTypeOf<DatedTask>();
    expectTypeOf<ScheduleLike>().toEqualTypeOf<DatedSchedule>();
    // numbers plain, dates …Date
    expectTypeOf<DatedTask['start']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<DatedTask['startDate']>().toEqualTypeOf<string>();
    expectTypeOf<ScheduledProject['start']>().toEqualTypeOf<number>();
    expectTypeOf<ScheduledProject['startDate']>().toEqualTypeOf<string>();
    // the second spelling is gone
    expectTypeOf<LoadingScheduleTask>().not.toHaveProperty('earlyStartDate');
    expectTypeOf<DatedTask>().not.toHaveProperty('earlyStart');
  });

  it('a CPM task is placed at its early dates; a leveled task at its leveled ones', () => {
    const early = schedulePortfolio(portfolio);
    for (const t of early.tasks) {
      expect([t.start, t.finish, t.startDate, t.finishDate]).toEqual([t.earlyStart, t.earlyFinish, t.earlyStartDate, t.earlyFinishDate]);
    }
    for (const p of early.projects) {
      expect(typeof p.start).toBe('number');
      expect(p.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.duration).toBe(p.finish - p.start);
    }
    expect(early.projects.map((p) => [p.id, p.start, p.startDate])).toEqual([
      ['p1', 0, '2026-01-05'],
      ['p2', 20, '2026-02-02'],
    ]);
    const leveled = levelResources(portfolio, { schedules: 20, schedule: early });
    expect([leveled.startDate, early.startDate]).toEqual(['2026-01-05', '2026-01-05']);
    // Loading reads the one shape: the same numbers from either schedule when leveling moves nothing.
    expect(resourceLoading(portfolio, leveled)).toEqual(resourceLoading(portfolio, early));
  });

  it('loading reads start and finish, not the early-schedule spelling', () => {
    const early = schedulePortfolio(portfolio);
    const old = { calendarId: early.calendarId, startDate: early.startDate, tasks: early.tasks.map(({ start: _s, finish: _f, ...rest }) => rest) };
    expect(() => overallocations(portfolio, old as never)).toThrow(/needs finite start and finish offsets/);
    expect(() => resourceLoading(portfolio, { ...early, startDate: undefined } as never)).toThrow(/startDate must be a date/);
  });

  it('the diagram exports read startDate and finishDate of any dated schedule', () => {
    const p2 = portfolio.projects[1]!;
    const early = schedulePortfolio(portfolio);
    const mine: DatedTask[] = [{ id: 'a', projectId: 'p2', startDate: '2026-02-02', finishDate: '2026-02-04' }];
    expect(toMermaidGantt(p2, { tasks: mine })).toContain('Integrate :t0, 2026-02-02, 2026-02-05');
    expect(toMermaidGantt(p2, early)).toContain('Integrate :crit, t0, 2026-02-02, 2026-02-05');
  });
});

describe('options and results', () => {
  it('types: each function takes XOptions built from shared parts, and returns XResult', () => {
    expectTypeOf(cpm).parameter(1).toEqualTypeOf<CpmOptions | undefined>();
    expectTypeOf(cpmArrays).parameter(1).toEqualTypeOf<CpmArraysOptions | undefined>();
    expectTypeOf<CpmOptions>().toEqualTypeOf<Pick<CriticalPathOptions, 'criticalThreshold' | 'maxCriticalPaths'>>();
    expectTypeOf<CpmArraysOptions>().toEqualTypeOf<Pick<CriticalPathOptions, 'criticalThreshold'>>();
    expectTypeOf<ScheduleOptions>().toExtend<CriticalPathOptions>();
    expectTypeOf<SchedulePortfolioOptions>().toExtend<CriticalPathOptions>();
    expectTypeOf<LevelResourcesOptions>().toExtend<SolveRcpspOptions>();
    expectTypeOf<GenerateScheduleOptions['seed']>().toEqualTypeOf<SolveRcpspOptions['seed']>();
    expectTypeOf<ResourceLoadingOptions>().toEqualTypeOf<LoadingOptions>();
    expectTypeOf<OverallocationsOptions>().toEqualTypeOf<LoadingOptions>();
    expectTypeOf(resourceLoading).parameter(2).toEqualTypeOf<ResourceLoadingOptions | undefined>();
    expectTypeOf(overallocations).parameter(2).toEqualTypeOf<OverallocationsOptions | undefined>();
    expectTypeOf(schedule).returns.toEqualTypeOf<ScheduleResult>();
    expectTypeOf(schedulePortfolio).returns.toEqualTypeOf<SchedulePortfolioResult>();
    expectTypeOf(levelResources).returns.toEqualTypeOf<LevelResourcesResult>();
    expectTypeOf(solveRcpsp).returns.toEqualTypeOf<SolveRcpspResult>();
    expectTypeOf(generateSchedule).returns.toEqualTypeOf<GenerateScheduleResult>();
    expectTypeOf(impactOfDelay).returns.toEqualTypeOf<ImpactOfDelayResult>();
    expectTypeOf(singlePointsOfFailure).returns.toEqualTypeOf<SinglePointsOfFailureResult>();
    expectTypeOf(resourceLoading).returns.toEqualTypeOf<ResourceLoadingResult>();
    expectTypeOf(resourceCapacity).returns.toEqualTypeOf<ResourceCapacityResult>();
    // required values are arguments
    expectTypeOf(resourceCapacity).parameter(1).toEqualTypeOf<string>();
    expectTypeOf(resourceCapacity).parameter(2).toEqualTypeOf<string>();
  });

  it('types: the former names are aliases of the new types', () => {
    expectTypeOf<ProjectSchedule>().toEqualTypeOf<ScheduleResult>();
    expectTypeOf<PortfolioSchedule>().toEqualTypeOf<SchedulePortfolioResult>();
    expectTypeOf<CpmNetworkOptions>().toEqualTypeOf<CpmOptions>();
    expectTypeOf<DelayImpact>().toEqualTypeOf<ImpactOfDelayResult>();
    expectTypeOf<SinglePointsOfFailure>().toEqualTypeOf<SinglePointsOfFailureResult>();
    expectTypeOf<LevelingResult>().toEqualTypeOf<LevelResourcesResult>();
    expectTypeOf<RcpspSolution>().toEqualTypeOf<SolveRcpspResult>();
    expectTypeOf<ResourceLoading>().toEqualTypeOf<ResourceLoadingResult>();
    expectTypeOf<ResourceCapacity>().toEqualTypeOf<ResourceCapacityResult>();
  });

  it('one reader of option objects: the same error everywhere, arrays refused too', () => {
    const net = { tasks: [{ id: 'a', duration: 1 }], links: [] };
    for (const [fn, call] of [
      ['cpm', (o: unknown) => cpm(net, o as never)],
      ['cpmArrays', (o: unknown) => cpmArrays({ duration: [1], from: [], to: [] }, o as never)],
      ['schedule', (o: unknown) => schedule(portfolio.projects[0]!, o as never)],
      ['schedulePortfolio', (o: unknown) => schedulePortfolio(portfolio, o as never)],
      ['singlePointsOfFailure', (o: unknown) => singlePointsOfFailure(portfolio, o as never)],
      ['levelResources', (o: unknown) => levelResources(portfolio, o as never)],
      ['resourceCapacity', (o: unknown) => resourceCapacity(portfolio, '2026-01-05', '2026-01-09', o as never)],
    ] as const) {
      expect(() => call([1])).toThrow(`${fn}: options must be an object, got an array`);
      expect(() => call(null)).toThrow(`${fn}: options must be an object, got null`);
    }
  });

  it('errors of the engine inside an analysis name the analysis, message and cycle unchanged', () => {
    const cyclic = parsePortfolio(minimalPortfolio());
    const bad = { ...cyclic, crossDependencies: [...cyclic.crossDependencies, { fromProject: 'p2', from: 'a', toProject: 'p1', to: 'a', type: 'FS' as const, lag: 0 }] };
    expect(() => schedulePortfolio(bad)).toThrow(/^schedulePortfolio: dependency cycle: /);
    for (const [fn, call] of [
      ['singlePointsOfFailure', () => singlePointsOfFailure(bad)],
      ['impactOfDelay', () => impactOfDelay(bad, { projectId: 'p1', taskId: 'a', days: 1 })],
      ['levelResources', () => levelResources(bad, { schedules: 5 })],
    ] as const) {
      let err: unknown;
      try {
        call();
      } catch (e) {
        err = e;
      }
      expect((err as Error).message).toBe((() => {
        try {
          schedulePortfolio(bad);
        } catch (e) {
          return (e as Error).message.replace(/^schedulePortfolio: /, `${fn}: `);
        }
        return '';
      })());
    }
  });
});
