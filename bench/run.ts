// `npm run bench`: builds the renderer, serves it and a plain one-button page on 127.0.0.1,
// measures (bench/browser.ts, bench/engine.ts), prints one table, writes it as JSON to
// bench/results.json (git-ignored) and exits non-zero naming every budget it broke.
// Not part of `npm test`: figures depend on the machine. Runs: $BENCH_RUNS (default 7).
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { buildRenderer, ROOT, serveFolder } from '../scripts/preview.ts';
import { measureBrowser, type BrowserFigures } from './browser.ts';
import { measureEngine, type EngineFigures } from './engine.ts';
import { BUDGETS, type BudgetName } from './budgets.ts';
import type { Summary } from './stats.ts';

const RUNS = Math.max(7, Number(process.env.BENCH_RUNS ?? 7));
const RESULTS = path.join(import.meta.dirname, 'results.json');

interface Row {
  figure: string;
  value: Summary | number;
  unit: string;
  budget?: { name: BudgetName; limit: string; ok: boolean };
}

const fmt = (v: Summary | number, digits = 1) =>
  typeof v === 'number' ? v.toFixed(digits) : `${v.median.toFixed(digits)} (${v.min.toFixed(digits)}–${v.max.toFixed(digits)})`;
const median = (v: Summary | number) => (typeof v === 'number' ? v : v.median);

function rows(b: BrowserFigures, e: EngineFigures): Row[] {
  const atMost = (name: BudgetName, value: number, limit: number = BUDGETS[name], label = String(limit)) => ({ name, limit: `≤ ${label}`, ok: value <= limit });
  const ratio = b.coldLoadMs.median / b.plainLoadMs.median;
  const firstPaintRatio = b.firstPaintFontsMs.median / b.firstPaintPlainMs.median;
  const growth = b.heapAfter200SessionsMb.median / b.heapAfterWarmUpMb.median - 1;
  const growthFromFirstCycle = b.heapAfter200SessionsMb.median / b.heapAfterFirstCycleMb.median - 1;
  const foreign = b.localeFonts.reduce((n, l) => n + l.foreignFiles.length, 0);
  return [
    { figure: 'Cold load to first language button', value: b.coldLoadMs, unit: 'ms', budget: atMost('coldLoadMs', b.coldLoadMs.median) },
    { figure: 'Plain one-button page, in turn with it', value: b.plainLoadMs, unit: 'ms' },
    { figure: 'App ÷ plain page', value: ratio, unit: '×', budget: atMost('coldLoadVsPlain', ratio) },
    { figure: 'First paint on screen, every name in its own font', value: b.firstPaintFontsMs, unit: 'ms' },
    { figure: '  plain page, its button on screen, in turn with it', value: b.firstPaintPlainMs, unit: 'ms' },
    { figure: '  ÷ plain page', value: firstPaintRatio, unit: '×', budget: atMost('firstPaintVsPlain', firstPaintRatio) },
    { figure: '  of which main thread: that frame painted', value: b.firstPaintMainThreadMs, unit: 'ms' },
    { figure: '  plain page, main thread, in turn with it', value: b.firstPaintPlainMainThreadMs, unit: 'ms' },
    { figure: '  ÷ plain page', value: b.firstPaintMainThreadMs.median / b.firstPaintPlainMainThreadMs.median, unit: '×' },
    { figure: 'Interactive: first screen hydrated, taps handled', value: b.interactiveMs, unit: 'ms' },
    { figure: '  plain page, in turn with it', value: b.interactivePlainMs, unit: 'ms' },
    { figure: '  ÷ plain page', value: b.interactiveMs.median / b.interactivePlainMs.median, unit: '×', budget: atMost('interactiveVsPlain', b.interactiveMs.median / b.interactivePlainMs.median) },
    { figure: 'Continue on status → answer on screen (unsure, CA)', value: b.tapToAnswerMs, unit: 'ms', budget: atMost('tapToAnswerMs', b.tapToAnswerMs.median) },
    ...Object.entries(b.switchNewLocaleMs).map(([l, v]) => ({ figure: `Switch to ${l}, not yet loaded`, value: v, unit: 'ms', budget: atMost('switchNewLocaleMs', v.median) })),
    ...Object.entries(b.switchLoadedLocaleMs).map(([l, v]) => ({ figure: `Switch to ${l}, loaded`, value: v, unit: 'ms', budget: atMost('switchLoadedLocaleMs', v.median) })),
    { figure: `Rules: decision table, ${e.cells.toLocaleString('en')} cells`, value: e.tableMs, unit: 'ms', budget: atMost('rulesTableMs', e.tableMs.median) },
    { figure: `Rules: every answer, ${e.questions.toLocaleString('en')} questions incl. unsure`, value: e.allAnswersMs, unit: 'ms' },
    { figure: 'Rules: one answer, p50', value: e.answerP50Us, unit: 'µs' },
    { figure: 'Rules: one answer, p99', value: e.answerP99Us, unit: 'µs' },
    { figure: 'JS heap after the first answer', value: b.heapAfterFirstAnswerMb, unit: 'MB' },
    { figure: 'JS heap after the first 14 sessions (one of each kind)', value: b.heapAfterFirstCycleMb, unit: 'MB' },
    { figure: 'JS heap after 56 sessions (V8 warmed up)', value: b.heapAfterWarmUpMb, unit: 'MB' },
    { figure: 'JS heap after 200 kiosk sessions', value: b.heapAfter200SessionsMb, unit: 'MB', budget: atMost('heapMb', b.heapAfter200SessionsMb.median) },
    { figure: 'Heap growth, session 14 → 200 (V8 warm-up included)', value: growthFromFirstCycle * 100, unit: '%' },
    { figure: 'Heap growth, session 56 → 200', value: growth * 100, unit: '%', budget: atMost('heapGrowth', growth, BUDGETS.heapGrowth, `${BUDGETS.heapGrowth * 100}%`) },
    { figure: 'DOM nodes / listeners after session 56', value: b.domAfterWarmUp.nodes, unit: `nodes, ${b.domAfterWarmUp.listeners} listeners` },
    { figure: 'DOM nodes / listeners after session 200', value: b.domAfter200Sessions.nodes, unit: `nodes, ${b.domAfter200Sessions.listeners} listeners` },
    { figure: 'Language screen: JS + CSS, gzip', value: b.initial.jsGzipKb + b.initial.cssGzipKb, unit: 'KB', budget: atMost('initialGzipKb', b.initial.jsGzipKb + b.initial.cssGzipKb) },
    { figure: '  of which JS', value: b.initial.jsGzipKb, unit: 'KB' },
    { figure: '  of which CSS', value: b.initial.cssGzipKb, unit: 'KB' },
    { figure: 'Language screen: fonts (one script of their bytes)', value: b.initial.fontKb, unit: 'KB' },
    ...b.localeFonts.map((l) => ({ figure: `Fonts for ${l.locale} (${l.family})`, value: l.fontBytes / 1024, unit: 'KB' })),
    { figure: 'Font files of another script loaded by a locale', value: foreign, unit: 'files', budget: atMost('foreignFontFiles', foreign) },
  ];
}

