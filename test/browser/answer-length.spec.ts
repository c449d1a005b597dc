// Answer first: a person reads the answer in about ten seconds (UX review #6). Measured as
// the words a person sees in the main region from its top through the last answer card,
// before opening any "more detail": the contents of closed <details> (every "Show
// source") do not count, their labels do; what is not known, past sharing and help come
// after the cards and do not count either.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { threeTaps } from './helpers.ts';
import type { Jurisdiction, Status } from '../../rules/schema/vocabulary.ts';

const MAX_WORDS = 350;

async function wordsBeforeMoreDetail(page: Page): Promise<number> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const groups = main.querySelectorAll('.answer-column:first-child section.group');
    const lastCard = groups[groups.length - 1]!;
    const hiddenInClosedDetails = (el: Element) => {
      const details = el.closest('details');
      return !!details && !details.open && !el.closest('summary');
    };
    let text = '';
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      const afterCards = !lastCard.contains(node) && (lastCard.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING);
      if (afterCards) break;
      if (hiddenInClosedDetails(el) || !el.checkVisibility()) continue;
      text += ` ${node.textContent}`;
    }
    return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  });
}

const CASES: [Jurisdiction, Status][] = [['CA', 'no_status']];

for (const [jurisdiction, status] of CASES) {
  test(`the English answer for ${jurisdiction}, ${status} is at most ${MAX_WORDS} words before any more detail`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/');
    await threeTaps(page, 'en', jurisdiction, status);
    const words = await wordsBeforeMoreDetail(page);
    console.log(`answer words before more detail, en ${jurisdiction} ${status}: ${words}`);
    expect(words).toBeLessThanOrEqual(MAX_WORDS);
  });
}
