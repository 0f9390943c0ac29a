import Link from 'next/link';
import type { ExperimentDetail } from '../../trpc/types';

/**
 * Why a submission led here instead of queueing: the same spec (the id is its hash) was
 * submitted before. What that means depends on how that experiment stands.
 */
export function ExistingNotice({ experiment }: { experiment: ExperimentDetail['experiment'] }) {
  const unfinished = experiment.counts.cancelled + experiment.counts.failed;
  return (
    <p className="notice info" role="status" data-existing={experiment.status}>
      {experiment.status === 'succeeded' ? (
        <>
          This exact spec was run before and finished, so nothing new was queued. Runs are
          deterministic (the same spec and seed give the same numbers), so running it again would
          give identical results:{' '}
          <Link href={`/experiments/${experiment.id}#summary-heading`}>these results</Link>. To get
          new numbers, change the seeds (seeds.base) or any other field.
        </>
      ) : experiment.status === 'cancelled' || experiment.status === 'failed' ? (
        <>
          This exact spec was submitted before and {experiment.status}, so nothing new was queued.
          {unfinished > 0
            ? ` Resume runs its ${unfinished} unfinished run${unfinished === 1 ? '' : 's'} again; the finished ones are kept (they would come out identical).`
            : ''}
        </>
      ) : (
        <>This exact spec was submitted before and is {experiment.status}: here it is, live.</>
      )}
    </p>
  );
}
