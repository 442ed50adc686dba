/**
 * A portfolio JSON file of over 100 MB (540,000 tasks, 1.6 million links) through the built CLI
 * (`pmo cpm --json`, a child process): it works. Long (tens of seconds, about 2.5 GB of memory), so
 * it runs with `npm run fuzz` only; docs/guarantees.md states the limits.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { LONG_RUN } from './support.js';

const CLI = join(ROOT, 'dist/cli/index.js');
const long = LONG_RUN;
if (!long) console.warn('[tests] skipped: the 100 MB CLI run (test/fuzz/huge.test.ts) runs with npm run fuzz');

describe('a 100 MB portfolio through the CLI', () => {
  it.skipIf(!long || !existsSync(CLI))('pmo cpm --json answers', () => {
    const n = 540_000;
    const tasks = Array.from({ length: n }, (_, i) => ({ id: `t${i}`, name: `Task number ${i}`, duration: 1 + (i % 9) }));
    const deps = [];
    for (let i = 1; i < n; i++) {
      if (i >= 100) deps.push({ from: `t${i - 100}`, to: `t${i}`, type: 'FS', lag: 0 });
      if (i > 7) deps.push({ from: `t${i - 7}`, to: `t${i}`, type: 'SS', lag: 1 });
      if (i > 30) deps.push({ from: `t${i - 30}`, to: `t${i}`, type: 'FF', lag: -2 });
    }
    const dir = mkdtempSync(join(tmpdir(), 'pmo-huge-'));
    try {
      const file = join(dir, 'huge.json');
      writeFileSync(file, JSON.stringify({ id: 'huge', name: 'Huge', projects: [{ id: 'p', name: 'P', start: '2026-01-05', tasks, dependencies: deps }] }));
      expect(statSync(file).size).toBeGreaterThan(100 * 1024 * 1024);
      const outFile = join(dir, 'out.json');
      const out = openSync(outFile, 'w');
      const r = spawnSync(process.execPath, [CLI, 'cpm', file, '--json'], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
      closeSync(out);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(statSync(outFile).size).toBeGreaterThan(100 * 1024 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
