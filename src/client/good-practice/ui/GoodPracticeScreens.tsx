// /good-practice/*: the library (everyone), a published copy, its printable case study, and the
// prevention lead's nominations queue.
import { Route, Routes } from 'react-router';
import { useWorkspace } from '#client/app/store';
import { Library } from './Library';
import { NominationsQueue } from './NominationsQueue';
import { PrintPage } from './PrintPage';
import { Reader } from './Reader';
import './good-practice.css';

export function GoodPracticeScreens() {
  const { goodPractice } = useWorkspace();
  return (
    <Routes>
      <Route index element={<Library repository={goodPractice} />} />
      <Route path="nominations" element={<NominationsQueue repository={goodPractice} />} />
      <Route path=":id" element={<Reader repository={goodPractice} />} />
      <Route path=":id/print" element={<PrintPage repository={goodPractice} />} />
    </Routes>
  );
}
