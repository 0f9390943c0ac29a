import { publicProcedure, router } from '../trpc';

/** Who is working: the workers that reported in within the store's lease. */
export const workersRouter = router({
  list: publicProcedure.query(async ({ ctx }) => {
    const workers = await ctx.store.listWorkers();
    return {
      workers,
      /** Runs the online workers can hold at once. */
      slots: workers.reduce((sum, worker) => sum + worker.concurrency, 0),
      /** A worker unheard for this long is no longer listed. */
      leaseMs: ctx.store.leaseMs,
    };
  }),
});
