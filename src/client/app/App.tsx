import { BrowserRouter } from 'react-router';
import type { SessionService } from './contract';
import { UpdateBanner } from './UpdateBanner';
import { AppRoutes } from './routes';
import { AppProvider } from './app-context';

export function App({ session }: { session: SessionService }) {
  return (
    <AppProvider session={session}>
      <BrowserRouter>
        <UpdateBanner />
        <AppRoutes />
      </BrowserRouter>
    </AppProvider>
  );
}
