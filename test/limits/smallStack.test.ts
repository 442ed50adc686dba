/**
 * The writers whose cost per task is too high to reach ~125,000 tasks in a unit test (MSPDI, the
 * Gantt chart) run in a Node started with a small stack (`--stack-size=100`, about 1/10 of the
 * default), where a spread into call arguments already overflows at about 14,000 elements: 16,000
 * tasks crashed there with `RangeError: Maximum call stack size exceeded` before
 * src/internal/bulk.ts, as 150,000 did on the default stack (issue 17). Not timed.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const N = 16_000;
let results: Record<string, unknown>;

beforeAll(() => {
  const child = join(ROOT, 'test/limits/smallStack.child.ts');
  const r = spawnSync(process.execPath, ['--stack-size=100', '--import', 'tsx', child, String(N), 'writeMspdi', 'export', 'gantt'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  results = JSON.parse(r.stdout) as Record<string, unknown>;
}, 120_000);

describe(`${N} tasks on a small stack`, () => {
  it('writeMspdi: the document reads back with every task and link (the custom fields were sized by Math.max of a spread)', () => {
    expect(results.writeMspdi).toEqual({ tasks: N, links: N - 1, last: `t${N - 1}` });
  });

  it('pmo export --to mspdi: exit 0 with every task (and the summary task)', () => {
    expect(results.export).toEqual({ code: 0, stderr: '', tasks: N + 1 });
  });

  it('ganttChart: every row drawn (the label column was Math.max of a spread)', () => {
    expect(results.gantt).toEqual({ svg: true, last: true });
  });
});
