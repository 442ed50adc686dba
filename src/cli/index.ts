import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { commandModule } from './commandModules.js';
import type { CliIo } from './io.js';
import { VERSION } from './version.js';

// `pmo --version` answers before the commands (and zod, and the engines) are loaded.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const { checkInputSize, readStandardInput } = await import('./inputSize.js');

  // Standard output is written synchronously, in order, slice by slice (a long --json answer comes
  // in chunks); a reader that closes early (`pmo cpm big.json | head -1`) is not an error: the rest
  // is dropped and the command exits as it would have (see stdoutWriter.ts).
  const { syncWriter } = await import('./stdoutWriter.js');
  const stdout = syncWriter(1);

  const io: CliIo = {
    out: stdout.write,
    outBytes: stdout.writeBytes,
    err: (text) => process.stderr.write(text),
    errIsTerminal: process.stderr.isTTY === true,
    readText: (path) => {
      if (path === '-') return readStandardInput(0);
      checkInputSize(path);
      return readFileSync(path, 'utf8');
    },
    writeText: (path, text) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    },
  };
  // A command loads its own module only; everything else (help, unknown commands) goes to main.
  const load = commandModule(argv[0]);
  let code: number | Promise<number>;
  if (load !== undefined) {
    const { runCommand } = await import('./runSpec.js');
    code = runCommand(await load(), argv.slice(1), io);
  } else {
    const { main } = await import('./main.js');
    code = main(argv, io);
  }
  process.exitCode = typeof code === 'number' ? code : await code;
}
