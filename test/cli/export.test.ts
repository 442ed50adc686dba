/** `pmo export`: Mermaid Gantt charts (early or leveled) and flowcharts, Graphviz DOT, MSPDI. */
import { describe, expect, it } from 'vitest';
import { readMspdi } from '../../src/io/readMspdi.js';
import { chainPortfolio, tmpFile } from './fixtures.js';
import { runCli } from './run.js';

const CHAIN = tmpFile('chain.json', chainPortfolio());

function out(args: string[]): string {
  const r = runCli(['export', CHAIN, ...args]);
  expect([r.code, r.stderr]).toEqual([0, '']);
  return r.stdout;
}

describe('pmo export', () => {
  it('--to mermaid: the Gantt chart of one project on the early schedule, critical tasks tagged', () => {
    expect(out(['--to', 'mermaid', '--project', 'p2'])).toBe('gantt\n  title Two\n  dateFormat YYYY-MM-DD\n  section Two\n    Build :crit, t0, 2026-01-12, 2026-01-15\n');
    expect(out(['--to', 'mermaid', '--project', 'p3'])).toBe('gantt\n  title Three\n  dateFormat YYYY-MM-DD\n  section Three\n    Check :t0, 2026-01-12, 2026-01-14\n');
  });

  // The leveled plan can be drawn: Check waits for Build, which holds Ana on the 12th to the 14th.
  it('--to mermaid --leveled: the Gantt chart of the leveled plan', () => {
    expect(out(['--to', 'mermaid', '--project', 'p3', '--leveled', '--schedules', '30'])).toBe(
      'gantt\n  title Three\n  dateFormat YYYY-MM-DD\n  section Three\n    Check :t0, 2026-01-15, 2026-01-17\n',
    );
  });

  it('--chart flowchart and --to dot: the portfolio network, critical path highlighted', () => {
    const flow = out(['--to', 'mermaid', '--chart', 'flowchart']);
    expect(flow).toMatch(/^flowchart LR\n {2}subgraph p0\["One"\]/);
    expect(flow).toContain('  class n0,n1 critical\n  linkStyle 0 stroke:#c92a2a');
    const dot = out(['--to', 'dot']);
    expect(dot).toMatch(/^digraph "chain" \{/);
    expect(dot).toContain('"p1/a" -> "p2/b" [label="FS", style="dashed", color="#c92a2a", penwidth=2.5];');
    expect(out(['--to', 'dot', '--project', 'p2'])).toMatch(/^digraph "p2" \{/);
  });

  it('--to mspdi writes one project that reads back', () => {
    const xml = out(['--to', 'mspdi', '--project', 'p2']);
    const back = readMspdi(xml);
    expect(back.projects[0]!.tasks.map((t) => t.name)).toEqual(['Build']);
  });

  it('--json wraps the text with what was written', () => {
    const json = JSON.parse(out(['--to', 'mermaid', '--project', 'p3', '--json']));
    expect(json).toEqual({ to: 'mermaid', chart: 'gantt', projectId: 'p3', schedule: 'early', text: out(['--to', 'mermaid', '--project', 'p3']) });
    expect(JSON.parse(out(['--to', 'mspdi', '--project', 'p3', '--json']))).toMatchObject({ to: 'mspdi', chart: null, schedule: null });
  });

  it('exits 2 on options that do not fit', () => {
    const fail = (args: string[], message: string) => expect(runCli(['export', CHAIN, ...args])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining(message) });
    fail(['--to', 'mermaid'], 'holds 3 projects and a Gantt chart draws one project: name it with --project (p1, p2, p3)');
    fail(['--to', 'mspdi'], 'holds 3 projects and MSPDI holds one project');
    fail(['--to', 'dot', '--chart', 'gantt'], '--chart applies only to --to mermaid');
    fail(['--to', 'dot', '--leveled'], '--leveled applies only to Gantt charts');
    fail(['--to', 'svg'], '--to must be mermaid, dot or mspdi, got "svg"');
    fail(['--to', 'mermaid', '--project', 'p9'], 'has no project "p9"');
  });
});
