import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError } from './io';

/**
 * Refuses, before any run starts, a path the results could not be written to: a missing or
 * read-only directory, a directory in the file's place, a read-only file. Better than finding
 * out after an hour of runs.
 */
export async function assertWritable(path: string, flag: string): Promise<void> {
  const directory = dirname(path);
  try {
    await access(directory, constants.W_OK);
  } catch (error) {
    throw new CliError(`${flag}: cannot write to ${directory} (${codeOf(error)})`);
  }
  try {
    if ((await stat(path)).isDirectory()) throw new CliError(`${flag}: ${path} is a directory`);
    await access(path, constants.W_OK);
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (codeOf(error) !== 'ENOENT')
      throw new CliError(`${flag}: cannot write ${path} (${codeOf(error)})`);
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
