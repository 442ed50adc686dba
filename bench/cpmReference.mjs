/**
 * The minimal reference of the `cli` variant of bench/cpm.ts: the least a process can do to answer
 * `pmo cpm FILE --json` on a one-project portfolio file. It reads and parses the JSON, indexes the
 * task ids, runs a typed-array CPM (Kahn's algorithm fused with the forward pass, backward pass,
 * floats, critical flags) and writes one JSON object with each task's times, indented as the CLI
 * writes. No validation, no dates, no critical paths, no driving predecessors: plain JavaScript
 * run by node, so that it pays no loader either.
 *
 *   node bench/cpmReference.mjs portfolio.json > out.json
 */
import { readFileSync, writeSync } from 'node:fs';

const CODES = { FS: 0, SS: 1, FF: 2, SF: 3 };
const pf = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { tasks, dependencies: deps } = pf.projects[0];
const n = tasks.length;
const m = deps.length;
const index = new Map();
const d = new Float64Array(n);
for (let i = 0; i < n; i++) {
  index.set(tasks[i].id, i);
  d[i] = tasks[i].duration;
}
const from = new Int32Array(m);
const to = new Int32Array(m);
const type = new Uint8Array(m);
const lag = new Float64Array(m);
for (let e = 0; e < m; e++) {
  const x = deps[e];
  from[e] = index.get(x.from);
  to[e] = index.get(x.to);
  type[e] = CODES[x.type ?? 'FS'];
  lag[e] = x.lag ?? 0;
}
const off = new Int32Array(n + 1);
const indeg = new Int32Array(n);
for (let e = 0; e < m; e++) {
  off[from[e] + 1]++;
  indeg[to[e]]++;
}
for (let i = 0; i < n; i++) off[i + 1] += off[i];
const pos = off.slice(0, n);
const tgt = new Int32Array(m);
const w = new Float64Array(m);
for (let e = 0; e < m; e++) {
  const u = from[e];
  const v = to[e];
  const t = type[e];
  const s = pos[u]++;
  tgt[s] = v;
  w[s] = lag[e] + ((t & 1) === 0 ? d[u] : 0) - ((t & 2) !== 0 ? d[v] : 0);
}
const order = new Int32Array(n);
let tail = 0;
for (let i = 0; i < n; i++) if (indeg[i] === 0) order[tail++] = i;
const es = new Float64Array(n);
let finish = 0;
for (let h = 0; h < tail; h++) {
  const u = order[h];
  const x = es[u];
  if (x + d[u] > finish) finish = x + d[u];
  for (let s = off[u], end = off[u + 1]; s < end; s++) {
    const v = tgt[s];
    if (x + w[s] > es[v]) es[v] = x + w[s];
    if (--indeg[v] === 0) order[tail++] = v;
  }
}
if (tail !== n) throw new Error('cycle');
const ls = new Float64Array(n);
const ff = new Float64Array(n);
for (let i = n - 1; i >= 0; i--) {
  const u = order[i];
  const x = es[u];
  let l = finish - d[u];
  let f = l - x;
  for (let s = off[u], end = off[u + 1]; s < end; s++) {
    const v = tgt[s];
    if (ls[v] - w[s] < l) l = ls[v] - w[s];
    if (es[v] - w[s] - x < f) f = es[v] - w[s] - x;
  }
  ls[u] = l;
  ff[u] = f < 0 ? 0 : f > l - x ? l - x : f;
}
const out = new Array(n);
for (let i = 0; i < n; i++)
  out[i] = {
    id: tasks[i].id,
    duration: d[i],
    earlyStart: es[i],
    earlyFinish: es[i] + d[i],
    lateStart: ls[i],
    lateFinish: ls[i] + d[i],
    totalFloat: ls[i] - es[i],
    freeFloat: ff[i],
    critical: ls[i] - es[i] <= 0,
  };
writeSync(1, `${JSON.stringify({ duration: finish, tasks: out }, null, 2)}\n`);
