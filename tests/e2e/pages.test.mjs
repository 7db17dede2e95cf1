// Entity pages and the library's summaries and filters, as a reader uses them in Chromium:
// served under a sub-path and from the single offline file, at 1280 and 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist, root, serveDist, launch, watch } from './harness.mjs';

const shots = join(root, 'target', 'screenshots');
const cards = 'main#library article.article-card';
let browser;
before(async () => {
  assert.ok(existsSync(join(dist, 'index.html')), 'dist/ is built (trunk build --release)');
  mkdirSync(shots, { recursive: true });
  browser = await launch();
});
after(async () => browser?.close());

/** The entity page of a seed person: names in both languages, a claim by her, and a quoted
 * mention whose link opens its sentence. */
async function readsEntityPage(page, base, label) {
  await page.goto(`${base}#/entity/mao_ning`);
  await page.waitForSelector('main#entity-page .entity-facts', { timeout: 15000 });
  assert.equal((await page.locator('main#entity-page h1').textContent()).trim(), 'Mao Ning');
  const terms = await page.locator('.entity-facts dt').allTextContents();
  for (const term of ['In English', 'In French', 'In the French texts', 'In the English texts']) {
    assert.ok(terms.includes(term), `${term} in ${terms}`);
  }
  assert.match(await page.locator('.entity-facts dd[lang="fr"]').first().textContent(), /Mao Ning/);
  const by = page.locator('section[aria-labelledby="entity-by"] .entity-claim[data-stance="accusation"]');
  assert.ok(await by.count() >= 1, 'a claim by her');
  assert.match(await by.first().locator('.claim-head').textContent(), /accusation\s+against\s+\S/);
  assert.ok(await by.first().locator('blockquote').count() >= 1, 'the claim quoted');
  await page.screenshot({ path: join(shots, `entity-${label}.png`), fullPage: true });

  const quote = page.locator('.entity-mentions .quote').first();
  assert.match(await quote.locator('blockquote strong.named').first().textContent(), /Ning/);
  const href = await quote.locator('a.open-sentence').getAttribute('href');
  const [, stem, n] = href.match(/^#\/article\/([^/]+)\/(\d+)$/);
  // The link reads the number its address gives ("sentence 9" opens /9).
  assert.match(await quote.locator('a.open-sentence').textContent(), new RegExp(`sentence ${n}$`));
  await quote.locator('a.open-sentence').click();
  const target = page.locator('main#article .sentence.target');
  await target.waitFor({ timeout: 15000 });
  assert.equal(await page.locator('main#article').getAttribute('data-file'), `${stem}.txt`);
  assert.equal(await target.getAttribute('data-sid'), String(Number(n) - 1), 'addresses count from 1, the page from 0');
  assert.match(await target.textContent(), /Mao Ning/);
  assert.ok(await target.isVisible());
}

/** The library's cards sum up their disputes; filters narrow the list and "clear" restores it. */
async function filtersTheLibrary(page, base, label) {
  await page.goto(`${base}#/`);
  await page.waitForSelector('.dispute-lines a.dispute-line', { timeout: 15000 });
  const lines = await page.locator('article.article-card[data-file="003_e7624ea9e8843c03.txt"] a.dispute-line').allTextContents();
  assert.ok(lines.some((l) => /accuse United States/.test(l)), `a dispute line: ${lines}`);
  assert.ok((await page.locator('a.dispute-line').allTextContents()).every((l) => !l.includes('_')), 'no ids');
  assert.equal(await page.locator(cards).count(), 3);

  await page.selectOption('select#filter-actor', 'global_times');
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 2, cards);
  assert.equal((await page.locator('.match-count').textContent()).trim(), '2 of 3 articles match');
  assert.match(page.url(), /#\/\?actor=global_times$/);
  // The keyboard alone: Tab from the actor to the stance, a stance chosen with an arrow key
  // (the first after "Any stance": accusations; Global Times makes none, it answers).
  await page.focus('select#filter-actor');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'filter-stance');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 0, cards);
  assert.match(page.url(), /#\/\?actor=global_times&stance=accusation$/);
  assert.equal((await page.locator('.match-count').textContent()).trim(), '0 of 3 articles match');
  await page.screenshot({ path: join(shots, `library-filtered-${label}.png`), fullPage: true });

  await page.focus('button.clear-filters');
  await page.keyboard.press('Enter');
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 3, cards);
  assert.match(page.url(), /#\/$/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'filter-actor', 'the focus stays in the filters');

  // A shared address opens the library filtered; the back button undoes a choice.
  await page.goto(`${base}#/?stance=condemnation`);
  await page.waitForSelector('button.clear-filters', { timeout: 15000 });
  assert.equal(await page.locator(cards).count(), 2);
  assert.equal(await page.locator('select#filter-stance').inputValue(), 'condemnation');
  await page.selectOption('select#filter-actor', 'japan');
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 1, cards);
  await page.goBack();
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 2, cards);
  assert.equal(await page.locator('select#filter-actor').inputValue(), '');
  await page.screenshot({ path: join(shots, `library-${label}.png`) });
}

for (const width of [1280, 360]) {
  test(`served under a sub-path at ${width} px: entity page and library filters`, async () => {
    const server = await serveDist('/parallax/');
    try {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      watch(page, errors);
      const foreign = [];
      page.on('request', (r) => { if (!r.url().startsWith(server.url)) foreign.push(r.url()); });
      await readsEntityPage(page, server.url, `served-${width}`);
      await filtersTheLibrary(page, server.url, `served-${width}`);
      // Nothing overflows the phone's width.
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= width, `page ${wide} px wide at ${width}`);
      assert.deepEqual(foreign, []);
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      await server.close();
    }
  });

  test(`the single offline file at ${width} px: entity page and library filters`, async () => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, offline: true });
    const page = await context.newPage();
    const errors = [];
    watch(page, errors);
    const url = pathToFileURL(join(dist, 'parallax.html')).href;
    await readsEntityPage(page, url, `file-${width}`);
    await filtersTheLibrary(page, url, `file-${width}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
