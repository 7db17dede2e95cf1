// The reader's own articles and the exports, in Chromium, served and from the offline file:
// real files chosen in the file input, real browser storage across a real reload, real
// downloads parsed back (JSON, Web Annotations, the claims as CSV and Markdown).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dist, root, serveDist, launch, open } from './harness.mjs';
import { oldLibraryMovesAndADamagedArticleCostsNoOther } from './storage-steps.mjs';

const fixtures = join(root, 'crates/engine/tests/fixtures');
const frFile = join(fixtures, 'align_iran_fr.txt');
const enFile = join(fixtures, 'align_iran_en.txt');
const pngFile = join(root, 'docs/library.png');

let browser, server;
before(async () => { browser = await launch(); server = await serveDist('/'); });
after(async () => { await server?.close(); await browser?.close(); });

/** Download what `button` offers and parse it as JSON. */
async function downloadJson(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), json: JSON.parse(await readFile(path, 'utf8')) };
}

/** Download what `button` offers as text. */
async function downloadText(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** Rows of a CSV file, read by Python's csv module (an RFC 4180 reader independent of ours). */
function readCsv(text) {
  const reader = 'import csv, json, sys\nprint(json.dumps(list(csv.reader(sys.stdin, strict=True))))';
  return JSON.parse(execFileSync('python3', ['-c', reader], { input: text, encoding: 'utf8' }));
}

for (const mode of ['served', 'file']) {
  test(`${mode}: files chosen are analysed, paired, kept across a reload; a binary file is refused`, async () => {
    const url = mode === 'served' ? server.url : pathToFileURL(join(dist, 'parallax.html')).href;
    const { page, context, errors } = await open(browser, url, { acceptDownloads: true });
    const foreign = [];
    page.on('request', (r) => {
      const u = r.url();
      const local = mode === 'served' ? u.startsWith(server.url) : u.startsWith('file:');
      if (!local && !u.startsWith('blob:') && !u.startsWith('data:')) foreign.push(u);
    });
    await page.waitForSelector('main#library section.add-articles', { timeout: 15000 });

    await page.setInputFiles('input#add-files', [frFile, enFile]);
    await page.waitForSelector('.cards.own article.article-card a.open-pair', { timeout: 15000 });
    assert.equal(await page.locator('.cards.own article.article-card').count(), 2);
    const said = await page.locator('section.add-articles .notice-info').allTextContents();
    assert.ok(said.some((t) => /Added articles “align_iran_fr\.txt”, “align_iran_en\.txt”/.test(t)), said.join(' | '));
    assert.match(said.at(-1), /Translations looked for: one pair found/);

    await page.setInputFiles('input#add-files', pngFile);
    await page.waitForSelector('.notice-error', { timeout: 15000 });
    assert.match(await page.locator('.notice-error').textContent(), /“library\.png” was not added: it looks binary/);
    assert.equal(await page.locator('.cards.own article.article-card').count(), 2, 'nothing else changed');

    await page.reload();
    await page.waitForSelector('.cards.own article.article-card a.open-pair', { timeout: 15000 });
    assert.equal(await page.locator('.cards.own article.article-card').count(), 2, 'kept across a reload');
    // Saved a key per article, and an index naming them in order.
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('parallax.article.')).sort());
    const index = await page.evaluate(() => JSON.parse(localStorage.getItem('parallax.library.v2')));
    assert.deepEqual(index.articles.map((a) => a.name), ['align_iran_fr.txt', 'align_iran_en.txt']);
    assert.deepEqual(index.articles.map((a) => 'parallax.article.' + a.id).sort(), keys);

    // The new pair opens aligned; its exports hold both articles and their alignment.
    await page.locator('.cards.own a.open-pair').first().click();
    await page.waitForSelector('main#pair .align-row span.sentence', { timeout: 15000 });
    const analysis = await downloadJson(page, 'button.export-json');
    assert.equal(analysis.name, 'parallax-pair.analysis.json');
    assert.equal(analysis.json.articles.length, 2);
    assert.equal(analysis.json.alignments.length, 1);
    assert.ok(analysis.json.alignments[0].pairs.length >= 3);
    const annotations = await downloadJson(page, 'button.export-annotations');
    assert.equal(annotations.name, 'parallax-pair.annotations.jsonld');
    assert.equal(annotations.json.type, 'AnnotationCollection');
    const items = annotations.json.first.items;
    assert.equal(annotations.json.total, items.length);
    const motivations = new Set(items.map((i) => i.motivation));
    for (const m of ['identifying', 'classifying', 'linking']) assert.ok(motivations.has(m), `a ${m} annotation`);
    const text = { fr: await readFile(frFile, 'utf8'), en: await readFile(enFile, 'utf8') };
    for (const item of items.filter((i) => i.motivation === 'identifying')) {
      const [quote, position] = item.target.selector;
      const chars = [...text[item.target.source.language]];
      assert.equal(chars.slice(position.start, position.end).join(''), quote.exact);
    }

    const claims = await downloadText(page, 'button.export-claims-csv');
    assert.equal(claims.name, 'parallax-pair.claims.csv');
    const claimRows = readCsv(claims.text).slice(1);
    assert.ok(claimRows.length > 0 && claimRows.every((r) => r.length === 10));
    assert.ok(claimRows.every((r) => r[9].startsWith('#/pair/')), 'every claim links into the pair');

    // Removing one asks nothing, says so, and can be undone.
    await page.goto(url);
    await page.waitForSelector('.cards.own article.article-card', { timeout: 15000 });
    await page.locator('.cards.own button.remove-article').first().click();
    await page.waitForFunction(() => document.querySelectorAll('.cards.own article.article-card').length === 1);
    await page.locator('button.notice-undo').click();
    await page.waitForFunction(() => document.querySelectorAll('.cards.own article.article-card').length === 2);

    // Hostile markup pasted in is shown as text under the page's full CSP (Trusted Types):
    // any HTML sink would raise a violation here, and no script or image may appear.
    await page.fill('textarea#paste-text', 'Paris accuse <script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2"> <a href="javascript:window.__pwned=3">ici</a>.');
    await page.click('button.add-pasted');
    await page.waitForFunction(() => document.querySelectorAll('.cards.own article.article-card').length === 3);
    await page.locator('.cards.own a.open-article').last().click();
    await page.waitForSelector('main#article span.sentence', { timeout: 15000 });
    assert.match(await page.locator('main#article').textContent(), /<script>window\.__pwned=1<\/script>/);
    assert.equal(await page.locator('main#article script, main#article img, main#article a[href^="javascript"]').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);

    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
    await context.close();
  });
}

