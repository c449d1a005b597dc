// Translator review kit and locale checks:
//   npm run i18n -- export LOCALE [--out DIR]        spreadsheet (CSV) + XLIFF for a translator
//   npm run i18n -- import FILE --reviewer ORG [--date YYYY-MM-DD]
//   npm run i18n -- check [LOCALE…]                 the same checks npm test runs
import { parseArgs } from 'node:util';
import { readLocaleMeta, SOURCE_LOCALE } from './i18n/catalog.ts';
import { checkLocale, formatI18nProblem } from './i18n/checks.ts';
import { exportLocale, importReview } from './i18n/kit.ts';
import { reviewState } from './i18n/review.ts';
import { localToday as today } from '../rules/today.ts'; // the review date: this machine's day, not UTC's

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, reviewer: { type: 'string' }, date: { type: 'string' } } });
  const [command, arg] = positionals;
  if (command === 'export' && arg) {
    const r = await exportLocale(arg, values.out ?? 'out/i18n');
    console.log(`wrote ${r.csvFile} and ${r.xliffFile} (${r.rows} strings)`);
    return 0;
  }
  if (command === 'import' && arg) {
    const r = await importReview(arg, values.reviewer ?? '', values.date ?? today());
    if (!r.ok) {
      console.error(`nothing was changed; ${r.problems.length} problem(s):\n${r.problems.map((p) => `  ${p}`).join('\n')}`);
      return 1;
    }
    console.log(`${r.locale}: ${r.reviewedKeys} key(s) now reviewed; locale status: ${r.status}`);
    return 0;
  }
  if (command === 'check') {
    let failed = 0;
    const only = positionals.slice(1);
    for (const meta of readLocaleMeta().filter((l) => l.code !== SOURCE_LOCALE && (only.length === 0 || only.includes(l.code)))) {
      const problems = checkLocale(meta);
      const state = reviewState(meta);
      console.log(`${meta.code.padEnd(8)} ${problems.length ? `${problems.length} problem(s)` : 'ok'}  ${state.reviewedKeys.size}/${state.total} reviewed`);
      for (const p of problems.slice(0, only.length ? Infinity : 10)) console.log(`    ${formatI18nProblem(p)}`);
      failed += problems.length;
    }
    return failed ? 1 : 0;
  }
  console.error('usage: npm run i18n -- export LOCALE [--out DIR] | import FILE --reviewer ORG [--date YYYY-MM-DD] | check [LOCALE…]');
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
