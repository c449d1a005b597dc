// The renderer's figures, in Debian's Chromium against the preview build. Every run uses a
// fresh browser context (no memory cache, nothing shared with the previous run).
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { installProbes } from './probes.ts';
import { alternate, repeat, summarize, type Summary } from './stats.ts';
import { fontFamilyOfFile } from './fonts.ts';
import localesFile from '../locales/locales.json' with { type: 'json' };
import { FIRST_SCREEN_FONTS } from '../renderer/boot/firstScreen.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The flags the browser tests use: Chromium's own background traffic off.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps'];

const LANGUAGE_BUTTON = 'button[data-locale]';
/** Where the first screen's names are drawn: each is the text of one span (Element Timing
 * times text an element holds directly). */
const LANGUAGE_NAME = 'button[data-locale] .autonym';
/** The names drawn in a font of their own (the rest are Noto Sans, in the page's stylesheet). */
const OWN_FONT_NAMES = localesFile.locales.filter((l) => l.fontFamily !== 'Noto Sans').map((l) => ({ family: `${l.fontFamily} Autonym`, text: l.autonym }));
const ANSWER_PAINTED = '.answer-screen [data-testid="answer-columns"] li.card';
/** The answer screen's heading: its top, on screen when the screen is (its cards are below
 * the fold, and Element Timing only times what is painted in view). */
const ANSWER_HEADING = '.answer-screen h1';

export interface Sites {
  app: string;
  plain: string;
}

export interface LocaleFonts {
  locale: string;
  family: string;
  fontBytes: number;
  foreignFiles: string[];
}

export interface BrowserFigures {
  coldLoadMs: Summary;
  plainLoadMs: Summary;
  /** Navigation start → every language name on screen, each in its own font. */
  firstPaintFontsMs: Summary;
  /** The plain page's button on screen, loaded in turn with each of those runs. */
  firstPaintPlainMs: Summary;
  /** The same runs: the main thread's part (the frame painted, not yet on screen). */
  firstPaintMainThreadMs: Summary;
  firstPaintPlainMainThreadMs: Summary;
  /** Navigation start → the app has hydrated the first screen: taps are handled. */
  interactiveMs: Summary;
  /** The plain page, loaded in turn with each of those runs. */
  interactivePlainMs: Summary;
  tapToAnswerMs: Summary;
  switchNewLocaleMs: Record<string, Summary>;
  switchLoadedLocaleMs: Record<string, Summary>;
  heapAfterFirstAnswerMb: Summary;
  heapAfterFirstCycleMb: Summary;
  heapAfterWarmUpMb: Summary;
  heapAfter200SessionsMb: Summary;
  domAfterWarmUp: { nodes: number; listeners: number };
  domAfter200Sessions: { nodes: number; listeners: number };
  initial: { jsGzipKb: number; cssGzipKb: number; fontKb: number; files: number };
  localeFonts: LocaleFonts[];
  requests: number;
  externalRequests: string[];
}

/** Opens a fresh context that notes every request; anything leaving 127.0.0.1 is a failure. */
class Session {
  requests = 0;
  external: string[] = [];
  private readonly browser: Browser;
  constructor(browser: Browser) {
    this.browser = browser;
  }

  /** `timed`: the elements whose first paint on screen `__bench.presented()` reports. */
  async page(timed?: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    context.on('request', (r) => {
      this.requests++;
      if (!r.url().startsWith('http://127.0.0.1:') && !r.url().startsWith('data:')) this.external.push(r.url());
    });
    const page = await context.newPage();
    await installProbes(page, timed);
    return { context, page };
  }
}

/** Waits without keeping a handle: an ElementHandle (what waitForSelector returns) pins
 * its element — and the whole detached answer screen — in the page's heap. */
function visible(page: Page, selector: string): Promise<void> {
  return page.locator(selector).first().waitFor();
}

async function coldLoad(s: Session, url: string, button: string): Promise<number> {
  const { context, page } = await s.page();
  await page.goto(url, { waitUntil: 'commit' });
  const t = await page.evaluate((sel) => window.__bench.painted(sel), button);
  await context.close();
  return t;
}

interface FirstPaint {
  /** Navigation start → every timed element's text on screen (the frame presented). */
  onScreen: number;
  /** Navigation start → the main thread has painted the frame (rasterizing and drawing it
   * come after, off the main thread). */
  mainThread: number;
}

