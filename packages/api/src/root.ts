import { analysisProcedures } from './routers/analysis';
import { claimsRouter } from './routers/claims';
import { experimentReadProcedures } from './routers/experiment-reads';
import { presetsRouter } from './routers/presets';
import { submissionProcedures } from './routers/submission';
import { workersRouter } from './routers/workers';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  presets: presetsRouter,
  experiments: router({
    ...submissionProcedures,
    ...experimentReadProcedures,
    ...analysisProcedures,
  }),
  workers: workersRouter,
  claims: claimsRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures directly, without HTTP: `createCaller(createContext({ store }))`. */
export const createCaller = createCallerFactory(appRouter);
