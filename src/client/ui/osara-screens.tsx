// The OSARA, supervisor and timeline screens as one chunk with one loader on the first screen
// (routes.tsx), fetched on first use of any of them. Four separate lazy routes cost the first
// screen's budget more than the screens' shared code saves.
import { Route, Routes } from 'react-router';
import { NotFound } from './not-found/NotFound';
import { OsaraWork } from './osara/OsaraWork';
import { ReviewScreen } from './supervisor/ReviewScreen';
import { SupervisorView } from './supervisor/SupervisorView';
import { ProblemTimeline } from './timeline/ProblemTimeline';

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
