import type { Response } from 'playwright-core';

/** One call of a procedure as the page made it: its input and what came back. */
export interface TrpcCall<I, O> {
  input: I;
  output: O;
  /** The size of this call's result as sent (a batch may carry other calls besides). */
  bytes: number;
}

/**
 * The calls of `procedure` in a response of the dashboard's tRPC client (httpBatchLink, GET):
 * the path lists the batch's procedures, `input` maps each index to its input, and the body is
 * an array of results in the same order. Empty when the response is not a batch holding it.
 */
export async function trpcCalls<I, O>(
  response: Response,
  procedure: string,
): Promise<TrpcCall<I, O>[]> {
  const url = new URL(response.url());
  if (!url.pathname.startsWith('/api/trpc/')) return [];
  const procedures = url.pathname.slice('/api/trpc/'.length).split(',');
  if (!procedures.includes(procedure) || url.searchParams.get('batch') !== '1') return [];
  const body = await response.body().catch(() => null);
  if (body === null || !response.ok()) return [];
  const inputs = JSON.parse(url.searchParams.get('input') ?? '{}') as Record<string, I>;
  const results = JSON.parse(body.toString()) as { result: { data: O } }[];
  return procedures.flatMap((name, i) =>
    name === procedure && results[i]
      ? [
          {
            input: inputs[String(i)] as I,
            output: results[i].result.data,
            bytes: JSON.stringify(results[i]).length,
          },
        ]
      : [],
  );
}
