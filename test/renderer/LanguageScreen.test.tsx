// @vitest-environment jsdom
// A long language list gets a search box; a short one (three languages today) does not.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../renderer/i18n/i18n.ts';
import { ALL_LOCALES } from '../../renderer/i18n/localeMeta.ts';
import { LanguageScreen, SEARCH_THRESHOLD } from '../../renderer/screens/LanguageScreen.tsx';

afterEach(cleanup);

const renderWith = (locales: typeof ALL_LOCALES, onChoose = vi.fn()) =>
  render(<I18nextProvider i18n={createI18n()}><LanguageScreen locales={locales} steps={3} onChoose={onChoose} /></I18nextProvider>);

describe('language screen', () => {
  it('offers a search box above the threshold and filters by autonym or English name', () => {
    const onChoose = vi.fn();
    renderWith(ALL_LOCALES, onChoose);
    const search = screen.getByLabelText('Find a language');
    fireEvent.change(search, { target: { value: 'tiếng' } });
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('data-locale'))).toEqual(['vi']);
    fireEvent.change(search, { target: { value: 'somali' } });
    fireEvent.click(screen.getByRole('button', { name: /Soomaali/ }));
    expect(onChoose).toHaveBeenCalledWith('so');
    fireEvent.change(search, { target: { value: 'klingon' } });
    expect(screen.getByRole('status').textContent).toContain('klingon');
  });

  it('shows no search box for a short list', () => {
    renderWith(ALL_LOCALES.slice(0, SEARCH_THRESHOLD));
    expect(screen.queryByLabelText('Find a language')).toBeNull();
    expect(screen.getAllByRole('button')).toHaveLength(SEARCH_THRESHOLD);
  });
});
