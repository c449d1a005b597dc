// @vitest-environment jsdom
// A signed rules update explains a new ruling in its own words (issue 18): the bundle
// carries them, per locale, and the answer shows them: in English, in Spanish, and where
// a locale has none (French here), in the bundle's English, never a generic sentence.
import { generateKeyPairSync } from 'node:crypto';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { shippedBundle } from '../../rules/data/index.ts';
import { answer, formatProblem, validateBundle, type Bundle } from '../../rules/index.ts';
import { signBundle, trustedKeyFromPem, verifyBundleBytes } from '../../rules/signing.ts';
import { loadBundleText } from '../../rules/text.ts';
import { addBundleWords, createI18n, ensureLocale } from '../../renderer/i18n/i18n.ts';
import { AnswerBody } from '../../renderer/answer/AnswerBody.tsx';
import { laterVersion } from '../rules/helpers.ts';

const NEW_RULE = 'tx-order-2026-06-test';
const ENGLISH = 'A Texas court order from June 2026 stops this data from being shared for now. This is a test ruling.';
const SPANISH = 'Una orden judicial de Texas de junio de 2026 impide por ahora que se compartan estos datos. Es un fallo de prueba.';

/** The shipped rules plus one new Texas ruling, with the words of every locale, and the new
 * rule's words in English and Spanish only. */
function update(): Bundle {
  const b = structuredClone(shippedBundle);
  b.version = laterVersion(b.version);
  b.rules.push({
    id: NEW_RULE, from: '2026-06-01', scope: { jurisdictions: ['TX'], statuses: '*', categories: '*' },
    outcome: 'unclear', basis: 'court_order', overrides: ['cms-notice-2025-11-25', 'cms-notice-2025-11-25-case-by-case'],
    citations: [{ sourceId: 'research-note-2026-11-22', pinpoint: 'test', summary: 'A test ruling.' }], lastVerified: b.dataAsOf,
  });
  const text = loadBundleText();
  text.en = { ...text.en, rule: { ...text.en!.rule, [NEW_RULE]: ENGLISH } };
  text.es = { ...text.es, rule: { ...text.es!.rule, [NEW_RULE]: SPANISH } };
  return { ...b, text };
}

/** Signed by a publisher, then checked as the app checks an import. */
function imported(bundle: Bundle): Bundle {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const signed = signBundle(bundle, privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  const r = verifyBundleBytes(new TextEncoder().encode(JSON.stringify(signed)), [trustedKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }) as string)]);
  if (!r.ok) throw new Error(r.message);
  return r.bundle;
}

afterEach(cleanup);

describe('an imported update in its own words', () => {
  it('shows the new rule\'s words in English and Spanish, and its English where French has none', async () => {
    const bundle = imported(update());
    const i18n = createI18n();
    addBundleWords(i18n, bundle.text);
    await Promise.all(['es', 'fr'].map((code) => ensureLocale(i18n, code)));
    const a = answer(bundle, { date: '2026-12-06', jurisdiction: 'TX', status: 'no_status' });
    expect(new Set(a.answers.map((c) => c.ruleId))).toEqual(new Set([NEW_RULE]));
    const shown = (lng: string) => render(
      <I18nextProvider i18n={i18n}><AnswerBody answer={a} t={i18n.getFixedT(lng)} idPrefix={lng} steps={[]} contacts={[]} /></I18nextProvider>,
    ).container.querySelector('li.card .reason')!.textContent;
    expect(shown('en')).toBe(ENGLISH);
    expect(shown('es')).toBe(SPANISH);
    expect(shown('fr')).toBe(ENGLISH);
  });

  it('a bundle that carries words must have English for every rule', () => {
    const b = update();
    delete b.text!.en!.rule![NEW_RULE];
    const v = validateBundle(b);
    expect(v.ok ? [] : v.problems.map(formatProblem)).toEqual([`text: en.rule.${NEW_RULE}: no English words for rule '${NEW_RULE}'`]);
  });
});
