/** lessonsFor and searchLessons: a deterministic, explained ranking; search by tag, category and text. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePortfolio } from '../../src/model/parse.js';
import type { Portfolio } from '../../src/model/portfolio.js';
import { lessonsFor, searchLessons } from '../../src/performance/index.js';

const SAMPLE = parsePortfolio(JSON.parse(readFileSync(new URL('../../examples/data/sample-portfolio.json', import.meta.url), 'utf8')));

describe('lessonsFor', () => {
  it('ranks the sample’s lessons for the telematics rollout, each with its reasons', () => {
    const r = lessonsFor(SAMPLE, 'tel');
    expect(r.query).toEqual({ id: 'tel', category: 'infrastructure', unitId: 'u-ops', budget: 200_500, tags: ['hardware', 'vendor', 'rollout', 'integration'] });
    expect(r.lessons.map((x) => [x.lesson.id, x.score])).toEqual([
      ['l-wms-vendor', 4],
      ['l-wms-erp', 3],
      ['l-wms-req', 3],
      ['l-portal-api', 2],
      ['l-portal-sso', 2],
      ['l-dp-quality', 1],
      ['l-dp-arch', 1],
    ]);
    expect(r.lessons[0]!.reasons.map((x) => [x.attribute, x.points, x.text.en])).toEqual([
      ['unit', 2, 'same organizational unit: u-ops'],
      ['size', 1, 'similar size: budgets 335,000 and 200,500'],
      ['tag', 1, 'shared tag: vendor'],
    ]);
    // The ranking explains itself: each score is the sum of its reasons' points.
    for (const x of r.lessons) expect(x.score).toBe(x.reasons.reduce((s, y) => s + y.points, 0));
    for (const x of r.lessons) for (const y of x.reasons) expect(y.text.zh).toMatch(/[\u4e00-\u9fff]/);
    // Its own lesson and the organization-wide one (no matching tag) are left out.
    expect(r.lessons.map((x) => x.lesson.id)).not.toContain('l-tel-procurement');
    expect(lessonsFor(SAMPLE, 'tel', { includeOwn: true }).lessons.map((x) => x.lesson.id)).toContain('l-tel-procurement');
  });

  it('a program and a category match: the portal learns from the data platform of its program', () => {
    const r = lessonsFor(SAMPLE, 'portal');
    // dp's lessons: program 2 + similar size 1; wms's: category 3 (335,000 is not within twice 131,000)
    expect(r.lessons.map((x) => [x.lesson.id, x.score])).toEqual([
      ['l-wms-erp', 3],
      ['l-wms-vendor', 3],
      ['l-dp-quality', 3],
      ['l-dp-arch', 3], // 02-27, as l-wms-req: by id
      ['l-wms-req', 3],
      ['l-tel-procurement', 1], // similar size only
    ]);
    expect(r.lessons.filter((x) => x.lesson.projectId === 'dp').every((x) => x.reasons.some((y) => y.attribute === 'program'))).toBe(true);
    expect(r.lessons.filter((x) => x.lesson.projectId === 'wms').every((x) => x.reasons.some((y) => y.attribute === 'category'))).toBe(true);
  });

  it('the ranking is deterministic: the order of the lessons in the file does not matter; ties go to the most recent, then the id', () => {
    const ids = lessonsFor(SAMPLE, 'tel').lessons.map((x) => x.lesson.id);
    fc.assert(
      fc.property(fc.shuffledSubarray([...SAMPLE.lessons!], { minLength: SAMPLE.lessons!.length }), (shuffled) => {
        expect(lessonsFor({ ...SAMPLE, lessons: shuffled }, 'tel').lessons.map((x) => x.lesson.id)).toEqual(ids);
      }),
      { numRuns: 50 },
    );
    // l-wms-erp (04-15) before l-wms-req (02-27): same score, more recent first; l-portal-api and l-portal-sso differ in date too.
    expect(ids.indexOf('l-wms-erp')).toBeLessThan(ids.indexOf('l-wms-req'));
    // Same score and date: by id.
    const twins: Portfolio = { ...SAMPLE, lessons: [{ ...SAMPLE.lessons![2]!, id: 'b' }, { ...SAMPLE.lessons![2]!, id: 'a' }] };
    expect(lessonsFor(twins, 'tel').lessons.map((x) => x.lesson.id)).toEqual(['a', 'b']);
  });

  it('a project not in the portfolio, by its attributes; weights and limit are options', () => {
    const r = lessonsFor(SAMPLE, { category: 'software', tags: ['VENDOR', 'erp'] }, { limit: 2 });
    // Category 3 + one tag: l-wms-erp (erp, 04-15), l-wms-vendor (vendor, 04-08), l-portal-sso (vendor, 03-31); the two most recent.
    expect(r.lessons.map((x) => [x.lesson.id, x.score])).toEqual([
      ['l-wms-erp', 4],
      ['l-wms-vendor', 4],
    ]);
    const tagsOnly = lessonsFor(SAMPLE, { category: 'software', tags: ['vendor'] }, { weights: { category: 0, tag: 5 } });
    expect(tagsOnly.lessons.every((x) => x.reasons.every((y) => y.attribute === 'tag'))).toBe(true);
    expect(tagsOnly.lessons.map((x) => x.score)).toEqual([5, 5, 5]);
  });

  it('errors name the problem', () => {
    expect(() => lessonsFor(SAMPLE, 'nope')).toThrow(/lessonsFor: no project "nope"; the projects: "wms", "dp", "portal", "tel"/);
    expect(() => lessonsFor(SAMPLE, { tags: 'vendor' } as never)).toThrow(/project.tags must be an array of strings/);
    expect(() => lessonsFor(SAMPLE, 'tel', { weights: { color: 1 } } as never)).toThrow(/unknown attribute "color"/);
    expect(() => lessonsFor(SAMPLE, 'tel', { sizeRatio: 1 })).toThrow(/sizeRatio must be a number above 1/);
    expect(() => lessonsFor({ ...SAMPLE, lessons: [{ id: 'x' }] as never }, 'tel')).toThrow(/portfolio.lessons\[0\].category must be a string/);
  });
});

describe('searchLessons', () => {
  const lessons = SAMPLE.lessons!;
  it('by tag (every tag given), category and text, ignoring case', () => {
    expect(searchLessons(lessons, { tags: ['Vendor'] }).map((l) => l.id)).toEqual(['l-wms-vendor', 'l-portal-sso', 'l-tel-procurement']);
    expect(searchLessons(lessons, { tags: ['vendor', 'contract'] }).map((l) => l.id)).toEqual(['l-wms-vendor', 'l-tel-procurement']);
    expect(searchLessons(lessons, { category: 'VENDOR MANAGEMENT' })).toHaveLength(3);
    expect(searchLessons(lessons, { text: 'api contract' }).map((l) => l.id)).toEqual(['l-portal-api']);
    expect(searchLessons(lessons, { text: 'vendor', category: 'vendor management', tags: ['sso'] }).map((l) => l.id)).toEqual(['l-portal-sso']);
    expect(searchLessons(lessons)).toEqual(lessons);
    expect(searchLessons(lessons, { text: 'no such thing' })).toEqual([]);
  });

  it('bad criteria give a PmoError', () => {
    expect(() => searchLessons(lessons, { tags: 'x' } as never)).toThrow(/searchLessons: options.tags must be an array of strings/);
    expect(() => searchLessons('x' as never)).toThrow(/lessons must be an array of lessons/);
  });
});
