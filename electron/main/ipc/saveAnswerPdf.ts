import type { Handlers } from '../../ipc-contract.ts';
import type { MainServices } from './services.ts';

/** Main shows the save dialog; the PDF goes only where the user chose. */
export const saveAnswerPdf = (s: Pick<MainServices, 'output'>): Handlers['saveAnswerPdf'] => () => s.output.saveAnswerPdf();
