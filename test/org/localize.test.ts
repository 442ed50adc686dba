import { describe, expect, it } from 'vitest';
import { describeStructure, LANGS, localize, type Lang, type LocalizedText } from '../../src/org/index.js';
import { catchPmoError } from './fixtures.js';

describe('localize', () => {
  const text: LocalizedText = { en: 'Functional organization', zh: '职能型组织' };

  it('returns the text in each language', () => {
    expect(localize(text, 'en')).toBe('Functional organization');
    expect(localize(text, 'zh')).toBe('职能型组织');
    expect(LANGS).toEqual(['en', 'zh']);
    expect(LANGS.map((l) => localize(describeStructure('projectized').label, l))).toEqual(['Projectized organization', '项目型组织']);
  });

  it('rejects an unknown language', () => {
    const err = catchPmoError(() => localize(text, 'fr' as Lang));
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.message).toBe('localize: unknown language "fr"; expected "en" or "zh"');
    expect(catchPmoError(() => localize(text, '__proto__' as Lang)).code).toBe('INVALID_ARGUMENT');
  });

  it('rejects a text without that language instead of returning undefined', () => {
    expect(catchPmoError(() => localize({ en: 'x' } as LocalizedText, 'zh')).code).toBe('INVALID_ARGUMENT');
    expect(catchPmoError(() => localize(null as unknown as LocalizedText, 'en')).code).toBe('INVALID_ARGUMENT');
  });
});
