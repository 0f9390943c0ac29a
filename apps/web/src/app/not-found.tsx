import Link from 'next/link';
import { ErrorState } from '../components/states/States';

export default function NotFound() {
  return (
    <ErrorState title="Page not found" message="There is no page at this address.">
      <Link className="button" href="/experiments">
        Back to experiments
      </Link>
    </ErrorState>
  );
}
