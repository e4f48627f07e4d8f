// The app's addresses. The shell (with "More") is in the first download; every screen, the problem
// list included (shell/Home.tsx), is its own chunk, fetched (or read from the precache) on first
// use. "More" stays in: as a lazy chunk it made the bundler split React into a chunk of its own,
// which cost more first-screen bytes than the screen itself.
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { useApp } from './store';
import { Opening } from './Opening';
import { AppShell } from './shell/AppShell';
import { Home, ProblemList } from './shell/Home';
import { MoreScreen } from './more/MoreScreen';
import { RequireWorkspace } from './shell/RequireWorkspace';

// Signing in happens once per shift at most; an officer who opens the app signed in never needs it.
const SignInScreen = lazy(() =>
  import('#client/session/ui/SignInScreen').then((m) => ({ default: m.SignInScreen })),
);
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
const AccessibilityStatement = lazy(() =>
  import('#client/accessibility/ui/AccessibilityStatement').then((m) => ({
    default: m.AccessibilityStatement,
  })),
);
const NotFound = lazy(() => import('./not-found/NotFound').then((m) => ({ default: m.NotFound })));

export function AppRoutes() {
  const { phase } = useApp();
  if (phase === 'restoring') return <Opening />;
  return (
    <Routes>
      <Route
        path="/sign-in"
        element={
          <Suspense fallback={<Opening />}>
            <SignInScreen />
          </Suspense>
        }
      />
      <Route
        path="/accessibility"
        element={
          <Suspense fallback={<Opening />}>
            <AccessibilityStatement standalone />
          </Suspense>
        }
      />
      <Route
        path="/sign-in/complete"
        element={
          <Suspense fallback={<Opening />}>
            <ProviderSignInComplete />
          </Suspense>
        }
      />
      <Route
        element={
          <RequireWorkspace>
            <AppShell />
          </RequireWorkspace>
        }
      >
        <Route index element={<Home />} />
        <Route path="problems" element={<ProblemList />} />
        <Route path="more" element={<MoreScreen />} />
        <Route path="more/accessibility" element={<AccessibilityStatement standalone={false} />} />
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
