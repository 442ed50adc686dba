/** The dispatcher, the help generated from the registry, and the shared option parsers. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { COMMANDS } from '../../src/cli/registry.js';
import { ROOT } from '../helpers.js';
import { chainPortfolio, tmpFile } from './fixtures.js';
import { runCli, runCliAsync } from './run.js';

const SAMPLE = `${ROOT}examples/data/sample-portfolio.json`;
const CHAIN = tmpFile('chain.json', chainPortfolio());

describe('pmo <command> --help', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s --help and -h print its usage, options and an example, exit 0', (name, spec) => {
    for (const flag of ['--help', '-h']) {
      const r = runCli([name, flag]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toContain(`Usage:\n  pmo ${name} ${spec.usage}`.trimEnd());
      expect(r.stdout).toContain('Options:');
      for (const option of Object.keys(spec.flags)) expect(r.stdout).toContain(`--${option}`);
      expect(r.stdout).toContain('-h, --help');
      expect(r.stdout).toMatch(new RegExp(`Examples:\\n {2}pmo ${name}\\b`));
      expect(runCli(['help', name]).stdout).toBe(r.stdout);
    }
  });

  it('--help wins over other arguments, even bad ones', () => {
    expect(runCli(['cpm', '--bogus', '--help'])).toMatchObject({ code: 0, stderr: '' });
    expect(runCli(['level', 'a', 'b', '-h']).code).toBe(0);
    // after "--", --help is a file name
    expect(runCli(['cpm', '--', '--help']).stderr).toContain('cannot read --help');
  });

  it('every example whose files are in the repository runs with exit 0', async () => {
    let ran = 0;
    for (const spec of COMMANDS) {
      for (const e of spec.examples) {
        if (/[|>]/.test(e.command)) continue;
        const args = e.command.split(/\s+/).slice(1);
        const files = args.filter((a) => /\.(json|xml|sm|rcmp|csv)$/.test(a));
        if (!files.every((f) => existsSync(`${ROOT}${f}`))) continue;
        const r = await runCliAsync(args.map((a) => (files.includes(a) ? `${ROOT}${a}` : a)));
        expect([e.command, r.code]).toEqual([e.command, 0]);
        ran++;
      }
    }
    expect(ran).toBeGreaterThanOrEqual(8);
  });
});

describe('pmo --help', () => {
  it('lists every command of the registry with its summary', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    for (const c of COMMANDS) expect(r.stdout).toContain(`  ${c.name.padEnd(width)}  ${c.summary}`);
    expect(r.stdout).toContain('Exit codes: 0 success; 1 a --fail-on condition was found');
    expect(runCli(['help']).stdout).toBe(r.stdout);
    expect(runCli(['-h']).stdout).toBe(r.stdout);
  });

  it('without a command prints the help on standard error and exits 2', () => {
    const r = runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Commands:');
  });

  it('an unknown command or help topic exits 2', () => {
    expect(runCli(['frobnicate'])).toMatchObject({ code: 2, stderr: 'pmo: unknown command "frobnicate"; run "pmo --help" for the commands\n' });
    expect(runCli(['help', 'frobnicate']).code).toBe(2);
  });
});

describe('exit codes', () => {
  it('an internal error exits 1 with its stack, naming the command', () => {
    let stderr = '';
    const code = main(['schema', 'portfolio'], {
      out: () => {
        throw new TypeError('boom');
      },
      err: (t) => (stderr += t),
      readText: () => '',
      writeText: () => {},
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^pmo schema: internal error: TypeError: boom\n {4}at /);
  });
});

describe('usage errors exit 2 with a clear message', () => {
  it('unknown options, missing values, values given to switches', () => {
    expect(runCli(['cpm', SAMPLE, '--bogus'])).toMatchObject({ code: 2, stderr: 'pmo cpm: unknown option "--bogus"; run "pmo cpm --help" for its options\n' });
    expect(runCli(['cpm', SAMPLE, '-x']).stderr).toContain('unknown option "-x"');
    expect(runCli(['level', SAMPLE, '--schedules'])).toMatchObject({ code: 2, stderr: 'pmo level: --schedules needs a value; run "pmo level --help" for its options\n' });
    expect(runCli(['level', SAMPLE, '--schedules', '--json']).stderr).toContain('pmo level: --schedules needs a value');
    expect(runCli(['cpm', SAMPLE, '--json=yes'])).toMatchObject({ code: 2, stderr: expect.stringContaining('pmo cpm: --json takes no value') });
  });

  it('a wrong number of arguments names the usage', () => {
    expect(runCli(['cpm'])).toMatchObject({ code: 2, stderr: expect.stringContaining('pmo cpm: expected one file (or - for standard input), got none; usage: pmo cpm <file|->') });
    expect(runCli(['cpm', 'a', 'b']).stderr).toContain('got "a", "b"');
    expect(runCli(['demo', 'x']).stderr).toContain('pmo demo: expected no arguments, got "x"');
    expect(runCli(['org', 'a', 'b']).stderr).toContain('pmo org: expected at most one organization structure');
  });

  // Before: `--schedules -5` said "Option '--schedules' argument is ambiguous. Did you forget to specify…".
  it.each([
    [['level', SAMPLE, '--schedules', '-5'], 'pmo level: --schedules must be a positive integer up to 1000000000, got "-5"'],
    [['level', SAMPLE, '--schedules', '0'], 'pmo level: --schedules must be a positive integer up to 1000000000, got "0"'],
    [['level', SAMPLE, '--schedules', '2.5'], 'pmo level: --schedules must be a positive integer up to 1000000000, got "2.5"'],
    [['level', SAMPLE, '--seed', 'x'], 'pmo level: --seed must be an integer, got "x"'],
    [['load', CHAIN, '--leveled', '--schedules', '-5'], 'pmo load: --schedules must be a positive integer up to 1000000000, got "-5"'],
    [['export', CHAIN, '--to', 'mermaid', '--project', 'p1', '--leveled', '--schedules=-1'], 'pmo export: --schedules must be a positive integer up to 1000000000, got "-1"'],
    [['deps', CHAIN, '--min-projects', '-1'], 'pmo deps: --min-projects must be an integer >= 0, got "-1"'],
    [['deps', CHAIN, '--days', '-2'], 'pmo deps: --days must be a number >= 0, got "-2"'],
    [['deps', CHAIN, '--max-float', 'lots'], 'pmo deps: --max-float must be a number, got "lots"'],
    [['deps', CHAIN, '--start', '2026-1-5'], 'pmo deps: --start must be a date as YYYY-MM-DD, got "2026-1-5"'],
    [['deps', CHAIN, '--start', '2026-02-30'], 'pmo deps: --start must be a date that exists, got "2026-02-30"'],
    [['impact', CHAIN, '--project', 'p1', '--task', 'a', '--days', '-3'], 'pmo impact: --days must be a number >= 0, got "-3"'],
    [['impact', CHAIN, '--project', 'p1', '--task', 'a', '--days', ''], 'pmo impact: --days must be a number >= 0, got ""'],
    [['load', CHAIN, '--by', 'year'], 'pmo load: --by must be day, week or month, got "year"'],
    [['cpm', CHAIN, '--fail-on', 'late,nope'], 'pmo cpm: --fail-on must be a comma-separated list of late, got "late,nope"'],
  ])('%j', (args, message) => {
    const r = runCli(args);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `${message}\n`]);
  });

  it('a negative number is a value where one is allowed (--seed -5)', () => {
    expect(runCli(['level', SAMPLE, '--schedules', '20', '--seed', '-5', '--json']).code).toBe(0);
    expect(runCli(['deps', CHAIN, '--max-float', '-1', '--json']).code).toBe(0);
  });

  it('leveling options without --leveled, and options that do not apply, exit 2', () => {
    expect(runCli(['load', CHAIN, '--schedules', '5'])).toMatchObject({ code: 2, stderr: 'pmo load: --schedules applies only with --leveled\n' });
    expect(runCli(['impact', CHAIN, '--task', 'a', '--days', '1'])).toMatchObject({ code: 2, stderr: expect.stringContaining('pmo impact: --project P is required') });
    expect(runCli(['export', CHAIN])).toMatchObject({ code: 2, stderr: expect.stringContaining('pmo export: --to mermaid|dot|mspdi is required') });
  });
});
