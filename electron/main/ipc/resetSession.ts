import type { Handlers } from '../../ipc-contract.ts';
import type { MainServices } from './services.ts';

/** Kiosk idle reset: main clears the clipboard and the session, then reloads the window. */
export const resetSession = (s: Pick<MainServices, 'kiosk'>): Handlers['resetSession'] => () => s.kiosk.resetSession();
