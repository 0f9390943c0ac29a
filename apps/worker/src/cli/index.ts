import { parseCommand, usage } from './args';
import { CliError, type CliIo, exitCodes, processIo } from './io';
import { presetsCommand } from './presets-command';
import { replicateCommand } from './replicate-command';
import { runCommand } from './run-command';
import { validateCommand } from './validate-command';

export { type CliIo, processIo } from './io';

/** The `goodhart` command line: run | replicate | presets | validate. Resolves to the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo = processIo(),
  signal?: AbortSignal,
): Promise<number> {
  try {
    const parsed = parseCommand(argv);
    switch (parsed.command) {
      case 'run':
        return await runCommand(parsed.options, io, signal);
      case 'replicate':
        return await replicateCommand(parsed.options, io, signal);
      case 'presets':
        return presetsCommand(io);
      case 'validate':
        return await validateCommand(parsed.target, io);
      case 'help':
        io.out(usage);
        return exitCodes.ok;
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`${error.message}\n`);
      return error.exitCode;
    }
    io.err(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return exitCodes.failed;
  }
}

export const cliCommands = ['run', 'replicate', 'presets', 'validate'] as const;
