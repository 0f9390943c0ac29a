import type { Metadata } from 'next';
import { ExperimentDetailView } from '../../../components/detail/ExperimentDetailView';

export const metadata: Metadata = { title: 'Experiment' };

export default async function ExperimentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const { existing } = await searchParams;
  // The id goes to the API as typed; the API says whether it is malformed or unknown.
  return <ExperimentDetailView id={safeDecode(id)} existing={existing === '1'} />;
}

// A malformed escape (`%zz`) is shown as typed rather than crashing the page.
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
