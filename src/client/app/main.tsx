// The app's entry: load the active language's messages, start the app-wide store with the session
// service, mount React, then register the service worker (updates wait for the officer).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from '#client/platform/pwa/register';
import { startI18n } from '#client/i18n/index';
import { App } from './App';
import { startApp } from './store';
import { createSessionService } from './workspace';
import './styles/index.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

await startI18n();
startApp(createSessionService());
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
