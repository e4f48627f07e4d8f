// The suggestions panel for forms outside this folder: its code (and the search index) loads only
// when the panel first shows, never with the form's own chunk.
import { lazy, Suspense } from 'react';
import type { SimilarSource } from './SimilarProblems';

const Lazy = lazy(() => import('./SimilarProblems').then((m) => ({ default: m.SimilarProblems })));

export function SimilarProblemsPanel({ problem }: { problem: SimilarSource }) {
  return (
    <Suspense fallback={null}>
      <Lazy problem={problem} />
    </Suspense>
  );
}
