import { PmoError } from '../errors.js';
import { show } from './internal/guards.js';
import type { Lang, LocalizedText } from './types.js';

/**
 * Returns the text of a {@link LocalizedText} in one language.
 *
 * @param text - a label or description of the knowledge model
 * @param lang - `'en'` or `'zh'`
 * @returns the string in that language
 * @throws {@link PmoError} with code `INVALID_ARGUMENT` when `lang` is not `'en'` or `'zh'`, or
 *   `text` has no string in that language
 * @example
 * ```ts
 * localize(describeStructure('weak-matrix').label, 'zh'); // '弱矩阵型组织'
 * ```
 */
export function localize(text: LocalizedText, lang: Lang): string {
  if (lang !== 'en' && lang !== 'zh') {
    throw new PmoError('INVALID_ARGUMENT', `localize: unknown language ${show(lang)}; expected "en" or "zh"`);
  }
  const value: unknown = typeof text === 'object' && text !== null ? text[lang] : undefined;
  if (typeof value !== 'string') {
    throw new PmoError('INVALID_ARGUMENT', `localize: expected a localized text with a "${lang}" string, got ${show(text)}`);
  }
  return value;
}
