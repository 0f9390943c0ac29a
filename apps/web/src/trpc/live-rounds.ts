'use client';

import { useQueryClient } from '@tanstack/react-query';
import { afterRoundOf, mergeRounds } from '../lib/merge-rounds';
import { useTRPC, useTRPCClient } from './client';
import type { ExperimentRounds } from './types';

/** The input the detail page reads experiments.rounds with: bands, no per-run metrics. */
export const leanRounds = (id: string) => ({ id, runMetrics: false });

/**
 * A queryFn for experiments.rounds that polls cheaply: the first fetch is every round (bands
 * only: the runs' own metrics are not drawn), each fetch after asks only for the rounds after
 * those held (`afterRound`) and merges them in (mergeRounds).
 * Use as `{ ...trpc.experiments.rounds.queryOptions(leanRounds(id), options), queryFn: liveRounds(id) }`.
 */
export function useLiveRounds(): (id: string) => () => Promise<ExperimentRounds> {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  return (id) => async () => {
    const input = leanRounds(id);
    const held = queryClient.getQueryData(trpc.experiments.rounds.queryKey(input));
    if (held === undefined) return client.experiments.rounds.query(input);
    const poll = await client.experiments.rounds.query({
      ...input,
      afterRound: afterRoundOf(held.runs),
    });
    return mergeRounds(held, poll);
  };
}
