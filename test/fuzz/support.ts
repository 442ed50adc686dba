/**
 * The fuzz suite's shared parts: run sizes, hostile values, mutations of valid inputs, and the
 * outcome check (a result or a PmoError, nothing else).
 *
 * Sizes: `FUZZ_RUNS` (default 3, about a minute in `npm test` on a loaded 2-core machine)
 * multiplies every property's number of runs; `npm run fuzz` sets it to 30. The seed is the suite's global one (test/setup.ts, `FC_SEED`); a failure prints its
 * seed and path, which replay it.
 */
import fc from 'fast-check';
import { PmoError } from '../../src/errors.js';

/** Multiplier of every property's runs (env `FUZZ_RUNS`). */
export const FUZZ_SCALE = Math.max(1, Number(process.env.FUZZ_RUNS ?? 3) || 3);

/** Whether this is the long run of `npm run fuzz` (more than the default size). */
export const LONG_RUN = FUZZ_SCALE > 3;

/** Number of runs for a property of base size `n`. */
export function runs(n: number): number {
  return Math.max(1, Math.round(n * FUZZ_SCALE));
}

/** Nested arrays `depth` deep (JSON that recursive readers choke on). */
export function deepArray(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return named(v, `deepArray(${depth})`);
}

/** Gives a value a short name in fast-check's reports (a deep value would overflow its printer). */
function named<T>(v: T, name: string): T {
  Object.defineProperty(v, fc.toStringMethod, { value: () => name, enumerable: false });
  return v;
}

/** Nested objects `depth` deep. */
export function deepObject(depth: number): unknown {
  let v: unknown = {};
  for (let i = 0; i < depth; i++) v = { id: `d${i}`, tasks: v };
  return named(v, `deepObject(${depth})`);
}

/** Ids that are names of Object.prototype's properties. */
export const PROTO_IDS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'] as const;

/** Dates that do not exist or lie at the ends of the range. */
export const BAD_DATES = ['2025-02-30', '0000-01-01', '9999-12-31', '2026-13-01', '2026-00-10', '2026-1-5', '2026-01-05T25:00', '+275760-09-13', '2024-02-29'] as const;

/** Values of the wrong kind, out of range or adversarial. */
export const HOSTILE: readonly unknown[] = [
  undefined,
  null,
  Number.NaN,
  Infinity,
  -Infinity,
  -0,
  -1,
  0,
  0.1,
  1e-320,
  2 ** 31,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  '',
  ' ',
  'x'.repeat(20_000),
  '日本語のタスク',
  '😀‍👩‍💻',
  '\u0000\u0007\u001b[31m\r\n',
  '\uD800',
  '<script>&amp;</script>"\'',
  ...PROTO_IDS,
  ...BAD_DATES,
  '1e999',
  'NaN',
  true,
  false,
  {},
  [],
  [null],
  [[[]]],
  { id: 'x' },
  { id: '__proto__' },
  'FS',
  'FF',
  'ALAP',
  'MSO',
  () => 1,
  Symbol('s'),
  10n,
  new Date(0),
  new Map([['a', 1]]),
  Object.create(null) as unknown,
];

/** A hostile value: one of {@link HOSTILE}, an object with an own `__proto__` key, deep nesting, or anything fast-check makes. */
export const hostileArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.constant(null).map(() => JSON.parse('{"__proto__": {"polluted": "yes"}, "id": "__proto__", "constructor": {"prototype": {"polluted": "yes"}}}') as unknown) },
  { weight: 1, arbitrary: fc.constantFrom(3_000, 20_000).map((d) => deepArray(d)) },
  { weight: 1, arbitrary: fc.constant(null).map(() => deepObject(2_000)) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double() },
);

type Key = string | number;

/** Every path to a value inside plain objects and arrays of `v` (the root included). */
export function paths(v: unknown, prefix: Key[] = [], out: Key[][] = [], depth = 0): Key[][] {
  out.push(prefix);
  if (depth > 40) return out;
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out, depth + 1));
  else if (isPlain(v)) for (const k of Object.keys(v)) paths((v as Record<string, unknown>)[k], [...prefix, k], out, depth + 1);
  return out;
}

function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const p = Object.getPrototypeOf(v) as unknown;
  return p === Object.prototype || p === null;
}

/** One change to a valid input. */
export interface Mutation {
  readonly at: number;
  readonly op: 'set' | 'delete' | 'dup' | 'id' | 'dangling' | 'cycle' | 'lag' | 'date' | 'swap';
  readonly value: unknown;
  readonly pick: number;
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('set', 'set', 'set', 'delete', 'dup', 'id', 'dangling', 'cycle', 'lag', 'date', 'swap') as fc.Arbitrary<Mutation['op']>,
  value: hostileArb,
  pick: fc.nat(),
});

/** One to `max` mutations. */
export function mutationsArb(max = 3): fc.Arbitrary<Mutation[]> {
  return fc.array(mutationArb, { minLength: 1, maxLength: max });
}

const ID_KEY = /^(id|.*Id|from|to|.*Ids|fromProject|toProject|resource|project|calendar)$/;
const LINK_LISTS = new Set(['dependencies', 'crossDependencies', 'links', 'precedences']);

/**
 * Applies the mutations to `root` (mutated in place; pass a fresh value) and returns the new root:
 * a value set to a hostile one, a field deleted, an array element duplicated (duplicate ids), an
 * id-like field renamed to a name of Object.prototype or to an unknown id (dangling reference), a
 * link reversed (a cycle), a lag made more negative than any duration, a date made impossible,
 * two values swapped.
 */
