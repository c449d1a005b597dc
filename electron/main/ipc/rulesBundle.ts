import type { Handlers } from '../../ipc-contract.ts';
import type { MainServices } from './services.ts';

/** The active bundle; the renderer runs the pure engine on it. */
export const rulesBundle = (s: Pick<MainServices, 'rules'>): Handlers['rulesBundle'] => () => s.rules.activeBundle();
