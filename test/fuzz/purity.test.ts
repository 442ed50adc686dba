/**
 * Purity: every public function, called on deep-frozen valid arguments, works (a frozen input
 * makes any write throw a TypeError in strict mode) and leaves them as they were; and no call adds
 * a property to the built-in prototypes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepFreeze } from '../helpers.js';
import { ENTRIES } from './entries.js';
import { canonical, prototypeSnapshot } from './support.js';

let before = '';
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expect(prototypeSnapshot()).toBe(before);
});

describe('every public function works on deep-frozen arguments and does not change them', () => {
  for (const [name, entry] of Object.entries(ENTRIES)) {
    it(name, async () => {
      const args = deepFreeze(entry.args());
      const r = entry.call(args);
      if (r instanceof Promise) await r;
      expect(canonical(args), `${name} changed its arguments`).toBe(canonical(entry.args()));
    });
  }
});
