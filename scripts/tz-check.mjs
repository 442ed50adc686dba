#!/usr/bin/env node
/**
 * Time-zone independence check of `.ci/run`: runs test/tz/probe.ts (a representative call of
 * every module) under each zone given (default UTC, America/Sao_Paulo, Asia/Kathmandu,
 * Pacific/Chatham) and fails unless every zone gives the same digests.
 *
 *   node scripts/tz-check.mjs [ZONE...]
 */
import { runProbe, sameDigests } from './probe-digests.mjs';

const zones = process.argv.length > 2 ? process.argv.slice(2) : ['UTC', 'America/Sao_Paulo', 'Asia/Kathmandu', 'Pacific/Chatham'];
const runs = zones.map((tz) => ({ tz, label: tz, ...runProbe(process.execPath, { TZ: tz }) }));
let ok = sameDigests(runs);
for (const r of runs) if (r.environment.tz !== r.tz) (ok = false), console.error(`the probe did not run in ${r.tz} (it saw ${r.environment.tz})`);
const offsets = runs.map((r) => `${r.tz} (UTC${r.environment.offsetMinutes <= 0 ? '+' : '-'}${Math.abs(r.environment.offsetMinutes) / 60})`).join(', ');
if (!ok) {
  console.error(`time zones: results differ across ${offsets}`);
  process.exit(1);
}
console.log(`time zones: ${Object.keys(runs[0].digests).length} modules give identical results under ${offsets}`);
