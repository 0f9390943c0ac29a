import { parseArgs } from 'node:util';
import { CliError } from './io';

export interface RunOptions {
  target: string;
  seeds?: number;
  rounds?: number;
  /** Runs at once (default: the number of cores). */
  concurrency?: number;
  out?: string;
  csv?: string;
  quiet: boolean;
}

export type CliCommand =
  | { command: 'run'; options: RunOptions }
  | { command: 'presets' }
  | { command: 'validate'; target: string }
  | { command: 'help' };

export const usage = `usage:
  goodhart run <preset|spec.json> [--seeds N] [--rounds N] [--concurrency N] [--out results.json] [--csv results.csv] [--quiet]
                                   --concurrency: runs at once, each on its own thread (default: cores)
  goodhart presets                 list the preset scenarios and the claim each tests
  goodhart validate <spec.json>    check a spec; print every wrong field and why
`;

export function parseCommand(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  switch (command) {
    case 'run':
      return { command: 'run', options: parseRunOptions(rest) };
    case 'presets':
      expectPositionals(rest, 0, 'presets');
      return { command: 'presets' };
    case 'validate': {
      const [target] = expectPositionals(rest, 1, 'validate');
      return { command: 'validate', target };
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      return { command: 'help' };
    default:
      throw new CliError(`unknown command "${command}"\n${usage}`);
  }
}

function parseRunOptions(argv: string[]): RunOptions {
  let parsed: ReturnType<typeof parseRun>;
  try {
    parsed = parseRun(argv);
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new CliError(`run takes one preset name or spec file\n${usage}`);
  }
  return {
    target: positionals[0],
    seeds: positiveInteger(values.seeds, '--seeds'),
    rounds: positiveInteger(values.rounds, '--rounds'),
    concurrency: positiveInteger(values.concurrency, '--concurrency'),
    out: values.out,
    csv: values.csv,
    quiet: values.quiet ?? false,
  };
}

function parseRun(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      seeds: { type: 'string' },
      rounds: { type: 'string' },
      concurrency: { type: 'string' },
      out: { type: 'string' },
      csv: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    },
  });
}

function positiveInteger(raw: string | undefined, flag: string): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new CliError(`${flag} must be a positive integer, got "${raw}"`);
  }
  return value;
}

function expectPositionals(argv: string[], count: number, command: string): string[] {
  const flags = argv.filter((arg) => arg.startsWith('-'));
  if (flags.length > 0 || argv.length !== count) {
    throw new CliError(`${command} takes ${count === 0 ? 'no arguments' : 'one file'}\n${usage}`);
  }
  return argv;
}
