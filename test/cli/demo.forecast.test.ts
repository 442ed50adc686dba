import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

describe('pmo demo: the forecast from the actuals', () => {
  it('shows, per sample project at its latest status date, the forecast finish against the baseline (else the plan)', () => {
    const r = runCli(['demo']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const at = lines.indexOf('Forecast from the actuals (schedule with progress, docs/progress.md):');
    expect(at).toBeGreaterThan(lines.findIndex((l) => l.startsWith('Earned value at each project’s latest status date')));
    expect(lines.slice(at + 1, at + 8)).toEqual([
      'id      status date  baseline finish    forecast finish  variance',
      '------  -----------  -----------------  ---------------  --------',
      'wms     2026-04-30   2026-06-25         2026-07-17            +16',
      'dp      2026-04-30   2026-07-13 (plan)  2026-07-17             +4',
      'portal  2026-04-30   2026-07-09 (plan)  2026-07-15             +4',
      'tel     2026-04-30   2026-08-11 (plan)  2026-08-28            +13',
      'forecast finish: complete tasks at their actual dates, work left after the status date, the rest by the links; against the baseline, else the plan (the schedule without progress); variance in working days (+ = late)',
    ]);
    expect(runCli(['demo', '--lang', 'zh']).stdout).toMatch(/基于实际进度的预测[\s\S]*wms\s+2026-04-30\s+2026-06-25\s+2026-07-17\s+\+16/);
  });
});
