// A screen that is its own chunk, fetched when the page is idle (App.tsx), long before a tap
// needs it. Once its chunk is in, the screen is drawn at once. React's lazy() alone would
// not: a lazy component suspends on its first render even when its chunk is already in, and
// React then holds the screen back behind its fallback (nothing) for up to 300 ms.
import { type ComponentType, lazy } from 'react';

export type LaterScreen<P extends object> = ComponentType<P> & {
  /** Fetches the chunk (once); resolves when the screen can be drawn without waiting. */
  preload(): Promise<ComponentType<P>>;
};

export function laterScreen<P extends object>(load: () => Promise<ComponentType<P>>): LaterScreen<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const preload = () => (loading ??= load().then(
    (screen) => (loaded = screen),
    (error: unknown) => {
      loading = undefined; // a chunk that failed to come may come on the next try
      throw error;
    },
  ));
  const Suspended = lazy(() => preload().then((screen) => ({ default: screen })));
  function Later(props: P) {
    // The lazy copy never shows: it suspends until the chunk is in, and by the time React
    // tries again `loaded` is set, so what first shows is always the loaded screen.
    const Screen = loaded ?? Suspended;
    return <Screen {...props} />;
  }
  return Object.assign(Later, { preload });
}
