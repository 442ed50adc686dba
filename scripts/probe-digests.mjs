/**
 * Runs test/tz/probe.ts (a representative call of every module, fixed seeds, one SHA-256 digest
 * per module) in a child process and compares the digests of several runs. Shared by
 * scripts/tz-check.mjs (time zones) and scripts/node-check.mjs (Node versions).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs the probe with the `node` binary `nodePath` and extra environment `env`; returns its JSON. */
export function runProbe(nodePath, env) {
  const text = execFileSync(nodePath, ['--import', 'tsx', 'test/tz/probe.ts'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(text);
}

/**
 * Compares the digests of `runs` (each `{ label, digests }`) with the first: prints each module
 * that differs and returns whether all are identical.
 */
export function sameDigests(runs) {
  const [first, ...rest] = runs;
  let ok = true;
  for (const r of rest)
    for (const [module, d] of Object.entries(first.digests))
      if (r.digests[module] !== d) {
        ok = false;
        console.error(`${module}: ${first.label} gives ${d}, ${r.label} gives ${r.digests[module]}`);
      }
  return ok;
}
