'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { downloadText } from '../../lib/download';
import { isActive } from '../../lib/progress';
import { useTRPC } from '../../trpc/client';
import { errorMessage } from '../../trpc/errors';

export function DetailActions({ id, status }: { id: string; status: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!confirming) return;
    const timer = setTimeout(() => setConfirming(false), 4_000);
    return () => clearTimeout(timer);
  }, [confirming]);

  const cancel = useMutation(
    trpc.experiments.cancel.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.experiments.pathKey() }),
      onError: (error) => setProblem(errorMessage(error)),
    }),
  );

  const download = async (format: 'json' | 'csv') => {
    setProblem(null);
    try {
      const file = await queryClient.fetchQuery(
        trpc.experiments.export.queryOptions({ id, format }, { staleTime: 0 }),
      );
      downloadText(file.filename, file.body, file.contentType);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <div className="toolbar" style={{ marginBottom: 0 }}>
      <button type="button" className="button" onClick={() => download('json')}>
        Download JSON
      </button>
      <button type="button" className="button" onClick={() => download('csv')}>
        Download CSV
      </button>
      <Link className="button" href={`/compare?ids=${id}`}>
        Compare…
      </Link>
      <Link className="button" href={`/experiments/new?from=${id}`}>
        Copy to new
      </Link>
      {isActive(status) ? (
        <button
          type="button"
          className="button danger"
          disabled={cancel.isPending}
          onClick={() => {
            if (confirming) {
              setConfirming(false);
              cancel.mutate({ id });
            } else {
              setConfirming(true);
            }
          }}
        >
          {cancel.isPending
            ? 'Cancelling…'
            : confirming
              ? 'Click again to cancel'
              : 'Cancel experiment'}
        </button>
      ) : null}
      {problem ? (
        <span className="field-error" role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
