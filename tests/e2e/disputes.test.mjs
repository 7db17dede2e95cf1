// The disputes page as a reader uses it, in Chromium at 1280 and 360 px: each claim of the
// seeds once (a claim and its translation together), titles that say what happened, a matrix
// cell that opens its claims in view, an answer's link that goes to its accusation, the FR / EN
// names toggle kept across a reload, and axe-core at zero violations in each state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root, serveDist, launch, open } from './harness.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser, server;
before(async () => { browser = await launch(); server = await serveDist('/'); });
after(async () => { await server?.close(); await browser?.close(); });

/** axe-core's violations on the page as it stands, one line each. */
async function violations(page, label) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${label} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Whether the element's top is inside the viewport. */
async function inView(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0;
  });
}

/** Whether the element comes into view within `ms`: the page scrolls in an effect that runs
 * after the render the test saw (CI run 78 checked between the two once). */
async function comesIntoView(locator, ms = 3000) {
  const until = Date.now() + ms;
  while (!(await inView(locator))) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

for (const width of [1280, 360]) {
  test(`disputes at ${width} px: each claim once, titles, a cell's claims in view, answers linked, names toggle`, async () => {
    // bypassCSP only so that axe-core can run (see a11y.test.mjs); nothing else differs.
    const { page, context, errors } = await open(browser, server.url + '#/disputes',
      { viewport: { width, height: 900 }, bypassCSP: true });
    await page.waitForSelector('#disputes-page ul.events li.claim', { timeout: 15000 });

    // Each claim once: no quote of an article's sentence is listed twice, and a claim with
    // its translation shows both quotes in one item.
    const quotes = await page.locator('ul.events li.claim q').evaluateAll((qs) => qs.map((q) => `${q.lang} ${q.textContent}`));
    assert.equal(new Set(quotes).size, quotes.length, 'every quote once');
    // A quote keeps its own marks: the browser adds none, so none is doubled ("…»»").
    const added = await page.locator('ul.events li.claim q').evaluateAll((qs) =>
      qs.map((q) => getComputedStyle(q, '::after').content).filter((c) => c !== 'none' && c !== '""' && c !== 'normal'));
    assert.deepEqual(added, [], 'no quotation mark added after a quote');
    const both = await page.locator('ul.events li.claim:has(q[lang="fr"]):has(q[lang="en"])').count();
    assert.ok(both >= 10, `${both} claims with both quotes`);
    // As many items as rows in the claims table (one row per claim-with-translation).
    const [download] = await Promise.all([page.waitForEvent('download'),
      page.locator('#disputes-page button.export-claims-md').click()]);
    const table = await readFile(await download.path(), 'utf8');
    const rows = table.trim().split('\n').length - 2;
    assert.equal(await page.locator('ul.events li.claim').count(), rows, 'one item per row of the claims table');

    // Titles say what happened.
    const titles = await page.locator('li.event > h3').evaluateAll((hs) => hs.map((h) => h.firstChild.textContent));
    assert.ok(titles.length >= 4, titles.join(' | '));
    for (const title of titles) {
      assert.doesNotMatch(title, /_/, title);
      assert.doesNotMatch(title, /\bUS\b/, title);
      assert.match(title, /^(Alleged|Disputed) /, title);
    }

    // A matrix cell opens its claims right there, in view, with the focus; Escape closes.
    await page.locator('svg g.cell.filled').first().click();
    const region = page.locator('.matrix-section > section.cell-claims');
    await region.waitFor({ timeout: 5000 });
    assert.ok(await comesIntoView(region.locator('h3')), 'the cell\'s claims are in view');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'cell-claims-heading');
    assert.ok(await region.locator('li.claim').count() >= 1);
    // Screenshots go to target/screenshots/; SCREENSHOTS=docs refreshes the README's own.
    const shots = join(root, 'target', 'screenshots');
    const docs = process.env.SCREENSHOTS === 'docs' ? join(root, 'docs') : shots;
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, `disputes-cell-${width}.png`) });
    const found = await violations(page, `#/disputes with a cell open at ${width}`);
    await page.keyboard.press('Escape');
    await region.waitFor({ state: 'detached', timeout: 5000 });

    // An answer links to the accusation it answers.
    const denial = page.locator('ul.events li.claim[data-stance="denial"]').first();
    const link = denial.locator('a.answer-link');
    const target = await link.getAttribute('data-target');
    await link.click();
    await page.waitForFunction((id) => document.activeElement?.id === id, target, { timeout: 5000 });
    const accusation = page.locator(`#${target}`);
    assert.equal(await accusation.getAttribute('data-stance'), 'accusation');
    assert.ok(await comesIntoView(accusation), 'the accusation is in view');
    assert.match(page.url(), /#\/disputes$/, 'the link moves within the page');

    // The pressed language looks pressed.
    const looks = (lang) => page.locator(`.lang-toggle button[data-lang="${lang}"]`)
      .evaluate((b) => getComputedStyle(b).backgroundColor);
    assert.notEqual(await looks('en'), await looks('fr'), 'the chosen language stands out');
    // Names in French, kept across a reload.
    await page.locator('.lang-toggle button[data-lang="fr"]').click();
    await page.waitForSelector('.lang-toggle button[data-lang="fr"][aria-pressed="true"]');
    await page.reload();
    await page.waitForSelector('#disputes-page ul.events li.claim', { timeout: 15000 });
    assert.equal(await page.locator('.lang-toggle button[data-lang="fr"]').getAttribute('aria-pressed'), 'true');
    const targets = await page.locator('ul.events .target').allTextContents();
    assert.ok(targets.includes('Chine'), targets.join(', '));
    assert.ok(!targets.includes('China'), targets.join(', '));
    const frTitles = await page.locator('li.event > h3').evaluateAll((hs) => hs.map((h) => h.firstChild.textContent));
    assert.ok(frTitles.every((t) => /^Cyberattaques /.test(t)), frTitles.join(' | '));
    found.push(...await violations(page, `#/disputes in French at ${width}`));
    await page.locator('.lang-toggle button[data-lang="en"]').click();
    await page.waitForSelector('.lang-toggle button[data-lang="en"][aria-pressed="true"]');

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: width === 1280 ? join(docs, 'disputes.png') : join(shots, `disputes-${width}.png`) });
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a claim note in the pair view opens its popover on focus, with the accusation an answer answers', async () => {
  const { page, context, errors } = await open(browser, `${server.url}#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03`);
  const note = page.locator('section.column[lang="en"] .claim-note[data-stance=denial]').first();
  await note.waitFor({ timeout: 15000 });
  const tip = note.locator('.claim-tip');
  assert.equal(await tip.isVisible(), false);
  await note.focus();
  assert.equal(await tip.isVisible(), true);
  assert.match(await tip.textContent(), /Cue: .*Answers the accusation Washington Post → China/s);
  await page.keyboard.press('Escape');
  assert.equal(await tip.isVisible(), false);
  await note.hover();
  assert.equal(await tip.isVisible(), true);
  // The disputes panel beside the text has the names toggle too: the notes follow it.
  assert.equal(await note.locator('.claim-target').textContent(), 'United States');
  await page.locator('#disputes .lang-toggle button[data-lang="fr"]').click();
  await page.waitForFunction(() => document.querySelector(
    'section.column[lang="en"] .claim-note[data-stance=denial] .claim-target')?.textContent === 'États-Unis', null, { timeout: 5000 });
  await page.locator('#disputes .lang-toggle button[data-lang="en"]').click();
  assert.deepEqual(errors, []);
  await context.close();
});
