import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Portfolio } from '../../src/model/portfolio.js';
import { compileSchedule, schedulePortfolio, type CompiledSchedule } from '../../src/schedule/index.js';
import { PmoError } from '../../src/errors.js';
import { lcg, randomPortfolio, SHAPE_FIELDS } from './randomPortfolio.js';
import { expectSame } from './compiledChecks.js';

const sample = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/data/sample-portfolio.json', import.meta.url)), 'utf8')) as Portfolio;

/**
 * A copy of the portfolio whose work left is `d` (as a forecast run reads it): a not-started
 * task's duration, an in-progress task's remaining duration (its work done kept), complete tasks
 * unchanged.
 */
function withWorkLeft(pf: Portfolio, net: CompiledSchedule, d: Float64Array): Portfolio {
  let g = 0;
  const state = net.progress!;
  return {
    ...pf,
    projects: pf.projects.map((p) => ({
      ...p,
      tasks: p.tasks.map((t) => {
        const i = g++;
        if (state[i] === 2) return t;
        if (state[i] === 0) return { ...t, duration: d[i]! };
        const done = Math.max(0, t.duration - net.durations[i]!);
        return { ...t, duration: done + d[i]!, remainingDuration: d[i]! };
      }),
    })),
  };
}

/** Seeded work left around the forecast's (halves; zeros for not-started tasks only: an in-progress task keeps some work). */
function perturbed(net: CompiledSchedule, seed: number): Float64Array {
  const d = net.durations;
  let s = seed;
  for (let g = 0; g < d.length; g++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const x = d[g]! + ((s >>> 16) % 9) / 2 - 2;
    d[g] = net.progress?.[g] === 1 ? Math.max(0.5, x) : Math.max(0, x);
  }
  return d;
}

const day = (k: number): string => new Date(Date.UTC(2026, 0, 5 + k)).toISOString().slice(0, 10);

/** Random portfolios (randomPortfolio.ts) with complete, in-progress and not-started tasks up to a status date, given by the projects or as an option. */
const portfolioArb = fc
  .record({
    ...SHAPE_FIELDS,
    ownStatus: fc.boolean(),
  })
  .map((shape) => {
    const rnd = lcg(shape.seed);
    const status = 6 + rnd(12);
    const progress = (t: Record<string, unknown>): void => {
      const kind = rnd(3);
      const start = rnd(status);
      if (kind === 1) Object.assign(t, { actualStart: day(start), actualFinish: day(start + rnd(status - start + 1)) });
      else if (kind === 2) {
        Object.assign(t, { actualStart: day(start), percentComplete: 10 * rnd(10) });
        if (rnd(2) === 0) t.remainingDuration = 0.5 + rnd(6);
        if (rnd(4) === 0) t.resume = day(start + rnd(20));
      }
    };
    const pf = randomPortfolio(shape, rnd, { task: progress, project: () => (shape.ownStatus ? { statusDate: day(status) } : {}) });
    return { pf, statusDate: shape.ownStatus ? undefined : day(status), seed: shape.seed };
  });

describe('compileSchedule forecast: a run equals schedule(…, { progress: "forecast" }) with the same work left', () => {
  it('random portfolios with progress and a status date', () => {
    fc.assert(
      fc.property(portfolioArb, ({ pf, statusDate, seed }) => {
        const opts = { progress: 'forecast' as const, ...(statusDate !== undefined ? { statusDate } : {}) };
        const net = compileSchedule(pf, opts);
        expect(net.progress).not.toBeNull();
        const s = schedulePortfolio(pf, opts);
        expectSame(net, net.durations, s.tasks, s.duration, s.projects);
        for (const k of [1, 2]) {
          const d = perturbed(net, seed + k);
          const r = schedulePortfolio(withWorkLeft(pf, net, d), opts);
          expectSame(net, d, r.tasks, r.duration, r.projects);
        }
      }),
      { numRuns: 150, seed: 141 },
    );
  });

  it('the sample portfolio at a status date', () => {
    const opts = { progress: 'forecast' as const, statusDate: '2026-04-30' };
    const net = compileSchedule(sample, opts);
    const s = schedulePortfolio(sample, opts);
    expectSame(net, net.durations, s.tasks, s.duration, s.projects);
    expect(net.finishDate(s.duration)).toBe(s.finishDate);
    const state = net.progress!;
    expect([0, 1, 2].map((x) => state.filter((y) => y === x).length).every((c) => c > 0)).toBe(true);
    // Complete tasks ignore their entry; the plan differs from the forecast.
    const d = net.durations;
    state.forEach((x, g) => x === 2 && (d[g] = 99));
    expect(net.run(d)).toBe(s.duration);
    expect(compileSchedule(sample).run(compileSchedule(sample).durations)).not.toBe(s.duration);
  });

  it('keeps the plan by default, and refuses bad progress options', () => {
    const plan = compileSchedule(sample);
    expect(plan.progress).toBeNull();
    expect(plan.durations).toEqual(Float64Array.from(plan.tasks.map((t) => t.duration)));
    expect(compileSchedule(sample, { statusDate: '2026-04-30' }).progress).not.toBeNull();
    expect(() => compileSchedule(sample, { progress: 'plan', statusDate: '2026-04-30' })).toThrow(PmoError);
    expect(() => compileSchedule(sample, { progress: 'plan', statusDate: '2026-04-30' })).toThrow(/statusDate needs progress "forecast"/);
    expect(() => compileSchedule(sample, { statusDate: '2026-02-30' })).toThrow(/statusDate must be an existing day/);
    expect(() => compileSchedule(sample, { progress: 'later' as never })).toThrow(/progress must be "forecast" or "plan"/);
  });
});

describe('compileSchedule: links and drivingLinks', () => {
  it('driving links are those schedule() reports as driving predecessors', () => {
    fc.assert(
      fc.property(portfolioArb, ({ pf, seed }) => {
        const net = compileSchedule(pf);
        const s = schedulePortfolio(pf, { progress: 'plan' });
        const d = net.durations;
        const tight = net.drivingLinks(d);
        const { from, to, count } = net.links;
        expect(tight).toHaveLength(count);
        const driving = new Set<string>();
        for (let e = 0; e < count; e++) if (tight[e] === 1) driving.add(`${net.taskKeys[from[e]!]}>${net.taskKeys[to[e]!]}`);
        const want = new Set<string>();
        s.tasks.forEach((t, g) => {
          if (net.isSummary[g] === 1) return;
          for (const p of t.drivingPredecessors) want.add(`${p}>${net.taskKeys[g]}`);
        });
        expect([...driving].sort(), String(seed)).toEqual([...want].sort());
      }),
      { numRuns: 100, seed: 142 },
    );
  });
});
