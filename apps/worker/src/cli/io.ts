/** Where the command line writes, so commands can be driven from tests without a process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal: a redrawn progress bar there, plain lines otherwise. */
  readonly errIsTty: boolean;
  /** Directory relative paths on the command line are resolved against. */
  readonly cwd: string;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errIsTty: Boolean(process.stderr.isTTY),
    // `pnpm goodhart` runs in apps/worker; pnpm records the directory the user typed it in.
    cwd: process.env.INIT_CWD ?? process.cwd(),
  };
}

/** Exit codes: 0 done, 1 the run failed, 2 the request was wrong (usage, spec, unknown preset). */
export const exitCodes = { ok: 0, failed: 1, badInput: 2 } as const;

/** A failure the user can fix, with the exit code to leave with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = exitCodes.badInput,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
