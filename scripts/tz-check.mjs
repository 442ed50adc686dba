#!/usr/bin/env node
/**
 * Time-zone independence check of `.ci/run`: runs test/tz/probe.ts (a representative call of
 * every module) under each zone given (default UTC, America/Sao_Paulo, Asia/Kathmandu,
 * Pacific/Chatham) and fails unless every zone gives the same digests.
 *
 *   node scripts/tz-check.mjs [ZONE...]
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const zones = process.argv.length > 2 ? process.argv.slice(2) : ['UTC', 'America/Sao_Paulo', 'Asia/Kathmandu', 'Pacific/Chatham'];
const runs = zones.map((tz) => {
  const text = execFileSync(process.execPath, ['--import', 'tsx', 'test/tz/probe.ts'], { cwd: root, env: { ...process.env, TZ: tz }, encoding: 'utf8', maxBuffer: 1 << 24 });
  return { tz, ...JSON.parse(text) };
});
const [first, ...rest] = runs;
let ok = true;
for (const r of runs) if (r.environment.tz !== r.tz) (ok = false), console.error(`the probe did not run in ${r.tz} (it saw ${r.environment.tz})`);
for (const r of rest)
  for (const [module, d] of Object.entries(first.digests))
    if (r.digests[module] !== d) {
      ok = false;
      console.error(`${module}: ${first.tz} gives ${d}, ${r.tz} gives ${r.digests[module]}`);
    }
const offsets = runs.map((r) => `${r.tz} (UTC${r.environment.offsetMinutes <= 0 ? '+' : '-'}${Math.abs(r.environment.offsetMinutes) / 60})`).join(', ');
if (!ok) {
  console.error(`time zones: results differ across ${offsets}`);
  process.exit(1);
}
console.log(`time zones: ${Object.keys(first.digests).length} modules give identical results under ${offsets}`);
