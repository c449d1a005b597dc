// Plain English (brief §5): the explanations on the answer screen aim at a 6th-grade
// reading level. Flesch–Kincaid grade is scored per text and printed; any answer
// explanation (rule reason, note, past disclosure) above grade 8 fails. Timeline event
// texts carry names and dates that score high by nature: their budget is grade 10.
import { describe, expect, it } from 'vitest';
import readability from 'text-readability-ts';
import english from '../../locales/en/rules.json' with { type: 'json' };

const ANSWER_LIMIT = 8;
const EVENT_LIMIT = 10;

const grade = (text: string) => Math.round(readability.fleschKincaidGrade(text) * 10) / 10;

const answerTexts = [
  ...Object.entries(english.rule).map(([id, text]) => [`rule.${id}`, text] as const),
  ...Object.entries(english.note).map(([id, text]) => [`note.${id}`, text] as const),
  ...Object.entries(english.disclosure).map(([id, text]) => [`disclosure.${id}`, text] as const),
];
const eventTexts = Object.entries(english.event).map(([id, e]) => [`event.${id}`, e.text] as const);

function report(rows: (readonly [string, string])[]) {
  const scored = rows.map(([key, text]) => ({ key, grade: grade(text) })).sort((a, b) => b.grade - a.grade);
  const mean = scored.reduce((s, r) => s + r.grade, 0) / scored.length;
  console.log(scored.map((r) => `  ${r.grade.toFixed(1).padStart(5)}  ${r.key}`).join('\n') + `\n  mean ${mean.toFixed(1)} over ${scored.length} texts`);
  return { scored, mean };
}

describe('plain English', () => {
  it(`every answer explanation is at grade ${ANSWER_LIMIT} or below (Flesch–Kincaid)`, () => {
    const { scored, mean } = report(answerTexts);
    expect(scored.filter((r) => r.grade > ANSWER_LIMIT)).toEqual([]);
    expect(mean).toBeLessThanOrEqual(6.5);
  });

  it(`timeline event texts are at grade ${EVENT_LIMIT} or below`, () => {
    expect(report(eventTexts).scored.filter((r) => r.grade > EVENT_LIMIT)).toEqual([]);
  });

  it('the scorer tells hard text from easy text', () => {
    expect(grade('The cat sat on the mat. It was a sunny day.')).toBeLessThan(2);
    expect(grade('Notwithstanding the aforementioned jurisdictional considerations, implementation necessitates comprehensive interagency coordination.')).toBeGreaterThan(ANSWER_LIMIT);
  });
});
