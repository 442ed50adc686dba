import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { minimalPortfolio } from '../fixtures/portfolios.js';
import { runCli } from './run.js';
import { ROOT } from '../helpers.js';

const SAMPLE = join(ROOT, 'examples/data/sample-portfolio.json');

function json(args: string[]) {
  const r = runCli(['cpm', ...args, '--json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('pmo cpm with progress', () => {
  it('--status-date: the forecast, each project against its baseline', () => {
    const out = json([SAMPLE, '--status-date', '2026-04-30']);
    expect(out.statusDate).toBe('2026-04-30');
    const wms = out.projects.find((p: { id: string }) => p.id === 'wms');
    expect(wms).toMatchObject({ statusDate: '2026-04-30', baselineId: 'bl-wms-1', baselineFinishDate: '2026-06-25' });
    expect(wms.finishVariance).toBeGreaterThan(0);
    // A complete task keeps its actual dates and is never critical.
    const req = out.tasks.find((t: { key: string }) => t.key === 'wms/wms-req');
    expect(req).toMatchObject({ earlyStartDate: '2026-01-12', earlyFinishDate: '2026-02-11', critical: false, progress: 'complete', baselineFinishDate: '2026-02-06' });
    // No uncompleted work starts on or before the status date.
    for (const t of out.tasks) if (t.progress === 'not-started' && !t.summary) expect(t.earlyStartDate > '2026-04-30').toBe(true);
  });

  it('--project: one project with its baseline from the portfolio', () => {
    const out = json([SAMPLE, '--project', 'wms', '--status-date', '2026-04-30']);
    expect(out.projects).toHaveLength(1);
    expect(out.projects[0]).toMatchObject({ id: 'wms', baselineId: 'bl-wms-1' });
    expect(out.finish).toBe(out.projects[0].finishDate);
  });

  it('keeps the plan output when nothing reports progress and no status date is given', () => {
    const file = JSON.stringify(minimalPortfolio());
    const r = runCli(['cpm', '-', '--json'], file);
    const out = JSON.parse(r.stdout);
    expect('statusDate' in out).toBe(false);
    expect(out.tasks.every((t: object) => !('progress' in t))).toBe(true);
  });

  it('refuses a malformed status date (exit 2)', () => {
    const r = runCli(['cpm', SAMPLE, '--status-date', '2026-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/status-date/);
  });
});
