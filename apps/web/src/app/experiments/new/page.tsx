import type { Metadata } from 'next';
import { Suspense } from 'react';
import { NewExperimentView } from '../../../components/new/NewExperimentView';
import { Loading } from '../../../components/states/States';

export const metadata: Metadata = { title: 'New experiment' };

export default function NewExperimentPage() {
  return (
    <Suspense fallback={<Loading />}>
      <NewExperimentView />
    </Suspense>
  );
}
