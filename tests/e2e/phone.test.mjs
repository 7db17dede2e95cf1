// The pair view on a phone (360×780) in Chromium: rows interleaved, one language at a time, the
// entity card as a bottom sheet, a button to the other version, the layout in the address;
// served and from file://. At 1280 px the columns stay side by side. Firefox ESR runs the same
// steps (firefox.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist, root, serveDist, launch, open } from './harness.mjs';
import {
  PAIR, PHONE, rowsInterleaved, orphansMarked, oneLanguageAtATime, entityCardInView,
  otherVersionAndLayoutInAddress, sharedLinkOpensItsLayout, wideColumnsSideBySide,
} from './phone-steps.mjs';

let browser;
before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/ is built (trunk build --release)');
  browser = await launch();
});
after(async () => browser?.close());

// Screenshots go to target/screenshots/; SCREENSHOTS=docs refreshes the README's own.
const shots = process.env.SCREENSHOTS === 'docs' ? join(root, 'docs') : join(root, 'target', 'screenshots');
const scratch = join(root, 'target', 'screenshots');

test('Chromium at 360 px, served: rows interleaved, one language, card in view, other version, layout in the address', async () => {
  const server = await serveDist('/');
  try {
    const { page, context, errors } = await open(browser, server.url + PAIR, { viewport: PHONE, hasTouch: true, isMobile: true });
    await rowsInterleaved(page);
    await orphansMarked(page);
    mkdirSync(shots, { recursive: true });
    mkdirSync(scratch, { recursive: true });
    // The switches above, then rows with both versions: what the layout is about.
    await page.evaluate(() => {
      const full = [...document.querySelectorAll('.pair-row')].find((r) => r.querySelectorAll('span.sentence').length >= 2);
      window.scrollTo(0, full.getBoundingClientRect().top + scrollY - 40);
    });
    await page.screenshot({ path: join(shots, 'pair-phone.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await oneLanguageAtATime(page);
    await entityCardInView(page);
    // The sheet, for a look (not part of the README).
    await page.locator('mark.entity[role="button"]').nth(8).tap();
    await page.waitForSelector('#entity-card h2');
    await page.screenshot({ path: join(scratch, 'pair-phone-sheet.png') });
    await page.keyboard.press('Escape');
    await otherVersionAndLayoutInAddress(page);
    await sharedLinkOpensItsLayout(page, server.url);
    await page.screenshot({ path: join(scratch, 'pair-phone-paragraphs.png') });
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test('Chromium at 360 px, the single file from file://: rows interleaved, card in view', async () => {
  const url = pathToFileURL(join(dist, 'parallax.html')).href;
  const { page, context, errors } = await open(browser, url + PAIR, { viewport: PHONE, offline: true });
  await rowsInterleaved(page);
  await entityCardInView(page);
  await otherVersionAndLayoutInAddress(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Chromium at 1280 px: the two versions stay side by side', async () => {
  const server = await serveDist('/');
  try {
    const { page, context, errors } = await open(browser, server.url + PAIR);
    await wideColumnsSideBySide(page);
    // The card opens in the side panel, as before: no sheet over the text.
    await page.locator('section.side-a mark.entity[role="button"]').first().click();
    await page.waitForSelector('.side #entity-card h2');
    const position = await page.evaluate(() => getComputedStyle(document.querySelector('.entity-sheet')).position);
    assert.notEqual(position, 'fixed');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await server.close();
  }
});
