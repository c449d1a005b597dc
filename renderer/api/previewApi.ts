// The in-page implementation of the IPC contract for the browser preview (npm run preview).
// Same `Api` type as the preload bridge, derived from electron/ipc-contract.ts: a call
// declared there and missing here is a compile error. Nothing here touches storage or the
// network.
import type { Api, AppInfo, RulesInfo } from '../../electron/ipc-contract.ts';
import { shippedBundle } from '../../rules/index.ts';
import { kioskFromQuery, pseudoFromQuery, rulesWarningFromQuery } from './previewFlags.ts';
import { addPreviewLocale } from '../i18n/localeMeta.ts';
import { addPreviewResources } from '../i18n/i18n.ts';
import { PSEUDO_LOCALE, pseudoMeta, pseudoTree } from '../i18n/pseudo.ts';
import enUi from '../../locales/en/ui.json';
import enRules from '../../locales/en/rules.json';

/** The preview has no config file; the desktop app's main process decides this for real. */
export const PREVIEW_STALE_AFTER_DAYS = 90;

export function createPreviewApi(search: string, print: () => void): Api {
  const rulesWarning = rulesWarningFromQuery(search);
  const pseudo = pseudoFromQuery(search);
  if (pseudo) {
    addPreviewLocale(pseudoMeta(pseudo));
    addPreviewResources(PSEUDO_LOCALE, { ui: pseudoTree(enUi), rules: pseudoTree(enRules) });
  }
  const rules: RulesInfo = {
    version: shippedBundle.version,
    dataAsOf: shippedBundle.dataAsOf,
    factsThrough: shippedBundle.factsThrough,
    origin: 'shipped',
    staleAfterDays: PREVIEW_STALE_AFTER_DAYS,
    ...(rulesWarning ? { warning: rulesWarning } : {}),
  };
  const info: AppInfo = { appVersion: __APP_VERSION__, shell: 'preview', rules };
  const printed = async () => {
    print();
    return { ok: true } as const;
  };
  return {
    appInfo: async () => info,
    rulesBundle: async () => shippedBundle,
    importRulesBundle: async () => ({ ok: false, reason: 'unreadable', message: 'Importing rules is only possible in the desktop app.' }),
    printAnswer: printed,
    saveAnswerPdf: printed,
    kioskSettings: async () => kioskFromQuery(search),
    exitKiosk: async () => ({ ok: false }),
    // Nothing of the preview's own to clear: the renderer has already started over.
    resetSession: async () => ({ ok: false }),
  };
}
