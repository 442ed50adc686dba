import type { AUTHORITY_LEVELS } from '../model/organization.js';

/**
 * A language of the knowledge model: English (`en`) or Simplified Chinese (`zh`).
 *
 * @example
 * ```ts
 * const lang: Lang = 'zh';
 * ```
 */
export type Lang = 'en' | 'zh';

/**
 * The languages of the knowledge model, in the order pmo-kit lists them.
 *
 * @example
 * ```ts
 * for (const lang of LANGS) console.log(localize(describeStructure('functional').label, lang));
 * ```
 */
export const LANGS: readonly Lang[] = Object.freeze(['en', 'zh'] as const);

/**
 * A text in English and Simplified Chinese. Every label and description of the pmo-kit knowledge
 * model has both; read one with {@link localize}.
 *
 * @example
 * ```ts
 * const label: LocalizedText = { en: 'Functional organization', zh: '职能型组织' };
 * ```
 */
export interface LocalizedText {
  /** The English text. */
  readonly en: string;
  /** The Simplified Chinese text. */
  readonly zh: string;
}

/**
 * Degree of control a PMO exercises over projects: `low` (supportive), `moderate` (controlling)
 * or `high` (directive), as in the PMBOK Guide.
 *
 * @example
 * ```ts
 * const level: ControlLevel = describePmoType('controlling').controlLevel; // 'moderate'
 * ```
 */
export type ControlLevel = (typeof AUTHORITY_LEVELS)[number];
