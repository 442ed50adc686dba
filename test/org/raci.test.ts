import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PmoError, PmoValidationError } from '../../src/errors.js';
import type { Organization } from '../../src/model/organization.js';
import { buildRaci, validateRaci, type RaciAssignment, type RaciIssueCode, type RaciMatrix } from '../../src/org/index.js';
import { clone, deepFreeze } from '../helpers.js';
import { catchPmoError, org, person } from './fixtures.js';

const acme = org('balanced-matrix', [
  person('ana', ['project-manager']),
  person('bo', ['sponsor']),
  person('cy', ['functional-manager']),
  person('dee', ['team-member']),
]);

function buildIssues(o: Organization, assignments: readonly unknown[]) {
  try {
    buildRaci(o, assignments as RaciAssignment[]);
  } catch (err) {
    expect(err).toBeInstanceOf(PmoValidationError);
    return (err as PmoValidationError).issues;
  }
  throw new Error('expected buildRaci to throw');
}

describe('buildRaci', () => {
  it('builds activities × people with letters in R A C I order, columns in organization order', () => {
    const assignments = deepFreeze<RaciAssignment[]>([
      { activity: 'approve baseline', responsible: ['ana'], accountable: 'bo', consulted: ['cy'] },
      { activity: 'status report', responsible: ['ana'], accountable: 'ana', informed: ['bo', 'cy'] },
    ]);
    const m = buildRaci(acme, assignments);
    expect(m).toEqual({
      activities: ['approve baseline', 'status report'],
      people: ['ana', 'bo', 'cy'],
      cells: [
        [['R'], ['A'], ['C']],
        [['R', 'A'], ['I'], ['I']],
      ],
    });
    expect(validateRaci(acme, m)).toEqual([]);
  });

  it('can list everyone in the organization as columns', () => {
    const m = buildRaci(acme, [{ activity: 'kick-off', responsible: ['dee'], accountable: 'ana' }], { people: 'all' });
    expect(m.people).toEqual(['ana', 'bo', 'cy', 'dee']);
    expect(m.cells).toEqual([[['A'], [], [], ['R']]]);
  });

  it('builds an empty matrix from no assignments', () => {
    expect(buildRaci(acme, [])).toEqual({ activities: [], people: [], cells: [] });
  });

  it('reports every defect kind at once, each with its path', () => {
    const issues = buildIssues(acme, [
      { activity: 'a', responsible: ['ana'], accountable: 'bo' },
      { activity: 'a', responsible: ['ana'], accountable: 'bo' },
      { activity: 'b', responsible: [], accountable: '' },
      { activity: 'c', responsible: ['ghost'], accountable: 'bo' },
      { activity: 'd', responsible: ['ana', 'ana'], accountable: 'bo' },
      { activity: 'e', responsible: ['ana'], accountable: 'bo', consulted: ['ana'], informed: ['bo'] },
      { activity: '  ', responsible: ['ana'], accountable: 'bo' },
      { activity: 'f', responsible: ['ana'], accountable: ['bo', 'cy'] },
      { activity: 'g', responsible: 'ana', accountable: 'bo', informed: 'cy' },
      42,
    ]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate_activity', [1, 'activity']],
      ['missing_accountable', [2, 'accountable']],
      ['missing_responsible', [2, 'responsible']],
      ['unknown_reference', [3, 'responsible', 0]],
      ['duplicate_id', [4, 'responsible', 1]],
      ['conflicting_roles', [5, 'consulted', 0]],
      ['conflicting_roles', [5, 'informed', 0]],
      ['invalid_value', [6, 'activity']],
      ['multiple_accountable', [7, 'accountable']],
      ['invalid_value', [8, 'responsible']],
      ['invalid_value', [8, 'informed']],
      ['invalid_value', [9]],
    ]);
    expect(issues[0]!.message).toBe('activity "a" is already listed at index 0');
    expect(issues[3]!.message).toBe('unknown person "ghost" (Responsible for activity "c")');
    expect(issues[5]!.message).toMatch(/person "ana" is both Responsible and Consulted for activity "e"/);
  });

  it('throws a PmoValidationError naming the function, with every issue', () => {
    try {
      buildRaci(acme, [{ activity: 'x', responsible: [], accountable: 'nobody' }]);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(PmoValidationError);
      const e = err as PmoValidationError;
      expect(e.code).toBe('VALIDATION');
      expect(e.message).toMatch(/^buildRaci: invalid RACI assignments: 2 issues/);
      expect(e.issues.map((i) => i.code)).toEqual(['unknown_reference', 'missing_responsible']);
    }
  });

  it('accepts the accountable person also being responsible, but no other combination', () => {
    expect(() => buildRaci(acme, [{ activity: 'x', responsible: ['ana'], accountable: 'ana' }])).not.toThrow();
    const codes = buildIssues(acme, [
      { activity: 'x', responsible: ['ana'], accountable: 'bo', informed: ['ana'] },
      { activity: 'y', responsible: ['ana'], accountable: 'bo', consulted: ['bo'] },
      { activity: 'z', responsible: ['ana'], accountable: 'bo', consulted: ['cy'], informed: ['cy'] },
    ]).map((i) => i.code);
    expect(codes).toEqual(['conflicting_roles', 'conflicting_roles', 'conflicting_roles']);
  });

  it('works with ids like __proto__, constructor and toString', () => {
    const o = org('functional', [person('__proto__'), person('constructor'), person('toString')]);
    const m = buildRaci(o, [
      { activity: '__proto__', responsible: ['__proto__', 'toString'], accountable: 'constructor' },
      { activity: 'constructor', responsible: ['toString'], accountable: 'toString', informed: ['__proto__'] },
    ]);
    expect(m.people).toEqual(['__proto__', 'constructor', 'toString']);
    expect(m.cells).toEqual([
      [['R'], ['A'], ['R']],
      [['I'], [], ['R', 'A']],
    ]);
    expect(validateRaci(o, m)).toEqual([]);
    expect(buildIssues(org('functional', [person('a')]), [{ activity: 'x', responsible: ['hasOwnProperty'], accountable: '__proto__' }]).map((i) => i.code)).toEqual([
      'unknown_reference',
      'unknown_reference',
    ]);
  });

  it('rejects a non-array and bad options with INVALID_ARGUMENT', () => {
    expect(catchPmoError(() => buildRaci(acme, {} as unknown as RaciAssignment[])).code).toBe('INVALID_ARGUMENT');
    expect(catchPmoError(() => buildRaci(acme, [], { people: 'some' as 'all' })).code).toBe('INVALID_ARGUMENT');
  });
});

