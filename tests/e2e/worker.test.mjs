// The engine in a web worker, in Chromium, served at / and under a sub-path and from the
// offline file: the first view needs no worker (it starts after the library is painted), the
// page keeps drawing frames while a 1 MB pair is analysed and aligned, a cancelled job adds
// nothing and leaves a fresh worker that takes the next one, and a deep link to the reader's
// own pair waits for the worker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist, root, serveDist, launch, open } from './harness.mjs';
import { writeOwnTexts } from '../../bench/lib/reader.mjs';

const fixtures = join(root, 'crates/engine/tests/fixtures');
const small = [join(fixtures, 'align_iran_fr.txt'), join(fixtures, 'align_iran_en.txt')];
/**
 * Frames may not stop for longer than this while the worker works. Idle, the longest gap is a
 * frame or two (17-67 ms); on this shared two-core machine under a load of 7 the system alone
 * can stall a page for a few hundred ms, while the same pair analysed on the page's thread
 * held it for seconds (alignment is one task).
 */
const LONGEST_FRAME_GAP_MS = 400;

let browser, server, subPath, big;
before(async () => {
  browser = await launch();
  server = await serveDist('/');
  subPath = await serveDist('/parallax/');
  big = writeOwnTexts(root, join(root, 'target', 'e2e', 'own')).pair;
});
after(async () => { await server?.close(); await subPath?.close(); await browser?.close(); });

/** The page's address in each delivery mode. */
function urlOf(mode) {
  if (mode === 'served') return server.url;
  if (mode === 'sub-path') return subPath.url;
  return pathToFileURL(join(dist, 'parallax.html')).href;
}

/**
 * Record, from now on, each gap between animation frames (`window.__gaps`: [end, ms]) and when
 * the worker's result arrives (`window.__doneAt`, before the app reads it): the page's own
 * work on the result is not the worker's.
 */
async function watchFrames(page) {
  await page.evaluate(() => {
    window.__gaps = [];
    let last = performance.now();
    const tick = (now) => {
      window.__gaps.push([now, now - last]);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Note when a worker the page starts posts its last result (listens before the app's
 * handler): the messages are bytes, a result's last one starts with `Reply::Linked`'s tag
 * (crates/worker, LINKED_TAG) and ends with its `pairing` flag, 1 for the first result (the
 * articles listed while translations are looked for), 0 for the last. */
function noteResults() {
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        const bytes = e.data;
        if (bytes instanceof Uint8Array && bytes[0] === 5) {
          if (bytes[bytes.length - 1] === 0) window.__doneAt = performance.now();
          else window.__listedAt = performance.now();
        }
      });
    }
  };
}

