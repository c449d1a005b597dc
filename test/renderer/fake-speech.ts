// A stand-in for the browser's speechSynthesis, for the read-aloud tests: voices set by the
// test (late ones announced with voiceschanged), and every utterance it was asked to say.
import { vi } from 'vitest';

export interface FakeVoice { name: string; lang: string; localService: boolean; default: boolean; voiceURI: string }
export const voice = (name: string, lang: string, localService: boolean): FakeVoice => ({ name, lang, localService, default: false, voiceURI: name });

export class FakeSynth extends EventTarget {
  voices: FakeVoice[] = [];
  spoken: { text: string; voice: FakeVoice | null; lang: string }[] = [];
  getVoices = () => this.voices;
  speak = (u: { text: string; voice: FakeVoice | null; lang: string }) => this.spoken.push(u);
  cancel = vi.fn();
  setVoices(v: FakeVoice[]) {
    this.voices = v;
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

class FakeUtterance {
  voice: FakeVoice | null = null;
  lang = '';
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  text: string;
  constructor(text: string) {
    this.text = text;
  }
}

/** Puts a fresh fake in place of the browser's; undo with vi.unstubAllGlobals(). */
export function stubSpeech(): FakeSynth {
  const synth = new FakeSynth();
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return synth;
}
