/**
 * The `--json` answers written in chunks: byte for byte `JSON.stringify(value, null, 2)` and a
 * newline, on random values (unicode, lone surrogates, control characters, -0, NaN, huge numbers,
 * toJSON, undefined), and `pmo cpm --json` written straight from the schedule equal to the object
 * it used to print. Issue 17: `pmo cpm --json` on 1M tasks crashed with "Invalid string length".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printJson, type CliIo } from '../../src/cli/io.js';
import { cpmJson, type CpmJsonOptions, type CpmRunResult } from '../../src/cli/output/cpmJson.js';
import { cpmJsonChunks } from '../../src/cli/output/cpmJsonChunks.js';
import { ChunkWriter, JSON_CHUNK_SIZE, writeJson } from '../../src/cli/output/jsonChunks.js';
import type { ScheduledTask } from '../../src/schedule/types.js';
import { tmpFile } from './fixtures.js';
import { runCli } from './run.js';

/** The chunks `write` hands on, with a small chunk size so that every test crosses chunks. */
function chunks(write: (w: ChunkWriter) => void, size = 7): string[] {
  const out: string[] = [];
  const w = new ChunkWriter((c) => out.push(c), size);
  write(w);
  w.end();
  return out;
}

const expected = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('', '"', '\\', '\u2028', '\ud800', '\udc00x', '\u0000\u001f', '__proto__', 'a\nb'));
const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 0, NaN, Infinity, -Infinity, 1e308, 5e-324, 2 ** 53 + 2, -1e21, 1e21));
const leaf = fc.oneof(text, number, fc.boolean(), fc.constant(null), fc.constant(undefined), fc.date({ noInvalidDate: true }));
const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 6 }),
  object: fc.dictionary(text, tie('value'), { maxKeys: 6 }),
})).value;

describe('writeJson', () => {
  it('writes JSON.stringify(value, null, 2) and a newline, for any JSON-like value (fast-check, seeded)', () => {
    fc.assert(
      fc.property(json, fc.integer({ min: 1, max: 64 }), fc.integer({ min: 0, max: 200 }), (value, size, pieceSize) => {
        const out = chunks((w) => writeJson(w, value, pieceSize), size);
        expect(out.join('')).toBe(expected(value));
        for (const c of out.slice(0, -1)) expect(c.length).toBeGreaterThanOrEqual(size);
      }),
      { seed: 17, numRuns: 400 },
    );
  });

  it('handles toJSON with its key, boxed primitives, functions and symbols as JSON.stringify does', () => {
    const keyed = { toJSON: (key: string) => `key:${key}` };
    const nested = { toJSON: () => ({ toJSON: () => 'not called', x: [keyed] }) };
    const value = {
      a: [keyed, () => 1, Symbol('s'), undefined, new Date(0)],
      b: { deep: { deeper: [keyed, { k: keyed }] } },
      c: nested,
      d: [nested],
      e: Object.assign(Object(1.5) as object),
      f: Object('s') as object,
      g: () => 1,
      h: undefined,
      [Symbol('x')]: 1,
      '2': 'integer keys first',
    };
    for (const pieceSize of [0, 40, 1 << 14]) {
      expect(chunks((w) => writeJson(w, value, pieceSize)).join('')).toBe(expected(value));
      expect(chunks((w) => writeJson(w, keyed, pieceSize)).join('')).toBe(expected(keyed));
    }
    expect(chunks((w) => writeJson(w, undefined)).join('')).toBe('undefined\n');
  });

  it('throws on a cycle and on a bigint, as JSON.stringify does', () => {
    const cyclic: Record<string, unknown> = { a: [] };
    (cyclic.a as unknown[]).push(cyclic);
    for (const pieceSize of [0, 1 << 14]) {
      expect(() => chunks((w) => writeJson(w, cyclic, pieceSize))).toThrow(TypeError);
      expect(() => chunks((w) => writeJson(w, { a: [1n] }, pieceSize))).toThrow(TypeError);
    }
  });

  it('a value too long for one string is written piece by piece (it was a RangeError)', () => {
    // A deep value whose JSON.stringify throws V8's RangeError (here: any holding "rows") is walked instead.
    let calls = 0;
    const tooLong = { toJSON: () => ({ rows: [{ a: 1 }, { b: [2] }] }) };
    const original = JSON.stringify;
    const spy = (value: unknown, ...rest: unknown[]): string => {
      if (typeof value === 'object' && value !== null && original(value).includes('"rows"')) {
        calls++;
        throw new RangeError('Invalid string length');
      }
      return (original as (...a: unknown[]) => string)(value, ...rest);
    };
    JSON.stringify = spy as typeof JSON.stringify;
    let out: string;
    try {
      out = chunks((w) => writeJson(w, { x: { y: [tooLong] } })).join('');
    } finally {
      JSON.stringify = original;
    }
    expect(calls).toBeGreaterThan(0);
    expect(out).toBe(expected({ x: { y: [{ rows: [{ a: 1 }, { b: [2] }] }] } }));
  });
});

