/** Input shapes used by the converters. Private to pmo-kit/io. */
import type { z } from 'zod';
import type { CalendarSchema } from '../../model/calendar.js';

/** A calendar as written (before defaults). */
export type CalendarInput = z.input<typeof CalendarSchema>;
