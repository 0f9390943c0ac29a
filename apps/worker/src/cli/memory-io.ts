import type { CliIo } from './io';

/** A CliIo that keeps what is written, for tests that drive runCli in process. */
export function memoryIo(cwd: string): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    errIsTty: false,
    cwd,
    stdout: () => out,
    stderr: () => err,
  };
}
