// The one-line reason: the rules namespace's text by rule id; when that key is missing, a
// generic sentence from outcome and basis, never the raw key.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import en from '../../locales/en/ui.json';
import { reasonText } from '../../renderer/answer/text.ts';
import type { CategoryAnswer } from '../../rules/engine/answer.ts';
import { reasonFor } from '../../rules/text.ts';
import { BASES, OUTCOMES } from '../../rules/schema/vocabulary.ts';

async function tFor(rules: Record<string, unknown>) {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', resources: { en: { ui: en, rules } }, defaultNS: 'ui', ns: ['ui', 'rules'], interpolation: { escapeValue: false } });
  return i18n.t;
}

const base: CategoryAnswer = { category: 'phone', outcome: 'may_be_shared', basis: 'agency_notice', ruleId: 'some-rule', citations: [] };

describe('reasonText', () => {
  it('uses the rule’s own explanation when there is one', async () => {
    const t = await tFor({ rule: { 'some-rule': 'A notice allows it.' } });
    expect(reasonText(t, base)).toBe('A notice allows it.');
  });

  it('falls back to a sentence built from outcome and basis, never the key', async () => {
    const t = await tFor({ rule: {} });
    expect(reasonText(t, base)).toBe('Nothing we know of stops this from being shared. The source is a government notice.');
    expect(reasonText(t, { ...base, outcome: 'protected', basis: 'court_order', ruleId: 'missing' })).toBe('This is protected right now. The source is a court order.');
    expect(reasonText(t, { ...base, outcome: 'depends', basis: null, ruleId: null })).toBe('The answer is not the same for every status. See the list below.');
    expect(reasonText(t, { ...base, basis: null, ruleId: null })).toBe('The answer is the same for every status. Each status has its own source.');
  });
});

// One definition (rules/reason.ts): the CLI's English reason is the app's English reason,
// for every outcome and basis, known rule or not.
describe('reasonFor (CLI) and reasonText (app) agree', () => {
  it.each(OUTCOMES.flatMap((outcome) => [...BASES, null].flatMap((basis) => [
    { outcome, basis, ruleId: 'missing' }, { outcome, basis, ruleId: null }, { outcome, basis, ruleId: 'known' },
  ])))('$outcome / $basis / $ruleId', async ({ outcome, basis, ruleId }) => {
    const rules = { rule: { known: 'A notice allows it.' }, note: {}, event: {}, disclosure: {}, question: {}, help: {}, step: {} };
    const t = await tFor(rules);
    expect(reasonFor(rules, ruleId, outcome, basis)).toBe(reasonText(t, { ...base, outcome, basis, ruleId }));
  });
});
