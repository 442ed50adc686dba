export {
  IdSchema,
  IsoDateSchema,
  DurationSchema,
  ProbabilitySchema,
  PercentSchema,
  FiniteSchema,
  NonNegativeSchema,
} from './primitives.js';
