// Shared steps and the expected answers, computed in Node by the same engine on the same
// shipped bundle the app uses.
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { answer } from '../../rules/engine/answer.ts';
import { shippedBundle } from '../../rules/data/index.ts';
import type { Jurisdiction, Status } from '../../rules/schema/vocabulary.ts';
import { DOUBLE_TAP_MS } from '../../renderer/input/strayTap.ts';
import type { Answer } from '../../rules/engine/answer.ts';

export function expectedAnswer(jurisdiction: Jurisdiction, status: Status, date: string, applying?: boolean): Answer {
  return answer(shippedBundle, { jurisdiction, status, date, ...(applying === undefined ? {} : { applying }) });
}

/** Today on the device running the browser (same machine as the test): the app's own definition. */
export { localToday } from '../../rules/today.ts';

/** Tap a language and wait until its words and font are in (they load on demand) and the
 * app has moved on (the prerendered first screen is already in English before it runs). */
export async function chooseLanguage(page: Page, locale: string) {
  await page.locator(`button[data-locale="${locale}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('button[data-locale]')).toHaveCount(0);
}

/** Waits as a person does before tapping the same spot again: a second tap there within
 * DOUBLE_TAP_MS of one that changed the screen is dropped as a double tap (input/strayTap.ts). */
export const waitOutDoubleTap = (page: Page) => page.waitForTimeout(DOUBLE_TAP_MS);

/** Opens the header's `nth` link, through "Menu" where the screen is narrow enough to fold them. */
export async function openNav(page: Page, nth: number) {
  const menu = page.locator('.menu-button');
  if (await menu.isVisible() && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await page.locator('nav button').nth(nth).click();
}

/** From the start page to the first question. */
export async function begin(page: Page) {
  await page.getByTestId('begin').click();
}

/** Choose one answer to a question (tap its tile), then Continue. */
export async function choose(page: Page, question: 'jurisdiction' | 'status', value: string) {
  await page.locator(`input[data-${question}="${value}"] + label`).click();
  await page.getByTestId('continue').click();
}
export const chooseJurisdiction = (page: Page, j: Jurisdiction) => choose(page, 'jurisdiction', j);
export const chooseStatus = (page: Page, s: Status) => choose(page, 'status', s);

/** The three choices: language → (start page) → state → status. */
export async function threeTaps(page: Page, locale: string, jurisdiction: Jurisdiction, status: Status) {
  await chooseLanguage(page, locale);
  await begin(page);
  await chooseJurisdiction(page, jurisdiction);
  await chooseStatus(page, status);
  await expect(page.locator('.answer-screen')).toBeVisible();
}

/** Each category's outcome as its card shows it, in one answer column (the first by
 * default). A card lists several categories; a category listed twice fails. */
export async function shownOutcomes(page: Page, column = 0): Promise<Record<string, string>> {
  const shown = await page.locator('[data-testid="answer-columns"] > .answer-column').nth(column).locator('ul.cards [data-category]').evaluateAll((items) =>
    items.map((li) => [li.getAttribute('data-category')!, li.closest('.card')!.getAttribute('data-outcome')!]));
  expect(new Set(shown.map(([c]) => c)).size, 'each category in exactly one card').toBe(shown.length);
  return Object.fromEntries(shown);
}

export function outcomesOf(a: Answer): Record<string, string> {
  return Object.fromEntries(a.answers.map((c) => [c.category, c.outcome]));
}

/** Everything a browser could keep about a person. */
export async function storageSnapshot(page: Page) {
  const inPage = await page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    cacheStorage: (await caches.keys()).length,
    documentCookie: document.cookie,
  }));
  const cookies = await page.context().cookies();
  return { ...inPage, cookies: cookies.length };
}

export const EMPTY_STORAGE = { localStorage: 0, sessionStorage: 0, indexedDB: 0, cacheStorage: 0, documentCookie: '', cookies: 0 };

/** Save a screenshot for a human to look at (test/artifacts/screenshots, git-ignored).
 * Answer cards off screen skip rendering (content-visibility: auto) and a full-page capture
 * does not scroll them into view, so they are shown for the capture, as scrolling would.
 * Set through the CSSOM: the app's CSP refuses an injected style sheet. */
export async function saveScreenshot(page: Page, name: string, fullPage = true) {
  const setVisibility = (value: string) => page.evaluate((v) => {
    for (const el of document.querySelectorAll<HTMLElement>('.card, .notes, .past')) el.style.contentVisibility = v;
  }, value);
  await setVisibility('visible');
  await page.screenshot({ path: `test/artifacts/screenshots/${name}.png`, fullPage });
  await setVisibility('');
}

/** Runs in the page (serialised by addInitScript): a speechSynthesis with the given voices
 * (JSON) that records what it is asked to say, and by which voice. */
export function mockSpeech(voicesJson: string) {
  const list = JSON.parse(voicesJson) as { name: string; lang: string; localService: boolean }[];
  const spoken: { voice: string; text: string }[] = [];
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => list.map((v) => ({ ...v, default: false, voiceURI: v.name })),
    speak: (u: { voice: { name: string }; text: string }) => spoken.push({ voice: u.voice.name, text: u.text }),
    cancel: () => undefined,
    speaking: false,
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth });
  // The real utterance only accepts real voice objects.
  (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
    voice: unknown = null;
    lang = '';
    text: string;
    constructor(text: string) {
      this.text = text;
    }
  };
  (window as { spoken?: typeof spoken }).spoken = spoken;
}

/** What the page asked mockSpeech to say. */
export function spokenUtterances(page: Page): Promise<{ voice: string; text: string }[]> {
  return page.evaluate(() => (window as { spoken?: { voice: string; text: string }[] }).spoken ?? []);
}

/** On the timeline: type a past date into the Day / Month / Year fields (any language). */
export async function fillPastDate(page: Page, iso: string) {
  const [year, month, day] = iso.split('-');
  const form = page.locator('.date-pick form');
  await form.locator('input[name="day"]').fill(day!);
  await form.locator('input[name="month"]').fill(month!);
  await form.locator('input[name="year"]').fill(year!);
}
