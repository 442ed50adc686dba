/**
 * Hostile input to every `pmo` command, run in-process: malformed portfolio JSON (structural
 * mutations and text damage), damaged MS Project, PSPLIB and MPLIB files, and hostile option
 * values. The exit code is 0, 1 only for a `--fail-on` condition, or 2 with a message on standard
 * error; never "internal error".
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/registry.js';
import { runCliAsync } from '../cli/run.js';
import { ALLOCATION, CSV_FILES, MSPDI_TEXT, PRIORITIZATION, PSPLIB_TEXT, RCMP_TEXT, SAMPLE, SAMPLE_RAW, SELECTION } from './inputs.js';
import { HOSTILE, mutate, mutationsArb, prototypeSnapshot, runs } from './support.js';

let before = '';
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expect(prototypeSnapshot()).toBe(before);
});

/** The arguments of each command after its input file; `--fail-on` where the command has one. */
const ARGS: Record<string, readonly string[]> = {
  demo: [],
  validate: ['--json'],
  import: ['--json'],
  schema: [],
  org: ['--json'],
  cpm: ['--json', '--fail-on', 'late'],
  deps: ['--json', '--fail-on', 'critical,spof'],
  impact: ['--project', 'wms', '--task', 'wms-design', '--days', '3', '--json', '--fail-on', 'missed,finish'],
  level: ['--schedules', '20', '--json', '--fail-on', 'late'],
  load: ['--by', 'month', '--json', '--fail-on', 'overallocation'],
  evm: ['--by', 'week', '--json'],
  risks: ['--today', '2026-04-30', '--json', '--fail-on', 'high,overdue,stale,response'],
  health: ['--json'],
  kpis: ['--json'],
  governance: ['--json', '--fail-on', 'error'],
  maturity: ['--json'],
  lessons: ['--for', 'tel', '--json'],
  export: ['--to', 'mermaid', '--chart', 'flowchart'],
  allocate: ['--time-limit', '2', '--json'],
  select: ['--time-limit', '2', '--json'],
  prioritize: ['--json'],
  report: ['--schedules', '20', '-o', 'fuzz-report', '--json'],
  simulate: ['--iterations', '50', '--seed', '3', '--distribution', 'triangular', '--date', '2026-12-18', '--confidence', '0.8', '--json'],
};

/** Valid input text of each command. */
function inputOf(command: string): unknown {
  if (command === 'maturity') return SAMPLE_RAW.maturityAssessment;
  return SAMPLE;
}

const OTHER_FILES: Record<string, string> = { mspdi: MSPDI_TEXT, psplib: PSPLIB_TEXT, rcmp: RCMP_TEXT };
const PROBLEMS: Record<string, unknown> = { allocate: ALLOCATION, select: SELECTION, prioritize: PRIORITIZATION };
const OPTION_VALUES = HOSTILE.filter((v): v is string => typeof v === 'string' && v.length < 100);

/** One run: the input text and argv changes. */
const caseArb = fc.record({
  source: fc.constantFrom('mutated', 'mutated', 'text', 'other', 'problem'),
  mutations: mutationsArb(3),
  cutAt: fc.nat(),
  insert: fc.constantFrom('', '{', ']', '"', ',', 'null', '\u0000', '{"__proto__":{"polluted":1}}', '1e999'),
  other: fc.constantFrom('mspdi', 'psplib', 'rcmp'),
  option: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.constantFrom(...OPTION_VALUES)) }),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function textOf(command: string, c: Case): string {
  if (c.source === 'other') {
    const t = OTHER_FILES[c.other]!;
    const at = c.cutAt % t.length;
    return t.slice(0, at) + c.insert + t.slice(at + (c.cutAt % 7));
  }
  const base = c.source === 'problem' && command in PROBLEMS ? PROBLEMS[command] : inputOf(command);
  if (c.source === 'text') {
    const t = JSON.stringify(base);
    const at = c.cutAt % t.length;
    return t.slice(0, at) + c.insert + t.slice(at + (c.cutAt % 5));
  }
  const v = mutate(structuredClone(base), c.mutations);
  try {
    return JSON.stringify(v) ?? 'undefined';
  } catch {
    return String(c.insert);
  }
}

describe('every command on hostile input exits 0, 1 (--fail-on) or 2 with a message', () => {
  it('the suite covers every command', () => {
    expect(COMMANDS.map((c) => c.name).filter((n) => !(n in ARGS))).toEqual([]);
  });

  for (const spec of COMMANDS) {
    const name = spec.name;
    const heavy = ['level', 'report', 'allocate', 'select', 'demo'].includes(name);
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(caseArb, async (c) => {
          const args = [...ARGS[name]!];
          if (c.option !== undefined && args.length > 0) {
            // Replace one option value (or add a hostile positional) to test the argument checks too.
            const i = c.option[0] % (args.length + 1);
            if (i < args.length && !args[i]!.startsWith('-')) args[i] = c.option[1];
            else args.push(c.option[1]);
          }
          let argv: string[];
          let stdin = '';
          if (name === 'demo' || name === 'org') argv = [name, ...args];
          else if (name === 'schema') argv = [name, c.option?.[1] ?? 'portfolio'];
          else if (name === 'import') {
            const f = CSV_FILES[c.cutAt % CSV_FILES.length]!;
            const at = c.cutAt % f.text.length;
            stdin = f.text.slice(0, at) + c.insert + f.text.slice(at);
            const others = CSV_FILES.filter((g) => g !== f).map((g) => `examples/data/csv/${g.name}`);
            argv = [name, `${f.name.replace('.csv', '')}=-`, ...others, ...args];
          } else {
            stdin = textOf(name, c);
            argv = [name, '-', ...args];
          }
          const r = await runCliAsync(argv, stdin);
          if (process.env.FUZZ_DEBUG) console.log(`${name} ${r.code} ${r.stderr.slice(0, 100).replace(/\n/g, " ")}`);
          const where = `pmo ${argv.join(' ')}`;
          expect(r.stderr, where).not.toContain('internal error');
          expect([0, 1, 2], `${where}: exit ${r.code}\n${r.stderr}`).toContain(r.code);
          if (r.code === 1) expect(argv, `${where}: exit 1 without --fail-on\n${r.stderr}`).toContain('--fail-on');
          // Exit 2 names the problem: on standard error, or in the JSON answer of --json.
          if (r.code === 2) expect((r.stderr + r.stdout).trim().length, `${where}: exit 2 without a message`).toBeGreaterThan(0);
        }),
        { numRuns: runs(heavy ? (name === 'demo' ? 2 : 6) : 15) },
      );
    });
  }
});
