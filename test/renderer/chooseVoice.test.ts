import { describe, expect, it } from 'vitest';
import { chooseVoice, type VoiceLike } from '../../renderer/speech/chooseVoice.ts';

const v = (name: string, lang: string, localService: boolean, isDefault = false): VoiceLike => ({ name, lang, localService, default: isDefault });

describe('chooseVoice', () => {
  const voices = [
    v('Afrikaans espeak', 'af', true),
    v('Google US English', 'en-US', false, true),
    v('Google 普通话', 'zh-CN', false),
    v('Local English', 'en-US', true),
    v('Local Mandarin', 'zh_CN', true),
    v('Local Cantonese', 'zh-HK', true),
    v('Local Arabic', 'ar-SA', true),
  ];

  it('never picks a network voice, even when it is the default and matches exactly', () => {
    expect(chooseVoice(voices, 'en-US')?.name).toBe('Local English');
    expect(chooseVoice([v('Google US English', 'en-US', false)], 'en')).toBeNull();
  });

  it('prefers the preferred tags, then the exact tag, then the language prefix', () => {
    expect(chooseVoice(voices, 'zh-Hans', ['zh-CN', 'zh-SG'])?.name).toBe('Local Mandarin');
    expect(chooseVoice(voices, 'zh-Hant', ['zh-TW', 'zh-HK'])?.name).toBe('Local Cantonese');
    expect(chooseVoice(voices, 'ar')?.name).toBe('Local Arabic');
  });

  it('does not fall back to the first voice when the language has no local voice', () => {
    expect(chooseVoice(voices, 'so')).toBeNull();
    expect(chooseVoice(voices, 'fa')).toBeNull();
  });
});
