export {
  IdSchema,
  IsoDateSchema,
  DurationSchema,
  ProbabilitySchema,
  PercentSchema,
  FiniteSchema,
  NonNegativeSchema,
  ExtensionsSchema,
} from './primitives.js';
