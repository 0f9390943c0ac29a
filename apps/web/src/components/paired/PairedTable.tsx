'use client';

import { type EffectLike, formatSeeds, intervalSide } from '../../lib/paired';
import { rowHead } from '../ui/row-head';
import { ScrollBox } from '../ui/ScrollBox';
import { useMetricsShown } from '../ui/useMetricsShown';
import { EffectCell } from './EffectCell';

export interface PairedRow {
  key: string;
  label: string;
  /** Per metric, this row − the reference, seed by seed; null when it cannot be paired. */
  metrics: Record<string, EffectLike> | null;
  /** Why it is not paired, when it is not. */
  unpaired?: string | null;
}

/**
 * Each row minus the reference, seed by seed (arms of a seed share a world): the mean
 * difference, its 95% interval, and how many seeds gave a positive difference.
 */
export function PairedTable({
  reference,
  rowHeading,
  rows,
  metrics: all,
  highlighted,
}: {
  reference: string;
  /** The first column's heading, e.g. "arm − click-bce". */
  rowHeading: string;
  rows: readonly PairedRow[];
  /** Every metric, the highlighted ones first. */
  metrics: readonly string[];
  /** How many of the first metrics the spec highlights: shown until "show all" is ticked. */
  highlighted: number;
}) {
  const { metrics, toggle } = useMetricsShown(all, highlighted);
  return (
    <ScrollBox label="Paired differences">
      {toggle}
      <table className="data" aria-label={`Paired against ${reference}`}>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            {metrics.map((m) => (
              <th scope="col" key={m} className="num mono">
                {m}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-paired-row={row.label}>
              <th scope="row" className="mono" style={rowHead}>
                {row.label}
              </th>
              {row.metrics === null ? (
                <td colSpan={Math.max(1, metrics.length)} className="interval">
                  {row.unpaired ?? 'not paired'}
                </td>
              ) : null}
              {metrics.map((m) => {
                if (row.metrics === null) return null;
                const effect = row.metrics[m];
                if (!effect) {
                  return (
                    <td key={m} className="num">
                      –
                    </td>
                  );
                }
                return (
                  <td
                    key={m}
                    className={`num${intervalSide(effect) ? ' paired-clear' : ''}`}
                    title={`${formatSeeds(effect)} seeds with a positive difference`}
                  >
                    <EffectCell effect={effect} />
                    <span className="interval">{formatSeeds(effect)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