export function mutate(root: unknown, ms: readonly Mutation[]): unknown {
  for (const m of ms) {
    const all = paths(root);
    const path = all[m.at % all.length]!;
    if (path.length === 0) {
      if (m.op === 'set') root = m.value;
      continue;
    }
    const parent = at(root, path.slice(0, -1)) as Record<Key, unknown>;
    const key = path[path.length - 1]!;
    const cur = parent[key];
    switch (m.op) {
      case 'set':
        parent[key] = m.value;
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case 'dup':
        if (Array.isArray(parent)) parent.splice(key as number, 0, structuredCloneSafe(cur));
        else parent[key] = structuredCloneSafe(cur);
        break;
      case 'id': {
        const target = idField(root, m.pick);
        if (target) target[0][target[1]] = PROTO_IDS[m.pick % PROTO_IDS.length];
        break;
      }
      case 'dangling': {
        const target = idField(root, m.pick);
        if (target) target[0][target[1]] = 'no-such-id';
        break;
      }
      case 'cycle': {
        const list = linkList(root, m.pick);
        if (list && list.length > 0) {
          const l = list[m.pick % list.length] as Record<string, unknown>;
          if (isPlain(l)) list.push({ ...l, from: l.to, to: l.from, fromProject: l.toProject, toProject: l.fromProject });
        }
        break;
      }
      case 'lag': {
        const list = linkList(root, m.pick);
        if (list && list.length > 0) {
          const l = list[m.pick % list.length];
          if (isPlain(l)) l.lag = -[1000, 1e9, 1e300][m.pick % 3]!;
        }
        break;
      }
      case 'date':
        if (typeof cur === 'string' && /^\d{4}-\d\d-\d\d/.test(cur)) parent[key] = BAD_DATES[m.pick % BAD_DATES.length];
        else parent[key] = m.value;
        break;
      case 'swap': {
        const other = all[m.pick % all.length]!;
        if (other.length === 0 || isPrefix(path, other) || isPrefix(other, path)) break;
        const op = at(root, other.slice(0, -1)) as Record<Key, unknown>;
        const ok = other[other.length - 1]!;
        const tmp = op[ok];
        op[ok] = cur;
        parent[key] = tmp;
        break;
      }
    }
  }
  return root;
}

function isPrefix(a: readonly Key[], b: readonly Key[]): boolean {
  return a.length <= b.length && a.every((k, i) => b[i] === k);
}

function at(root: unknown, path: readonly Key[]): unknown {
  let v = root;
  for (const k of path) v = (v as Record<Key, unknown>)[k];
  return v;
}

function structuredCloneSafe(v: unknown): unknown {
  try {
    return structuredClone(v);
  } catch {
    return v;
  }
}

function idField(root: unknown, pick: number): [Record<string, unknown>, string] | undefined {
  const found: [Record<string, unknown>, string][] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 40) return;
    if (Array.isArray(v)) for (const x of v) walk(x, depth + 1);
    else if (isPlain(v))
      for (const [k, x] of Object.entries(v)) {
        if (ID_KEY.test(k) && typeof x === 'string') found.push([v, k]);
        walk(x, depth + 1);
      }
  };
  walk(root, 0);
  return found.length > 0 ? found[pick % found.length] : undefined;
}

function linkList(root: unknown, pick: number): unknown[] | undefined {
  const found: unknown[][] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 40) return;
    if (Array.isArray(v)) for (const x of v) walk(x, depth + 1);
    else if (isPlain(v))
      for (const [k, x] of Object.entries(v)) {
        if (LINK_LISTS.has(k) && Array.isArray(x)) found.push(x);
        walk(x, depth + 1);
      }
  };
  walk(root, 0);
  return found.length > 0 ? found[pick % found.length] : undefined;
}

/** Describes a thrown value for a failure message. */
function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ''}` : String(err);
}

/**
 * Runs `f`: fine when it returns (or resolves) or throws (rejects with) a PmoError with a message;
 * anything else throws an Error naming the call.
 */
export function clean(name: string, f: () => unknown): void | Promise<void> {
  let r: unknown;
  try {
    r = f();
  } catch (err) {
    return judge(name, err);
  }
  if (r instanceof Promise) return r.then(() => undefined, (err: unknown) => judge(name, err));
}

function judge(name: string, err: unknown): void {
  if (err instanceof PmoError) {
    if (err.message.length === 0) throw new Error(`${name}: a PmoError without a message`);
    return;
  }
  throw new Error(`${name} crashed instead of a PmoError: ${describe(err)}`);
}

/** The own property names of the built-in prototypes, to compare before and after a run. */
export function prototypeSnapshot(): string {
  const protos: [string, object][] = [
    ['Object', Object.prototype],
    ['Array', Array.prototype],
    ['Function', Function.prototype],
    ['String', String.prototype],
    ['Number', Number.prototype],
    ['Map', Map.prototype],
  ];
  return protos.map(([n, p]) => `${n}: ${Reflect.ownKeys(p).map(String).sort().join(',')}`).join('\n');
}

/** A string that tells two values apart by content (functions by their source, Maps and Sets by entries). */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (typeof x === 'function') return `[function ${String(x).length}]`;
    if (typeof x === 'bigint') return `${x}n`;
    if (typeof x === 'number' && !Number.isFinite(x)) return String(x);
    if (x === undefined) return '[undefined]';
    if (x instanceof Map) return { map: [...x.entries()] };
    if (x instanceof Set) return { set: [...x.values()] };
    return x;
  });
}
