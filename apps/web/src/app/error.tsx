'use client';

import { ErrorState } from '../components/states/States';

export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const message = error instanceof Error ? error.message : 'An unexpected error occurred.';
  return (
    <ErrorState message={message}>
      <button type="button" className="button" onClick={() => retry()}>
        Try again
      </button>
    </ErrorState>
  );
}
