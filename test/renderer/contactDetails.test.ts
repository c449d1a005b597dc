// A clinic contact's lines, the one definition the screen, the printout and read-aloud use:
// phone, address and hours in that order, each only when the kiosk config gives it.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import en from '../../locales/en/ui.json';
import { contactDetails } from '../../renderer/answer/help.ts';
import { answerSpeechText } from '../../renderer/answer/speechText.ts';
import type { Answer } from '../../rules/engine/answer.ts';

async function englishT() {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', resources: { en: { ui: en } }, defaultNS: 'ui', interpolation: { escapeValue: false } });
  return i18n.t;
}

const full = { name: 'Front desk', phone: '555-0100', address: '1 Main St', hours: 'Mon–Fri 9–5' };

describe('contactDetails', () => {
  it('gives phone, address and hours, in that order', async () => {
    expect(contactDetails(await englishT(), full)).toEqual(['Phone: 555-0100', 'Address: 1 Main St', 'Hours: Mon–Fri 9–5']);
  });

  it('leaves out what the config does not give', async () => {
    const t = await englishT();
    expect(contactDetails(t, { name: 'Front desk', hours: 'Mon–Fri 9–5' })).toEqual(['Hours: Mon–Fri 9–5']);
    expect(contactDetails(t, { name: 'Front desk', phone: '' })).toEqual([]);
  });

  it('is what read-aloud says after the contact’s name', async () => {
    const t = await englishT();
    const answer = { query: { jurisdiction: 'WA', status: 'unsure', date: '2026-12-06' }, answers: [], notes: [], pastDisclosures: [], beyondFacts: false, dataAsOf: '2026-11-22', factsThrough: { date: '2026-04-01', precision: 'approximate' } } as unknown as Answer;
    const spoken = answerSpeechText(t, answer, { heading: 'Answer', stale: false, contacts: [full], resources: [] }).split('\n');
    expect(spoken).toContain('Front desk. Phone: 555-0100. Address: 1 Main St. Hours: Mon–Fri 9–5');
  });
});
