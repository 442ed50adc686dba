/** Fixtures and helpers for the org suites. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { PmoError } from '../../src/errors.js';
import type { Organization, OrganizationStructure, Person, Pmo } from '../../src/model/organization.js';
import type { LocalizedText } from '../../src/org/index.js';
import { deepFreeze } from '../helpers.js';

/** Path of the source article on PMOs (outside the repository, may be absent). */
export const ARTICLE_PATH = fileURLToPath(new URL('../../../shared/source/pmo-article.zh.txt', import.meta.url));
/** The source article's text, or undefined when the file is not present. */
export const ARTICLE: string | undefined = existsSync(ARTICLE_PATH) ? readFileSync(ARTICLE_PATH, 'utf8') : undefined;

/** A person with defaults. */
export function person(id: string, roles: Person['roles'] = [], extra: Partial<Person> = {}): Person {
  return { id, name: `Person ${id}`, roles, ...extra };
}

/** A deep-frozen organization. */
export function org(structure: OrganizationStructure, people: Person[], pmo?: Pmo): Organization {
  const o: Organization = { id: 'acme', name: 'ACME', structure, units: [], people };
  return deepFreeze(pmo === undefined ? o : { ...o, pmo });
}

/** A PMO with defaults. */
export function pmo(type: Pmo['type'], extra: Partial<Pmo> = {}): Pmo {
  return { name: 'EPMO', type, functions: [], ...extra };
}

/** Every LocalizedText-like object ({en, zh}) found anywhere inside a value, with its path. */
export function localizedTexts(value: unknown, path = '$'): { path: string; text: LocalizedText }[] {
  if (typeof value !== 'object' || value === null) return [];
  const rec = value as Record<string, unknown>;
  if (typeof rec.en === 'string' && typeof rec.zh === 'string') return [{ path, text: rec as unknown as LocalizedText }];
  return Object.entries(rec).flatMap(([k, v]) => localizedTexts(v, `${path}.${k}`));
}

/** Asserts that every localized text has non-blank English and Chinese, and Chinese that contains CJK. */
export function expectBilingual(value: unknown, minimum = 1): void {
  const texts = localizedTexts(value);
  expect(texts.length).toBeGreaterThanOrEqual(minimum);
  for (const { path, text } of texts) {
    expect(text.en.trim(), `${path}.en`).not.toBe('');
    expect(text.zh.trim(), `${path}.zh`).not.toBe('');
    expect(text.zh, `${path}.zh has Chinese`).toMatch(/\p{Script=Han}/u);
    expect(text.en, `${path}.en has no Chinese`).not.toMatch(/\p{Script=Han}/u);
  }
}

/** Runs `fn` and returns the PmoError it throws (fails the test if it does not throw one). */
export function catchPmoError(fn: () => unknown): PmoError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(PmoError);
    return err as PmoError;
  }
  throw new Error('expected a PmoError to be thrown');
}
