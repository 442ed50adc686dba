/**
 * Files too large for Node's heap are refused before they are read (exit 2, a message naming the
 * limit and how to raise it), instead of Node's `JavaScript heap out of memory` crash.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAP_PER_INPUT_BYTE, tooLarge } from '../../src/cli/inputSize.js';
import { ROOT } from '../helpers.js';
import { tmpFile } from './fixtures.js';

const MB = 1024 * 1024;

describe('tooLarge', () => {
  it('lets a file through while its size times the factor fits in the heap', () => {
    expect(tooLarge(100 * MB, 100 * MB * HEAP_PER_INPUT_BYTE)).toBeNull();
    expect(tooLarge(0, 0)).toBeNull();
  });

  it('refuses a larger file, naming its size, the limit and the option that raises it', () => {
    const reason = tooLarge(600 * MB, 4096 * MB);
    expect(reason).toMatch(/the file is 600 MB/);
    expect(reason).toMatch(new RegExp(`at most ${Math.floor(4096 / HEAP_PER_INPUT_BYTE)} MB`));
    expect(reason).toMatch(/NODE_OPTIONS=--max-old-space-size=\d+/);
    // the suggested heap lets the file through
    const raise = Number(/max-old-space-size=(\d+)/.exec(reason!)![1]);
    expect(tooLarge(600 * MB, raise * MB)).toBeNull();
  });
});

describe('pmo with a file too large for its heap', () => {
  it('exits 2 with the limit instead of running out of memory', () => {
    // An 18 MB portfolio against a heap limit of about 176 MB (old space 128 MB; tsx itself needs more than 64 MB): 18 × 12 > 176.
    const tasks = Array.from({ length: 60_000 }, (_, i) => ({ id: `task-${i}`, name: `A task with a long name ${i} ${'.'.repeat(300)}`, duration: 1 + (i % 7) }));
    const file = tmpFile('big.json', JSON.stringify({ id: 'big', name: 'Big', projects: [{ id: 'p', name: 'P', start: '2026-01-05', tasks }] }));
    const r = spawnSync(process.execPath, ['--max-old-space-size=128', '--import', 'tsx', join(ROOT, 'src/cli/index.ts'), 'cpm', file, '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^pmo cpm: cannot read .*big\.json: the file is \d+ MB; with Node's heap limit of \d+ MB pmo reads files of at most \d+ MB/);
    expect(r.stderr).toMatch(/NODE_OPTIONS=--max-old-space-size=/);
    expect(r.stdout).toBe('');
  }, 60_000);
});
