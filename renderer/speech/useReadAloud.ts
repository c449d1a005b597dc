// Read aloud with a local voice for the current locale. `available` is false (and
// ReadAloudButton says there is no voice) when speech is missing or no local voice fits
// the language. Voices load asynchronously, so the choice is redone on `voiceschanged`.
import { useCallback, useEffect, useState } from 'react';
import { chooseVoice } from './chooseVoice.ts';

export interface ReadAloud {
  available: boolean;
  speaking: boolean;
  speak(text: string): void;
  stop(): void;
}

export function useReadAloud(locale: string, preferred: readonly string[] = []): ReadAloud {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  const [speaking, setSpeaking] = useState(false);
  const preferredKey = preferred.join(',');

  useEffect(() => {
    if (!synth) return;
    const pick = () => setVoice(chooseVoice(synth.getVoices(), locale, preferredKey ? preferredKey.split(',') : []));
    pick();
    synth.addEventListener('voiceschanged', pick);
    return () => synth.removeEventListener('voiceschanged', pick);
  }, [synth, locale, preferredKey]);

  // Never keep talking after the screen changes or the session is wiped.
  useEffect(() => () => synth?.cancel(), [synth, locale]);

  const speak = useCallback((text: string) => {
    if (!synth || !voice) return;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(utterance);
  }, [synth, voice]);

  const stop = useCallback(() => {
    synth?.cancel();
    setSpeaking(false);
  }, [synth]);

  return { available: !!voice, speaking, speak, stop };
}
