/**
 * Files too large for Node's heap are refused before they are read (exit 2, a message naming the
 * limit and how to raise it), instead of Node's `JavaScript heap out of memory` crash.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAP_PER_INPUT_BYTE, readStandardInput, tooLarge } from '../../src/cli/inputSize.js';
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

/** An 18 MB portfolio: too large for a heap limit of about 176 MB (old space 128 MB; tsx itself needs more than 64 MB), 18 × 12 > 176. */
function bigPortfolio(): string {
  const tasks = Array.from({ length: 60_000 }, (_, i) => ({ id: `task-${i}`, name: `A task with a long name ${i} ${'.'.repeat(300)}`, duration: 1 + (i % 7) }));
  return JSON.stringify({ id: 'big', name: 'Big', projects: [{ id: 'p', name: 'P', start: '2026-01-05', tasks }] });
}

describe('readStandardInput', () => {
  it('reads a file descriptor to its end as UTF-8, as readFileSync does', () => {
    const text = `\ufeff{"a": "é🚀"}\n${'x'.repeat(3 << 20)}`;
    const fd = openSync(tmpFile('stdin.txt', text), 'r');
    try {
      expect(readStandardInput(fd)).toBe(text);
    } finally {
      closeSync(fd);
    }
  });

  it('stops once the bytes read exceed the limit, naming it', () => {
    const fd = openSync(tmpFile('stdin-big.txt', 'x'.repeat(5 << 20)), 'r');
    try {
      expect(() => readStandardInput(fd, 3 * MB * HEAP_PER_INPUT_BYTE)).toThrow(/^standard input is over \d+ MB; with Node's heap limit of 36 MB pmo reads files of at most 3 MB/);
    } finally {
      closeSync(fd);
    }
  });
});

describe('pmo with a file too large for its heap', () => {
  it('exits 2 with the limit instead of running out of memory', () => {
    const file = tmpFile('big.json', bigPortfolio());
    const r = spawnSync(process.execPath, ['--max-old-space-size=128', '--import', 'tsx', join(ROOT, 'src/cli/index.ts'), 'cpm', file, '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^pmo cpm: cannot read .*big\.json: the file is \d+ MB; with Node's heap limit of \d+ MB pmo reads files of at most \d+ MB/);
    expect(r.stderr).toMatch(/NODE_OPTIONS=--max-old-space-size=/);
    expect(r.stdout).toBe('');
  }, 60_000);
});

describe('pmo with standard input too large for its heap', () => {
  it('stops reading at the limit and exits 2 with it, as for a file (standard input was not measured)', () => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=128', '--import', 'tsx', join(ROOT, 'src/cli/index.ts'), 'cpm', '-', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: bigPortfolio(),
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^pmo cpm: cannot read standard input: standard input is over \d+ MB; with Node's heap limit of \d+ MB pmo reads files of at most \d+ MB/);
    expect(r.stderr).toMatch(/NODE_OPTIONS=--max-old-space-size=/);
    expect(r.stdout).toBe('');
  }, 60_000);
});
