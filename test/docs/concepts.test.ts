/** docs/concepts.md and its Chinese twin: every function and catalog they name is an export of pmo-kit, and both name the same ones. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as pmo from '../../src/index.js';
import { ROOT } from '../helpers.js';

/** The code spans of a guide that name a function (`camelCase` with a capital, or followed by `(`) or a catalog (`UPPER_CASE`). */
function namesIn(file: string): string[] {
  const text = readFileSync(join(ROOT, 'docs', file), 'utf8');
  const names = new Set<string>();
  for (const [, span] of text.matchAll(/`([^`]+)`/g)) {
    const m = /^([a-z][A-Za-z]*[A-Z][A-Za-z]*|[a-z][A-Za-z]+(?=\()|[A-Z][A-Z_]+[A-Z])\b/.exec(span!);
    if (m !== null) names.add(m[1]!);
  }
  return [...names].sort();
}

// Functions the guides name that other branches or later versions provide (not exports yet).
const PLANNED = new Set(['simulateRisk']);

describe('the concepts guide', () => {
  const en = namesIn('concepts.md');
  it('finds the names', () => expect(en.length).toBeGreaterThan(30));
  it.each(['concepts.md', 'concepts.zh.md'])('%s names only exports of pmo-kit', (file) => {
    const missing = namesIn(file).filter((n) => !(n in pmo) && !PLANNED.has(n));
    expect(missing).toEqual([]);
  });

  it('names the same functions in English and Chinese, and the core of the knowledge model', () => {
    expect(namesIn('concepts.zh.md')).toEqual(en);
    for (const n of ['describeStructure', 'describePmoType', 'pmoResponsibilities', 'compareRoles', 'checkAuthority', 'buildRaci', 'pmoAnalyses', 'assessMaturity']) expect(en).toContain(n);
  });
});
