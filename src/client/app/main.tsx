// The app's entry: mount React, then register the service worker (updates wait for the officer).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from '#client/platform/pwa/register';
import { App } from './App';
import { createSessionService } from './workspace';
import './styles/index.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App session={createSessionService()} />
  </StrictMode>,
);

registerServiceWorker();
