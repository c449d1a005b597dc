// The whole tree, as the build renders it into index.html and as start.tsx hydrates or
// renders it: the two must be the same element for hydration to match.
import { StrictMode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { App, type AppProps } from '../App.tsx';

export function AppRoot({ i18n, ...props }: AppProps & { i18n: I18n }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App {...props} />
      </I18nextProvider>
    </StrictMode>
  );
}
