import { useSyncExternalStore } from 'react';

function screenTitle(): string {
  // "Nominations — Good practice — Beatbook": the screen's own name comes first.
  const title = document.title.split(' — ')[0]?.trim() ?? '';
  return title === '' ? 'Beatbook' : title;
}

function subscribe(changed: () => void): () => void {
  const observer = new MutationObserver(changed);
  observer.observe(document.head, { subtree: true, childList: true, characterData: true });
  return () => {
    observer.disconnect();
  };
}

/**
 * The screen's title for the top bar. Every screen already names itself with <title> (React puts
 * it in <head>), so the bar follows document.title rather than keeping a second list of names.
 */
export function useScreenTitle(): string {
  return useSyncExternalStore(subscribe, screenTitle);
}
