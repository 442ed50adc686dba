import { z } from 'zod';
import { show } from '../internal/show.js';
import { PmoError } from '../errors.js';
import { MODEL_NAMES, MODELS, type ModelName } from './models.js';
import { JSON_SCHEMA_EXTRAS, SAFE_RECORDS } from './primitives.js';

/** A JSON Schema document (draft 2020-12) as a plain object. */
export type JsonSchema = Record<string, unknown>;

/**
 * Exports the JSON Schema (draft 2020-12) of a top-level model, generated from its zod schema
 * with zod 4's built-in conversion. It describes the input a file may contain: fields with
 * defaults are optional, and every object says `additionalProperties: false` (an entity's own
 * data goes in its free-form `extensions`). Beyond-shape rules (unique ids, known references, real dates) are
 * stated in descriptions but only {@link parsePortfolio} and its siblings enforce them.
 *
 * @param model - which model: `portfolio`, `project`, `organization`, `riskRegister`, `risk`,
 *   `calendar`, `resource`, `resourcePool`, `program`, `statusReport`, `baseline`, `allocation`,
 *   `selection`, `prioritization`, `lesson` or `maturityAssessment`
 * @returns a new JSON Schema object with `$schema`, `$id` and `title`
 * @throws {@link PmoError} `INVALID_ARGUMENT` for an unknown model name
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('portfolio.schema.json', JSON.stringify(toJsonSchema('portfolio'), null, 2));
 * ```
 */
export function toJsonSchema(model: ModelName): JsonSchema {
  const entry = typeof model === 'string' ? MODELS.get(model) : undefined;
  if (entry === undefined)
    throw new PmoError(
      'INVALID_ARGUMENT',
      `toJsonSchema: unknown model ${show(model)}; expected one of ${MODEL_NAMES.join(', ')}`,
    );
  const schema = z.toJSONSchema(entry.schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const zodSchema = ctx.zodSchema as unknown as z.ZodType;
      const extras = JSON_SCHEMA_EXTRAS.get(zodSchema);
      if (extras !== undefined) Object.assign(ctx.jsonSchema, extras);
      const value = SAFE_RECORDS.get(zodSchema);
      if (value === undefined) return;
      const { $schema: _drop, ...valueSchema } = z.toJSONSchema(value, { io: 'input' });
      const description = ctx.jsonSchema.description;
      for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
      Object.assign(ctx.jsonSchema, {
        type: 'object',
        propertyNames: { minLength: 1 },
        additionalProperties: valueSchema,
        ...(description !== undefined ? { description } : {}),
      });
    },
  }) as JsonSchema;
  return {
    $schema: schema.$schema,
    $id: `https://pmo-kit.dev/schemas/${model}.json`,
    title: `pmo-kit ${entry.label}`,
    ...schema,
  };
}
