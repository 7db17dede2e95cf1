// The crash panel in the three delivery modes. The app's wasm has no panic machinery: a panic
// traps, and the page's script (index.html) shows the panel for the WebAssembly.RuntimeError
// the browser throws. The trap here is a real one, from a one-instruction module (`unreachable`)
// called from a timer and from a promise, as the app's own code is called by events and tasks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist, serveDist, launch, watch, TRAP, trapIn } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

async function crashesReadably(page) {
  await page.waitForSelector('main#library article.article-card', { timeout: 15000 });
  // A saved article (the download keeps it) and a setting (the download leaves it out).
  await page.evaluate(() => {
    localStorage.setItem('parallax.article.crash-test', '{"id":"crash-test"}');
    localStorage.setItem('parallax.settings.ui-lang', 'fr');
  });
  await page.evaluate(trapIn, ['event', TRAP]);
  const panel = page.locator('#fatal-error[role="alert"]');
  await panel.waitFor({ timeout: 5000 });
  assert.equal(await panel.locator('h2').textContent(), 'Parallax stopped working');
  assert.match(await panel.locator('pre').textContent(), /RuntimeError/);
  assert.deepEqual(await panel.locator('button').allTextContents(),
    ['Reload', 'Download my saved articles', 'Clear saved data and reload']);
  // A second crash, from a promise, replaces the panel rather than stacking another.
  await page.evaluate(() => { document.getElementById('fatal-error').dataset.first = ''; });
  await page.evaluate(trapIn, ['promise', TRAP]);
  await page.waitForSelector('#fatal-error:not([data-first])', { timeout: 5000 });
  assert.equal(await page.locator('#fatal-error').count(), 1);

  const [download] = await Promise.all([page.waitForEvent('download'), panel.locator('button.download-saved').click()]);
  assert.equal(download.suggestedFilename(), 'parallax-saved-library.json');
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(saved['parallax.article.crash-test'], '{"id":"crash-test"}');
  assert.ok(Object.keys(saved).every((key) => !key.startsWith('parallax.settings.')), Object.keys(saved).join());

  page.once('dialog', (dialog) => dialog.accept());
  await Promise.all([page.waitForEvent('load'), panel.locator('button.clear-saved').click()]);
  await page.waitForSelector('main#library article.article-card', { timeout: 15000 });
  assert.equal(await page.evaluate(() => localStorage.getItem('parallax.article.crash-test')), null);
  assert.equal(await page.locator('#fatal-error').count(), 0);
}

/** Page errors other than the traps themselves (a CSP or Trusted Types violation would show). */
const others = (errors) => errors.filter((e) => !/RuntimeError|unreachable/.test(e));

for (const prefix of ['/', '/parallax/']) {
  test(`served at ${prefix}: a crash shows the panel (reload, download, clear)`, async () => {
    const server = await serveDist(prefix);
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      const page = await context.newPage();
      const errors = [];
      watch(page, errors);
      await page.goto(server.url);
      await crashesReadably(page);
      assert.deepEqual(others(errors), []);
      await context.close();
    } finally {
      await server.close();
    }
  });
}

test('single offline file from file://: a crash shows the panel (reload, download, clear)', async () => {
  const context = await browser.newContext({ offline: true, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  watch(page, errors);
  await page.goto(pathToFileURL(join(dist, 'parallax.html')).href);
  await crashesReadably(page);
  assert.deepEqual(others(errors), []);
  await context.close();
});
