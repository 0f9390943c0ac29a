import type { SpecError } from '@goodhart/experiment';
import type { CliIo } from './io';

export function printSpecIssues(io: CliIo, source: string, error: SpecError): void {
  io.err(`${source}: invalid spec, ${error.issues.length} problem(s):\n`);
  for (const issue of error.issues) {
    io.err(`  ${issue.path === '' ? '(spec)' : issue.path}: ${issue.message}\n`);
  }
}
