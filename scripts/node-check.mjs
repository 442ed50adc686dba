#!/usr/bin/env node
/**
 * Node-version check of `.ci/run`: runs test/tz/probe.ts (a representative call of every module,
 * the seeded ones included: leveling, RCPSP, Monte Carlo on one thread and on worker threads)
 * under this Node (20 in CI) and under Node 22, and fails unless both give the same digests.
 *
 * Node 22 is the official build published on the npm registry as `node-<platform>-<arch>` (the
 * package the `node` npm package installs), installed once into node_modules/.cache/node22;
 * `PMO_NODE22=/path/to/node` uses another binary.
 *
 *   node scripts/node-check.mjs
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProbe, sameDigests } from './probe-digests.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function node22() {
  if (process.env.PMO_NODE22) return process.env.PMO_NODE22;
  const prefix = join(root, 'node_modules', '.cache', 'node22');
  const pkg = `node-${process.platform}-${process.arch}`;
  const bin = join(prefix, 'node_modules', pkg, 'bin', 'node');
  if (!existsSync(bin)) execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--no-package-lock', '--prefix', prefix, `${pkg}@22`], { stdio: ['ignore', 'ignore', 'inherit'] });
  return bin;
}

const other = node22();
const versions = [process.execPath, other].map((p) => execFileSync(p, ['--version'], { encoding: 'utf8' }).trim());
if (!versions[1].startsWith('v22.')) {
  console.error(`node versions: expected Node 22 at ${other}, found ${versions[1]}`);
  process.exit(1);
}
const runs = [process.execPath, other].map((p, i) => ({ label: `Node ${versions[i]}`, ...runProbe(p, { TZ: 'UTC' }) }));
if (!sameDigests(runs)) {
  console.error(`node versions: results differ between ${versions.join(' and ')}`);
  process.exit(1);
}
console.log(`node versions: ${Object.keys(runs[0].digests).length} modules give identical results under ${versions.join(' and ')}`);