describe('printJson', () => {
  it('hands a long answer to io.out in chunks, in order, that add up to the old single string', () => {
    const outs: string[] = [];
    const io: CliIo = { out: (t) => outs.push(t), err: () => undefined, readText: () => '' };
    const value = { tasks: Array.from({ length: 20_000 }, (_, i) => ({ id: `t${i}`, name: `Tâsk "${i}" \u2028`, n: i % 7 === 0 ? -0 : i / 3 })) };
    printJson(io, value);
    expect(outs.length).toBeGreaterThan(1);
    for (const c of outs.slice(0, -1)) expect(c.length).toBeGreaterThanOrEqual(JSON_CHUNK_SIZE);
    expect(outs.join('')).toBe(expected(value));
  });
});

/** A random scheduled task, with the fields cpmJson reads (progress fields sometimes). */
const task: fc.Arbitrary<ScheduledTask> = fc
  .record({
    id: text,
    projectId: text,
    key: text,
    name: text,
    duration: number,
    earlyStart: number,
    earlyFinish: number,
    lateStart: number,
    lateFinish: number,
    earlyStartDate: text,
    earlyFinishDate: text,
    lateStartDate: text,
    lateFinishDate: text,
    totalFloat: number,
    freeFloat: number,
    critical: fc.boolean(),
    summary: fc.boolean(),
    milestone: fc.boolean(),
    nearCritical: fc.boolean(),
    drivingPredecessors: fc.array(text, { maxLength: 3 }),
    progress: fc.option(
      fc.record(
        {
          progress: fc.constantFrom('not-started', 'in-progress', 'complete'),
          percentComplete: number,
          remainingDuration: number,
          baselineStartDate: fc.option(text),
          baselineFinishDate: fc.option(text),
          startVariance: fc.option(number),
          finishVariance: fc.option(number),
        },
        { requiredKeys: ['progress'] },
      ),
      { nil: undefined },
    ),
  })
  .map(({ progress, ...t }) => ({ ...t, start: t.earlyStart, finish: t.earlyFinish, startDate: t.earlyStartDate, finishDate: t.earlyFinishDate, ...(progress ?? {}) }) as unknown as ScheduledTask);

const run: fc.Arbitrary<CpmRunResult> = fc
  .record({
    duration: number,
    startDate: text,
    finishDate: text,
    calendarId: text,
    tasks: fc.array(task, { maxLength: 8 }),
    criticalPaths: fc.array(fc.array(text, { maxLength: 4 }), { maxLength: 3 }),
    criticalPathsTruncated: fc.boolean(),
    warnings: fc.array(text, { maxLength: 2 }),
    progress: fc.option(
      fc.record({
        statusDate: fc.option(text),
        projects: fc.array(
          fc.record({ id: text, name: text, start: number, finish: number, duration: number, startDate: text, finishDate: text, critical: fc.boolean(), statusDate: fc.option(text), baselineId: fc.option(text), baselineStartDate: fc.option(text), baselineFinishDate: fc.option(text), finishVariance: fc.option(number) }),
          { maxLength: 2 },
        ),
      }),
      { nil: undefined },
    ),
  })
  .map(({ progress, ...r }) => ({ ...r, ...(progress ?? {}) }) as CpmRunResult);

