import type { Handlers } from '../../ipc-contract.ts';
import type { MainServices } from './services.ts';

/** Never includes the PIN hash: the renderer gets only what it shows or uses. */
export const kioskSettings = (s: Pick<MainServices, 'kiosk'>): Handlers['kioskSettings'] => () => s.kiosk.settings();
