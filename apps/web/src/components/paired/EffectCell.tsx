import { type EffectLike, formatInterval, formatSigned } from '../../lib/paired';

/** A paired difference: the mean with its 95% interval beneath, as in the summary table. */
export function EffectCell({ effect }: { effect: EffectLike }) {
  const interval = formatInterval(effect);
  return (
    <>
      {formatSigned(effect.mean)}
      {interval ? <span className="interval">{interval}</span> : null}
    </>
  );
}
