// @vitest-environment jsdom
// A later screen (its own chunk) is drawn in the very render that asks for it once its chunk
// is in: no fallback, no wait. React's lazy() alone suspends on that first render and holds
// the screen back up to 300 ms (measured: a first answer took 324 ms from the tap).
import { Suspense } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { laterScreen } from '../../renderer/components/laterScreen.tsx';

function mount(node: React.ReactNode) {
  const container = document.createElement('div');
  const root = createRoot(container);
  flushSync(() => root.render(<Suspense fallback={<p>waiting</p>}>{node}</Suspense>));
  return { container, root };
}

describe('laterScreen', () => {
  it('once preloaded, draws the screen in the first render', async () => {
    const Screen = laterScreen(() => Promise.resolve(({ name }: { name: string }) => <p>answer for {name}</p>));
    await Screen.preload();
    const { container, root } = mount(<Screen name="CA" />);
    expect(container.textContent).toBe('answer for CA');
    root.unmount();
  });

  it('not yet preloaded, waits for its chunk, then draws it', async () => {
    let arrive!: (screen: () => React.ReactNode) => void;
    const Screen = laterScreen(() => new Promise<() => React.ReactNode>((resolve) => { arrive = resolve; }));
    const { container, root } = mount(<Screen />);
    expect(container.textContent).toBe('waiting');
    arrive(() => <p>answer</p>);
    await Screen.preload();
    await new Promise((resolve) => setTimeout(resolve, 350)); // React's reveal throttle
    expect(container.textContent).toBe('answer');
    root.unmount();
  });

  it('fetches its chunk once, however often it is asked', async () => {
    let fetches = 0;
    const Screen = laterScreen(() => { fetches++; return Promise.resolve(() => null); });
    await Promise.all([Screen.preload(), Screen.preload()]);
    await Screen.preload();
    expect(fetches).toBe(1);
  });

  it('asks again for a chunk that failed to come', async () => {
    let fetches = 0;
    const Screen = laterScreen(() => (++fetches === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(() => null)));
    await expect(Screen.preload()).rejects.toThrow('offline');
    await expect(Screen.preload()).resolves.toBeTypeOf('function');
    expect(fetches).toBe(2);
  });
});
