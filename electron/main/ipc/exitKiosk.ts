import type { Handlers } from '../../ipc-contract.ts';
import type { MainServices } from './services.ts';

/** The PIN is checked in main against the salted hash; the renderer only learns yes or no. */
export const exitKiosk = (s: Pick<MainServices, 'kiosk'>): Handlers['exitKiosk'] => (pin) => s.kiosk.exit(pin);
