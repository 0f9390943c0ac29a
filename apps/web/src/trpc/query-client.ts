import { QueryClient } from '@tanstack/react-query';

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Live pages poll on their own interval; a short stale time keeps navigation snappy.
        staleTime: 2_000,
        refetchOnWindowFocus: false,
        // A NOT_FOUND or BAD_REQUEST will not change on retry; only retry what might be transient.
        retry: (failureCount, error) => failureCount < 2 && !isClientError(error),
      },
    },
  });
}

function isClientError(error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
  return typeof status === 'number' && status >= 400 && status < 500;
}
