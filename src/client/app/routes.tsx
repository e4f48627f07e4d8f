// The app's addresses. The sign-in screen, the shell and the problem list are in the first
// download; every other screen is its own chunk, fetched (or read from the precache) on first use.
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { useApp } from './store';
import { Opening } from './Opening';
import { ProblemList } from '#client/problems/ui/ProblemList';
import { AppShell } from './shell/AppShell';
import { RequireWorkspace } from './shell/RequireWorkspace';
import { SignInScreen } from '#client/session/ui/SignInScreen';

const ProblemNew = lazy(() =>
  import('#client/problems/ui/ProblemNew').then((m) => ({ default: m.ProblemNew })),
);
const ProblemView = lazy(() =>
  import('#client/problems/ui/ProblemView').then((m) => ({ default: m.ProblemView })),
);
const ProblemEdit = lazy(() =>
  import('#client/problems/ui/ProblemEdit').then((m) => ({ default: m.ProblemEdit })),
);
const NeedsAttention = lazy(() =>
  import('#client/attention/ui/NeedsAttention').then((m) => ({ default: m.NeedsAttention })),
);
const OsaraScreens = lazy(() =>
  import('#client/osara/ui/osara-screens').then((m) => ({ default: m.OsaraScreens })),
);
const DeviceScreen = lazy(() => import('./DeviceScreen').then((m) => ({ default: m.DeviceScreen })));
const CaptureScreen = lazy(() =>
  import('#client/patrol/ui/CaptureScreen').then((m) => ({ default: m.CaptureScreen })),
);
const MyActivity = lazy(() =>
  import('#client/patrol/ui/MyActivity').then((m) => ({ default: m.MyActivity })),
);
const TodayScreen = lazy(() =>
  import('#client/patrol/ui/TodayScreen').then((m) => ({ default: m.TodayScreen })),
);
const MapScreen = lazy(() =>
  import('#client/patrol/ui/map/MapScreen').then((m) => ({ default: m.MapScreen })),
);
const AdminScreens = lazy(() =>
  import('#client/admin/ui/AdminScreens').then((m) => ({ default: m.AdminScreens })),
);
const AuditScreen = lazy(() =>
  import('#client/audit/ui/AuditScreen').then((m) => ({ default: m.AuditScreen })),
);
const RetentionScreen = lazy(() =>
  import('#client/retention/ui/RetentionScreen').then((m) => ({ default: m.RetentionScreen })),
);
const GoodPracticeScreens = lazy(() =>
  import('#client/good-practice/ui/GoodPracticeScreens').then((m) => ({ default: m.GoodPracticeScreens })),
);
const EvaluationScreen = lazy(() =>
  import('#client/evaluation/ui/EvaluationScreen').then((m) => ({ default: m.EvaluationScreen })),
);
const SearchScreen = lazy(() =>
  import('#client/search/ui/SearchScreen').then((m) => ({ default: m.SearchScreen })),
);
const DashboardScreen = lazy(() =>
  import('#client/dashboard/ui/DashboardScreen').then((m) => ({ default: m.DashboardScreen })),
);
const ProviderSignInComplete = lazy(() =>
  import('#client/session/ui/ProviderSignInComplete').then((m) => ({ default: m.ProviderSignInComplete })),
);
const NotFound = lazy(() => import('./not-found/NotFound').then((m) => ({ default: m.NotFound })));

export function AppRoutes() {
  const { phase } = useApp();
  if (phase === 'restoring') return <Opening />;
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInScreen />} />
      <Route path="/sign-in/complete" element={<ProviderSignInComplete />} />
      <Route
        element={
          <RequireWorkspace>
            <AppShell />
          </RequireWorkspace>
        }
      >
        <Route index element={<ProblemList />} />
        <Route path="problems/new" element={<ProblemNew />} />
        <Route path="problems/:id" element={<ProblemView />} />
        <Route path="problems/:id/edit" element={<ProblemEdit />} />
        <Route path="attention" element={<NeedsAttention />} />
        <Route path="device" element={<DeviceScreen />} />
        <Route path="problems/:id/evaluation" element={<EvaluationScreen />} />
        <Route path="problems/:id/*" element={<OsaraScreens />} />
        <Route path="activity/new" element={<CaptureScreen />} />
        <Route path="activity" element={<MyActivity />} />
        <Route path="activity/:id" element={<CaptureScreen />} />
        <Route path="today" element={<TodayScreen />} />
        <Route path="map" element={<MapScreen />} />
        <Route path="search" element={<SearchScreen />} />
        <Route path="good-practice/*" element={<GoodPracticeScreens />} />
        <Route path="dashboard" element={<DashboardScreen />} />
        <Route path="audit" element={<AuditScreen />} />
        <Route path="retention" element={<RetentionScreen />} />
        <Route path="admin/*" element={<AdminScreens />} />
        <Route path="supervisor/*" element={<OsaraScreens />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