/** The first paint of `timed` (every language name, or the plain page's button), measured
 * both ways. For the app it also checks that no name was drawn in a fallback font: the
 * first frame is laid out with every face it needs loaded, and the faces the names use are
 * the app's own. */
async function firstPaint(s: Session, url: string, timed: string, fonts: boolean): Promise<FirstPaint> {
  const { context, page } = await s.page(timed);
  await page.goto(url, { waitUntil: 'commit' });
  const mainThread = await page.evaluate(([sel, f]) => window.__bench.painted(sel, { fonts: f }), [timed, fonts] as const);
  const onScreen = await page.evaluate(() => window.__bench.presented());
  const fallback = fonts ? await page.evaluate((names) => names.filter(({ family, text }) =>
    ![...document.fonts].some((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded') || !document.fonts.check(`700 16px "${family}"`, text)), OWN_FONT_NAMES) : [];
  await context.close();
  if (fallback.length) throw new Error(`names without their own font at first paint: ${fallback.map((f) => f.family).join(', ')}`);
  return { onScreen, mainThread };
}

/** Navigation start → the app has taken over the prerendered screen (hydrated, its effects
 * run): from this frame on a tap is handled. (A tap before it is kept and answered: the
 * browser tests show both.) */
async function interactive(s: Session, url: string): Promise<number> {
  const { context, page } = await s.page();
  await page.goto(url, { waitUntil: 'commit' });
  const t = await page.evaluate(() => window.__bench.painted('html[data-app-ready]'));
  await context.close();
  return t;
}

/** Language → state → status chosen → (measured) Continue → answer on screen, its cards in
 * the page with their fonts. The tap comes a second after the status choices appear, as a
 * person reads them: the app uses that moment to warm the answer screen
 * (renderer/answer/prewarm.ts); a tap in the first ~50 ms would find it cold. */
async function tapToAnswer(s: Session, url: string): Promise<number> {
  const { context, page } = await s.page(ANSWER_HEADING);
  await toStatusScreen(page, url);
  await page.click('input[data-status="unsure"] + label');
  await page.waitForTimeout(1000);
  const painted = page.evaluate((sel) => window.__bench.painted(sel, { fonts: true }), ANSWER_PAINTED);
  await page.click('[data-testid="continue"]');
  await painted;
  const end = await page.evaluate(() => window.__bench.presented());
  const start = await page.evaluate(() => window.__bench.lastEvent('pointerdown'));
  await context.close();
  return end - start;
}

/** One question answered: its radio's tile, then Continue (renderer/components/ChooseOne.tsx). */
async function choose(page: Page, question: 'jurisdiction' | 'status', value: string) {
  await page.click(`input[data-${question}="${value}"] + label`);
  await page.click('[data-testid="continue"]');
}

async function toStatusScreen(page: Page, url: string) {
  await page.goto(url);
  await page.click('button[data-locale="en"]');
  await page.click('[data-testid="begin"]');
  await choose(page, 'jurisdiction', 'CA');
  await visible(page, 'input[data-status="unsure"]');
}

async function toAnswer(page: Page, url: string) {
  await toStatusScreen(page, url);
  await choose(page, 'status', 'unsure');
  await visible(page, ANSWER_PAINTED);
}

/** Switches the header's language menu to `locale`; ms from the change to the answer
 * painted in it with its font. */
async function switchTo(page: Page, locale: string): Promise<number> {
  const painted = page.evaluate((l) => window.__bench.painted(`html[lang="${l}"] .answer-screen`, { fonts: true }), locale);
  await page.selectOption('#switch-language', locale);
  const end = await painted;
  return end - (await page.evaluate(() => window.__bench.lastEvent('change')));
}

/** Each run: a fresh page on the English answer, then every locale of `locales` for the
 * first time (not yet loaded), then each again after English (loaded). */
async function languageSwitches(s: Session, url: string, locales: readonly string[], runs: number) {
  const fresh: Record<string, number[]> = Object.fromEntries(locales.map((l) => [l, []]));
  const loaded: Record<string, number[]> = Object.fromEntries(locales.map((l) => [l, []]));
  for (let run = -1; run < runs; run++) {
    const { context, page } = await s.page();
    await toAnswer(page, url);
    const first: number[] = [];
    for (const l of locales) first.push(await switchTo(page, l));
    const again: number[] = [];
    for (const l of locales) {
      await switchTo(page, 'en');
      again.push(await switchTo(page, l));
    }
    await context.close();
    if (run < 0) continue; // warm-up
    locales.forEach((l, i) => { fresh[l]!.push(first[i]!); loaded[l]!.push(again[i]!); });
  }
  const sum = (r: Record<string, number[]>) => Object.fromEntries(Object.entries(r).map(([l, v]) => [l, summarize(v)]));
  return { fresh: sum(fresh), loaded: sum(loaded) };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** DOM nodes and event listeners alive in the page: a screen or listener kept from an earlier
 * session shows here, apart from what V8's compiled code adds to the heap as it warms up. */
async function domCounts(page: Page): Promise<{ nodes: number; listeners: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  await cdp.detach();
  return { nodes, listeners: jsEventListeners };
}

const IDLE_SECONDS = 30;
const SESSION_STATES = ['CA', 'TX', 'NY', 'WI', 'DC', 'PR', 'FL'] as const;
const SESSION_STATUSES = ['citizen', 'lpr', 'refugee_asylee', 'other_lawful', 'pending_or_daca', 'no_status', 'unsure'] as const;

/** A kiosk with a fake clock: each session taps through to an answer, then walks away; the
 * idle timeout (run forward on the fake clock) must bring the start screen back. Sessions
 * cycle through two languages and seven state/status pairs, so one cycle is 14 sessions. */
const CYCLE = 14;
/** Growth is measured from here: V8 goes on compiling optimized code for what has become
 * hot for a few dozen sessions (measured: +0.45 MB over sessions 14 → 56, then +0.2 MB over
 * 56 → 200, flattening; heap snapshots show it as code objects), and Chromium fills its
 * bounded buffers of paint and layout-shift entries. A leak keeps growing after that. */
const WARM_UP_SESSIONS = 4 * CYCLE;

async function kioskMemory(s: Session, url: string, sessions: number, samples: number) {
  const { context, page } = await s.page();
  await page.clock.install();
  await page.goto(`${url}?kiosk=1&idle=${IDLE_SECONDS}&langs=en,es`);
  const answerOf = async (i: number) => {
    await page.click(`button[data-locale="${i % 2 ? 'es' : 'en'}"]`);
    await page.click('[data-testid="begin"]');
    await choose(page, 'jurisdiction', SESSION_STATES[i % SESSION_STATES.length]!);
    await choose(page, 'status', SESSION_STATUSES[i % SESSION_STATUSES.length]!);
    await visible(page, ANSWER_PAINTED);
  };
  const walkAway = async () => {
    await page.clock.runFor((IDLE_SECONDS + 1) * 1000);
    await visible(page, '[data-view="language"] button[data-locale="en"]');
  };
  const sample = async () => {
    const mb: number[] = [];
    for (let i = 0; i < samples; i++) mb.push(await heapMb(page));
    return summarize(mb);
  };
  await answerOf(0);
  const firstAnswer = await sample();
  await walkAway();
  // The first cycle meets every kind of answer, language and code path once (V8 compiles
  // them, i18next loads Spanish): growth after it would be a leak, growth during it is not.
  for (let i = 1; i < CYCLE; i++) {
    await answerOf(i);
    await walkAway();
  }
  const afterFirstCycle = await sample();
  for (let i = CYCLE; i < WARM_UP_SESSIONS; i++) {
    await answerOf(i);
    await walkAway();
  }
  const afterWarmUp = await sample();
  const domAfterWarmUp = await domCounts(page);
  for (let i = WARM_UP_SESSIONS; i < sessions; i++) {
    await answerOf(i);
    await walkAway();
  }
  const afterAll = await sample();
  const domAfterAll = await domCounts(page);
  await context.close();
  return { firstAnswer, afterFirstCycle, afterWarmUp, afterAll, domAfterWarmUp, domAfterAll };
}

/** Bytes the language screen loads before anyone taps (network idle), by kind, gzip as a
 * server would send them. The script that adds the first screen's fonts from their bytes
 * (vite.config.ts) counts as fonts, as the files it replaced did. */
async function initialBytes(s: Session, url: string) {
  const { context, page } = await s.page();
  const bodies: Promise<{ type: string; gzip: number; raw: number }>[] = [];
  page.on('response', (r) => {
    const type = r.url().endsWith(`/${FIRST_SCREEN_FONTS}`) ? 'font' : r.request().resourceType();
    bodies.push(r.body().then((b) => ({ type, raw: b.length, gzip: gzipSync(b).length })));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await visible(page, LANGUAGE_BUTTON);
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(bodies);
  await context.close();
  const kb = (type: string, key: 'gzip' | 'raw') => all.filter((b) => b.type === type).reduce((n, b) => n + b[key], 0) / 1024;
  return { jsGzipKb: kb('script', 'gzip'), cssGzipKb: kb('stylesheet', 'gzip'), fontKb: kb('font', 'raw'), files: all.length };
}

/** For each locale: the font files fetched from the tap on its name to its answer. */
async function localeFonts(s: Session, url: string): Promise<LocaleFonts[]> {
  const out: LocaleFonts[] = [];
  for (const meta of localesFile.locales) {
    const { context, page } = await s.page();
    await page.goto(url);
    await visible(page, LANGUAGE_BUTTON);
    // A locale whose translation is not there yet is not offered: nothing to measure.
    if ((await page.locator(`button[data-locale="${meta.code}"]`).count()) === 0) {
      await context.close();
      continue;
    }
    await page.waitForLoadState('networkidle');
    const fonts: Promise<{ file: string; bytes: number }>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'font') fonts.push(r.body().then((b) => ({ file: new URL(r.url()).pathname.split('/').at(-1)!, bytes: b.length })));
    });
    await page.click(`button[data-locale="${meta.code}"]`);
    await page.click('[data-testid="begin"]');
    await choose(page, 'jurisdiction', 'CA');
    await choose(page, 'status', 'unsure');
    await visible(page, ANSWER_PAINTED);
    await page.evaluate(() => document.fonts.ready);
    const files = await Promise.all(fonts);
    await context.close();
    out.push({
      locale: meta.code,
      family: meta.fontFamily,
      fontBytes: files.reduce((n, f) => n + f.bytes, 0),
      foreignFiles: files.map((f) => f.file).filter((f) => ![meta.fontFamily, 'Noto Sans'].includes(fontFamilyOfFile(f) ?? '')),
    });
  }
  return out;
}

/** Progress on stderr, so a slow phase shows itself. */
async function phase<T>(name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.error(`  ${name}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

export async function measureBrowser(sites: Sites, runs: number): Promise<BrowserFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const s = new Session(browser);
  try {
    // Each figure that is divided by the plain page alternates with it, so both see the
    // same machine noise (the plain page moved by 10 ms between phases of one run).
    const plainPage = () => coldLoad(s, sites.plain, 'button');
    const cold = await phase('cold loads', () => alternate(runs, () => coldLoad(s, sites.app, LANGUAGE_BUTTON), plainPage));
    const paints = await phase('first paint in own fonts', () => alternate(runs, () => firstPaint(s, sites.app, LANGUAGE_NAME, true), () => firstPaint(s, sites.plain, 'button', false)));
    const ready = await phase('interactive', () => alternate(runs, () => interactive(s, sites.app), plainPage));
    const tap = await phase('tap to answer', () => repeat(runs, () => tapToAnswer(s, sites.app)));
    const switches = await phase('language switches', () => languageSwitches(s, sites.app, ['es', 'ar', 'zh-Hans'], runs));
    const memory = await phase('200 kiosk sessions', () => kioskMemory(s, sites.app, 200, runs));
    const initial = await phase('initial bytes', () => initialBytes(s, sites.app));
    const fonts = await phase('fonts per locale', () => localeFonts(s, sites.app));
    return {
      coldLoadMs: summarize(cold.app),
      plainLoadMs: summarize(cold.plain),
      firstPaintFontsMs: summarize(paints.app.map((p) => p.onScreen)),
      firstPaintPlainMs: summarize(paints.plain.map((p) => p.onScreen)),
      firstPaintMainThreadMs: summarize(paints.app.map((p) => p.mainThread)),
      firstPaintPlainMainThreadMs: summarize(paints.plain.map((p) => p.mainThread)),
      interactiveMs: summarize(ready.app),
      interactivePlainMs: summarize(ready.plain),
      tapToAnswerMs: summarize(tap),
      switchNewLocaleMs: switches.fresh,
      switchLoadedLocaleMs: switches.loaded,
      heapAfterFirstAnswerMb: memory.firstAnswer,
      heapAfterFirstCycleMb: memory.afterFirstCycle,
      heapAfterWarmUpMb: memory.afterWarmUp,
      heapAfter200SessionsMb: memory.afterAll,
      domAfterWarmUp: memory.domAfterWarmUp,
      domAfter200Sessions: memory.domAfterAll,
      initial,
      localeFonts: fonts,
      requests: s.requests,
      externalRequests: s.external,
    };
  } finally {
    await browser.close();
  }
}
