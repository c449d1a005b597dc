// The app's own answer explanations (the generic reasons shown when a rule has no text
// yet) meet the same bar as the rules' explanations: Flesch–Kincaid grade 8 or below.
import { describe, expect, it } from 'vitest';
import readability from 'text-readability-ts';
import en from '../../locales/en/ui.json';

const withSampleBasis = (text: string) => text.replace('{{basis}}', en.basis.agency_notice);

describe('plain English fallbacks', () => {
  it.each(Object.entries(en.fallbackReason))('fallbackReason.%s is at grade 8 or below', (_key, text) => {
    expect(readability.fleschKincaidGrade(withSampleBasis(text))).toBeLessThanOrEqual(8);
  });
});
