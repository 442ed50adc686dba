import { z } from 'zod';
import { isIsoDate } from '../internal/dates.js';

/** Attaches a pmo-kit issue code to a zod custom issue (read back by the issue mapper). */
export const PMO_CODE = 'pmoCode';

/**
 * An id: any non-empty string. `__proto__`, `constructor`, unicode and very long ids are valid;
 * pmo-kit never uses ids as plain-object keys.
 */
export const IdSchema = z.string().min(1, { error: 'id must be a non-empty string' }).meta({
  description: 'An identifier: any non-empty string.',
});

/** A calendar day as `YYYY-MM-DD` that exists (`2025-02-30` is rejected). */
export const IsoDateSchema = z
  .string()
  // abort: a string that is not YYYY-MM-DD gets this one issue, not also "does not exist".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (iss) => `expected a date as YYYY-MM-DD, got ${JSON.stringify(iss.input)}`, abort: true })
  .refine(isIsoDate, {
    error: (iss) => `date ${JSON.stringify(iss.input)} does not exist`,
    params: { [PMO_CODE]: 'invalid_date' },
    abort: true,
  })
  .meta({ description: 'A calendar day as YYYY-MM-DD.', format: 'date' });

/**
 * Extra JSON Schema keywords for schemas whose rules zod cannot express by itself (custom
 * refinements that carry pmo-kit issue codes).
 */
export const JSON_SCHEMA_EXTRAS = new WeakMap<z.ZodType, Record<string, unknown>>();

/** A finite number (no NaN, no Infinity). */
export const FiniteSchema = z.number().refine(Number.isFinite, { error: 'expected a finite number' });

/** A finite number >= 0. */
export const NonNegativeSchema = z.number().min(0).refine(Number.isFinite, { error: 'expected a finite number' });

/** A duration in working days: a finite number >= 0. */
export const DurationSchema = z
  .number()
  .refine(Number.isFinite, { error: 'expected a finite number of working days', abort: true })
  .refine((n) => n >= 0, {
    error: (iss) => `duration must not be negative (got ${String(iss.input)})`,
    params: { [PMO_CODE]: 'negative_duration' },
  })
  .meta({ description: 'A duration in working days (>= 0).' });
JSON_SCHEMA_EXTRAS.set(DurationSchema, { minimum: 0 });

/** A probability in [0, 1]. */
export const ProbabilitySchema = z.number().min(0).max(1).meta({ description: 'A probability in [0, 1].' });

/** A percentage in [0, 100]. */
export const PercentSchema = z.number().min(0).max(100);

/**
 * A record keyed by arbitrary strings, safe for keys like `__proto__`: validated entry by entry
 * and returned as a null-prototype object, so a lookup never reaches `Object.prototype`.
 * Read it with `Object.hasOwn` or convert with `new Map(Object.entries(record))`.
 */
export function safeRecord<T extends z.ZodType>(value: T, description: string) {
  const schema = z
    .custom<Record<string, z.output<T>>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
      error: (iss) => `expected an object, received ${describeType(iss.input)}`,
    })
    .transform((obj, ctx) => {
      const out = Object.create(null) as Record<string, z.output<T>>;
      for (const [key, raw] of Object.entries(obj)) {
        if (key === '') {
          ctx.addIssue({ code: 'custom', message: 'key must be a non-empty string', path: [key] });
          continue;
        }
        const r = value.safeParse(raw);
        if (r.success) out[key] = r.data as z.output<T>;
        else for (const iss of r.error.issues) ctx.addIssue({ ...iss, path: [key, ...iss.path] } as never);
      }
      return out;
    })
    .meta({ description });
  SAFE_RECORDS.set(schema, value);
  return schema;
}

/** Safe-record schemas and their value schema, for the JSON Schema export. */
export const SAFE_RECORDS = new WeakMap<z.ZodType, z.ZodType>();

/**
 * Extension data of an entity: any fields of an integration's own, under one explicit key, since
 * every other unknown field is a validation issue (`unknown_key`). pmo-kit never reads them; the
 * parse result carries them as a null-prototype record whose values are the input's values (not
 * copied). Read it with `Object.hasOwn`.
 */
export const ExtensionsSchema = safeRecord(
  z.unknown(),
  'Extension data: fields of your own, free-form (pmo-kit keeps them and never reads them).',
);

/** A short name for the type of an unknown value, for messages. */
export function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}
