// /good-practice/*: the library (everyone), a published copy, its printable case study, and the
// prevention lead's nominations queue and redaction review.
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { useWorkspace } from '#client/app/store';
import { useT } from '#client/i18n/index';
import { Library } from './Library';
import { NominationsQueue } from './NominationsQueue';
import { PrintPage } from './PrintPage';
import { Reader } from './Reader';
import './good-practice.css';

// The review carries the personal-data detector (compromise, libphonenumber-js): only a prevention
// lead opening it downloads them.
const RedactionReview = lazy(() =>
  import('./review/RedactionReview').then((m) => ({ default: m.RedactionReview })),
);

export function GoodPracticeScreens() {
  const t = useT();
  const { goodPractice } = useWorkspace();
  return (
    <Routes>
      <Route index element={<Library repository={goodPractice} />} />
      <Route path="nominations" element={<NominationsQueue repository={goodPractice} />} />
      <Route
        path="nominations/:problemId/review"
        element={
          <Suspense fallback={<p>{t('goodPractice.review.loading')}</p>}>
            <RedactionReview repository={goodPractice} />
          </Suspense>
        }
      />
      <Route path=":id" element={<Reader repository={goodPractice} />} />
      <Route path=":id/print" element={<PrintPage repository={goodPractice} />} />
    </Routes>
  );
}
