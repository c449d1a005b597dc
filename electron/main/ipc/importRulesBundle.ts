import type { Handlers } from '../../ipc-contract.ts';
import type { MainServices } from './services.ts';

/** Main shows the open-file dialog itself, so the renderer can never name a path. */
export const importRulesBundle = (s: Pick<MainServices, 'rules' | 'chooseBundleFile'>): Handlers['importRulesBundle'] => async () => {
  const filePath = await s.chooseBundleFile();
  if (!filePath) return { ok: false, reason: 'cancelled', message: 'No file was chosen; the rules in use have not changed.' };
  return s.rules.importFile(filePath);
};
