/** `pmo simulate`: Monte Carlo schedule risk; the --json contract of issue 14. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { simulateRisk } from '../../src/risk/index.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import { ROOT } from '../helpers.js';
import { runCli, runCliAsync } from './run.js';
import { simulationChartInputs } from '../../src/cli/output/simulationCharts.js';

const SAMPLE = `${ROOT}examples/data/sample-portfolio.json`;
const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Portfolio;

describe('pmo simulate', () => {
  it('--json: the contract fields first, in order, then the added ones', () => {
    const r = runCli(['simulate', SAMPLE, '--iterations', '500', '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).slice(0, 8)).toEqual(['iterations', 'seed', 'deterministicDuration', 'mean', 'stdDev', 'percentiles', 'criticality', 'sensitivity']);
    expect(Object.keys(out.percentiles)).toEqual(['p10', 'p50', 'p80', 'p90']);
    expect(out).toMatchObject({ iterations: 500, seed: 1, deterministicDuration: 148, distribution: 'pert', deterministicFinishDate: '2026-08-11' });
    // A portfolio: task ids are projectId/taskId, as in pmo cpm; every leaf task is listed.
    expect(Object.keys(out.criticality)).toContain('tel/tel-rollout');
    expect(Object.keys(out.sensitivity)).toEqual(Object.keys(out.criticality));
    // The same numbers as the library with the defaults.
    const lib = simulateRisk(sample, { iterations: 500 });
    expect(out.mean).toBe(lib.finish.mean);
    expect(out.percentiles).toEqual(lib.finish.percentiles);
    expect(out.criticality['tel/tel-rollout']).toBe(lib.tasks.find((t) => t.id === 'tel/tel-rollout')!.criticality);
  });

  it('defaults: 10,000 iterations, seed 1, PERT', () => {
    const out = JSON.parse(runCli(['simulate', SAMPLE, '--project', 'portal', '--json']).stdout);
    expect(out).toMatchObject({ iterations: 10000, seed: 1, distribution: 'pert', target: { kind: 'project', id: 'portal' } });
    expect(Object.keys(out.criticality).every((k) => !k.includes('/'))).toBe(true);
  });

  it('prints P50/P80 against the plan, the contingency and the drivers', () => {
    const r = runCli(['simulate', SAMPLE, '--iterations', '1000', '--seed', '3', '--date', '2026-10-30', '--distribution', 'triangular']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1,000 iterations, seed 3, triangular durations');
    expect(r.stdout).toContain('deterministic finish: 2026-08-11 (148.0 working days)');
    expect(r.stdout).toMatch(/^P80 finish: 2026-\d\d-\d\d \(\d+\.\d, \+\d+\.\d vs the plan\)$/m);
    expect(r.stdout).toMatch(/^P\(finish by 2026-10-30\) = [\d.]+ % \(PERT: [\d.]+ %\)$/m);
    expect(r.stdout).toContain('Top drivers');
    expect(r.stderr).toBe('');
  });

  it('shows progress on standard error only when it is a terminal', () => {
    let err = '';
    let out = '';
    const code = main(['simulate', SAMPLE, '--iterations', '300', '--json'], { out: (t) => (out += t), err: (t) => (err += t), readText: (p) => readFileSync(p, 'utf8'), errIsTerminal: true });
    expect(code).toBe(0);
    expect(err).toContain('pmo simulate: 100 % of 300 iterations');
    expect(JSON.parse(out).iterations).toBe(300);
  });

  it.each([
    [['--iterations', '0'], /--iterations must be a positive integer/],
    [['--seed', '1.5'], /--seed must be an integer/],
    [['--distribution', 'cauchy'], /--distribution must be/],
    [['--project', 'nope'], /has no project "nope"/],
    [['--milestone', 'nope'], /unknown task "nope"/],
    [['--confidence', '1'], /--confidence must be a number in \(0, 1\)/],
    [['--date', '2026-02-30'], /--date/],
  ])('exits 2 on bad input: %j', (args, message) => {
    const r = runCli(['simulate', SAMPLE, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('--status-date D / --progress forecast: the work left after D; the contract fields unchanged, progress added last', () => {
    const r = runCli(['simulate', SAMPLE, '--iterations', '300', '--status-date', '2026-04-30', '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).slice(0, 8)).toEqual(['iterations', 'seed', 'deterministicDuration', 'mean', 'stdDev', 'percentiles', 'criticality', 'sensitivity']);
    expect(Object.keys(out).at(-1)).toBe('progress');
    const lib = simulateRisk(sample, { iterations: 300, statusDate: '2026-04-30' });
    expect(out.progress).toEqual(lib.progress);
    expect([out.deterministicDuration, out.mean]).toEqual([lib.deterministicDuration, lib.finish.mean]);
    expect(runCli(['simulate', SAMPLE, '--iterations', '300', '--progress', 'forecast', '--status-date', '2026-04-30', '--json']).stdout).toBe(r.stdout);
    // The plan (the default) says so: progress null.
    expect(JSON.parse(runCli(['simulate', SAMPLE, '--iterations', '50', '--json']).stdout).progress).toBeNull();
    expect(runCli(['simulate', SAMPLE, '--iterations', '50', '--status-date', '2026-04-30']).stdout).toContain('work left after 2026-04-30 (13 tasks complete, 8 in progress, 30 not started)');
  });

  it.each([
    [['--progress', 'later'], /--progress must be plan or forecast/],
    [['--status-date', '2026-02-30'], /--status-date must be a date that exists/],
    [['--status-date', 'soon'], /--status-date must be a date as YYYY-MM-DD/],
    [['--progress', 'forecast'], /progress "forecast" simulates the work left after a status date/],
    [['--progress', 'plan', '--status-date', '2026-04-30'], /--status-date needs --progress forecast/],
  ])('exits 2 on bad progress flags: %j', (args, message) => {
    const r = runCli(['simulate', SAMPLE, '--iterations', '10', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 for files it does not read', () => {
    const r = runCli(['simulate', '-'], 'not json');
    expect(r.code).toBe(2);
  });

  it('gives the report plain chart inputs: histogram bins, percentiles, the plan, sensitivities', () => {
    const r = simulateRisk(sample, { iterations: 400 });
    const c = simulationChartInputs(r, 4);
    expect(c.finishDistribution.bins.reduce((s, b) => s + b.count, 0)).toBe(400);
    expect(c.finishDistribution.planned).toBe(148);
    expect(c.finishDistribution.percentiles).toEqual([
      { p: 50, value: r.finish.percentiles.p50 },
      { p: 80, value: r.finish.percentiles.p80 },
      { p: 90, value: r.finish.percentiles.p90 },
    ]);
    expect(c.sensitivities).toHaveLength(4);
    expect(Math.abs(c.sensitivities[0]!.value)).toBeGreaterThanOrEqual(Math.abs(c.sensitivities[3]!.value));
  });

  it('--workers N: the same output as one thread', async () => {
    const one = runCli(['simulate', SAMPLE, '--iterations', '300', '--seed', '4', '--json']);
    const two = await runCliAsync(['simulate', SAMPLE, '--iterations', '300', '--seed', '4', '--workers', '2', '--json']);
    expect([two.code, two.stderr]).toEqual([0, '']);
    expect(two.stdout).toBe(one.stdout);
    const bad = await runCliAsync(['simulate', SAMPLE, '--workers', '2', '--milestone', 'nope']);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/unknown task "nope"/)]);
  }, 60_000);

  const MSPDI = `${ROOT}../shared/data/mspdi/mspdirelations.xml`;
  it.skipIf(!existsSync(MSPDI))('reads an MS Project file (skipped without ../shared/data)', () => {
    const r = runCli(['simulate', MSPDI, '--iterations', '100', '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    expect(out.iterations).toBe(100);
    expect(Object.keys(out.criticality).length).toBeGreaterThan(0);
    expect(Object.keys(out.criticality).every((k) => !k.includes('/'))).toBe(true);
  });
});
