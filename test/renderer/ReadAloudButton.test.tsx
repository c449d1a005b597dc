// @vitest-environment jsdom
// Read aloud on the answer (UX review #9), against a fake speechSynthesis: the control is
// always there; without a local voice it says so instead of vanishing; with one it reads
// the whole answer: the caveats, the summary, each reason once, and where to get help.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubSpeech, voice, type FakeSynth } from './fake-speech.ts';
import en from '../../locales/en/ui.json';
import enRules from '../../locales/en/rules.json';
import { ReadAloudButton } from '../../renderer/speech/ReadAloudButton.tsx';
import { answerSpeechText } from '../../renderer/answer/speechText.ts';
import { answer } from '../../rules/engine/answer.ts';
import { shippedBundle } from '../../rules/data/index.ts';

const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({ lng: 'en', resources: { en: { ui: en, rules: enRules } }, defaultNS: 'ui', interpolation: { escapeValue: false } });

let synth: FakeSynth;
beforeEach(() => {
  synth = stubSpeech();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const show = (locale: string, text = () => 'Hello') =>
  render(<I18nextProvider i18n={i18n}><ReadAloudButton locale={locale} voiceLangs={[]} text={text} /></I18nextProvider>);

describe('ReadAloudButton', () => {
  it('without a local voice for the language, stays visible and says why in plain words', () => {
    synth.voices = [voice('Remote Somali', 'so-SO', false), voice('Local English', 'en-US', true)];
    show('so');
    const button = screen.getByRole('button', { name: 'Read aloud' });
    expect(button).toHaveProperty('disabled', true);
    const why = screen.getByTestId('no-voice');
    expect(why.textContent).toBe(en.actions.noVoice);
    expect(button.getAttribute('aria-describedby')).toBe(why.id);
  });

  it('with a local voice, reads the text it is given with that voice, and offers Stop', () => {
    synth.voices = [voice('Local Spanish', 'es-US', true)];
    show('es', () => 'Hola');
    expect(screen.queryByTestId('no-voice')).toBeNull();
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Read aloud' })));
    expect(synth.spoken.map((u) => [u.voice?.name, u.text])).toEqual([['Local Spanish', 'Hola']]);
    expect(screen.getByRole('button', { name: 'Stop reading' })).toBeTruthy();
  });
});

describe('the words read aloud', () => {
  const t = i18n.getFixedT('en');
  const help = { contacts: [{ name: 'Front desk, room 2' }], resources: [{ id: 'pif' }] };
  const speak = (jurisdiction: 'TX' | 'CA', status: 'no_status' | 'unsure') =>
    answerSpeechText(t, answer(shippedBundle, { jurisdiction, status, date: '2026-03-01' }), { heading: 'Answer', stale: false, ...help }).split('\n');

  it('says each reason once, with the categories it covers (Texas: two reasons for 12: named by the notice, or case by case)', () => {
    const lines = speak('TX', 'no_status');
    expect(lines.length).toBe(new Set(lines).size);
    const reasons = lines.filter((l) => l.startsWith('Your '));
    expect(reasons).toHaveLength(2);
    expect(reasons.map((r) => r.split(':')[0]!.match(/Your /g)!.length)).toEqual([3, 9]);
  });

  it('includes the summary, how far the facts reach, what is not known, data already shared and help, clinic first', () => {
    const text = speak('CA', 'unsure').join('\n');
    const a = answer(shippedBundle, { jurisdiction: 'CA', status: 'unsure', date: '2026-03-01' });
    expect(a.notes.length).toBeGreaterThan(0);
    expect(a.pastDisclosures.length).toBeGreaterThan(0);
    for (const part of ['We last checked our sources on', 'What is not known.', 'Data that was already shared.', 'Where to get help.', 'This app is not legal advice.']) expect(text).toContain(part);
    expect(text.indexOf('Front desk, room 2')).toBeLessThan(text.indexOf('Protecting Immigrant Families'));
    expect(text.split('\n').length).toBe(new Set(text.split('\n')).size);
  });
});