describe('cpmJsonChunks', () => {
  it('writes JSON.stringify(cpmJson(s), null, 2) and a newline, for random schedules (fast-check, seeded)', () => {
    const options = fc.record({ periods: fc.boolean(), job: fc.boolean() }).map(({ periods, job }): CpmJsonOptions => (job ? { periods, taskName: (t) => `job ${t.id}` } : { periods }));
    fc.assert(
      fc.property(run, options, (s, o) => {
        const whole: string[] = [];
        cpmJsonChunks(s, o, (c) => whole.push(c));
        expect(whole.join('')).toBe(expected(cpmJson(s, o)));
      }),
      { seed: 1717, numRuns: 300 },
    );
  });

  it('hands a large answer on in several chunks (a schedule of 5,000 tasks)', () => {
    const t0 = fc.sample(task, { numRuns: 1, seed: 3 })[0]!;
    const tasks = Array.from({ length: 5000 }, (_, i) => ({ ...t0, id: `t${i}`, key: `p/t${i}` }));
    const s: CpmRunResult = { duration: 3, startDate: 'a', finishDate: 'b', calendarId: 'c', tasks, criticalPaths: [tasks.map((t) => t.id)], criticalPathsTruncated: false, warnings: ['w'] };
    const out: string[] = [];
    cpmJsonChunks(s, { periods: false }, (c) => out.push(c));
    expect(out.length).toBeGreaterThan(1);
    expect(out.join('')).toBe(expected(cpmJson(s, { periods: false })));
  });
});

describe('a --json answer longer than the longest string (regression: pmo cpm --json on 1M tasks, "Invalid string length")', () => {
  /** A one-project chain of `n` tasks with odd names. */
  function chain(n: number) {
    const tasks = Array.from({ length: n }, (_, i) => ({ id: `t${i}`, name: `Tâche "${i}"\t\u2028`, duration: 1 + (i % 5), estimate: { optimistic: 1, mostLikely: 1 + (i % 5), pessimistic: 9 } }));
    const dependencies = tasks.slice(1).map((t, i) => ({ from: `t${i}`, to: t.id }));
    return { id: 'big', name: 'Big', projects: [{ id: 'p', name: 'P', start: '2026-01-05', tasks, dependencies }] };
  }
  const file = tmpFile('long-answer.json', chain(3000));

  /** Runs the CLI while JSON.stringify fails, as V8 does beyond 2^29 - 24 characters, on any string over `limit`. */
  function withStringLimit(limit: number, argv: string[]) {
    const original = JSON.stringify;
    JSON.stringify = ((...args: Parameters<typeof JSON.stringify>) => {
      const text = original(...args);
      if (text !== undefined && text.length > limit) throw new RangeError('Invalid string length');
      return text;
    }) as typeof JSON.stringify;
    try {
      return runCli(argv);
    } finally {
      JSON.stringify = original;
    }
  }

  it.each([
    [['cpm', file, '--json']],
    [['level', file, '--json', '--schedules', '2']],
    [['simulate', file, '--iterations', '20', '--json']],
  ])('pmo %j prints it in chunks, the same bytes as without the limit', (argv) => {
    const free = runCli(argv);
    expect(free.code).toBe(0);
    expect(free.stdout.length).toBeGreaterThan(200_000);
    const limited = withStringLimit(100_000, argv);
    expect(limited.stderr).toBe('');
    expect(limited.code).toBe(0);
    expect(limited.stdout).toBe(free.stdout);
  });
});
