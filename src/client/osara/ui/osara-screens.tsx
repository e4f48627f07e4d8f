// The OSARA, supervisor and timeline screens as one chunk with one loader on the first screen
// (routes.tsx), fetched on first use of any of them. Four separate lazy routes cost the first
// screen's budget more than the screens' shared code saves.
import { Route, Routes } from 'react-router';
import { NotFound } from '#client/app/not-found/NotFound';
import { OsaraWork } from './OsaraWork';
import { ReviewScreen } from '#client/supervision/ui/ReviewScreen';
import { SupervisorView } from '#client/supervision/ui/SupervisorView';
import { ProblemTimeline } from '#client/problems/ui/timeline/ProblemTimeline';

/** Mounted at `/problems/:id/*` (work, timeline) and at `/supervisor/*` (overview, review). */
export function OsaraScreens() {
  return (
    <Routes>
      <Route path="work/:section?" element={<OsaraWork />} />
      <Route path="timeline" element={<ProblemTimeline />} />
      <Route index element={<SupervisorView />} />
      <Route path="review/:id" element={<ReviewScreen />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
