import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
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

export interface ReplicateOptions {
  /** Presets by name, or spec files; every preset when empty. */
  targets: string[];
  seeds?: number;
  rounds?: number;
  concurrency?: number;
  /** The table as markdown (`.md`) or JSON (`.json`). */
  out?: string;
  quiet: boolean;
}

export type CliCommand =
  | { command: 'run'; options: RunOptions }
  | { command: 'replicate'; options: ReplicateOptions }
  | { command: 'presets' }
  | { command: 'validate'; target: string }
  | { command: 'help' };

export const usage = `usage:
  goodhart run <preset|spec.json> [--seeds N] [--rounds N] [--concurrency N] [--out results.json] [--csv results.csv] [--quiet]
                                   --concurrency: runs at once, each on its own thread (default: free cores,
                                   the cores minus the 1-minute load average, at least 1)
  goodhart replicate [--preset] [name|spec.json ...] [--seeds N] [--rounds N] [--concurrency N] [--out table.md|table.json] [--quiet]
                                   run every preset (or those named) and print the replication
                                   table: each claim's verdict, paired effect, seeds and learnability
  goodhart presets                 list the preset scenarios and the claims each tests
  goodhart validate <spec.json>    check a spec; print every wrong field and why
  goodhart worker [--concurrency N] [--id NAME] [--once]
                                   serve the queue of submitted runs (the store: DATABASE_URL or
                                   GOODHART_DATA_DIR; see the README's environment variables)
`;

export function parseCommand(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  switch (command) {
    case 'run':
      return { command: 'run', options: parseRunOptions(rest) };
    case 'replicate':
      return { command: 'replicate', options: parseReplicateOptions(rest) };
    case 'presets':
      expectNoArguments(rest, 'presets');
      return { command: 'presets' };
    case 'validate':
      return { command: 'validate', target: expectOneFile(rest, 'validate') };
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      return { command: 'help' };
    default:
      throw new CliError(`unknown command "${command}"\n${usage}`);
  }
}

/** Flags `run` and `replicate` share. */
const sharedFlags = {
  seeds: { type: 'string' },
  rounds: { type: 'string' },
  concurrency: { type: 'string' },
  out: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const satisfies ParseArgsOptionsConfig;

function parseRunOptions(argv: string[]): RunOptions {
  const { values, positionals } = parseFlags(argv, { ...sharedFlags, csv: { type: 'string' } });
  const [target, ...more] = positionals;
  if (target === undefined || more.length > 0) {
    throw new CliError(`run takes one preset name or spec file\n${usage}`);
  }
  return { target, ...sharedOptions(values), csv: values.csv };
}

function parseReplicateOptions(argv: string[]): ReplicateOptions {
  const { values, positionals } = parseFlags(argv, {
    ...sharedFlags,
    preset: { type: 'string', multiple: true },
  });
  if (values.out !== undefined && !/\.(md|json)$/i.test(values.out)) {
    throw new CliError(`--out must end in .md or .json, got "${values.out}"`);
  }
  return { targets: [...(values.preset ?? []), ...positionals], ...sharedOptions(values) };
}

function parseFlags<Options extends ParseArgsOptionsConfig>(argv: string[], options: Options) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${usage}`);
  }
}

function sharedOptions(values: {
  seeds?: string;
  rounds?: string;
  concurrency?: string;
  out?: string;
  quiet?: boolean;
}) {
  return {
    seeds: positiveInteger(values.seeds, '--seeds'),
    rounds: positiveInteger(values.rounds, '--rounds'),
    concurrency: positiveInteger(values.concurrency, '--concurrency'),
    out: values.out,
    quiet: values.quiet ?? false,
  };
}

function positiveInteger(raw: string | undefined, flag: string): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new CliError(`${flag} must be a positive integer, got "${raw}"`);
  }
  return value;
}

function expectNoArguments(argv: string[], command: string): void {
  if (argv.length > 0) throw new CliError(`${command} takes no arguments\n${usage}`);
}

/** The one file `command` takes; none, more, or a flag is an error. */
function expectOneFile(argv: string[], command: string): string {
  const [file, ...more] = argv;
  if (file === undefined || file.startsWith('-') || more.length > 0) {
    throw new CliError(`${command} takes one file\n${usage}`);
  }
  return file;
}
