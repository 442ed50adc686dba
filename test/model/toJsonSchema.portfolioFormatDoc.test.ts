/**
 * docs/portfolio-format.md is the one description of the portfolio file: every object of the
 * portfolio's JSON Schema has a section there, every field of it is named in that section, and
 * every enumerated value is written out. A field added to a schema without its line in the guide
 * fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '../../src/model/json-schema.js';
import { ROOT } from '../helpers.js';

const DOC = readFileSync(join(ROOT, 'docs/portfolio-format.md'), 'utf8');

/** The `### ` sections of the guide, by heading. */
function sections(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = markdown.split(/^### /m).slice(1);
  for (const part of parts) {
    const nl = part.indexOf('\n');
    out.set(part.slice(0, nl).trim(), part.slice(nl + 1).split(/^## /m)[0]!);
  }
  return out;
}

/** The section that documents each object of the schema, by its path (`[]` for array items). */
const SECTION_OF: Record<string, string> = {
  '': 'Portfolio',
  organization: 'Organization',
  'organization.units[]': 'OrgUnit',
  'organization.people[]': 'Person',
  'organization.pmo': 'Pmo',
  'organization.pmo.authority': 'Pmo',
  'calendars[]': 'Calendar',
  'calendars[].exceptions[]': 'Calendar',
  'resources[]': 'Resource and ResourcePool',
  'pools[]': 'Resource and ResourcePool',
  'programs[]': 'Program',
  'projects[]': 'Project',
  'projects[].tasks[]': 'Task',
  'projects[].tasks[].estimate': 'Task',
  'projects[].tasks[].constraint': 'Task',
  'projects[].tasks[].demands[]': 'Task',
  'projects[].tasks[].evMilestones[]': 'Task',
  'projects[].dependencies[]': 'Dependency and CrossDependency',
  'crossDependencies[]': 'Dependency and CrossDependency',
  'risks[]': 'Risk',
  'risks[].impact': 'Risk',
  'risks[].actions[]': 'Risk',
  'risks[].inherent': 'Risk',
  'risks[].inherent.impact': 'Risk',
  'risks[].residual': 'Risk',
  'risks[].residual.impact': 'Risk',
  'statusReports[]': 'StatusReport',
  'baselines[]': 'Baseline',
  'baselines[].tasks[]': 'Baseline',
  'objectives[]': 'StrategicObjective',
  'lessons[]': 'Lesson',
  maturityAssessment: 'MaturityAssessment',
  'maturityAssessment.functions[]': 'MaturityAssessment',
};

interface SchemaNode {
  readonly type?: unknown;
  readonly properties?: Record<string, SchemaNode>;
  readonly items?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
  readonly enum?: readonly unknown[];
}

/** Every object of the schema with its path and fields, and every enumeration with its path. */
function walk(node: SchemaNode, path: string, objects: Map<string, string[]>, enums: Map<string, readonly unknown[]>): void {
  if (node.enum) enums.set(path, node.enum);
  if (node.properties) {
    objects.set(path, Object.keys(node.properties));
    for (const [key, child] of Object.entries(node.properties)) walk(child, path === '' ? key : `${path}.${key}`, objects, enums);
  }
  if (node.items) walk(node.items, `${path}[]`, objects, enums);
  for (const alt of node.anyOf ?? []) walk(alt, path, objects, enums);
}

/** The code spans of a Markdown text. */
const codeSpans = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

describe('docs/portfolio-format.md documents the whole portfolio schema', () => {
  const objects = new Map<string, string[]>();
  const enums = new Map<string, readonly unknown[]>();
  walk(toJsonSchema('portfolio') as SchemaNode, '', objects, enums);
  const bySection = sections(DOC);

  it('finds the objects of the schema (the walk works)', () => {
    expect(objects.size).toBeGreaterThanOrEqual(Object.keys(SECTION_OF).length);
    expect(objects.get('projects[].tasks[]')).toContain('duration');
  });

  it('has a section for every object of the schema', () => {
    const unmapped = [...objects.keys()].filter((path) => SECTION_OF[path] === undefined);
    expect(unmapped, 'objects of the schema that no section of the guide describes').toEqual([]);
    const missing = [...new Set(Object.values(SECTION_OF))].filter((h) => !bySection.has(h));
    expect(missing, 'sections missing from the guide').toEqual([]);
  });

  it('names every field of every object in its section', () => {
    const undocumented: string[] = [];
    for (const [path, keys] of objects) {
      const section = bySection.get(SECTION_OF[path] ?? '') ?? '';
      const spans = codeSpans(section);
      for (const key of keys) if (!spans.some((s) => new RegExp(`(^|[^\\w$])${key}([^\\w$]|$)`).test(s))) undocumented.push(`${path || '(top level)'}.${key}`);
    }
    expect(undocumented).toEqual([]);
  });

  it('writes out every enumerated value', () => {
    const spans = new Set(codeSpans(DOC).flatMap((s) => s.split(/\s+/)));
    const missing: string[] = [];
    for (const [path, values] of enums) for (const v of values) if (!spans.has(String(v))) missing.push(`${path}: ${String(v)}`);
    expect(missing).toEqual([]);
  });
});
