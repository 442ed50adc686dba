/**
 * Hostile input to every public function: valid arguments with one to three changes anywhere
 * (wrong types, missing fields, NaN, Infinity, -0, huge numbers, empty, long, unicode and
 * control-character strings, ids named after Object.prototype's properties, duplicate ids, dangling
 * references, cycles, negative lags larger than any duration, dates that do not exist, deep
 * nesting, objects with an own `__proto__` key). The only acceptable outcomes are a result or a
 * PmoError with a message; afterwards the built-in prototypes have gained no property.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ENTRIES, ENTRY_POINTS, NOT_FUZZED, exportedFunctions } from './entries.js';
import { clean, mutate, mutationsArb, prototypeSnapshot, runs } from './support.js';

let before = '';
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expect(prototypeSnapshot(), 'a fuzzed input added a property to a built-in prototype').toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('the fuzz suite covers every exported function', () => {
  it('reads every entry point of package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
    const code = Object.keys(pkg.exports)
      .filter((k) => !k.includes('*') && !k.endsWith('.json'))
      .map((k) => (k === '.' ? 'pmo-kit' : `pmo-kit/${k.slice(2)}`));
    expect(Object.keys(ENTRY_POINTS).sort()).toEqual(code.sort());
  });

  it('each export is fuzzed or listed as not needing it', () => {
    const missing = exportedFunctions().filter((n) => !(n in ENTRIES) && !(n in NOT_FUZZED));
    expect(missing, 'add these exports to test/fuzz/entries.ts (ENTRIES, or NOT_FUZZED with a reason)').toEqual([]);
    const stale = [...Object.keys(ENTRIES), ...Object.keys(NOT_FUZZED)].filter((n) => !exportedFunctions().includes(n));
    expect(stale).toEqual([]);
  });
});

describe('hostile arguments give a result or a PmoError, never another exception', () => {
  for (const [name, entry] of Object.entries(ENTRIES)) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(mutationsArb(3), async (ms) => {
          const args = mutate(entry.args(), ms);
          const list = Array.isArray(args) ? args : [args];
          await clean(name, () => entry.call(list));
        }),
        { numRuns: runs(entry.runs ?? 40) },
      );
    });
  }
});
