import { timingSafeEqual } from 'node:crypto';
import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { Context } from './context';
import { issuesOf } from './errors';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: {
        ...shape.data,
        /** Every wrong field, input or spec: `{ path: 'arms.0.model.kind', message }`. */
        issues: issuesOf(error.cause),
        zodError: error.cause instanceof z.ZodError ? z.flattenError(error.cause) : null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;

/** Changes something: needs the shared token when the server has one (GOODHART_TOKEN). */
export const mutationProcedure = t.procedure.use(({ ctx, next }) => {
  const required = ctx.requiredToken;
  if (required !== undefined && !sameToken(ctx.presentedToken, required)) {
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message:
        ctx.presentedToken === undefined
          ? 'this server requires a token: send the header "authorization: Bearer <GOODHART_TOKEN>"'
          : 'wrong token',
    });
  }
  return next();
});

function sameToken(presented: string | undefined, required: string): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(required);
  return a.length === b.length && timingSafeEqual(a, b);
}
