import type { FieldIssue } from '../lib/issues';

interface ErrorShape {
  message?: string;
  data?: { code?: string; httpStatus?: number; issues?: FieldIssue[] | null } | null;
}

/** The tRPC error code ('NOT_FOUND', 'BAD_REQUEST', ...) of a failed call, if it has one. */
export function errorCode(error: unknown): string | undefined {
  return (error as ErrorShape | null)?.data?.code ?? undefined;
}

/** Per-field reasons the API attaches to BAD_REQUEST errors (see packages/api/README.md). */
export function errorIssues(error: unknown): FieldIssue[] {
  return (error as ErrorShape | null)?.data?.issues ?? [];
}

export function errorMessage(error: unknown): string {
  const issues = errorIssues(error);
  if (issues.length > 0) {
    return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  }
  if (error instanceof Error && error.message) return error.message;
  return 'The request failed.';
}
