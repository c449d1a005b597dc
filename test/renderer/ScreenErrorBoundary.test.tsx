// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../renderer/i18n/i18n.ts';
import { ScreenErrorBoundary } from '../../renderer/components/ScreenErrorBoundary.tsx';

afterEach(cleanup);

function Broken(): never {
  throw new Error('no rule decides phone for TX on 2027-01-01');
}

describe('a screen that fails', () => {
  it('says what happened and offers Start over instead of a blank window', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onStartOver = vi.fn();
    render(<I18nextProvider i18n={createI18n()}><ScreenErrorBoundary onStartOver={onStartOver}><Broken /></ScreenErrorBoundary></I18nextProvider>);
    expect(screen.getByRole('alert').textContent).toContain('This screen could not be shown.');
    expect(screen.getByRole('alert').textContent).toContain('no rule decides phone for TX on 2027-01-01');
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }));
    expect(onStartOver).toHaveBeenCalledOnce();
  });
});