for (const mode of ['served', 'sub-path', 'file']) {
  test(`${mode}: the worker loads after the first view; frames keep coming while a 1 MB pair aligns`, async () => {
    const url = urlOf(mode);
    const { page, context, errors } = await open(browser, 'about:blank');
    await page.addInitScript(noteResults);
    await page.goto(url);
    await page.waitForSelector('main#library article.article-card', { timeout: 15000 });
    const workers = () => page.workers().length;
    // The worker starts after the first paint, and from the page's own files or a blob: URL.
    for (let i = 0; i < 400 && workers() === 0; i++) await page.waitForTimeout(50);
    assert.equal(workers(), 1, 'one worker');
    const workerUrl = page.workers()[0].url();
    if (mode === 'file') assert.match(workerUrl, /^blob:/);
    else assert.equal(workerUrl, `${url}parallax-worker-loader.js`);

    await watchFrames(page);
    await page.setInputFiles('input#add-files', big);
    await page.waitForSelector('section.add-articles .notice-busy', { timeout: 15000 });
    // Listed once analysed, while their pair is still looked for.
    await page.waitForFunction(() => document.querySelectorAll('.cards.own article.article-card').length === 2,
      null, { timeout: 300000 });
    assert.equal(await page.locator('.cards.own a.open-pair').count(), 0, 'listed before their pair is aligned');
    assert.match(await page.locator('section.add-articles .notice-busy').textContent(), /Finding translations|Listing your articles/);
    assert.equal(await page.locator('section.add-articles .notice-busy progress').count(), 1);
    assert.match(await page.locator('button.cancel-analysis').textContent(), /Stop finding translations/);
    if (mode === 'served') {
      // The library while the pair aligns, as a reader sees it, wide and on a phone.
      const shots = join(root, 'target', 'screenshots');
      mkdirSync(shots, { recursive: true });
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        await page.locator('section.add-articles').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(shots, `library-pairing-${width}.png`) });
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    await page.waitForSelector('section.add-articles .notice-busy', { state: 'detached', timeout: 300000 });
    await page.waitForSelector('.cards.own a.open-pair', { timeout: 15000 });
    const said = await page.locator('section.add-articles .notice-info').allTextContents();
    assert.ok(said.some((t) => /Added articles “pair_fr\.txt”, “pair_en\.txt”/.test(t)), said.join(' | '));
    assert.match(said.at(-1), /Translations looked for: one pair found/);
    const { working, after } = await page.evaluate(() => {
      const done = window.__doneAt;
      const longest = (gaps) => gaps.reduce((m, [, ms]) => Math.max(m, ms), 0);
      return { working: longest(window.__gaps.filter(([end]) => end <= done)),
        after: longest(window.__gaps.filter(([end]) => end > done)) };
    });
    assert.ok(working <= LONGEST_FRAME_GAP_MS, `frames kept coming while the worker analysed and aligned (longest gap ${working.toFixed(0)} ms)`);
    // Reading the result and deriving the library's views stay on the page's thread.
    console.log(`# ${mode}: longest frame gap while the worker worked ${working.toFixed(0)} ms, after its result ${after.toFixed(0)} ms`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${mode}: a cancelled job adds nothing; the fresh worker takes the next one`, async () => {
    const url = urlOf(mode);
    const { page, context, errors } = await open(browser, url);
    await page.waitForSelector('main#library section.add-articles', { timeout: 15000 });
    await page.setInputFiles('input#add-files', big);
    await page.waitForSelector('section.add-articles button.cancel-analysis', { timeout: 15000 });
    if (mode === 'served') {
      // The work under way as a reader sees it, light and dark, wide and on a phone.
      const shots = join(root, 'target', 'screenshots');
      mkdirSync(shots, { recursive: true });
      for (const [width, scheme] of [[1280, 'light'], [360, 'dark']]) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.locator('section.add-articles').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(shots, `worker-busy-${width}-${scheme}.png`) });
      }
    }
    await page.locator('button.cancel-analysis').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('section.add-articles .notice-busy', { state: 'detached', timeout: 5000 });
    assert.match(await page.locator('section.add-articles .notice-info').textContent(), /Cancelled: nothing was added/);
    assert.equal(await page.locator('button.cancel-analysis').count(), 0);
    assert.equal(await page.locator('.cards.own article.article-card').count(), 0);

    await page.setInputFiles('input#add-files', small);
    await page.waitForSelector('.cards.own article.article-card a.open-pair', { timeout: 30000 });
    assert.equal(await page.locator('.cards.own article.article-card').count(), 2);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${mode}: stopping the search for translations keeps the articles listed, unpaired`, async () => {
    const { page, context, errors } = await open(browser, urlOf(mode));
    await page.waitForSelector('main#library section.add-articles', { timeout: 15000 });
    await page.setInputFiles('input#add-files', big);
    await page.waitForFunction(() => document.querySelectorAll('.cards.own article.article-card').length === 2,
      null, { timeout: 300000 });
    await page.waitForSelector('button.cancel-analysis:has-text("Stop finding translations")', { timeout: 5000 });
    await page.click('button.cancel-analysis');
    await page.waitForSelector('section.add-articles .notice-busy', { state: 'detached', timeout: 5000 });
    assert.match(await page.locator('section.add-articles .notice-info').last().textContent(),
      /Stopped finding translations: your articles are in the library, not paired/);
    assert.equal(await page.locator('.cards.own article.article-card').count(), 2, 'the articles stay');
    assert.equal(await page.locator('.cards.own a.open-pair').count(), 0);
    // A fresh worker takes the next job.
    await page.setInputFiles('input#add-files', small);
    await page.waitForSelector('.cards.own a.open-pair', { timeout: 60000 });
    assert.equal(await page.locator('.cards.own article.article-card').count(), 4);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${mode}: a deep link to the reader's own pair waits for the worker, never "not found"`, async () => {
    const url = urlOf(mode);
    const { page, context, errors } = await open(browser, url);
    await page.waitForSelector('main#library section.add-articles', { timeout: 15000 });
    await page.setInputFiles('input#add-files', small);
    await page.waitForSelector('.cards.own article.article-card a.open-pair', { timeout: 30000 });
    await page.locator('.cards.own a.open-pair').first().click();
    await page.waitForSelector('main#pair .align-row span.sentence', { timeout: 15000 });
    // A fresh page on that address: the saved articles go to a new worker first.
    await page.addInitScript(() => {
      window.__saw = { notFound: false, waiting: false };
      new MutationObserver(() => {
        if (document.querySelector('main#not-found')) window.__saw.notFound = true;
        if (document.querySelector('main#waiting h1')) window.__saw.waiting = true;
      }).observe(document, { subtree: true, childList: true });
    });
    await page.reload();
    await page.waitForSelector('main#pair .align-row span.sentence', { timeout: 30000 });
    assert.deepEqual(await page.evaluate(() => window.__saw), { notFound: false, waiting: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('served: a worker that cannot load is said beside the form; nothing is added, nothing blank', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // The worker's wasm cannot be had (its glue and loader can).
  await context.route('**/parallax-worker_bg.wasm', (route) => route.abort());
  await page.goto(server.url);
  await page.waitForSelector('main#library section.add-articles', { timeout: 15000 });
  await page.setInputFiles('input#add-files', small);
  await page.waitForSelector('section.add-articles .notice-error', { timeout: 30000 });
  assert.match(await page.locator('section.add-articles .notice-error').textContent(),
    /The articles could not be analysed \(.+\): nothing was added\./);
  assert.equal(await page.locator('section.add-articles .notice-busy').count(), 0);
  assert.equal(await page.locator('.cards.own article.article-card').count(), 0);
  assert.equal(await page.locator('main#library article.article-card').count(), 3, 'the bundled articles stay');
  await context.close();
});
