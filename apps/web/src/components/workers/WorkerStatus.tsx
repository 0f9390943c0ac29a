'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client';

/**
 * Who will run what is queued: the workers that reported in within the store's lease. With
 * none, queued experiments wait, and the page says so and how to start one.
 */
export function WorkerStatus() {
  const trpc = useTRPC();
  const workers = useQuery(trpc.workers.list.queryOptions(undefined, { refetchInterval: 5_000 }));
  if (!workers.data) return null;
  const online = workers.data.workers.length;
  if (online === 0) {
    return (
      <p className="notice error" role="status" data-workers-online={0}>
        No worker is online: queued experiments wait until one starts. Run{' '}
        <code>pnpm goodhart worker</code> on any machine that reaches this store (
        <code>pnpm start</code> runs one beside the dashboard).
      </p>
    );
  }
  const { slots } = workers.data;
  return (
    <p
      className="hint"
      data-workers-online={online}
      title={workers.data.workers.map((w) => `${w.id}: ${w.concurrency} at once`).join('\n')}
      style={{ color: 'var(--faint)', fontSize: 12, margin: '0 0 8px' }}
    >
      {online} {online === 1 ? 'worker' : 'workers'} online, {slots} {slots === 1 ? 'run' : 'runs'}{' '}
      at a time
    </p>
  );
}
