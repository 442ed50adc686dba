/** `pmo report` and the report of `pmo demo`: files written (kept in memory by the test runner), formats, errors. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { chainPortfolio, tmpFile } from './fixtures.js';
import { runCli } from './run.js';

const SAMPLE = `${ROOT}examples/data/sample-portfolio.json`;
const CHAIN = tmpFile('chain.json', chainPortfolio());
const FAST = ['--schedules', '50'];

describe('pmo report', () => {
  it('writes one self-contained HTML page into -o DIR', () => {
    const r = runCli(['report', SAMPLE, '-o', 'out', ...FAST]);
    expect([r.code, r.stderr.replace(/pmo report: .*warning: leveling: .*\n/g, '')]).toEqual([0, '']);
    expect([...r.files.keys()]).toEqual(['out/report.html']);
    const html = r.files.get('out/report.html')!;
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html.match(/<svg /g)).toHaveLength(18);
    expect(html).toContain('pmo-chart-histogram');
    expect(r.stdout).toBe('out/report.html: 12 sections, 18 charts (inline)\n');
  });

  it('writes Markdown and one SVG file per chart with --format md, in Chinese with --lang zh', () => {
    const r = runCli(['report', CHAIN, '-o', 'md', '--format', 'md', '--lang', 'zh', ...FAST]);
    expect(r.code).toBe(0);
    const names = [...r.files.keys()];
    expect(names[0]).toBe('md/report.md');
    expect(names.slice(1).every((n) => /^md\/[a-z0-9-]+\.svg$/.test(n))).toBe(true);
    const md = r.files.get('md/report.md')!;
    for (const n of names.slice(1)) expect(md).toContain(`](${n.slice(3)})`);
    expect(md).toContain('## 进度计划与关键路径');
  });

  it('writes into pmo-report by default, reads standard input, and prints JSON with --json', () => {
    const r = runCli(['report', '-', '--json', ...FAST], readFileSync(CHAIN, 'utf8'));
    expect(r.code).toBe(0);
    expect([...r.files.keys()]).toEqual(['pmo-report/report.html']);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ format: 'html', dir: 'pmo-report', files: ['pmo-report/report.html'], statusDate: null });
    expect(j.sections).toEqual(['summary', 'organization', 'schedule', 'dependencies', 'resources', 'portfolio', 'governance']);
    expect(j.notCovered.length).toBeGreaterThan(0);
  });

  it('exits 2 with a clear message on bad usage or input', () => {
    expect(runCli(['report', SAMPLE, '--format', 'pdf'])).toMatchObject({ code: 2, stderr: 'pmo report: --format must be html or md, got "pdf"\n' });
    expect(runCli(['report', 'nope.json']).stderr).toBe('pmo report: cannot read nope.json: no such file\n');
    const sm = runCli(['report', '-'], 'PRECEDENCE RELATIONS:\nREQUESTS/DURATIONS:\n');
    expect(sm).toMatchObject({ code: 2, stderr: 'pmo report: standard input is a PSPLIB .sm file; this command reads a portfolio JSON or an MS Project XML (MSPDI) files\n' });
    // --format names the output here: the message does not suggest it for the input
    expect(runCli(['report', '-'], 'hello').stderr).toBe('pmo report: cannot tell the format of standard input: expected a portfolio JSON or an MS Project XML (MSPDI) file\n');
    expect(runCli(['report', SAMPLE, '-o', '']).stderr).toBe('pmo report: -o must name a folder, got ""\n');
    expect(runCli(['report', SAMPLE, '--schedules', '0']).code).toBe(2);
  });
});

describe('pmo demo writes the report of the sample after its tour', () => {
  it('into pmo-report/report.html by default, and prints where', () => {
    const r = runCli(['demo']);
    expect(r.code).toBe(0);
    expect([...r.files.keys()]).toEqual(['pmo-report/report.html']);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Report of the sample (open it in a browser): pmo-report/report.html');
    expect(r.files.get('pmo-report/report.html')).toContain('Northwind Logistics');
  });

  it('is the report pmo report writes of the sample with the same leveling: the analyses the demo hands over are the report’s own', () => {
    const demo = runCli(['demo']).files.get('pmo-report/report.html')!;
    const report = runCli(['report', SAMPLE, '--schedules', '1000', '--seed', '1']).files.get('pmo-report/report.html')!;
    expect(demo).toBe(report);
    for (const id of ['health', 'kpis', 'governance', 'maturity']) expect(demo).toContain(`id="${id}"`);
  });

  it('into --report DIR, in the language of the tour, or not at all with --no-report', () => {
    const zh = runCli(['demo', '--lang', 'zh', '--report', 'x']);
    expect([...zh.files.keys()]).toEqual(['x/report.html']);
    expect(zh.files.get('x/report.html')).toContain('<html lang="zh-CN">');
    const none = runCli(['demo', '--no-report']);
    expect(none.files.size).toBe(0);
    expect(none.stdout).not.toContain('pmo-report');
    expect(runCli(['demo', '--report', 'x', '--no-report'])).toMatchObject({ code: 2, stderr: 'pmo demo: give --report DIR or --no-report, not both\n' });
  });
});
