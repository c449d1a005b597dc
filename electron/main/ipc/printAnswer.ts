import type { Handlers } from '../../ipc-contract.ts';
import type { MainServices } from './services.ts';

export const printAnswer = (s: Pick<MainServices, 'output'>): Handlers['printAnswer'] => () => s.output.printAnswer();
