// @vitest-environment jsdom
// Read-aloud against a mocked window.speechSynthesis: local voices only, the choice is
// redone when voices arrive late (voiceschanged), and nothing is offered without one.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubSpeech, voice, type FakeSynth } from './fake-speech.ts';
import { useReadAloud } from '../../renderer/speech/useReadAloud.ts';

let synth: FakeSynth;
beforeEach(() => {
  synth = stubSpeech();
});
afterEach(() => vi.unstubAllGlobals());

describe('useReadAloud', () => {
  it('is unavailable when only network voices exist for the language', () => {
    synth.voices = [voice('Google español', 'es-ES', false), voice('Local English', 'en-US', true)];
    const { result } = renderHook(() => useReadAloud('es'));
    expect(result.current.available).toBe(false);
  });

  it('waits for voiceschanged, then speaks with the local voice of the locale', () => {
    const { result } = renderHook(() => useReadAloud('ar'));
    expect(result.current.available).toBe(false);
    act(() => synth.setVoices([voice('Remote Arabic', 'ar-EG', false), voice('Afrikaans', 'af', true), voice('Local Arabic', 'ar-SA', true)]));
    expect(result.current.available).toBe(true);
    act(() => result.current.speak('مرحبا'));
    expect(synth.spoken).toHaveLength(1);
    expect(synth.spoken[0]!.voice?.name).toBe('Local Arabic');
    expect(synth.spoken[0]!.lang).toBe('ar-SA');
  });

  it('stops speaking when the screen goes away', () => {
    synth.voices = [voice('Local English', 'en-US', true)];
    const { unmount } = renderHook(() => useReadAloud('en'));
    // Effects' clean-ups run after the unmount, as in the app; act() waits for them.
    act(() => unmount());
    expect(synth.cancel).toHaveBeenCalled();
  });
});
