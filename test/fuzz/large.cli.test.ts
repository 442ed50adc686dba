/**
 * Every `pmo` command on a large portfolio (the sample portfolio with one project grown to 150,000
 * tasks and as many links, its risks to 20,000): an answer or a clear exit 2, never an internal
 * error. Spreading a list of that size into a call's arguments (`Math.max(...widths)`) overflows
 * the stack; this sweep found such crashes in `pmo cpm` (text), `pmo export` and `pmo report`.
 * Long (a minute or two), so it runs with `npm run fuzz` only; the functions behind each crash
 * have fast regression tests of their own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { LONG_RUN } from './support.js';

const CLI = join(ROOT, 'dist/cli/index.js');
const run = LONG_RUN && existsSync(CLI);
if (!LONG_RUN) console.warn('[tests] skipped: every command on a 150,000-task portfolio (test/fuzz/large.cli.test.ts) runs with npm run fuzz');

type Obj = Record<string, unknown>;

/** The sample portfolio, its project `wms` repeated until it has `n` tasks, its risks until there are `r`. */
function largePortfolio(n: number, r: number): Obj {
  const p = JSON.parse(readFileSync(join(ROOT, 'examples/data/sample-portfolio.json'), 'utf8')) as Obj;
  const projects = p.projects as Obj[];
  const wms = projects.find((x) => x.id === 'wms')!;
  const base = wms.tasks as Obj[];
  const baseDeps = (wms.dependencies ?? []) as Obj[];
  const tasks: Obj[] = [...base];
  const deps: Obj[] = [...baseDeps];
  const last = base[base.length - 1]!.id as string;
  for (let k = 1; tasks.length + base.length <= n; k++) {
    const s = (id: unknown): string => `${String(id)}~${k}`;
    for (const t of base) tasks.push({ ...t, id: s(t.id), ...(t.parentId === undefined ? {} : { parentId: s(t.parentId) }) });
    for (const d of baseDeps) deps.push({ ...d, from: s(d.from), to: s(d.to) });
    deps.push({ from: k === 1 ? last : `${last}~${k - 1}`, to: s(last), type: 'SS', lag: 1 });
  }
  wms.tasks = tasks;
  wms.dependencies = deps;
  const risks = p.risks as Obj[];
  const more: Obj[] = [];
  for (let k = 0; risks.length + more.length < r; k++) for (const x of risks) more.push({ ...x, id: `${String(x.id)}~${k}` });
  p.risks = [...risks, ...more].slice(0, r);
  return p;
}

describe('every pmo command on a 150,000-task portfolio', () => {
  let dir = '';
  let file = '';
  beforeAll(() => {
    if (!run) return;
    dir = mkdtempSync(join(tmpdir(), 'pmo-large-'));
    file = join(dir, 'large.json');
    writeFileSync(file, JSON.stringify(largePortfolio(150_000, 20_000)));
  });
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  const commands: string[][] = [
    ['validate'],
    ['cpm'],
    ['cpm', '--json'],
    ['cpm', '--status-date', '2026-05-01'],
    ['deps'],
    ['impact', '--project', 'wms', '--task', 'wms-req', '--days', '5'],
    ['level', '--schedules', '3'],
    ['load', '--by', 'month'],
    ['evm', '--status-date', '2026-05-01'],
    ['evm', '--status-date', '2026-05-01', '--by', 'day', '--json'],
    ['risks'],
    ['risks', '--json'],
    ['simulate', '--iterations', '20'],
    ['health', '--status-date', '2026-05-01'],
    ['kpis', '--status-date', '2026-05-01'],
    ['governance', '--status-date', '2026-05-01'],
    ['lessons'],
    ['export', '--to', 'mermaid', '--project', 'wms'],
    ['export', '--to', 'mermaid', '--chart', 'flowchart'],
    ['export', '--to', 'dot'],
    ['export', '--to', 'mspdi', '--project', 'wms'],
    ['allocate'],
    ['select', '--budget', '1000000'],
    ['prioritize'],
    ['report', '--schedules', '3', '--iterations', '20', '-o', 'REPORT'],
  ];
  it.skipIf(!run).each(commands.map((c) => [c.join(' '), c] as const))('pmo %s', (_, args) => {
    const argv = args.map((a) => (a === 'REPORT' ? join(dir, 'report') : a));
    const r = spawnSync(process.execPath, [CLI, argv[0]!, file, ...argv.slice(1)], { encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack|Invalid string length/);
    expect([0, 2]).toContain(r.status);
    if (r.status === 2) expect(r.stderr).toMatch(/^pmo /);
  }, 300_000);
});
