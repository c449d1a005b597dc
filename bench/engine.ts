// The rules engine in Node: the whole decision table, and every answer the app can give.
import { shippedBundle } from '../rules/data/index.ts';
import { answer, boundaryDates, CATEGORIES, decisionTable, JURISDICTION_CODES, KNOWN_STATUSES, STATUSES } from '../rules/engine/index.ts';
import { percentile, repeat, summarize, type Summary } from './stats.ts';

export interface EngineFigures {
  cells: number;
  questions: number;
  /** decisionTable(): the winning rule of every cell (the walk `rules validate` also makes). */
  tableMs: Summary;
  /** answer() for every question, `unsure` included (it resolves all six statuses). */
  allAnswersMs: Summary;
  answerP50Us: number;
  answerP99Us: number;
}

export async function measureEngine(runs: number): Promise<EngineFigures> {
  const dates = boundaryDates(shippedBundle);
  const tableMs = await repeat(runs, () => {
    const start = performance.now();
    decisionTable(shippedBundle, dates);
    return performance.now() - start;
  });
  const perAnswerUs: number[] = [];
  const allAnswersMs = await repeat(runs, () => {
    const start = performance.now();
    for (const date of dates) {
      for (const jurisdiction of JURISDICTION_CODES) {
        for (const status of STATUSES) {
          const t = performance.now();
          answer(shippedBundle, { date, jurisdiction, status });
          perAnswerUs.push((performance.now() - t) * 1000);
        }
      }
    }
    return performance.now() - start;
  });
  return {
    cells: dates.length * JURISDICTION_CODES.length * KNOWN_STATUSES.length * CATEGORIES.length,
    questions: dates.length * JURISDICTION_CODES.length * STATUSES.length,
    tableMs: summarize(tableMs),
    allAnswersMs: summarize(allAnswersMs),
    answerP50Us: percentile(perAnswerUs, 50),
    answerP99Us: percentile(perAnswerUs, 99),
  };
}
