/**
 * The CLI never computes twice: each command runs the schedule engine and the leveling once,
 * counting the engine runs inside the library (the demo used to schedule the sample three times:
 * for its tables, inside the leveling report and inside levelResources; `pmo level` twice). The
 * engine's modules are wrapped to count their calls. `pmo impact` schedules twice by nature: the
 * plan, and the plan with the slip; `pmo demo` three: the schedule, the plan without progress that
 * earned value measures against (its projects without baseline), and the schedule with each
 * project's own critical path that the governance check reads (`lateFinish: 'project'`). The
 * health and KPI commands schedule the plan for the over-allocations and, for earned value, the
 * plan without progress, once each (one earned value analysis serves the health scores and the KPIs).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ROOT } from '../helpers.js';
import { runCli } from './run.js';
import { chainPortfolio, tmpFile } from './fixtures.js';

const calls = vi.hoisted(() => ({ schedulePortfolio: 0, levelResources: 0 }));

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

const SAMPLE = `${ROOT}examples/data/sample-portfolio.json`;
const CHAIN = tmpFile('chain.json', chainPortfolio());

beforeEach(() => {
  calls.schedulePortfolio = 0;
  calls.levelResources = 0;
});

describe('each command computes each schedule once', () => {
  it.each([
    ['demo (the schedule, the plan without progress for earned value, per-project critical paths for governance)', ['demo'], 3, 1],
    ['health (the schedule for over-allocations, the plan without progress)', ['health', SAMPLE], 2, 0],
    ['kpis (the same, one earned value analysis for health and KPIs)', ['kpis', SAMPLE], 2, 0],
    ['governance (per-project critical paths)', ['governance', SAMPLE], 1, 0],
    ['evm', ['evm', SAMPLE], 1, 0],
    ['level (text: leveled and early schedules)', ['level', SAMPLE, '--schedules', '50'], 1, 1],
    ['level --json', ['level', SAMPLE, '--schedules', '50', '--json'], 1, 1],
    ['cpm', ['cpm', SAMPLE], 1, 0],
    ['deps (three analyses on one schedule)', ['deps', CHAIN], 1, 0],
    ['impact (the plan, and the plan with the slip)', ['impact', CHAIN, '--project', 'p1', '--task', 'a', '--days', '2'], 2, 0],
    ['load', ['load', CHAIN], 1, 0],
    ['load --leveled', ['load', CHAIN, '--leveled', '--schedules', '20'], 1, 1],
    ['export --to mermaid --leveled', ['export', CHAIN, '--to', 'mermaid', '--project', 'p2', '--leveled', '--schedules', '20'], 1, 1],
    ['export --to dot', ['export', CHAIN, '--to', 'dot'], 1, 0],
  ] as const)('%s', (_, args, schedules, levelings) => {
    const r = runCli(args);
    expect(r.code).toBe(0);
    expect(calls).toEqual({ schedulePortfolio: schedules, levelResources: levelings });
  });
});
