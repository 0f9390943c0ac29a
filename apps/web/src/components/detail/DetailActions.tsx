'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { downloadText } from '../../lib/download';
import { isActive, isResumable } from '../../lib/progress';
import { useTRPC } from '../../trpc/client';
import { errorMessage } from '../../trpc/errors';
import type { ExperimentDetail } from '../../trpc/types';

export function DetailActions({ experiment }: { experiment: ExperimentDetail['experiment'] }) {
  const { id, status } = experiment;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.experiments.pathKey() }),
    onError: (error: unknown) => setProblem(errorMessage(error)),
  };
  const cancel = useMutation(trpc.experiments.cancel.mutationOptions(refresh));
  const resume = useMutation(trpc.experiments.resume.mutationOptions(refresh));
  const unfinished = experiment.counts.cancelled + experiment.counts.failed;

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
          // The confirmation lasts while the button keeps focus, not for a fixed time: on a
          // busy machine a page redrawing its charts could let a timer lapse between the two
          // clicks, and the second click then only asked again.
          onBlur={() => setConfirming(false)}
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
      {isResumable(experiment) && unfinished > 0 ? (
        <button
          type="button"
          className="button primary"
          disabled={resume.isPending}
          title={`Queue its ${unfinished} cancelled or failed runs again; finished runs are kept`}
          onClick={() => {
            setProblem(null);
            resume.mutate({ id });
          }}
        >
          {resume.isPending
            ? 'Resuming…'
            : `Resume (${unfinished} run${unfinished === 1 ? '' : 's'})`}
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
