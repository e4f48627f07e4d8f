import { useEffect, useSyncExternalStore } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { RoleCode } from '#domain/vocabularies';
import { useT } from '#client/i18n/index';
import { more, navFor } from './destinations';
import { SyncStatusArea } from './SyncStatusArea';
import { useScreenTitle } from './useScreenTitle';

/** Where "Back" leads when the app was opened at this address (no earlier screen in the app). */
export function upFrom(pathname: string, role: RoleCode): string | null {
  const { bar, rest, home } = navFor(role);
  if (pathname === '/' || pathname === home || pathname === more.to) return null;
  if (bar.some((d) => d.to === pathname)) return null;
  if (rest.some((d) => d.to === pathname)) return more.to;
  const parent = pathname.replace(/\/[^/]+\/?$/, '');
  return parent === '' ? '/' : parent;
}

function hasAppHistory(): boolean {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null && 'idx' in state && Number(state.idx) > 0;
}

/**
 * One visible title and one h1: when the screen's h1 says what the bar says, the bar's title is the
 * one seen (the h1 is kept for screen readers only, shell.css) and the bar's copy is hidden from
 * screen readers, so neither reads or shows the name twice.
 */
function useTitleInBar(title: string): boolean {
  const same = useSyncExternalStore(subscribeToPage, () => screenHeading() === title);
  useEffect(() => {
    document.documentElement.dataset.titleInBar = same ? 'true' : 'false';
  }, [same]);
  useEffect(
    () => () => {
      delete document.documentElement.dataset.titleInBar;
    },
    [],
  );
  return same;
}

/** The screen's h1 as text, once it is on the page. */
function screenHeading(): string | undefined {
  return document.querySelector('main h1')?.textContent.trim();
}

function subscribeToPage(changed: () => void): () => void {
  const observer = new MutationObserver(changed);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return () => {
    observer.disconnect();
  };
}

/** The phone's top bar: back where there is somewhere to go back to, the screen, the sync state. */
export function TopBar({ role }: { role: RoleCode }) {
  const t = useT();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const title = useScreenTitle();
  const up = upFrom(pathname, role);
  const titleInBar = useTitleInBar(title);
  return (
    <header className="top-bar">
      {up !== null && (
        <button
          type="button"
          className="top-bar__back"
          onClick={() => {
            if (hasAppHistory()) void navigate(-1);
            else void navigate(up);
          }}
        >
          <span aria-hidden="true">‹</span>
          <span className="visually-hidden">{t('shell.back')}</span>
        </button>
      )}
      <p className="top-bar__title" aria-hidden={titleInBar ? true : undefined}>
        {title}
      </p>
      <SyncStatusArea />
    </header>
  );
}
