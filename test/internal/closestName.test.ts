import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../src/internal/closestName.js';

/** Plain dynamic-programming optimal string alignment distance (the reference). */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

describe('closestName', () => {
  it('suggests the field a misspelling meant', () => {
    const keys = ['id', 'name', 'start', 'tasks', 'dependencies', 'calendarId', 'extensions'];
    expect(closestName('dependancies', keys)).toBe('dependencies');
    expect(closestName('Calendar_ID', keys)).toBe('calendarId');
    expect(closestName('taks', keys)).toBe('tasks');
    expect(closestName('strat', keys)).toBe('start');
    expect(closestName('nmae', keys)).toBe('name');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(closestName('jiraKey', ['id', 'name', 'tasks'])).toBeUndefined();
    expect(closestName('x', ['id', 'to'])).toBeUndefined();
    expect(closestName('ab', ['id', 'to'])).toBeUndefined();
  });

  it('editDistance is the optimal string alignment distance, capped at limit + 1 (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 }), fc.nat(6), (a, b, limit) => {
        expect(editDistance(a, b, limit)).toBe(Math.min(osa(a, b), limit + 1));
      }),
      { numRuns: 500 },
    );
  });
});