function printTable(all: Row[]) {
  const lines = all.map((r) => [r.figure, `${fmt(r.value, /^(files|nodes)/.test(r.unit) ? 0 : 1)} ${r.unit}`, r.budget ? `${r.budget.limit} ${r.budget.ok ? 'ok' : 'OVER'}` : '']);
  const w0 = Math.max(...lines.map((l) => l[0]!.length));
  const w1 = Math.max(...lines.map((l) => l[1]!.length));
  console.log(`\nmedian (min–max) of ${RUNS} runs; ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
  for (const [a, b, c] of lines) console.log(`${a!.padEnd(w0)}  ${b!.padStart(w1)}  ${c}`);
}

async function main() {
  const started = performance.now();
  // The engine first, while this process is quiet (the browser part keeps Playwright busy here).
  const engine = await measureEngine(RUNS);
  await buildRenderer();
  const app = await serveFolder(ROOT, 0);
  const plain = await serveFolder(path.join(import.meta.dirname, 'plain'), 0);
  let browser: BrowserFigures;
  try {
    browser = await measureBrowser({ app: app.url, plain: plain.url }, RUNS);
  } finally {
    await Promise.all([app.close(), plain.close()]);
  }
  const all = rows(browser, engine);
  printTable(all);
  const broken = all.filter((r) => r.budget && !r.budget.ok);
  if (browser.externalRequests.length) console.error(`\nRequests that left the machine: ${browser.externalRequests.join(', ')}`);
  writeFileSync(RESULTS, JSON.stringify({
    date: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model, memGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    runs: RUNS,
    rows: all.map((r) => ({ ...r, median: median(r.value) })),
    browser,
    engine,
  }, null, 2) + '\n');
  console.log(`\n${browser.requests} requests, ${browser.externalRequests.length} left 127.0.0.1; ${((performance.now() - started) / 1000).toFixed(0)} s; written to ${path.relative(process.cwd(), RESULTS)}`);
  for (const r of broken) console.error(`Budget broken: ${r.budget!.name} — ${r.figure}: ${fmt(median(r.value))} ${r.unit}, budget ${r.budget!.limit}`);
  if (broken.length || browser.externalRequests.length) process.exitCode = 1;
}

await main();
