import { z } from 'zod';
import { ExtensionsSchema, IdSchema, IsoDateSchema, PMO_CODE } from './primitives.js';

/**
 * An ISO weekday number, 1 = Monday … 7 = Sunday. `0` is accepted as Sunday too and normalized
 * to 7 (for data written with JavaScript's `getDay()` numbering).
 */
export const WeekdaySchema = z
  .number()
  .int()
  .min(0)
  .max(7)
  .transform((d) => (d === 0 ? 7 : d))
  .meta({ description: 'ISO weekday: 1 = Monday … 7 = Sunday (0 is read as Sunday).' });

/** A dated exception to a calendar's weekly pattern: a single day or an inclusive range. */
export const CalendarExceptionSchema = z
  .strictObject({
    date: IsoDateSchema.meta({ description: 'First (or only) day of the exception.' }),
    until: IsoDateSchema.optional().meta({ description: 'Last day of the exception, inclusive; defaults to `date`.' }),
    working: z.boolean().meta({ description: 'Whether the days are working days.' }),
    name: z.string().optional(),
    extensions: ExtensionsSchema.optional(),
  })
  .refine((e) => e.until === undefined || e.until >= e.date, {
    error: 'exception ends before it starts',
    path: ['until'],
    params: { [PMO_CODE]: 'invalid_range' },
  });
/** A dated exception to a calendar's weekly pattern. */
export type CalendarException = z.infer<typeof CalendarExceptionSchema>;

/** A working calendar: working weekdays, holidays and dated exceptions. */
export const CalendarSchema = z.strictObject({
  id: IdSchema,
  name: z.string().optional(),
  workingDays: z
    .array(WeekdaySchema)
    .transform((days) => [...new Set(days)].sort((a, b) => a - b))
    .meta({ description: 'Working weekdays (ISO numbers, 1 = Monday).' }),
  holidays: z.array(IsoDateSchema).default([]).meta({ description: 'Non-working days.' }),
  exceptions: z.array(CalendarExceptionSchema).default([]),
  hoursPerDay: z.number().positive().default(8).meta({ description: 'Working hours in a working day (for cost rates).' }),
  extensions: ExtensionsSchema.optional(),
});
/** A working calendar. */
export type Calendar = z.infer<typeof CalendarSchema>;
