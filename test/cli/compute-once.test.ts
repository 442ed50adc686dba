/**
 * The CLI never computes twice: each command runs the schedule engine and the leveling once, and
 * the loading analyses (`resourceLoading`, `overallocations`) once per schedule it reports on,
 * counting the engine runs inside the library (the demo used to schedule the sample three times:
 * for its tables, inside the leveling report and inside levelResources; `pmo level` twice). The
 * engine's modules are wrapped to count their calls. `pmo impact` schedules twice by nature: the
 * plan, and the plan with the slip; `pmo demo` four: the schedule, the plan without progress that
 * earned value measures against (its projects without baseline), the schedule with each
 * project's own critical path that the governance check reads (`lateFinish: 'project'`), and the
 * forecast from the actuals (docs/progress.md). The
 * health and KPI commands schedule the plan for the over-allocations and, for earned value, the
 * plan without progress, once each (one earned value analysis serves the health scores and the KPIs).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ROOT } from '../helpers.js';
import { runCli } from './run.js';
import { chainPortfolio, tmpFile } from './fixtures.js';

const calls = vi.hoisted(() => ({ schedulePortfolio: 0, levelResources: 0, resourceLoading: 0, overallocations: 0 }));
const scoring = vi.hoisted(() => ({ healthScore: 0, portfolioKpis: 0, checkGovernance: 0, assessMaturity: 0 }));

// Every run of the portfolio engine, public (`schedulePortfolio`) or inside an analysis or the
// leveling (under the caller's name), goes through runSchedulePortfolio.
vi.mock('../../src/schedule/internal/schedulePortfolio.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/schedule/internal/schedulePortfolio.js')>();
  return {
    ...real,
    runSchedulePortfolio: (...args: Parameters<typeof real.runSchedulePortfolio>) => {
      calls.schedulePortfolio++;
      return real.runSchedulePortfolio(...args);
    },
  };
});
vi.mock('../../src/resources/levelResources.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/resources/levelResources.js')>();
  return {
    ...real,
    levelResources: (...args: Parameters<typeof real.levelResources>) => {
      calls.levelResources++;
      return real.levelResources(...args);
    },
  };
});

vi.mock('../../src/resources/resourceLoading.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/resources/resourceLoading.js')>();
  return {
    ...real,
    resourceLoading: (...args: Parameters<typeof real.resourceLoading>) => {
      calls.resourceLoading++;
      return real.resourceLoading(...args);
    },
  };
});
vi.mock('../../src/resources/overallocations.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/resources/overallocations.js')>();
  return {
    ...real,
    overallocations: (...args: Parameters<typeof real.overallocations>) => {
      calls.overallocations++;
      return real.overallocations(...args);
    },
  };
});

// The scoring analyses, to check that the demo's report reuses the demo's.
vi.mock('../../src/performance/healthScore.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/performance/healthScore.js')>();
  return { ...real, healthScore: (...args: Parameters<typeof real.healthScore>) => (scoring.healthScore++, real.healthScore(...args)) };
});
vi.mock('../../src/performance/portfolioKpis.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/performance/portfolioKpis.js')>();
  return { ...real, portfolioKpis: (...args: Parameters<typeof real.portfolioKpis>) => (scoring.portfolioKpis++, real.portfolioKpis(...args)) };
});
vi.mock('../../src/performance/checkGovernance.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/performance/checkGovernance.js')>();
  return { ...real, checkGovernance: (...args: Parameters<typeof real.checkGovernance>) => (scoring.checkGovernance++, real.checkGovernance(...args)) };
});
vi.mock('../../src/org/assessMaturity.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/org/assessMaturity.js')>();
  return { ...real, assessMaturity: (...args: Parameters<typeof real.assessMaturity>) => (scoring.assessMaturity++, real.assessMaturity(...args)) };
});

const SAMPLE = `${ROOT}examples/data/sample-portfolio.json`;
const CHAIN = tmpFile('chain.json', chainPortfolio());

beforeEach(() => {
  calls.schedulePortfolio = 0;
  calls.levelResources = 0;
  calls.resourceLoading = 0;
  calls.overallocations = 0;
  Object.assign(scoring, { healthScore: 0, portfolioKpis: 0, checkGovernance: 0, assessMaturity: 0 });
});

it('the demo’s report reuses the demo’s health scores, KPIs, governance check and maturity assessment', () => {
  expect(runCli(['demo']).code).toBe(0);
  expect(scoring).toEqual({ healthScore: 1, portfolioKpis: 1, checkGovernance: 1, assessMaturity: 1 });
  Object.assign(scoring, { healthScore: 0, portfolioKpis: 0, checkGovernance: 0, assessMaturity: 0 });
  // pmo report computes each once too (the KPIs reuse its health scores)
  expect(runCli(['report', SAMPLE, '--schedules', '50']).code).toBe(0);
  expect(scoring).toEqual({ healthScore: 1, portfolioKpis: 1, checkGovernance: 1, assessMaturity: 1 });
});

describe('each command computes each schedule once', () => {
  it.each([
    // name, argv, schedules, levelings, loadings, over-allocation reports
    ['demo (the schedule, the plan without progress for earned value, per-project critical paths for governance, the forecast from the actuals; over-allocations before and after leveling, shared with health and the report; the weekly loading of the early schedule for the KPIs and the report’s “before”, the report’s “after”; health, KPIs, governance and maturity shared with the report)', ['demo'], 4, 1, 2, 2],
    ['demo --no-report', ['demo', '--no-report'], 4, 1, 1, 2],
    ['report (the leveling, its over-allocations and weekly loadings before and after; the plan without progress for earned value, health and KPIs; per-project critical paths for governance)', ['report', SAMPLE, '--schedules', '50'], 3, 1, 2, 2],
    ['health (the schedule for over-allocations, the plan without progress)', ['health', SAMPLE], 2, 0, 0, 1],
    ['simulate (no schedule: the PERT path and the iterations run on the compiled network)', ['simulate', SAMPLE, '--iterations', '50'], 0, 0, 0, 0],
    ['kpis (the same, and the loading; one earned value analysis for health and KPIs)', ['kpis', SAMPLE], 2, 0, 1, 1],
    ['governance (per-project critical paths)', ['governance', SAMPLE], 1, 0, 0, 0],
    ['evm', ['evm', SAMPLE], 1, 0, 0, 0],
    ['level (text: leveled and early schedules, over-allocations of each)', ['level', SAMPLE, '--schedules', '50'], 1, 1, 0, 2],
    ['level --json', ['level', SAMPLE, '--schedules', '50', '--json'], 1, 1, 0, 0],
    ['cpm', ['cpm', SAMPLE], 1, 0, 0, 0],
    ['deps (three analyses on one schedule)', ['deps', CHAIN], 1, 0, 0, 0],
    ['impact (the plan, and the plan with the slip)', ['impact', CHAIN, '--project', 'p1', '--task', 'a', '--days', '2'], 2, 0, 0, 0],
    ['load', ['load', CHAIN], 1, 0, 1, 1],
    ['load --leveled', ['load', CHAIN, '--leveled', '--schedules', '20'], 1, 1, 1, 1],
    ['export --to mermaid --leveled', ['export', CHAIN, '--to', 'mermaid', '--project', 'p2', '--leveled', '--schedules', '20'], 1, 1, 0, 0],
    ['export --to dot', ['export', CHAIN, '--to', 'dot'], 1, 0, 0, 0],
  ] as const)('%s', (_, args, schedules, levelings, loadings, reports) => {
    const r = runCli(args);
    expect(r.code).toBe(0);
    expect(calls).toEqual({ schedulePortfolio: schedules, levelResources: levelings, resourceLoading: loadings, overallocations: reports });
  });
});
