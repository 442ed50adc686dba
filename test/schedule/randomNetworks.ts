/** Random CPM networks and a naive reference, shared by the property tests of the schedule module. */
import fc from 'fast-check';
import type { CpmNetwork, CpmResult } from '../../src/schedule/index.js';
import type { DependencyType } from '../../src/model/task.js';

export const TYPES: DependencyType[] = ['FS', 'SS', 'FF', 'SF'];

export interface Net {
  readonly durations: number[];
  readonly links: { from: number; to: number; type: DependencyType; lag: number }[];
}

/** Random acyclic networks: links go up a random ranking, with every type and lags (halves included). */
export const netArb: fc.Arbitrary<Net> = fc.integer({ min: 1, max: 18 }).chain((n) =>
  fc
    .record({
      durations: fc.array(fc.integer({ min: 0, max: 12 }).map((x) => x / 2), { minLength: n, maxLength: n }),
      rank: fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => i),
        { minLength: n, maxLength: n },
      ),
      raw: fc.array(
        fc.record({
          a: fc.integer({ min: 0, max: n - 1 }),
          b: fc.integer({ min: 0, max: n - 1 }),
          type: fc.constantFrom(...TYPES),
          lag: fc.integer({ min: -8, max: 8 }).map((x) => x / 2),
        }),
        { maxLength: 3 * n },
      ),
    })
    .map(({ durations, rank, raw }) => {
      const pos = new Array<number>(n);
      rank.forEach((node, i) => (pos[node] = i));
      const links = raw
        .filter((l) => l.a !== l.b)
        .map((l) => (pos[l.a]! < pos[l.b]! ? { from: l.a, to: l.b, type: l.type, lag: l.lag } : { from: l.b, to: l.a, type: l.type, lag: l.lag }));
      return { durations, links };
    }),
);

export const id = (i: number): string => `t${i}`;
export const toNetwork = (net: Net): CpmNetwork => ({
  tasks: net.durations.map((duration, i) => ({ id: id(i), duration })),
  links: net.links.map((l) => ({ from: id(l.from), to: id(l.to), type: l.type, lag: l.lag })),
});

/** Weight of a link as a constraint on starts: ES[to] >= ES[from] + w. */
export const weight = (net: Net, l: Net['links'][number]): number =>
  l.lag + (l.type === 'FS' || l.type === 'FF' ? net.durations[l.from]! : 0) - (l.type === 'FF' || l.type === 'SF' ? net.durations[l.to]! : 0);

/** Naive reference: relax every link until nothing changes (Bellman-Ford on a DAG). */
export function reference(net: Net) {
  const n = net.durations.length;
  const es = new Array<number>(n).fill(0);
  for (let round = 0; round <= n; round++)
    for (const l of net.links) es[l.to] = Math.max(es[l.to]!, es[l.from]! + weight(net, l));
  const finish = Math.max(0, ...es.map((x, i) => x + net.durations[i]!));
  const ls = net.durations.map((d) => finish - d);
  for (let round = 0; round <= n; round++)
    for (const l of net.links) ls[l.from] = Math.min(ls[l.from]!, ls[l.to]! - weight(net, l));
  return { es, ls, finish };
}

/** Whether a link holds between two schedules of starts (early or late). */
export function holds(net: Net, l: Net['links'][number], start: (i: number) => number): boolean {
  const d = net.durations;
  const sf = start(l.from);
  const st = start(l.to);
  switch (l.type) {
    case 'FS':
      return st >= sf + d[l.from]! + l.lag;
    case 'SS':
      return st >= sf + l.lag;
    case 'FF':
      return st + d[l.to]! >= sf + d[l.from]! + l.lag;
    case 'SF':
      return st + d[l.to]! >= sf + l.lag;
  }
}

export function permute<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export const byIdOf = (r: CpmResult) => new Map(r.tasks.map((t) => [t.id, t]));
