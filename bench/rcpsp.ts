/**
 * RCPSP benchmark on PSPLIB j30 / j120 (Kolisch & Sprecher 1997).
 *
 *   npx tsx bench/rcpsp.ts --set j30|j120 [--schedules N] [--limit K] [--seed S] [--stride D] [--offset O] [--quiet]
 *
 * Runs the instances of ../shared/data/psplib/<set>/ (sorted by name in natural order; with
 * `--stride D` every D-th one starting at `--offset O`; `--limit K` keeps the first K of those)
 * through solveRcpsp, verifies every schedule with verifySchedule, and
 * prints the average deviation (j30: from the proven optimum; j120: from the critical-path bound
 * MPM-Time, the convention of the published tables), the number of instances at the best known
 * makespan, and the average and largest time per instance. Lists the instances above their best
 * known makespan unless `--quiet`. Exits 1 when a schedule fails verification.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { psplibToRcpsp } from '../src/io/psplibToRcpsp.js';
import { readPsplib } from '../src/io/readPsplib.js';
import { solveRcpsp, verifySchedule } from '../src/resources/index.js';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'j30' },
    schedules: { type: 'string', default: '5000' },
    limit: { type: 'string' },
    seed: { type: 'string', default: '1' },
    stride: { type: 'string', default: '1' },
    offset: { type: 'string', default: '0' },
    quiet: { type: 'boolean', default: false },
  },
});
const set = values.set!;
const schedules = Number(values.schedules);
const seed = Number(values.seed);
const stride = Number(values.stride);
const offset = Number(values.offset);
const dataDir = fileURLToPath(new URL(`../../shared/data/psplib/${set}/`, import.meta.url));
if (!existsSync(dataDir)) {
  console.error(`bench:rcpsp: ${dataDir} not found (the shared PSPLIB data is missing); nothing to run`);
  process.exit(0);
}
const best = new Map<string, { ub: number; lb: number; optimal: boolean }>();
const csv = fileURLToPath(new URL(`../../shared/data/psplib/${set}-best-known.csv`, import.meta.url));
if (existsSync(csv)) {
  for (const line of readFileSync(csv, 'utf8').trim().split('\n').slice(1)) {
    const [name, ub, lb, opt] = line.split(',');
    best.set(name!, { ub: Number(ub), lb: Number(lb), optimal: opt === '1' });
  }
}
const natural = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });
let files = readdirSync(dataDir)
  .filter((f) => f.endsWith('.sm'))
  .sort(natural)
  .filter((_, i) => i % stride === offset % stride);
if (values.limit !== undefined) files = files.slice(0, Number(values.limit));

let sumDevOpt = 0;
let sumDevCp = 0;
let sumBestDevCp = 0;
let atBest = 0;
let countOpt = 0;
let totalMs = 0;
let maxMs = 0;
let totalSchedules = 0;
let violations = 0;
for (const file of files) {
  const text = readFileSync(dataDir + file, 'utf8');
  const ps = readPsplib(text, { name: file });
  const inst = psplibToRcpsp(ps);
  const t0 = performance.now();
  const r = solveRcpsp(inst, { schedules, seed });
  const ms = performance.now() - t0;
  totalMs += ms;
  if (ms > maxMs) maxMs = ms;
  totalSchedules += r.schedules;
  const v = verifySchedule(inst, r.starts);
  if (v.length > 0 || r.schedules > schedules) {
    violations++;
    console.error(`${file}: ${v.length} violations, ${r.schedules} schedules; first ${JSON.stringify(v[0])}`);
  }
  const mk = r.makespan;
  const bk = best.get(file);
  sumDevCp += (mk - ps.mpmTime) / ps.mpmTime;
  if (bk !== undefined) {
    countOpt++;
    sumBestDevCp += (bk.ub - ps.mpmTime) / ps.mpmTime;
    sumDevOpt += (mk - bk.ub) / bk.ub;
    if (mk <= bk.ub) atBest++;
  }
  if (!values.quiet && bk !== undefined && mk > bk.ub) console.log(`${file}: ${mk} (best known ${bk.ub}, lower bound ${r.lowerBound}) ${ms.toFixed(0)} ms, ${r.schedules} schedules`);
}
const n = files.length;
const pct = (x: number): string => `${(100 * x).toFixed(2)} %`;
console.log(`set ${set}: ${n} instances, ${schedules} schedules max, seed ${seed}${stride > 1 ? `, every ${stride}th from ${offset}` : ''}`);
console.log(`  average deviation from the critical-path bound (MPM-Time): ${pct(sumDevCp / n)}`);
if (countOpt > 0) console.log(`  average deviation from the best known makespan:           ${pct(sumDevOpt / countOpt)}`);
if (countOpt > 0) console.log(`  (best known makespans on the same instances: ${pct(sumBestDevCp / countOpt)} above MPM-Time)`);
console.log(`  instances at the best known makespan: ${atBest} / ${countOpt}`);
console.log(`  time per instance: average ${(totalMs / n).toFixed(1)} ms, max ${maxMs.toFixed(1)} ms (wall clock, Node ${process.version}, shared machine); schedules per instance ${(totalSchedules / n).toFixed(0)} (the run stops early at the lower bound)`);
console.log(`  schedules failing verifySchedule (or over budget): ${violations}`);
if (violations > 0) process.exitCode = 1;
