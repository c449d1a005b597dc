// @vitest-environment jsdom
// "Import rules update" is for staff in the desktop app: it calls window.api and shows
// main's exact message; the preview has no such button.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import type { Api, AppInfo, ImportResult } from '../../electron/ipc-contract.ts';
import { createI18n } from '../../renderer/i18n/i18n.ts';
import { offeredLocales } from '../../renderer/i18n/localeMeta.ts';
import { AboutScreen } from '../../renderer/screens/AboutScreen.tsx';

afterEach(cleanup);

const rules = { version: '1.0.0', dataAsOf: '2026-11-22', factsThrough: { date: '2026-04-01', precision: 'approximate' }, origin: 'shipped', staleAfterDays: 90 } as const;

function renderAbout(shell: AppInfo['shell'], result: ImportResult, kioskMode = false) {
  const importRulesBundle = vi.fn(async () => result);
  const exitKiosk = vi.fn(async (pin: string) => ({ ok: pin === '2468' }));
  const onImported = vi.fn(async () => undefined);
  const api = { importRulesBundle, exitKiosk } as unknown as Api;
  render(
    <I18nextProvider i18n={createI18n()}>
      <AboutScreen api={api} info={{ appVersion: '0.1.0', shell, rules }} kioskMode={kioskMode} locales={offeredLocales()} onImported={onImported} onBack={() => undefined} />
    </I18nextProvider>,
  );
  return { importRulesBundle, exitKiosk, onImported };
}

describe('About this app', () => {
  it('says what the app stores and sends, and its licence', () => {
    renderAbout('preview', { ok: false, reason: 'cancelled', message: '' });
    expect(screen.getByText(/This app saves nothing/)).toBeTruthy();
    expect(screen.getByText(/This app sends nothing/)).toBeTruthy();
    expect(screen.getByText(/Apache License 2.0/)).toBeTruthy();
    expect(screen.getByTestId('rules-version').textContent).toBe('Rules version: 1.0.0');
    expect(screen.queryByRole('button', { name: 'Import rules update' })).toBeNull();
  });

  it('opens and closes the licences of the fonts and code it ships, in English', async () => {
    renderAbout('preview', { ok: false, reason: 'cancelled', message: '' });
    const toggle = screen.getByRole('button', { name: 'Licenses of the fonts and code in this app' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const notices = await screen.findByTestId('third-party-notices');
    expect(notices.textContent).toMatch(/SIL Open Font License/);
    expect(notices.getAttribute('lang')).toBe('en');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(screen.queryByTestId('third-party-notices')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('in the desktop app, shows the exact refusal message and keeps the old rules', async () => {
    const message = 'The file is signed by a key this app does not trust.';
    const { importRulesBundle, onImported } = renderAbout('electron', { ok: false, reason: 'unknown_key', message });
    fireEvent.click(screen.getByRole('button', { name: 'Import rules update' }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByText('The update was not used. The old rules are still in use.')).toBeTruthy();
    expect(importRulesBundle).toHaveBeenCalledOnce();
    expect(onImported).not.toHaveBeenCalled();
  });

  it('in the desktop app, a good import reloads the rules', async () => {
    const { onImported } = renderAbout('electron', { ok: true, rules: { ...rules, version: '1.1.0', origin: 'imported' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import rules update' }));
    expect(await screen.findByText(/The new rules are in use. Version 1.1.0/)).toBeTruthy();
    expect(onImported).toHaveBeenCalledOnce();
  });

  it('at a kiosk, offers no import (no file dialogs there) but the staff PIN, checked by main', async () => {
    const { exitKiosk, importRulesBundle } = renderAbout('electron', { ok: false, reason: 'cancelled', message: '' }, true);
    expect(screen.queryByRole('button', { name: 'Import rules update' })).toBeNull();
    const pin = screen.getByLabelText('Staff PIN') as HTMLInputElement;
    expect(pin.type).toBe('password');
    const leave = screen.getByRole('button', { name: 'Leave kiosk mode' }) as HTMLButtonElement;
    expect(leave.disabled).toBe(true);
    fireEvent.change(pin, { target: { value: '1111' } });
    fireEvent.click(leave);
    expect(await screen.findByText(/The app did not close/)).toBeTruthy();
    expect(pin.value).toBe('');
    fireEvent.change(pin, { target: { value: '2468' } });
    fireEvent.click(leave);
    expect(await screen.findByText('The app is closing.')).toBeTruthy();
    expect(exitKiosk.mock.calls).toEqual([['1111'], ['2468']]);
    expect(importRulesBundle).not.toHaveBeenCalled();
  });

  it('outside the desktop app there is no staff section at all, kiosk or not', () => {
    renderAbout('preview', { ok: false, reason: 'cancelled', message: '' }, true);
    expect(screen.queryByLabelText('Staff PIN')).toBeNull();
  });
});
