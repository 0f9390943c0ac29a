import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CompareView } from '../../components/compare/CompareView';
import { Loading } from '../../components/states/States';

export const metadata: Metadata = { title: 'Compare' };

export default function ComparePage() {
  return (
    <Suspense fallback={<Loading />}>
      <CompareView />
    </Suspense>
  );
}
