// Layout in other languages. (1) The pseudo-locale en-XA (renderer/i18n/pseudo.ts, offered
// only with the preview's ?pseudo=1): on every screen no visible English is left outside its
// ⟦…⟧ markers (a hard-coded string) and nothing is clipped, at 1280 and 320 px. (2) Arabic,
// and the pseudo-locale turned right to left: every screen is mirrored. (3) The answer screen
// in every locale, in its own font, saved as a PNG for a human.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { begin, chooseJurisdiction, chooseLanguage, chooseStatus, openNav, saveScreenshot, threeTaps } from './helpers.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import localesFile from '../../locales/locales.json' with { type: 'json' };
import { ROOT } from '../../scripts/preview.ts';
import { firstScreenBaseFonts } from '../../scripts/fonts/autonym-fonts.ts';
import { hasUiFont, uiFontFamily } from '../../renderer/i18n/uiFonts.ts';

const PSEUDO = 'en-XA';

/** Every screen, in order, with the step that opens it from the previous one. */
const SCREENS: [string, (page: Page) => Promise<unknown>][] = [
  ['start', async () => {}],
  ['jurisdiction', begin],
  ['status', (page) => chooseJurisdiction(page, 'CA')],
  ['answer', async (page) => {
    await chooseStatus(page, 'unsure');
    await page.locator('details.show-source').first().evaluate((d) => d.setAttribute('open', ''));
  }],
  ['timeline', (page) => openNav(page, 1)],
  ['questions', (page) => openNav(page, 2)],
  ['about', (page) => openNav(page, 3)],
  ['settings', (page) => openNav(page, 4)],
];

/** Visible text left once every ⟦…⟧ (nested ones too) is taken out, minus what may stay:
 * digits and punctuation; source material, which the app shows verbatim and tags
 * `lang="en"` (titles, pinpoints, quotes, web addresses — a translation would misquote the
 * court); and language names (the language list shows every autonym, and its English name
 * for staff, by design, from locales.json). Dates come from the catalogue too. */
async function englishOutsideMarkers(page: Page): Promise<string[]> {
  const autonyms = localesFile.locales.flatMap((l) => [l.autonym, l.englishName]).concat('Pseudo-locale (tests)');
  return page.evaluate((autonyms) => {
    const shown: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('[lang="en"]') || !parent.checkVisibility()) continue;
      shown.push(node.textContent ?? '');
    }
    let text = shown.join(' ');
    for (const a of autonyms) text = text.split(a).join(' ');
    for (let prev = ''; prev !== text;) {
      prev = text;
      text = text.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    }
    return text.match(/[A-Za-z]{2,}/g) ?? [];
  }, autonyms);
}

/** Elements whose text does not fit: boxes that clip (overflow hidden/clip, ellipsis),
 * buttons and headings, and the page itself scrolling sideways. */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) out.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      // The skip link and screen-reader-only text (clip-path: inset(50%)) are clipped on purpose.
      if (!el.checkVisibility() || el.closest('.skip-link, .visually-hidden') || getComputedStyle(el).clipPath === 'inset(50%)') continue;
      const s = getComputedStyle(el);
      const clips = ['hidden', 'clip'].includes(s.overflowX) || s.textOverflow === 'ellipsis';
      if (!clips && !el.matches('button, h1, h2, h3, select, label')) continue;
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
        out.push(`${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth} > ${el.clientWidth}: ${el.textContent?.slice(0, 50)}`);
      }
    }
    return out;
  });
}

async function pseudoWalk(page: Page, dir: 'ltr' | 'rtl') {
  await page.goto(`/?pseudo=${dir === 'rtl' ? 'rtl' : '1'}`);
  await chooseLanguage(page, PSEUDO);
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
  const seen: Record<string, { english: string[]; clipped: string[] }> = {};
  const look = async (name: string) => {
    await page.evaluate(() => document.fonts.ready);
    seen[name] = { english: await englishOutsideMarkers(page), clipped: await clipped(page) };
  };
  // The language screen itself, in the pseudo-locale: back from the start page.
  await page.locator('.back').click();
  await expect(page.locator(`button[data-locale="${PSEUDO}"]`)).toBeVisible();
  await look('language');
  await chooseLanguage(page, PSEUDO);
  for (const [name, open] of SCREENS) {
    await open(page);
    await look(name);
  }
  return seen;
}

const clean = { english: [], clipped: [] };

