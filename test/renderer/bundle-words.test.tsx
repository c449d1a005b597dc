// @vitest-environment jsdom
// A signed rules update explains a new ruling in its own words (issue 18): the bundle
// carries them, per locale, and the answer shows them: in English, in Spanish, and where
// a locale has none (French here), in the bundle's English marked as English, never a
// generic sentence. The same for a new common question and a new help entry.
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
import { QuestionsScreen } from '../../renderer/screens/QuestionsScreen.tsx';
import { ResourceList } from '../../renderer/answer/HelpSection.tsx';
import { helpResources } from '../../renderer/answer/help.ts';
import { answerSpeechText } from '../../renderer/answer/speechText.ts';
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

const NEW_QUESTION = 'test-question';
const NEW_HELP = 'test-help';
const QUESTION = { en: { q: 'Is this a test question?', a1: 'Yes. It is only a test.' }, es: { q: '¿Es esta una pregunta de prueba?', a1: 'Sí. Es solo una prueba.' } };
const HELP = { en: 'A test group in Texas writes about this.', es: 'Un grupo de prueba en Texas escribe sobre esto.' };

/** The shipped rules plus a new common question and a new help entry for Texas, with words
 * in English and Spanish only. */
function guidanceUpdate(): Bundle {
  const b = structuredClone(shippedBundle);
  b.version = laterVersion(b.version);
  b.questions.push({ id: NEW_QUESTION, citations: [{ sourceId: 'research-note-2026-11-22', pinpoint: 'test', summary: 'A test answer.' }] });
  b.help.push({ id: NEW_HELP, jurisdictions: ['TX'], url: 'https://example.org/test-help' });
  const text = loadBundleText();
  text.en = { ...text.en, question: { ...text.en!.question, [NEW_QUESTION]: QUESTION.en }, help: { ...text.en!.help, [NEW_HELP]: HELP.en } };
  text.es = { ...text.es, question: { ...text.es!.question, [NEW_QUESTION]: QUESTION.es }, help: { ...text.es!.help, [NEW_HELP]: HELP.es } };
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
    expect(shown('fr')).toBe(`${ENGLISH} (en anglais)`);
  });

  it('shows a new question and help entry in English and Spanish, and marked English where French has none', async () => {
    const bundle = imported(guidanceUpdate());
    const i18n = createI18n();
    addBundleWords(i18n, bundle.text);
    await Promise.all(['es', 'fr'].map((code) => ensureLocale(i18n, code)));
    const resources = helpResources(bundle, 'TX', '2026-12-06');
    expect(resources.map((r) => r.id)).toContain(NEW_HELP);
    const shown = async (lng: string) => {
      await i18n.changeLanguage(lng);
      const { container } = render(
        <I18nextProvider i18n={i18n}>
          <QuestionsScreen bundle={bundle} onBack={() => {}} />
          <ResourceList resources={resources} t={i18n.getFixedT(lng)} />
        </I18nextProvider>,
      );
      const question = container.querySelector(`[data-question="${NEW_QUESTION}"]`)!;
      const help = [...container.querySelectorAll('.help-resources li')].find((li) => li.textContent!.includes('example.org/test-help'))!;
      const marked = [...question.querySelectorAll('.in-english'), ...help.querySelectorAll('.in-english')];
      const result = {
        q: question.querySelector('h2')!.textContent, a: question.querySelector('p')!.textContent, help: help.querySelector('p')!.textContent,
        english: marked.map((m) => m.querySelector('[lang="en"][dir="ltr"]')?.textContent),
      };
      cleanup();
      return result;
    };
    expect(await shown('en')).toEqual({ q: QUESTION.en.q, a: QUESTION.en.a1, help: HELP.en, english: [] });
    expect(await shown('es')).toEqual({ q: QUESTION.es.q, a: QUESTION.es.a1, help: HELP.es, english: [] });
    expect(await shown('fr')).toEqual({
      q: `${QUESTION.en.q} (en anglais)`, a: `${QUESTION.en.a1} (en anglais)`, help: `${HELP.en} (en anglais)`,
      english: [QUESTION.en.q, QUESTION.en.a1, HELP.en],
    });
  });

  it('reads aloud the new rule\'s and help entry\'s English where French has none, and says it is English', async () => {
    // One update with both: the new ruling, and the new help entry for Texas.
    const both = update();
    const guidance = guidanceUpdate();
    both.help = guidance.help;
    for (const code of ['en', 'es'] as const) both.text![code]!.help = guidance.text![code]!.help;
    const bundle = imported(both);
    const i18n = createI18n();
    addBundleWords(i18n, bundle.text);
    await Promise.all(['es', 'fr'].map((code) => ensureLocale(i18n, code)));
    const a = answer(bundle, { date: '2026-12-06', jurisdiction: 'TX', status: 'no_status' });
    const spoken = (lng: string) => answerSpeechText(i18n.getFixedT(lng), a, { heading: 'TX', stale: false, contacts: [], resources: helpResources(bundle, 'TX', '2026-12-06') });
    expect(spoken('fr')).toContain(`${ENGLISH} (en anglais)`);
    expect(spoken('fr')).toContain(`${HELP.en} (en anglais)`);
    expect(spoken('es')).toContain(SPANISH);
    expect(spoken('es')).toContain(HELP.es);
    expect(spoken('es')).not.toContain('(en inglés)');
    expect(spoken('en')).not.toContain('(in English)');
  });

  it('a bundle that carries words must have English for every rule', () => {
    const b = update();
    delete b.text!.en!.rule![NEW_RULE];
    const v = validateBundle(b);
    expect(v.ok ? [] : v.problems.map(formatProblem)).toEqual([`text: en.rule.${NEW_RULE}: no English words for rule '${NEW_RULE}'`]);
  });

  it('a bundle that carries words must have English for every question and help entry', () => {
    const b = guidanceUpdate();
    delete b.text!.en!.question![NEW_QUESTION];
    delete b.text!.en!.help![NEW_HELP];
    const v = validateBundle(b);
    expect(v.ok ? [] : v.problems.map(formatProblem)).toEqual([
      `text: en.question.${NEW_QUESTION}: no English words for question '${NEW_QUESTION}'`,
      `text: en.help.${NEW_HELP}: no English words for help '${NEW_HELP}'`,
    ]);
  });
});
