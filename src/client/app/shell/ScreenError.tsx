// A screen that fails to open (its code could not be fetched with no signal before the app was
// stored for offline use, or it threw while drawing) is replaced by a message inside the shell,
// instead of React taking the whole app down with it: the navigation stays, and everything the
// officer saved is still on the device. Moving to another address clears it (not a remount on
// every address change, which would reset a screen's own state).
import { Component, type ReactNode } from 'react';
import { useT } from '#client/i18n/index';

interface Props {
  /** The address: when it changes after a failure, the new screen is tried. */
  address: string;
  children: ReactNode;
}

export class ScreenErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failed && previous.address !== this.props.address) this.setState({ failed: false });
  }

  override componentDidCatch(error: unknown): void {
    console.error('A screen failed to open', error);
  }

  override render(): ReactNode {
    return this.state.failed ? <ScreenError /> : this.props.children;
  }
}

function ScreenError() {
  const t = useT();
  return (
    <section role="alert" aria-labelledby="screen-error-heading">
      <h1 id="screen-error-heading">{t('shell.screenError.heading')}</h1>
      <p>{t('shell.screenError.body')}</p>
      <p>{t('shell.screenError.safe')}</p>
      {/* A new load fetches the screen again; the outbox and every record are in IndexedDB. */}
      <button
        type="button"
        onClick={() => {
          window.location.reload();
        }}
      >
        {t('shell.screenError.retry')}
      </button>
    </section>
  );
}
