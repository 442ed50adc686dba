import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers.js';

it('examples/quick-start.ts runs and prints what it promises', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'examples/quick-start.ts')], { cwd: ROOT, encoding: 'utf8' });
  expect(out).toContain('4 projects');
  expect(out).toContain('平衡矩阵型组织');
  expect(out).toContain('PMO lead may reassign a shared resource: true');
  expect(out).toContain('[invalid_date]');
});

it('examples/import-csv.ts reads the CSV example, schedules it and prints the critical cross-project dependencies', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'examples/import-csv.ts')], { cwd: ROOT, encoding: 'utf8' });
  expect(out).toContain('tasks.csv         tasks          15 rows');
  expect(out).toContain('3 projects, 15 tasks, 3 cross-project dependencies, 4 risks');
  expect(out).toContain('portfolio finishes 2026-05-07');
  const deps = out.slice(out.indexOf('cross-project dependencies, most critical first:')).split('\n').slice(1, 4);
  expect(deps).toEqual([
    '  dw/4 Reporting layer -> portal/4 User acceptance test: CRITICAL (UAT needs the customer reports)',
    '  crm/3 Integration build -> portal/3 API integration: driving (The portal calls the new CRM API)',
    '  dw/2 Staging schema -> crm/4 Migration dry run: float 15d',
  ]);
  expect(out).toContain('broken-tasks.csv line 3, column "Duration": expected a duration such as 5, 5d, 40h or 2w, got "ten days" [invalid_format]');
});
