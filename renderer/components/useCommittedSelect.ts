// A <select> whose choice is applied when the person commits to it, not on every arrow key
// (WCAG 3.2.2 On Input). Arrow keys on a closed select change its value at once; switching
// the whole app's language on each would walk a keyboard user through every language. So a
// keyboard choice waits for Enter or for leaving the control; a pointer or touch choice
// (picked from the open list) is applied straight away.
import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

export function useCommittedSelect(value: string, onCommit: (value: string) => void) {
  const [pending, setPending] = useState<string | null>(null);
  const byKeyboard = useRef(false);
  const commit = (next: string | null) => {
    setPending(null);
    if (next !== null && next !== value) onCommit(next);
  };
  return {
    value: pending ?? value,
    onPointerDown: () => { byKeyboard.current = false; },
    onKeyDown: (e: KeyboardEvent<HTMLSelectElement>) => {
      if (e.key === 'Enter') commit(e.currentTarget.value);
      else byKeyboard.current = true;
    },
    onChange: (e: ChangeEvent<HTMLSelectElement>) => (byKeyboard.current ? setPending(e.target.value) : commit(e.target.value)),
    onBlur: () => commit(pending),
  };
}
