import { formatPercent } from '../../lib/format';

/** A thin bar with the percentage beside it; `label` names what it measures for screen readers. */
export function ProgressBar({
  fraction,
  status,
  label,
  detail,
}: {
  fraction: number;
  status?: string;
  label: string;
  detail?: string;
}) {
  const clamped = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const tone = status === 'succeeded' ? 'done' : status === 'failed' ? 'failed' : '';
  return (
    <span className="progress">
      <span
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(clamped * 100)}
        aria-valuetext={detail ?? formatPercent(clamped)}
      >
        <span className={`progress-fill ${tone}`} style={{ width: `${clamped * 100}%` }} />
      </span>
      <span className="progress-label">{detail ?? formatPercent(clamped)}</span>
    </span>
  );
}
