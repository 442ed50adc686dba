import { toJsonSchema } from '../../model/json-schema.js';
import { MODEL_NAMES, type ModelName } from '../../model/models.js';
import { CliExit, type CliIo } from '../io.js';

/** `pmo schema <model>`: prints the JSON Schema of a top-level model. */
export function schemaCommand(io: CliIo, model: string): number {
  if (!(MODEL_NAMES as readonly string[]).includes(model))
    throw new CliExit(2, `pmo schema: unknown model "${model}"; expected one of ${MODEL_NAMES.join(', ')}`);
  io.out(`${JSON.stringify(toJsonSchema(model as ModelName), null, 2)}\n`);
  return 0;
}
