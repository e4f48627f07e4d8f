// The suggestions panel for forms outside this folder: its code (and the search index) loads only
// when the panel first shows, never with the form's own chunk.
import { lazy, Suspense } from 'react';
import type { SimilarSource } from './SimilarProblems';

const Lazy = lazy(() => import('./SimilarProblems').then((m) => ({ default: m.SimilarProblems })));

/** `level`: the panel's heading level where it sits (2 straight under a screen's h1, 3 in a section). */
export function SimilarProblemsPanel({ problem, level = 3 }: { problem: SimilarSource; level?: 2 | 3 }) {
  return (
    <Suspense fallback={null}>
      <Lazy problem={problem} level={level} />
    </Suspense>
  );
}
