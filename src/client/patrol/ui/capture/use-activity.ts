import { useEffect, useState } from 'react';
import type { Activity } from '#domain/patrol/activities';
import type { PatrolServices } from '#client/patrol/contract';

/** One activity from the device, live; `loaded` is false until the first read. */
export function useActivity(
  patrol: PatrolServices | undefined,
  id: string | undefined,
): { loaded: boolean; value: Activity | undefined } {
  const [state, setState] = useState<{ id: string | undefined; value: Activity | undefined } | null>(null);
  useEffect(() => {
    if (patrol === undefined || id === undefined) return;
    return patrol.activities.watch(id, (value) => {
      setState({ id, value });
    });
  }, [patrol, id]);
  if (state === null || state.id !== id) return { loaded: false, value: undefined };
  return { loaded: true, value: state.value };
}
