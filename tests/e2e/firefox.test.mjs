// The same reader in Firefox (Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core):
// served, under a sub-path, and the single file from file:// with Firefox's strict file-origin
// policy left on (security.fileuri.strict_origin_policy = true, its default).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { dist, serveDist, headlines, TRAP, trapIn } from './harness.mjs';
import {
  PAIR, PHONE, rowsInterleaved, orphansMarked, oneLanguageAtATime, entityCardInView,
  otherVersionAndLayoutInAddress, sharedLinkOpensItsLayout, wideColumnsSideBySide,
} from './phone-steps.mjs';
import { oldLibraryMovesAndADamagedArticleCostsNoOther } from './storage-steps.mjs';

const firefox = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
let browser;
before(async () => {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox,
    headless: true,
    extraPrefsFirefox: { 'security.fileuri.strict_origin_policy': true },
  });
});
after(async () => browser?.close());

async function seesLibrary(page) {
  await page.waitForSelector('main#library article.article-card', { timeout: 20000 });
  const cards = await page.$$eval('article.article-card .headline', (hs) => hs.map((h) => h.textContent.trim()));
  assert.equal(cards.length, 3);
  for (const start of headlines) assert.ok(cards.some((h) => h.startsWith(start)), `${start} in ${cards}`);
}

async function seesPair(page) {
  await page.waitForSelector('main#pair section.column[lang="fr"]', { timeout: 20000 });
  assert.equal((await page.$$('main#pair section.column[lang="en"]')).length, 1);
}

async function visit(url, viewport) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (viewport) await page.setViewport(viewport);
  await page.goto(url);
  return { page, errors };
}

test('Firefox: served at / and under a sub-path', async () => {
  for (const prefix of ['/', '/parallax/']) {
    const server = await serveDist(prefix);
    try {
      const { page, errors } = await visit(server.url);
      await seesLibrary(page);
      await page.goto(`${server.url}#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03`);
      await seesPair(page);
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      await server.close();
    }
  }
});

test('Firefox: the single offline file from file://', async () => {
  const file = join(dist, 'parallax.html');
  assert.ok(existsSync(file));
  const url = pathToFileURL(file).href;
  const { page, errors } = await visit(url);
  await seesLibrary(page);
  await page.goto(`${url}#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03`);
  await seesPair(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Firefox: a wasm trap shows the crash panel, served and from file://', async () => {
  const server = await serveDist('/');
  try {
    for (const url of [server.url, pathToFileURL(join(dist, 'parallax.html')).href]) {
      const { page, errors } = await visit(url);
      await seesLibrary(page);
      await page.evaluate(trapIn, ['event', TRAP]);
      await page.waitForSelector('#fatal-error[role="alert"]', { timeout: 10000 });
      assert.match(await page.$eval('#fatal-error pre', (p) => p.textContent), /RuntimeError/);
      assert.deepEqual(await page.$$eval('#fatal-error button', (bs) => bs.map((b) => b.textContent)),
        ['Reload', 'Download my saved articles', 'Clear saved data and reload']);
      assert.deepEqual(errors.filter((e) => !/RuntimeError/.test(e)), []);
      await page.close();
    }
  } finally {
    await server.close();
  }
});

test('Firefox: a pasted article is kept across a reload, served and from file://', async () => {
  const server = await serveDist('/');
  try {
    for (const url of [server.url, pathToFileURL(join(dist, 'parallax.html')).href]) {
      const { page, errors } = await visit(url);
      await page.waitForSelector('textarea#paste-text', { timeout: 20000 });
      await page.type('textarea#paste-text', 'Berlin accuse Moscou. Le Kremlin dément toute implication.');
      await page.click('button.add-pasted');
      await page.waitForSelector('.cards.own article.article-card', { timeout: 20000 });
      await page.reload();
      await page.waitForSelector('.cards.own article.article-card', { timeout: 20000 });
      const own = await page.$$eval('.cards.own article.article-card', (cards) => cards.length);
      assert.equal(own, 1, `kept across a reload at ${url}`);
      // Remove it, so the next run starts clean: once the worker's notice is gone, as its
      // coming and going moves the cards (on a loaded machine a click computed before the
      // move once landed beside the button).
      await page.waitForFunction(() => !document.querySelector('.notice-busy'), { timeout: 60000 });
      await page.click('.cards.own button.remove-article');
      await page.waitForFunction(() => !document.querySelector('.cards.own article.article-card'));
      assert.deepEqual(errors, []);
      await page.close();
    }
  } finally {
    await server.close();
  }
});

test('Firefox: a library saved by an earlier version is moved to a key per article; a damaged one costs no other, served and from file://', async () => {
  const server = await serveDist('/');
  try {
    for (const url of [server.url, pathToFileURL(join(dist, 'parallax.html')).href]) {
      const { page, errors } = await visit(url);
      await page.waitForSelector('textarea#paste-text', { timeout: 20000 });
      await oldLibraryMovesAndADamagedArticleCostsNoOther(page);
      assert.deepEqual(errors, []);
      await page.close();
    }
  } finally {
    await server.close();
  }
});

test('Firefox at 360 px, served: rows interleaved, one language, card in view, other version, layout in the address', async () => {
  const server = await serveDist('/');
  try {
    const { page, errors } = await visit(server.url + PAIR, PHONE);
    await rowsInterleaved(page);
    await orphansMarked(page);
    await oneLanguageAtATime(page);
    await entityCardInView(page);
    await otherVersionAndLayoutInAddress(page);
    await sharedLinkOpensItsLayout(page, server.url);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await server.close();
  }
});

test('Firefox at 360 px, the single file from file://: rows interleaved, card in view', async () => {
  const url = pathToFileURL(join(dist, 'parallax.html')).href;
  const { page, errors } = await visit(url + PAIR, PHONE);
  await rowsInterleaved(page);
  await entityCardInView(page);
  await otherVersionAndLayoutInAddress(page);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Firefox at 1280 px: the two versions stay side by side', async () => {
  const server = await serveDist('/');
  try {
    const { page, errors } = await visit(server.url + PAIR, { width: 1280, height: 900 });
    await wideColumnsSideBySide(page);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await server.close();
  }
});
