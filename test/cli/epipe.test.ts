/**
 * A reader that closes early (`pmo cpm big.json | head -1`): the command ends quietly, exit 0, no
 * EPIPE stack trace. Runs the real entry point in a child process (from source, through tsx).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { tmpFile } from './fixtures.js';

/** A one-project chain of `n` tasks: `pmo cpm` prints far more than a pipe buffer holds. */
function bigPortfolio(n: number) {
  const tasks = Array.from({ length: n }, (_, i) => ({ id: `t${i}`, name: `Task ${i}`, duration: 1 + (i % 5) }));
  const dependencies = tasks.slice(1).map((t, i) => ({ from: `t${i}`, to: t.id }));
  return { id: 'big', name: 'Big', projects: [{ id: 'p', name: 'P', start: '2026-01-05', tasks, dependencies }] };
}

/** Runs `pmo <args>`, reads the first chunk of its output, closes the pipe, and waits for the exit. */
function runAndCloseEarly(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; first: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/index.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let first = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', (d: Buffer) => {
      first = d.toString('utf8');
      child.stdout.destroy(); // the reader goes away, as `head -1` does
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, first, stderr }));
  });
}

describe('a closed standard output', () => {
  const big = tmpFile('big.json', bigPortfolio(3000));

  it('ends pmo cpm quietly with exit 0 (no EPIPE stack trace)', async () => {
    const r = await runAndCloseEarly(['cpm', big]);
    expect(r.first).toMatch(/^project "P"/);
    expect(r.stderr).toBe('');
    expect([r.code, r.signal]).toEqual([0, null]);
  });

  it('ends pmo cpm --json quietly too', async () => {
    const r = await runAndCloseEarly(['cpm', big, '--json']);
    expect(r.first).toMatch(/^\{/);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
