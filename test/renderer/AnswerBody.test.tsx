// @vitest-environment jsdom
// The answer on screen, answer first: the summary, what a person can do, then one card per
// outcome and reason in which every category appears exactly once with the engine's
// outcome, and, for a person not sure of their status, one block per group of statuses.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AnswerBody } from '../../renderer/answer/AnswerBody.tsx';
import { stepsFor } from '../../renderer/answer/canDoSteps.ts';
import { answer, type Answer } from '../../rules/engine/answer.ts';
import { shippedBundle } from '../../rules/data/index.ts';
import { CATEGORIES, KNOWN_STATUSES } from '../../rules/schema/vocabulary.ts';
import { englishT } from './englishT.ts';

afterEach(cleanup);

const DATE = '2026-03-01';

async function renderAnswer(a: Answer, contacts = [] as { name: string; phone?: string }[]) {
  const t = await englishT();
  return render(<AnswerBody answer={a} t={t} idPrefix="a" steps={stepsFor(shippedBundle, a)} contacts={contacts} />).container;
}

/** Each category's outcome, as its card says it; a category in two cards fails. */
function cardOutcomes(container: Element) {
  const shown = [...container.querySelectorAll('ul.cards [data-category]')].map((li) => [li.getAttribute('data-category'), li.closest('.card')!.getAttribute('data-outcome')]);
  expect(new Set(shown.map(([c]) => c)).size).toBe(shown.length);
  return Object.fromEntries(shown);
}

describe('the answer on screen', () => {
  it.each([['CA', 'no_status'], ['CA', 'unsure'], ['TX', 'no_status'], ['WI', 'pending_or_daca']] as const)('%s, %s: every category exactly once, with the engine’s outcome', async (jurisdiction, status) => {
    const a = answer(shippedBundle, { date: DATE, jurisdiction, status });
    const container = await renderAnswer(a);
    expect(cardOutcomes(container)).toEqual(Object.fromEntries(a.answers.map((x) => [x.category, x.outcome])));
    // One "Show source" per card, not per category.
    for (const card of container.querySelectorAll('li.card')) expect(card.querySelectorAll('details.show-source')).toHaveLength(1);
  });

  it('Texas, no status: two cards for twelve categories, one per reason', async () => {
    const container = await renderAnswer(answer(shippedBundle, { date: DATE, jurisdiction: 'TX', status: 'no_status' }));
    expect(container.querySelectorAll('li.card')).toHaveLength(2);
    expect(container.querySelectorAll('li.card .category-list li')).toHaveLength(CATEGORIES.length);
  });

  it('puts what you can do right after the summary, the clinic first', async () => {
    const container = await renderAnswer(answer(shippedBundle, { date: DATE, jurisdiction: 'CA', status: 'no_status' }), [{ name: 'Clinic help desk', phone: '555-0100' }]);
    const order = [...container.querySelectorAll('.summary, .what-you-can-do, section.group')].map((e) => e.className.split(' ')[0]);
    expect(order.slice(0, 3)).toEqual(['summary', 'what-you-can-do', 'group']);
    const steps = [...container.querySelectorAll('.what-you-can-do li')].map((li) => li.getAttribute('data-step'));
    expect(steps).toEqual(['clinic', 'legalAid', 'household-members', 'leaving-medicaid']);
    expect(container.querySelector('.can-do-contact')!.textContent).toContain('Phone: 555-0100');
  });

  it('not sure, in California: one block per group of statuses, each status in exactly one', async () => {
    const container = await renderAnswer(answer(shippedBundle, { date: DATE, jurisdiction: 'CA', status: 'unsure' }));
    const blocks = [...container.querySelectorAll('.status-group')];
    expect(blocks.map((b) => b.getAttribute('data-statuses'))).toEqual(['citizen lpr refugee_asylee', 'other_lawful', 'pending_or_daca', 'no_status']);
    expect(blocks[0]!.querySelector('h3')!.textContent).toBe('If your status is: U.S. citizen, Green card holder, Refugee or asylee');
    for (const block of blocks) expect(block.querySelectorAll('[data-category]')).toHaveLength(CATEGORIES.length);
    expect(blocks.flatMap((b) => b.getAttribute('data-statuses')!.split(' ')).sort()).toEqual([...KNOWN_STATUSES].sort());
  });

  it('not sure: the staff table gives each status’s own engine outcome for every kind of data', async () => {
    const container = await renderAnswer(answer(shippedBundle, { date: DATE, jurisdiction: 'CA', status: 'unsure' }));
    const cells = [...container.querySelectorAll('.status-table td')];
    expect(cells).toHaveLength(CATEGORIES.length * KNOWN_STATUSES.length);
    for (const status of KNOWN_STATUSES) {
      const own = answer(shippedBundle, { date: DATE, jurisdiction: 'CA', status });
      for (const a of own.answers) {
        expect(container.querySelector(`.status-table tr[data-row="${a.category}"] td[data-status="${status}"]`)!.getAttribute('data-outcome')).toBe(a.outcome);
      }
    }
  });

  it('no status blocks when the person gave their status, or when every status has the same answer', async () => {
    expect((await renderAnswer(answer(shippedBundle, { date: DATE, jurisdiction: 'CA', status: 'no_status' }))).querySelector('.status-groups')).toBeNull();
    expect((await renderAnswer(answer(shippedBundle, { date: DATE, jurisdiction: 'TX', status: 'unsure' }))).querySelector('.status-groups')).toBeNull();
  });
});
