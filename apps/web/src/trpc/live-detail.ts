'use client';

import { useQueryClient } from '@tanstack/react-query';
import { nextDetail } from '../lib/next-detail';
import { useTRPC, useTRPCClient } from './client';
import type { ExperimentDetail } from './types';

/**
 * A queryFn for experiments.get that polls cheaply: the first fetch is the whole experiment
 * (its spec and every run: megabytes for 2,000 runs), and each fetch after asks
 * experiments.progress only for what changed since the cursor held, and merges it in; a poll
 * that finds the experiment finished is followed by one whole read (nextDetail).
 * Use as `{ ...trpc.experiments.get.queryOptions({ id }, options), queryFn: liveDetail(id) }`.
 */
export function useLiveDetail(): (id: string) => () => Promise<ExperimentDetail> {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  return (id) => () =>
    nextDetail(queryClient.getQueryData(trpc.experiments.get.queryKey({ id })), {
      whole: () => client.experiments.get.query({ id }),
      progress: (since) => client.experiments.progress.query({ id, since }),
    });
}