for (const width of [1280, 320]) {
  test.describe(`pseudo-locale at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    test(`every screen: all words from the catalogue, nothing clipped (${width} px)`, async ({ page }) => {
      const seen = await pseudoWalk(page, 'ltr');
      expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((name) => [name, clean])));
    });
  });
}

/** Where the main heading and the header's first nav button sit, for each screen. */
async function sides(page: Page, open: (page: Page) => Promise<void>) {
  const boxes: Record<string, { h1: number; nav: number }> = {};
  await open(page);
  for (const [name, step] of SCREENS) {
    await step(page);
    await page.evaluate(() => document.fonts.ready);
    const centre = async (sel: string) => {
      const b = (await page.locator(sel).first().boundingBox())!;
      return b.x + b.width / 2;
    };
    boxes[name] = { h1: await centre('main h1'), nav: await centre('nav li:first-child button') };
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  return boxes;
}

test('Arabic and the right-to-left pseudo-locale mirror every screen', async ({ page }) => {
  test.setTimeout(60_000);
  const ltr = await sides(page, async () => {
    await page.goto('/');
    await chooseLanguage(page, 'en');
  });
  const ar = await sides(page, async () => {
    await page.goto('/');
    await chooseLanguage(page, 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  });
  const pseudoRtl = await sides(page, async () => {
    await page.goto('/?pseudo=rtl');
    await chooseLanguage(page, PSEUDO);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  });
  const width = page.viewportSize()!.width;
  for (const [name, l] of Object.entries(ltr)) {
    for (const [label, r] of [['ar', ar[name]!], [PSEUDO, pseudoRtl[name]!]] as const) {
      // Mirrored: what sits left of the middle in English sits right of it, and the other way.
      expect(Math.sign(r.h1 - width / 2), `${label} ${name}: heading`).toBe(-Math.sign(l.h1 - width / 2) || 0);
      expect(Math.sign(r.nav - width / 2), `${label} ${name}: first nav button`).toBe(-Math.sign(l.nav - width / 2) || 0);
    }
  }
});

test(`the answer screen in all ${localesFile.locales.length} locales`, async ({ page }) => {
  test.setTimeout(30_000 + localesFile.locales.length * 4_000);
  await page.goto('/');
  await threeTaps(page, 'en', 'CA', 'unsure');
  const fontFiles: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'font') fontFiles.push(new URL(r.url()).pathname.split('/').at(-1)!); });
  for (const l of localesFile.locales) {
    if (l.code !== 'en') await page.locator('#switch-language').selectOption(l.code);
    await expect(page.locator('html')).toHaveAttribute('lang', l.code);
    await expect(page.locator('html')).toHaveAttribute('dir', l.direction);
    // The first font of the locale's stack: its script's family, or that family's cut.
    const family = hasUiFont(l.fontFamily) ? uiFontFamily(l.fontFamily) : l.fontFamily;
    await expect.poll(() => page.evaluate(async (family) => {
      await document.fonts.ready;
      const text = document.querySelector('main h1')?.textContent ?? '';
      return document.fonts.check(`16px "${family}"`, text)
        && [...document.fonts].some((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded');
    }, family), `${l.code}: ${family} loaded`).toBe(true);
    await saveScreenshot(page, `answer-${l.code}`);
  }
  // The CJK answers are drawn from their cuts alone, which are inside the script: not one
  // of the whole families' files.
  expect(fontFiles.filter((f) => /^noto-sans-(sc|tc|kr)-/.test(f))).toEqual([]);
});

test('a switch to Chinese waits for its cut font only; the whole family follows once it has painted', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'en', 'CA', 'unsure');
  // fontsource's stylesheets are named by weight alone (400-….css): told apart by content.
  const wholeFamilySheets: string[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() !== 'stylesheet') return;
    const css = await r.text();
    if (/font-family:\s*['"]?Noto Sans SC['"]?;/.test(css)) wholeFamilySheets.push(new URL(r.url()).pathname);
  });
  await page.locator('#switch-language').selectOption('zh-Hans');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.evaluate(() => document.fonts.ready);
  // (check() is true too when the family has no face at all: a loaded face must exist.)
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC UI"', document.querySelector('main h1')?.textContent ?? '')
    && [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Sans SC UI' && f.status === 'loaded'))).toBe(true);
  expect(wholeFamilySheets, 'parsed while the switch was on screen').toEqual([]);
  // A letter outside the cut (a clinic's name in the kiosk config) still finds a font.
  await expect.poll(() => wholeFamilySheets.length, { timeout: 5_000 }).toBe(2);
});

test('every font file the built stylesheets name is in the build, and none of them is one the first screen\'s script already adds', () => {
  const assets = path.join(ROOT, 'assets');
  const named = readdirSync(assets).filter((f) => f.endsWith('.css'))
    .flatMap((f) => [...readFileSync(path.join(assets, f), 'utf8').matchAll(/url\(["']?\.\/([^)"']+\.woff2?)["']?\)/g)].map((m) => m[1]!));
  expect(named.length).toBeGreaterThan(100);
  expect(named.filter((f) => !existsSync(path.join(assets, f)))).toEqual([]);
  const inScript = firstScreenBaseFonts().map((f) => f.replace(/\.woff2$/, '-'));
  expect(inScript.length).toBeGreaterThan(0);
  expect(named.filter((f) => inScript.some((stem) => f.startsWith(stem)))).toEqual([]);
});

test('the language screen draws every name in its own script from the cuts the page\'s head adds: no font file is fetched', async ({ page }) => {
  const fontFiles: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'font') fontFiles.push(new URL(r.url()).pathname.split('/').pop()!); });
  await page.goto('/');
  await expect(page.locator('button[data-locale]')).toHaveCount(localesFile.locales.length);
  await page.evaluate(() => document.fonts.ready);
  const own = localesFile.locales.filter((l) => l.fontFamily !== 'Noto Sans').map((l) => ({ family: `${l.fontFamily} Autonym`, text: l.autonym }));
  const notLoaded = await page.evaluate((own) => own.filter(({ family, text }) => {
    // check() is true when no face of the family exists at all: ask for loaded faces first.
    const faces = [...document.fonts].filter((f) => f.family === family || f.family === `"${family}"`);
    return faces.length === 0 || faces.some((f) => f.status !== 'loaded') || !document.fonts.check(`700 16px "${family}"`, text);
  }).map((o) => o.family), own);
  expect(notLoaded).toEqual([]);
  // Noto Sans for the words and the Latin and Cyrillic names, and the names' small cuts, come
  // as bytes in the script the page's head runs (vite.config.ts): the first paint waits for
  // no font request, and no whole family is loaded.
  expect(fontFiles).toEqual([]);
});
