#!/usr/bin/env node
/**
 * Checks the JSON contracts of `pmo cpm --json`, `pmo level --json`, `pmo health --json`,
 * `pmo governance --json` and `pmo simulate --json`: every field of an earlier
 * output is still there, with the same value, in the same order, before any added field.
 *
 *   node scripts/cli-contract.mjs save DIR    # run the cases with the built CLI, write DIR/*.json
 *   node scripts/cli-contract.mjs check DIR   # run them again; compare with DIR, byte for byte
 *
 * `check` removes from each new output the fields the saved one does not have and requires the
 * result to equal the saved file byte for byte; it lists the fields added. Cases whose input
 * file is missing (../shared/data) are skipped with a message. Run `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, '..', 'shared', 'data');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const SAMPLE = join(ROOT, 'examples', 'data', 'sample-portfolio.json');

/** name → arguments of `pmo`. */
const CASES = {
  'cpm-sample': ['cpm', SAMPLE, '--json'],
  'cpm-sample-wms': ['cpm', SAMPLE, '--project', 'wms', '--json'],
  'cpm-j301': ['cpm', join(DATA, 'psplib/j30/j301_1.sm'), '--json'],
  'cpm-mspdi': ['cpm', join(DATA, 'mspdi/mspdirelations.xml'), '--json'],
  'cpm-tasklinks': ['cpm', join(DATA, 'mspdi/task-links-project2007-mspdi.xml'), '--json'],
  'level-sample': ['level', SAMPLE, '--json'],
  'level-j301': ['level', join(DATA, 'psplib/j30/j301_1.sm'), '--json'],
  'level-mspdi': ['level', join(DATA, 'mspdi/mspdirelations.xml'), '--json'],
  'level-tasklinks': ['level', join(DATA, 'mspdi/task-links-project2007-mspdi.xml'), '--json', '--schedules', '200'],
  'level-rcmp': ['level', join(DATA, 'mplib/MPLIB1_Set1_0.rcmp'), '--json', '--schedules', '100'],
  'health-sample': ['health', SAMPLE, '--json'],
  'governance-sample': ['governance', SAMPLE, '--json'],
  'simulate-sample': ['simulate', SAMPLE, '--iterations', '2000', '--json'],
  'simulate-sample-tel': ['simulate', SAMPLE, '--project', 'tel', '--iterations', '2000', '--seed', '7', '--date', '2026-12-18', '--json'],
};

function run(args) {
  return execFileSync(process.execPath, [CLI, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
}

/** The new value restricted to the old one's fields (in the old order); throws where they differ. */
function restrict(oldValue, newValue, path, added) {
  if (Array.isArray(oldValue)) {
    if (!Array.isArray(newValue) || newValue.length !== oldValue.length) throw new Error(`${path}: was an array of ${oldValue.length}, now ${JSON.stringify(newValue)?.slice(0, 80)}`);
    return oldValue.map((o, i) => restrict(o, newValue[i], `${path}[${i}]`, added));
  }
  if (oldValue !== null && typeof oldValue === 'object') {
    if (newValue === null || typeof newValue !== 'object' || Array.isArray(newValue)) throw new Error(`${path}: was an object, now ${JSON.stringify(newValue)?.slice(0, 80)}`);
    const oldKeys = Object.keys(oldValue);
    const newKeys = Object.keys(newValue);
    for (const k of oldKeys) if (!(k in newValue)) throw new Error(`${path}.${k}: removed`);
    if (newKeys.slice(0, oldKeys.length).join('\u0000') !== oldKeys.join('\u0000')) throw new Error(`${path}: fields reordered or inserted before old ones: ${newKeys.join(', ')}`);
    for (const k of newKeys.slice(oldKeys.length)) added.add(`${path.replace(/\[\d+\]/g, '[]')}.${k}`);
    const out = {};
    for (const k of oldKeys) out[k] = restrict(oldValue[k], newValue[k], `${path}.${k}`, added);
    return out;
  }
  if (!Object.is(oldValue, newValue)) throw new Error(`${path}: was ${JSON.stringify(oldValue)}, now ${JSON.stringify(newValue)}`);
  return newValue;
}

const [mode, dir] = process.argv.slice(2);
if ((mode !== 'save' && mode !== 'check') || dir === undefined) {
  console.error('usage: node scripts/cli-contract.mjs save|check DIR');
  process.exit(2);
}
if (!existsSync(CLI)) {
  console.error(`cli-contract: ${CLI} is missing; run npm run build first`);
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
let failed = 0;
for (const [name, args] of Object.entries(CASES)) {
  const input = args[1];
  if (!existsSync(input)) {
    console.log(`skip ${name}: ${input} is missing`);
    continue;
  }
  const file = join(dir, `${name}.json`);
  if (mode === 'save') {
    writeFileSync(file, run(args));
    console.log(`saved ${name}`);
    continue;
  }
  if (!existsSync(file)) {
    console.log(`skip ${name}: no saved output ${file}`);
    continue;
  }
  const oldText = readFileSync(file, 'utf8');
  const newText = run(args);
  const added = new Set();
  try {
    const restricted = restrict(JSON.parse(oldText), JSON.parse(newText), '$', added);
    const same = `${JSON.stringify(restricted, null, 2)}\n` === oldText;
    if (!same) throw new Error('the old fields do not print byte for byte as before');
    console.log(`ok   ${name}: every old field unchanged (${oldText.length} bytes); added ${added.size === 0 ? 'nothing' : [...added].join(', ')}`);
  } catch (err) {
    failed++;
    console.log(`FAIL ${name}: ${err.message}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
