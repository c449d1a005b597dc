// @vitest-environment jsdom
// The header's language select applies a choice on commit, not on every arrow key
// (UX review #16, WCAG 3.2.2): keyboard choices wait for Enter or blur, taps apply at once.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCommittedSelect } from '../../renderer/components/useCommittedSelect.ts';

function Language({ value, onCommit }: { value: string; onCommit: (v: string) => void }) {
  const props = useCommittedSelect(value, onCommit);
  return (
    <select aria-label="Language" {...props}>
      {['en', 'es', 'zh-Hans', 'so'].map((c) => <option key={c} value={c}>{c}</option>)}
    </select>
  );
}

const setup = () => {
  const onCommit = vi.fn();
  render(<Language value="en" onCommit={onCommit} />);
  return { onCommit, select: screen.getByRole<HTMLSelectElement>('combobox', { name: 'Language' }) };
};

/** What a browser does on ArrowDown over a closed select: the value moves, `change` fires. */
const arrowTo = (select: HTMLSelectElement, value: string) => {
  fireEvent.keyDown(select, { key: 'ArrowDown' });
  fireEvent.change(select, { target: { value } });
};

afterEach(cleanup);

describe('useCommittedSelect', () => {
  it('arrow keys move the choice without applying it; Enter applies the one reached', () => {
    const { onCommit, select } = setup();
    arrowTo(select, 'es');
    arrowTo(select, 'zh-Hans');
    arrowTo(select, 'so');
    expect(onCommit).not.toHaveBeenCalled();
    expect(select.value).toBe('so');
    fireEvent.keyDown(select, { key: 'Enter' });
    expect(onCommit.mock.calls).toEqual([['so']]);
  });

  it('leaving the control applies a keyboard choice', () => {
    const { onCommit, select } = setup();
    arrowTo(select, 'es');
    fireEvent.blur(select);
    expect(onCommit.mock.calls).toEqual([['es']]);
  });

  it('a choice picked with a pointer or a finger applies at once', () => {
    const { onCommit, select } = setup();
    fireEvent.pointerDown(select);
    fireEvent.change(select, { target: { value: 'es' } });
    expect(onCommit.mock.calls).toEqual([['es']]);
  });

  it('arrowing back to the current language applies nothing', () => {
    const { onCommit, select } = setup();
    arrowTo(select, 'es');
    arrowTo(select, 'en');
    fireEvent.blur(select);
    expect(onCommit).not.toHaveBeenCalled();
  });
});
