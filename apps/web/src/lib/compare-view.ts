import { smoothingWindows } from './chart-options';
import type { ColourBy } from './compare-styles';

/**
 * Compare's view as the URL holds it (beside `ids`): the charted metrics, the colouring, small
 * multiples, bands, smoothing and the Pareto axes. Undefined: not chosen, the page's default
 * (which may depend on the data, e.g. bands off beyond three series).
 */
export interface CompareView {
  metrics?: string[];
  colourBy: ColourBy;
  split?: boolean;
  bands?: boolean;
  smoothing: number;
  paretoX?: string;
  paretoY?: string;
}

const flag = (value: string | null): boolean | undefined =>
  value === '1' ? true : value === '0' ? false : undefined;

/** Reads the view from the query; anything missing or malformed is left to the default. */
export function compareViewFrom(params: { get(key: string): string | null }): CompareView {
  const metrics = params.get('metrics');
  const colour = params.get('colour');
  const smoothing = Number(params.get('smooth'));
  return {
    metrics: metrics === null ? undefined : metrics.split(',').filter(Boolean),
    colourBy:
      colour === 'experiment' || (colour?.startsWith('param:') && colour.length > 6)
        ? (colour as ColourBy)
        : 'arm',
    split: flag(params.get('split')),
    bands: flag(params.get('bands')),
    smoothing: (smoothingWindows as readonly number[]).includes(smoothing) ? smoothing : 1,
    paretoX: params.get('px') ?? undefined,
    paretoY: params.get('py') ?? undefined,
  };
}

/** The query parameters of the changed parts of a view (defaults removed). */
export function compareViewParams(changes: Partial<CompareView>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if ('metrics' in changes) out.metrics = changes.metrics ? changes.metrics.join(',') : null;
  if ('colourBy' in changes)
    out.colour = changes.colourBy === 'arm' ? null : (changes.colourBy ?? null);
  if ('split' in changes)
    out.split = changes.split === undefined ? null : changes.split ? '1' : '0';
  if ('bands' in changes)
    out.bands = changes.bands === undefined ? null : changes.bands ? '1' : '0';
  if ('smoothing' in changes) {
    out.smooth = changes.smoothing && changes.smoothing > 1 ? String(changes.smoothing) : null;
  }
  if ('paretoX' in changes) out.px = changes.paretoX ?? null;
  if ('paretoY' in changes) out.py = changes.paretoY ?? null;
  return out;
}
