import { BrowserRouter } from 'react-router';
import { UpdateBanner } from './UpdateBanner';
import { AppRoutes } from './routes';

/** The app's routes; main.tsx starts the app-wide store (store.ts) with the session first. */
export function App() {
  return (
    <BrowserRouter>
      <UpdateBanner />
      <AppRoutes />
    </BrowserRouter>
  );
}
