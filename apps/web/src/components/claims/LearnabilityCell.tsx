import { formatNumber } from '../../lib/format';

export interface LearnabilityLike {
  metric: string;
  min: number;
  passed: boolean;
  arms: { arm: string; mean: number | null }[];
  /** Compared arms the gate leaves out on principle (their failure would be the finding). */
  reported?: { arm: string; mean: number | null }[];
}

/**
 * Each learner's figure against the bar the claim stands on, in words as well as colour
 * ("mf 0.72 ≥ 0.6" in green, "below" in red), so a failed positive control is plain to see.
 */
export function LearnabilityCell({ learnability }: { learnability: LearnabilityLike | null }) {
  if (learnability === null) return <span className="interval">no gate</span>;
  return (
    <ul
      className="learnability"
      aria-label={`${learnability.metric} against the bar ${learnability.min}`}
    >
      <li className="interval mono">
        {learnability.metric} ≥ {learnability.min}
      </li>
      {learnability.arms.map((figure) => {
        const passes = figure.mean !== null && figure.mean >= learnability.min;
        return (
          <li key={figure.arm} className={passes ? 'gate-pass' : 'gate-fail'}>
            <span className="mono">{figure.arm}</span> {formatNumber(figure.mean)}{' '}
            {passes ? 'passes' : 'below the bar'}
          </li>
        );
      })}
      {(learnability.reported ?? []).map((figure) => (
        <li key={figure.arm} className="interval" title="compared, not gated: see the Claims page">
          <span className="mono">{figure.arm}</span> {formatNumber(figure.mean)} (not gated)
        </li>
      ))}
    </ul>
  );
}
