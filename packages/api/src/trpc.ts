import { StoreReadOnlyError } from '@goodhart/store';
import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { Context } from './context';
import { issuesOf } from './errors';
import { sameText } from './http/session';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    // What went wrong inside (a database refusing a connection, say) goes to the server's log
    // (the HTTP handler's onError), never to the caller.
    const internal = error.code === 'INTERNAL_SERVER_ERROR';
    // Nor does a stack trace, which tRPC adds outside production.
    const { stack: _stack, ...data } = shape.data;
    return {
      ...shape,
      message: internal
        ? 'internal error: the server could not answer; see its log'
        : shape.message,
      data: {
        ...data,
        /** Every wrong field, input or spec: `{ path: 'arms.0.model.kind', message }`. */
        issues: issuesOf(error.cause),
        zodError: error.cause instanceof z.ZodError ? z.flattenError(error.cause) : null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Needs nothing, even when the server has a token: only the health check. */
export const openProcedure = t.procedure;

/**
 * Every read and every change: needs the shared token when the server has one
 * (GOODHART_TOKEN), as the bearer header or the dashboard's session cookie. An internal
 * portal's results are not public.
 */
export const readProcedure = t.procedure.use(({ ctx, next }) => {
  const required = ctx.requiredToken;
  if (required !== undefined && !ctx.signedIn && !sameText(ctx.presentedToken, required)) {
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message:
        ctx.presentedToken === undefined
          ? 'this server requires a token: sign in at /sign-in, or send the header "authorization: Bearer <GOODHART_TOKEN>"'
          : 'wrong token',
    });
  }
  return next();
});

/**
 * Changes something; the same token as a read. A store that can only be read (a read-only
 * data directory) refuses with 503 and says so; the path and cause go to the server's log.
 */
export const mutationProcedure = readProcedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof StoreReadOnlyError) {
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message:
        "the server's store is read-only just now: results can be read, nothing can be submitted or changed (the server log says why)",
      cause: result.error.cause,
    });
  }
  return result;
});

/** Kept for the routers written before reads needed the token: the same as readProcedure. */
export const publicProcedure = readProcedure;
