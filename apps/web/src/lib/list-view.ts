import type { SortDirection } from './sort';

export const listStatuses = [
  'all',
  'queued',
  'running',
  'succeeded',
  'failed',
  'cancelled',
] as const;
export type ListStatus = (typeof listStatuses)[number];

/** The experiments list's view as the URL holds it: text filter, status, preset and sort. */
export interface ListView {
  q: string;
  status: ListStatus;
  preset: string;
  sort: { key: string; direction: SortDirection };
}

const defaultSort = { key: 'created', direction: 'desc' as const };

/** Reads the view (`?q=…&status=…&preset=…&sort=name:asc`); malformed parts are the default. */
export function listViewFrom(params: { get(key: string): string | null }): ListView {
  const status = params.get('status');
  const [key, direction] = (params.get('sort') ?? '').split(':');
  return {
    q: params.get('q') ?? '',
    status: (listStatuses as readonly string[]).includes(status ?? '')
      ? (status as ListStatus)
      : 'all',
    preset: params.get('preset') || 'all',
    sort: key && (direction === 'asc' || direction === 'desc') ? { key, direction } : defaultSort,
  };
}

/** The query parameters of the changed parts of a view, defaults removed. */
export function listViewParams(changes: Partial<ListView>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (changes.q !== undefined) out.q = changes.q === '' ? null : changes.q;
  if (changes.status !== undefined) out.status = changes.status === 'all' ? null : changes.status;
  if (changes.preset !== undefined) out.preset = changes.preset === 'all' ? null : changes.preset;
  if (changes.sort !== undefined) {
    const { key, direction } = changes.sort;
    out.sort =
      key === defaultSort.key && direction === defaultSort.direction ? null : `${key}:${direction}`;
  }
  return out;
}