for (const mode of ['served', 'file']) {
  test(`${mode}: a library saved by an earlier version is moved to a key per article; a damaged one costs no other`, async () => {
    const url = mode === 'served' ? server.url : pathToFileURL(join(dist, 'parallax.html')).href;
    const { page, context, errors } = await open(browser, url);
    await page.waitForSelector('main#library section.add-articles', { timeout: 15000 });
    await oldLibraryMovesAndADamagedArticleCostsNoOther(page);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('markup anywhere in a long chosen file is named, in the intake check\'s order', async () => {
  // 700 KB of prose, markup near its start, middle and end: the page looks for it a part of
  // ~200 KB per task (src/markup_steps.rs), and must name what one pass over the whole names.
  const prose = 'Le ministère a démenti toute implication dans cette attaque. ';
  const filler = (bytes) => prose.repeat(Math.ceil(bytes / prose.length));
  const text = filler(50000) + 'Voir <IMG src=x>. ' + filler(350000) + 'Un bouton onclick = f(). '
    + filler(300000) + 'Fin <script>alert(1)</script>.\n';
  const file = join(await mkdtemp(join(tmpdir(), 'parallax-')), 'balises.txt');
  await writeFile(file, text);
  const { page, context, errors } = await open(browser, server.url);
  await page.waitForSelector('main#library section.add-articles', { timeout: 15000 });
  await page.setInputFiles('input#add-files', file);
  await page.waitForSelector('section.add-articles .notice-warning', { timeout: 15000 });
  assert.equal(await page.locator('section.add-articles .notice-warning p').textContent(),
    '“balises.txt” contains HTML (<script>, <img>, event handler): Parallax shows it as plain text and never runs it.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an article pasted while the one before is still being added joins the library too', async () => {
  // Each add is a job of the worker, and a new job replaces the one under way: the second
  // must take the first's articles along, or the first article is lost without a word.
  const { page, context, errors } = await open(browser, server.url);
  await page.waitForSelector('main#library section.add-articles', { timeout: 15000 });
  const texts = [
    'Narva : le port visé\n\nLe port de Narva a reconnu une intrusion dans ses serveurs de paie.',
    'Tartu utility hit\n\nThe Tartu water utility said hackers tied to Russia broke into its billing system.',
    'Pärnu : la mairie piratée\n\nLa mairie de Pärnu a condamné une attaque contre son site.',
  ];
  for (const text of texts) {
    await page.fill('textarea#paste-text', text);
    await page.click('button.add-pasted');
  }
  await page.waitForFunction(() => document.querySelectorAll('.cards.own article.article-card').length === 3,
    null, { timeout: 30000 });
  const names = await page.locator('.cards.own article.article-card .own-name').allTextContents();
  for (const first of ['Narva', 'Tartu', 'Pärnu']) {
    assert.ok(names.some((n) => n.includes(first)), `${first} is listed: ${names.join(' | ')}`);
  }
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('.cards.own article.article-card').length === 3,
    null, { timeout: 30000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the library exports every article as Web Annotations', async () => {
  const { page, context, errors } = await open(browser, server.url, { acceptDownloads: true });
  await page.waitForSelector('main#library button.export-annotations', { timeout: 15000 });
  const { name, json } = await downloadJson(page, 'button.export-annotations');
  assert.equal(name, 'parallax-library.annotations.jsonld');
  const sources = new Set(json.first.items.flatMap((i) => [i.target].flat().map((t) => t.source.id)));
  assert.equal(sources.size, 3, [...sources].join(', '));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the claims download as CSV and Markdown, a claim and its translation on one row', async () => {
  const { page, context, errors } = await open(browser, server.url, { acceptDownloads: true });
  await page.waitForSelector('main#library button.export-claims-csv', { timeout: 15000 });
  const csv = await downloadText(page, 'button.export-claims-csv');
  assert.equal(csv.name, 'parallax-library.claims.csv');
  assert.ok(csv.text.includes('\r\n'), 'CRLF line ends (RFC 4180)');
  const [header, ...rows] = readCsv(csv.text);
  assert.deepEqual(header, ['event', 'event_title', 'speaker_id', 'speaker', 'stance', 'target_id', 'target', 'french', 'english', 'link']);
  assert.ok(rows.length > 10, `${rows.length} rows`);
  for (const row of rows) assert.equal(row.length, 10, JSON.stringify(row));
  const merged = rows.filter((r) => r[7] && r[8]);
  assert.ok(merged.length > 0, 'some claim has its French and English sentences on one row');

  // A merged row's link opens the side-by-side view at that row, both sides filled.
  const link = merged[0][9];
  assert.match(link, /^#\/pair\/[^/]+\/[^/]+\/\d+$/);
  await page.goto(server.url + link);
  await page.waitForSelector('main#pair .align-row.current', { timeout: 15000 });
  assert.equal(await page.locator('main#pair .align-row.current span.sentence').count() >= 2, true);
  assert.equal(await page.locator('main#pair .align-row.current .orphan-label').count(), 0);

  // The disputes page offers the same table, here as Markdown.
  await page.goto(server.url + '#/disputes');
  await page.waitForSelector('main#disputes-page button.export-claims-md', { timeout: 15000 });
  const md = await downloadText(page, 'main#disputes-page button.export-claims-md');
  assert.equal(md.name, 'parallax-disputes.claims.md');
  const lines = md.text.trimEnd().split('\n');
  assert.equal(lines[0], `| ${header.join(' | ')} |`);
  assert.equal(lines.length, rows.length + 2, 'one line per CSV row, after the header and its rule');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: Tab walks the page in reading order with a visible focus', async () => {
  const { page, context, errors } = await open(browser, server.url + '#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03');
  await page.waitForSelector('main#pair .align-row span.sentence', { timeout: 15000 });
  const stops = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => {
      const e = document.activeElement;
      const style = getComputedStyle(e);
      const where = e.closest('header') ? 'header' : e.closest('section.column[lang="fr"]') ? 'fr'
        : e.closest('section.column[lang="en"]') ? 'en' : e.closest('.pair-mode') ? 'mode' : 'other';
      const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return { where, text: e.textContent.trim().slice(0, 30), visible };
    }));
  }
  const places = stops.map((s) => s.where);
  // Header first, then the layout buttons, then the French column's names.
  assert.deepEqual(places.slice(0, 4), ['header', 'header', 'header', 'header'], JSON.stringify(stops));
  assert.ok(places.indexOf('mode') > 3, JSON.stringify(stops));
  assert.ok(places.indexOf('fr') > places.indexOf('mode'), JSON.stringify(stops));
  for (const s of stops) assert.ok(s.visible, `a visible focus on ${JSON.stringify(s)} in ${JSON.stringify(stops)}`);
  // Enter on a name opens its card; Escape closes it.
  await page.locator('section.column[lang="fr"] mark.entity').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#entity-card', { timeout: 5000 });
  await page.keyboard.press('Escape');
  await page.waitForSelector('#entity-card', { state: 'detached', timeout: 5000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('print hides menus, forms and buttons; reduced motion stops transitions', async () => {
  const { page, context, errors } = await open(browser, server.url);
  await page.waitForSelector('main#library section.add-articles', { timeout: 15000 });
  const shown = (selector) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).display !== 'none');
  assert.ok(await shown('.site-header nav'));
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header nav', 'section.add-articles', '.export', 'button.open-shortcuts']) {
    assert.equal(await shown(selector), false, `${selector} is not printed`);
  }
  assert.ok(await shown('main#library article.article-card'), 'the articles are printed');
  await page.emulateMedia({ media: 'screen' });
  await page.goto(server.url + '#/article/000_83485029acf59cfb');
  await page.waitForSelector('span.sentence', { timeout: 15000 });
  const transition = () => page.locator('span.sentence').first().evaluate((e) => getComputedStyle(e).transitionDuration);
  assert.notEqual(await transition(), '0s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await transition(), '0s');
  assert.deepEqual(errors, []);
  await context.close();
});
