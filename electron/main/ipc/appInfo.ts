import type { Handlers } from '../../ipc-contract.ts';
import type { MainServices } from './services.ts';

/** App and rules versions, for the About screen and the verified-as-of line. */
export const appInfo = (s: Pick<MainServices, 'appVersion' | 'rules'>): Handlers['appInfo'] =>
  () => ({ appVersion: s.appVersion, shell: 'electron', rules: s.rules.info() });
