import { issuesFromZod, SpecError, type SpecIssue } from '@goodhart/experiment/spec';
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';

/** Each wrong field and why, for whatever was wrong: the procedure input or the spec in it. */
export function issuesOf(cause: unknown): SpecIssue[] | null {
  if (cause instanceof SpecError) return cause.issues;
  if (cause instanceof ZodError) return issuesFromZod(cause);
  return null;
}

/** A spec that did not parse or is too large: BAD_REQUEST carrying the SpecError's issues. */
export function rethrowSpecError(error: unknown): never {
  if (error instanceof SpecError) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
  }
  throw error;
}

export function notFound(what: string): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `${what} not found` });
}
