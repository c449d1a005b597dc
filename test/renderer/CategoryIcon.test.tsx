// @vitest-environment jsdom
// Every kind of data has its own pictogram: hidden from screen readers (the words are
// beside it), drawn in currentColor so high-contrast themes recolour it.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CategoryIcon } from '../../renderer/answer/CategoryIcon.tsx';
import { CATEGORIES } from '../../rules/schema/vocabulary.ts';

afterEach(cleanup);

describe('category pictograms', () => {
  const drawn = (category: (typeof CATEGORIES)[number]) => render(<CategoryIcon category={category} />).container.querySelector('svg')!;

  it.each(CATEGORIES)('%s has a pictogram, hidden from screen readers, in currentColor', (category) => {
    const svg = drawn(category);
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('stroke')).toBe('currentColor');
    expect(svg.querySelectorAll('path, rect, circle').length).toBeGreaterThan(0);
  });

  it('no two kinds of data share a pictogram', () => {
    const shapes = CATEGORIES.map((c) => { const svg = drawn(c); cleanup(); return svg.innerHTML; });
    expect(new Set(shapes).size).toBe(CATEGORIES.length);
  });
});
