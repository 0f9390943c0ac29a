import { countRuns, parseSpec, SpecError, specHash } from '@goodhart/experiment';
import { assertRunnable } from '@goodhart/store/submission';
import { type CliIo, exitCodes } from './io';
import { loadSpecDocument } from './load-spec';
import { printSpecIssues } from './print-issues';

/** Parses a spec and checks its size; prints its hash and run count, or every wrong field. */
export async function validateCommand(target: string, io: CliIo): Promise<number> {
  const document = await loadSpecDocument(target, io.cwd);
  try {
    const spec = parseSpec(document);
    assertRunnable(spec);
    io.out(`${target}: valid — "${spec.name}", ${countRuns(spec)} runs, hash ${specHash(spec)}\n`);
    return exitCodes.ok;
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    printSpecIssues(io, target, error);
    return exitCodes.badInput;
  }
}