describe('validateRaci', () => {
  const good: RaciMatrix = deepFreeze({
    activities: ['plan', 'build'],
    people: ['ana', 'bo', 'cy'],
    cells: [
      [['R'], ['A'], ['I']],
      [['R', 'A'], ['C'], []],
    ],
  });
  const codes = (m: unknown) => validateRaci(acme, m as RaciMatrix).map((i) => [i.code, i.path]);

  it('accepts a sound matrix', () => {
    expect(validateRaci(acme, good)).toEqual([]);
  });

  it.each<[string, RaciMatrix, [RaciIssueCode, (string | number)[]][]]>([
    ['no Accountable', { ...good, cells: [[['R'], [], ['I']], good.cells[1]!] }, [['missing_accountable', ['cells', 0]]]],
    ['two Accountables', { ...good, cells: [[['R'], ['A'], ['A']], good.cells[1]!] }, [['multiple_accountable', ['cells', 0]]]],
    ['no Responsible', { ...good, cells: [[['C'], ['A'], ['I']], good.cells[1]!] }, [['missing_responsible', ['cells', 0]]]],
    ['an unknown person', { ...good, people: ['ana', 'bo', 'zed'] }, [['unknown_reference', ['people', 2]]]],
    ['a duplicate person', { ...good, people: ['ana', 'bo', 'ana'] }, [['duplicate_id', ['people', 2]]]],
    ['a duplicate activity', { ...good, activities: ['plan', 'plan'] }, [['duplicate_activity', ['activities', 1]]]],
    ['Responsible and Consulted together', { ...good, cells: [[['R', 'C'], ['A'], ['I']], good.cells[1]!] }, [['conflicting_roles', ['cells', 0, 0]]]],
    ['Accountable and Informed together', { ...good, cells: [[['R'], ['A', 'I'], []], good.cells[1]!] }, [['conflicting_roles', ['cells', 0, 1]]]],
    ['a bad letter', { ...good, cells: [[['R'], ['A'], ['X' as 'I']], good.cells[1]!] }, [['invalid_value', ['cells', 0, 2, 0]]]],
    ['a repeated letter', { ...good, cells: [[['R', 'R'], ['A'], []], good.cells[1]!] }, [['invalid_value', ['cells', 0, 0, 1]]]],
    ['a missing row', { ...good, cells: [good.cells[0]!] }, [['inconsistent_value', ['cells']]]],
    ['a short row', { ...good, cells: [[['R'], ['A']], good.cells[1]!] }, [['inconsistent_value', ['cells', 0]]]],
    ['a blank activity', { ...good, activities: ['plan', ''] }, [['invalid_value', ['activities', 1]]]],
  ])('catches %s', (_, matrix, expected) => {
    expect(codes(deepFreeze(matrix))).toEqual(expected);
  });

  it('reports every issue of a matrix with many defects', () => {
    const m = {
      activities: ['a', 'a', 'b'],
      people: ['ana', 'ghost'],
      cells: [[['C'], ['A']], [['R', 'I'], []], 'oops'],
    };
    expect(codes(m)).toEqual([
      ['duplicate_activity', ['activities', 1]],
      ['unknown_reference', ['people', 1]],
      ['missing_responsible', ['cells', 0]],
      ['conflicting_roles', ['cells', 1, 0]],
      ['missing_accountable', ['cells', 1]],
      ['invalid_value', ['cells', 2]],
    ]);
  });

  it('never throws, whatever it is given', () => {
    expect(codes(null)).toEqual([['invalid_value', []]]);
    expect(codes({ activities: 'x' })).toEqual([
      ['invalid_value', ['activities']],
      ['invalid_value', ['people']],
      ['invalid_value', ['cells']],
    ]);
    expect(validateRaci(null as unknown as Organization, good).map((i) => i.code)).toEqual([
      'unknown_reference',
      'unknown_reference',
      'unknown_reference',
    ]);
    fc.assert(
      fc.property(fc.anything(), (m) => {
        expect(() => validateRaci(acme, m as RaciMatrix)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.record({
          activities: fc.array(fc.oneof(fc.string(), fc.anything()), { maxLength: 4 }),
          people: fc.array(fc.constantFrom('ana', 'bo', 'x', '__proto__', 3), { maxLength: 4 }),
          cells: fc.array(fc.array(fc.oneof(fc.subarray(['R', 'A', 'C', 'I', 'Z']), fc.anything()), { maxLength: 4 }), { maxLength: 4 }),
        }),
        (m) => {
          for (const issue of validateRaci(acme, m as RaciMatrix)) {
            expect(issue.message.length).toBeGreaterThan(0);
            expect(Array.isArray(issue.path)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('RACI — properties', () => {
  const ids = ['ana', 'bo', 'cy', 'dee', '__proto__', 'ghost'];
  const o = org('functional', ['ana', 'bo', 'cy', 'dee', '__proto__'].map((id) => person(id)));
  const idArb = fc.constantFrom(...ids);
  const assignmentArb = fc.record(
    {
      activity: fc.constantFrom('plan', 'build', 'test', 'ship', 'constructor', ''),
      responsible: fc.array(idArb, { maxLength: 3 }),
      accountable: idArb,
      consulted: fc.array(idArb, { maxLength: 2 }),
      informed: fc.array(idArb, { maxLength: 2 }),
    },
    { requiredKeys: ['activity', 'responsible', 'accountable'] },
  );

  it('buildRaci either returns a matrix that validates and reflects every assignment, or throws every issue', () => {
    fc.assert(
      fc.property(fc.array(assignmentArb, { maxLength: 6 }), (assignments) => {
        const frozen = deepFreeze(assignments as RaciAssignment[]);
        const before = clone(frozen);
        let m: RaciMatrix;
        try {
          m = buildRaci(o, frozen);
        } catch (err) {
          expect(err).toBeInstanceOf(PmoValidationError);
          const issues = (err as PmoValidationError).issues;
          expect(issues.length).toBeGreaterThan(0);
          for (const issue of issues) expect(typeof issue.path[0]).toBe('number');
          expect(frozen).toEqual(before);
          return;
        }
        expect(frozen).toEqual(before);
        expect(validateRaci(o, m)).toEqual([]);
        expect(m.activities).toEqual(frozen.map((a) => a.activity));
        frozen.forEach((a, i) => {
          const cell = (id: string) => m.cells[i]![m.people.indexOf(id)]!;
          expect(cell(a.accountable)).toContain('A');
          for (const id of a.responsible) expect(cell(id)).toContain('R');
          for (const id of a.consulted ?? []) expect(cell(id)).toEqual(['C']);
          for (const id of a.informed ?? []) expect(cell(id)).toEqual(['I']);
          const letters = m.cells[i]!.flat();
          expect(letters.filter((c) => c === 'A')).toHaveLength(1);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('buildRaci succeeds exactly when the assignments are well formed', () => {
    fc.assert(
      fc.property(fc.array(assignmentArb, { maxLength: 5 }), (assignments) => {
        const known = new Set(['ana', 'bo', 'cy', 'dee', '__proto__']);
        const names = assignments.map((a) => a.activity);
        const wellFormed =
          names.every((n) => n !== '') &&
          new Set(names).size === names.length &&
          assignments.every((a) => {
            const lists: [string, string[]][] = [
              ['A', [a.accountable]],
              ['R', a.responsible],
              ['C', a.consulted ?? []],
              ['I', a.informed ?? []],
            ];
            const all = lists.flatMap(([, l]) => l);
            if (a.responsible.length === 0 || !all.every((id) => known.has(id))) return false;
            for (const [, l] of lists) if (new Set(l).size !== l.length) return false;
            const roleCount = new Map<string, Set<string>>();
            for (const [code, l] of lists) for (const id of l) roleCount.set(id, (roleCount.get(id) ?? new Set()).add(code));
            return [...roleCount.values()].every((s) => s.size === 1 || (s.size === 2 && s.has('A') && s.has('R')));
          });
        let ok = true;
        try {
          buildRaci(o, assignments as RaciAssignment[]);
        } catch (err) {
          if (!(err instanceof PmoError)) throw err;
          ok = false;
        }
        expect(ok).toBe(wellFormed);
      }),
      { numRuns: 500 },
    );
  });
});
