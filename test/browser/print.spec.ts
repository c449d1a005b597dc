// Print and PDF: the print stylesheet shows only the printable answer, with every
// citation written out and the verified-as-of date; a machine-translated locale prints
// the English beside it.
import { test, expect } from './fixtures.ts';
import { expectedAnswer, localToday, saveScreenshot, threeTaps } from './helpers.ts';

/** Pages in a PDF, counted from its page objects. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('the print stylesheet renders the answer with its caveats and citations, on at most three pages', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'en', 'CA', 'no_status');
  const expected = expectedAnswer('CA', 'no_status', localToday());
  await page.emulateMedia({ media: 'print' });
  const printView = page.getByTestId('print-view');
  await expect(printView).toBeVisible();
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.tools')).toBeHidden();
  for (const c of expected.answers.flatMap((a) => a.citations)) {
    // Only a source's exact words are printed in quotation marks.
    if ('quote' in c) await expect(printView.locator('q', { hasText: c.quote }).first()).toBeVisible();
    else await expect(printView.locator('li', { hasText: c.summary }).first()).toContainText(`Our summary (not their exact words): ${c.summary}`);
    await expect(printView).toContainText(c.sourceTitle);
  }
  await expect(printView).toContainText('We last checked our sources on');
  await saveScreenshot(page, 'en-9-print');
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
  // The answer, then what is not known, data already shared and help (a family's copy), then sources.
  expect(pageCount(pdf)).toBeLessThanOrEqual(3);
});

test('each source with a web address is printed with a QR code of it, and nothing else has one (UX review #4, #7)', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'en', 'CA', 'no_status');
  await page.emulateMedia({ media: 'print' });
  const printView = page.getByTestId('print-view');
  const sources = printView.locator('.print-source');
  const urls = (await sources.locator('.url-text').allTextContents());
  expect(urls.length).toBeGreaterThan(0);
  expect(await sources.count()).toBeGreaterThan(urls.length - 1);
  const codes = page.locator('img.print-qr');
  // One per source address; none for the help section's addresses or anything else.
  expect(await codes.evaluateAll((imgs) => imgs.map((i) => i.getAttribute('data-qr-text')))).toEqual(urls);
  for (const [i, url] of urls.entries()) {
    const code = sources.filter({ has: page.locator('img.print-qr') }).nth(i);
    await expect(code.locator('img')).toHaveAttribute('alt', '');
    await expect(code.locator('.url-text')).toHaveText(url);
    await expect(code.locator('img')).toBeVisible();
    // Drawn from data: (no network), and really drawn.
    expect(await code.locator('img').evaluate((img: HTMLImageElement) => [img.src.startsWith('data:image/svg+xml,'), img.complete && img.naturalWidth > 0])).toEqual([true, true]);
  }
  await page.pdf({ path: 'test/artifacts/screenshots/print-qr-en.pdf', format: 'Letter' });
  await printView.locator('.print-sources-section').screenshot({ path: 'test/artifacts/screenshots/print-qr-en.png' });
});

test('a machine-translated answer prints with the English beside it, on at most four pages', async ({ page }) => {
  await page.goto('/');
  await threeTaps(page, 'ar', 'CA', 'unsure');
  await page.emulateMedia({ media: 'print' });
  const columns = page.locator('.print-column');
  await expect(columns).toHaveCount(2);
  await expect(columns.nth(0)).toHaveAttribute('lang', 'ar');
  await expect(columns.nth(1)).toHaveAttribute('lang', 'en');
  await expect(page.locator('.print-machine')).toBeVisible();
  await saveScreenshot(page, 'ar-9-print');
  const pdf = await page.pdf({ format: 'Letter', path: 'test/artifacts/screenshots/ar-9-print.pdf' });
  expect(pdf.length).toBeGreaterThan(10_000);
  expect(pageCount(pdf)).toBeLessThanOrEqual(4);
});

test('the Print button asks the shell to print', async ({ page }) => {
  await page.addInitScript(() => {
    (window as { printed?: number }).printed = 0;
    window.print = () => {
      (window as { printed?: number }).printed! += 1;
    };
  });
  await page.goto('/');
  await threeTaps(page, 'en', 'TX', 'lpr');
  await page.getByRole('button', { name: 'Print' }).click();
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  expect(await page.evaluate(() => (window as { printed?: number }).printed)).toBe(2);
});
