// Shared steps and the expected answers, computed in Node by the same engine on the same
// shipped bundle the app uses.
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { answer } from '../../rules/engine/answer.ts';
import { shippedBundle } from '../../rules/data/index.ts';
import type { Jurisdiction, Status } from '../../rules/schema/vocabulary.ts';
import type { Answer } from '../../rules/engine/answer.ts';

export function expectedAnswer(jurisdiction: Jurisdiction, status: Status, date: string): Answer {
  return answer(shippedBundle, { jurisdiction, status, date });
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

/** The three taps: language → state → status. */
export async function threeTaps(page: Page, locale: string, jurisdiction: Jurisdiction, status: Status) {
  await chooseLanguage(page, locale);
  await page.locator(`button[data-jurisdiction="${jurisdiction}"]`).click();
  await page.locator(`button[data-status="${status}"]`).click();
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
