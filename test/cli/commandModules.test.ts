/** The binary's on-demand loaders (commandModules.ts) and the registry list the same commands. */
import { describe, expect, it } from 'vitest';
import { COMMAND_MODULES, commandModule } from '../../src/cli/commandModules.js';
import { COMMANDS } from '../../src/cli/registry.js';

describe('COMMAND_MODULES', () => {
  it('lists the registry\'s commands, in its order', () => {
    expect(Object.keys(COMMAND_MODULES)).toEqual(COMMANDS.map((c) => c.name));
  });

  it('loads the very spec the registry holds for each command', async () => {
    for (const spec of COMMANDS) expect(await commandModule(spec.name)!()).toBe(spec);
  });

  it('has no loader for unknown names, inherited properties included', () => {
    for (const name of [undefined, '', 'nope', 'toString', '__proto__', 'constructor', 'hasOwnProperty']) expect(commandModule(name)).toBeUndefined();
  });
});
