// @vitest-environment jsdom
// The per-status breakdown of a `depends` answer: statuses whose answer comes from the same
// rule share one row (its reason read once); the same outcome from two rules stays apart,
// because the reasons differ.
import { cleanup, render } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import en from '../../locales/en/ui.json';
import enRules from '../../locales/en/rules.json';
import { AnswerBody } from '../../renderer/answer/AnswerBody.tsx';
import { answer } from '../../rules/engine/answer.ts';
import { shippedBundle } from '../../rules/data/index.ts';

afterEach(cleanup);

async function englishT() {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', resources: { en: { ui: en, rules: enRules } }, defaultNS: 'ui', ns: ['ui', 'rules'], interpolation: { escapeValue: false } });
  return i18n.t;
}

function rowsOf(container: Element, category: string) {
  return [...container.querySelectorAll(`li.card[data-category="${category}"] .by-status li`)].map((li) => ({
    statuses: li.getAttribute('data-statuses'),
    names: li.querySelector('.by-status-name')!.textContent,
    outcome: li.querySelector('[data-outcome]')!.getAttribute('data-outcome'),
    reason: li.querySelector('.by-status-reason')!.textContent,
  }));
}

describe('the answer for each status', () => {
  // California, not sure, after the December 29, 2025 order: three lawful statuses protected
  // by one rule, visa/TPS and pending/DACA unclear by two others, no status may be shared.
  const ca = answer(shippedBundle, { jurisdiction: 'CA', status: 'unsure', date: '2026-03-01' });

  it('puts statuses that share a rule in one row, naming each', async () => {
    const t = await englishT();
    const { container } = render(<AnswerBody answer={ca} t={t} idPrefix="a" />);
    const rows = rowsOf(container, 'phone');
    expect(rows.map((r) => [r.statuses, r.outcome])).toEqual([
      ['citizen lpr refugee_asylee', 'protected'],
      ['other_lawful', 'unclear'],
      ['pending_or_daca', 'unclear'],
      ['no_status', 'may_be_shared'],
    ]);
    expect(rows[0]!.names).toBe('U.S. citizen, Green card holder, Refugee or asylee');
    expect(rows[0]!.reason).toBe(enRules.rule['pi-2025-12-29-lawful-statuses-protected']);
  });

  it('keeps the same outcome from two different rules in two rows', async () => {
    const t = await englishT();
    const phone = ca.answers.find((a) => a.category === 'phone')!;
    const split = { ...phone, byStatusRule: { ...phone.byStatusRule!, lpr: 'pi-2025-12-29-medical-data-protected' } };
    const edited = { ...ca, answers: ca.answers.map((a) => (a.category === 'phone' ? split : a)) };
    const { container } = render(<AnswerBody answer={edited} t={t} idPrefix="a" />);
    expect(rowsOf(container, 'phone').map((r) => r.statuses)).toEqual([
      'citizen refugee_asylee', 'lpr', 'other_lawful', 'pending_or_daca', 'no_status',
    ]);
  });
});
