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
