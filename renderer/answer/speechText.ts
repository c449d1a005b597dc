// The answer as plain sentences for read-aloud: what may be shared first, as on screen.
import type { TFunction } from 'i18next';
import type { Answer } from '../../rules/engine/answer.ts';
import { groupByOutcome, reasonText } from './text.ts';

export function answerSpeechText(t: TFunction, answer: Answer, heading: string): string {
  const parts = [heading];
  for (const g of groupByOutcome(answer.answers)) {
    parts.push(`${t(`group.${g.outcome}`)}.`);
    for (const a of g.answers) parts.push(`${t(`category.${a.category}`)}: ${reasonText(t, a)}`);
  }
  parts.push(t('answer.notLegalAdvice'));
  return parts.join('\n');
}
