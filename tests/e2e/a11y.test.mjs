// Accessibility: axe-core run inside Chromium on every view, at desktop and phone widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serveDist, launch } from './harness.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const views = [
  '#/',
  '#/article/000_83485029acf59cfb',
  '#/article/002_f5e50ea9a2381cfb',
  '#/article/003_e7624ea9e8843c03',
  '#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03',
  '#/disputes',
  '#/no/such/page',
];
let browser, server;
before(async () => { browser = await launch(); server = await serveDist('/'); });
after(async () => { await server?.close(); await browser?.close(); });

for (const width of [1280, 360]) {
  test(`axe-core finds no violation on any view at ${width} px`, async () => {
    // The page's CSP (Trusted Types) would refuse axe's own helpers: this context bypasses it
    // for the checker only; the other tests run under the page's full policy.
    const context = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    const found = [];
    for (const view of views) {
      await page.goto(server.url + view);
      await page.waitForSelector('main', { timeout: 15000 });
      await page.evaluate(axeSource);
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      for (const v of result.violations) {
        found.push(`${view} ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
    assert.deepEqual(found, []);
    await context.close();
  });
}
