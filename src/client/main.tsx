// The app's entry: mount React, then register the service worker (updates wait for the officer).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError, type SessionService } from './services';
import { registerServiceWorker } from './pwa/register';
import { App } from './ui/App';
import './ui/styles/index.css';

// TODO(workspace): replace this stand-in with the real data layer once src/client/workspace.ts
// lands: `import { createSessionService } from './workspace';` and `const session = createSessionService();`
function createSessionService(): SessionService {
  const notReady = new ApiError('internal_error', 'Beatbook is not ready yet on this device.', 0);
  return {
    restore: () => Promise.resolve(null),
    signIn: () => Promise.reject(notReady),
    signOut: () => Promise.resolve(),
  };
}

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App session={createSessionService()} />
  </StrictMode>,
);

registerServiceWorker();
