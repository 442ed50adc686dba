import { toJsonSchema } from '../../model/json-schema.js';
import { MODEL_NAMES, type ModelName } from '../../model/models.js';
import type { CommandContext, CommandSpec } from '../command.js';
import { CliExit, printJson } from '../io.js';

/** `pmo schema <model>`: the JSON Schema of a top-level model. */
export const schemaCommand: CommandSpec = {
  name: 'schema',
  summary: 'print the JSON Schema of a model (portfolio, project, …)',
  usage: '<model>',
  positionals: { min: 1, max: 1, what: 'model name' },
  flags: {},
  examples: [{ command: 'pmo schema portfolio > portfolio.schema.json', description: 'the schema editors and validators use for portfolio files' }],
  notes: [`Models: ${MODEL_NAMES.join(', ')}. The output is always JSON.`],
  run: (ctx: CommandContext): number => {
    const model = ctx.positionals[0]!;
    if (!(MODEL_NAMES as readonly string[]).includes(model))
      throw new CliExit(2, `pmo schema: unknown model "${model}"; expected one of ${MODEL_NAMES.join(', ')}`);
    printJson(ctx.io, toJsonSchema(model as ModelName));
    return 0;
  },
};
