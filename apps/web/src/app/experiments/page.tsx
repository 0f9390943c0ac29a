import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ExperimentsView } from '../../components/experiments/ExperimentsView';
import { Loading } from '../../components/states/States';

export const metadata: Metadata = { title: 'Experiments' };

export default function ExperimentsPage() {
  return (
    <Suspense fallback={<Loading />}>
      <ExperimentsView />
    </Suspense>
  );
}
