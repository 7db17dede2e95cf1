// Accessibility: axe-core run inside Chromium on every view, at desktop and phone widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { serveDist, launch, root } from './harness.mjs';
import { writeOwnTexts } from '../../bench/lib/reader.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const views = [
  '#/',
  '#/article/000_83485029acf59cfb',
  '#/article/002_f5e50ea9a2381cfb',
  '#/article/003_e7624ea9e8843c03',
  '#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03',
  '#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03/3',
  '#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03?layout=paragraphs',
  '#/disputes',
  '#/entity/mao_ning',
  '#/entity/united_states',
  '#/entity/nobody_at_all',
  '#/?actor=global_times&stance=denial',
  '#/?actor=global_times&stance=condemnation',
  '#/no/such/page',
];

/** axe-core's violations on the page as it stands, one line each. */
async function violations(page, label) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${label} ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
let browser, server, big;
before(async () => {
  browser = await launch();
  server = await serveDist('/');
  big = writeOwnTexts(root, join(root, 'target', 'e2e', 'own')).pair;
});
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
      found.push(...await violations(page, view));
    }
    // States a reader reaches by acting: a dispute's deep link, a pasted article with its
    // notices, a refusal beside the form, the paragraphs layout with every type word written
    // and a name focused (its type shown above it), the shortcuts dialog.
    await page.goto(server.url + '#/disputes');
    const dispute = await page.locator('li.event a.permalink').first().getAttribute('href');
    await page.goto(server.url + dispute);
    await page.waitForSelector('li.event.targeted', { timeout: 15000 });
    found.push(...await violations(page, dispute));
    await page.goto(server.url + '#/');
    await page.waitForSelector('textarea#paste-text', { timeout: 15000 });
    await page.fill('textarea#paste-text', 'Moscou dément <script>x()</script> toute implication, a déclaré le Kremlin.');
    await page.click('button.add-pasted');
    await page.waitForSelector('.cards.own article.article-card', { timeout: 15000 });
    found.push(...await violations(page, '#/ with an own article and notices'));
    await page.click('button.add-pasted');
    await page.waitForSelector('section.add-articles .notice-error', { timeout: 15000 });
    found.push(...await violations(page, '#/ with a refusal beside the form'));
    // Long work under way in the worker: its progress notice and the Cancel button.
    await page.setInputFiles('input#add-files', big);
    await page.waitForSelector('section.add-articles button.cancel-analysis', { timeout: 15000 });
    found.push(...await violations(page, '#/ while the worker analyses, with Cancel'));
    await page.click('button.cancel-analysis');
    await page.waitForSelector('section.add-articles .notice-busy', { state: 'detached', timeout: 5000 });
    await page.goto(server.url + '#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03');
    await page.waitForSelector('button.mode-button', { timeout: 15000 });
    await page.locator('button.mode-button').nth(1).click();
    await page.waitForSelector('.pair-grid.paragraphs', { timeout: 15000 });
    await page.check('input#type-words');
    await page.waitForSelector('main.type-words', { timeout: 5000 });
    await page.locator('mark.entity').first().focus();
    found.push(...await violations(page, 'pair in paragraphs, type words written, a name focused'));
    await page.uncheck('input#type-words');
    // The entity card open (a bottom sheet at 360 px) and one version alone, in each layout.
    const withCard = async (label) => {
      await page.locator('mark.entity[role="button"]').nth(5).click();
      await page.waitForSelector('#entity-card h2', { timeout: 5000 });
      found.push(...await violations(page, `${label}, entity card open`));
      await page.keyboard.press('Escape');
    };
    await withCard('pair in paragraphs');
    await page.locator('.pair-languages button').nth(1).click();
    await page.waitForSelector('.pair-grid.one-language', { timeout: 5000 });
    found.push(...await violations(page, 'pair in paragraphs, English only'));
    await page.locator('.pair-mode button').nth(0).click();
    await page.waitForSelector('.pair-grid.rows, .pair-rows', { timeout: 5000 });
    await withCard('pair in rows, English only');
    await page.locator('.pair-languages button').nth(2).click();
    await page.waitForSelector('.align-row.side-a', { timeout: 5000 });
    await page.keyboard.press('?');
    await page.waitForSelector('dialog#shortcuts[open]', { timeout: 5000 });
    found.push(...await violations(page, 'shortcuts dialog'));
    assert.deepEqual(found, []);
    await context.close();
  });
}

test('axe-core finds no violation in dark mode on the views that show claims, entities and filters', async () => {
  // Each stance has its own colours in each theme (style/main.css): contrast is checked in both.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark', bypassCSP: true });
  const page = await context.newPage();
  const found = [];
  for (const view of views.filter((v) => /^#\/(article|pair|disputes|entity|\?)/.test(v))) {
    await page.goto(server.url + view);
    await page.waitForSelector('main', { timeout: 15000 });
    found.push(...await violations(page, `${view} (dark)`));
  }
  assert.deepEqual(found, []);
  await context.close();
});
