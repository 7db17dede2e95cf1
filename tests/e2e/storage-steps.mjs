// The reader's library in real browser storage across real reloads, as steps any driver can
// run: Chromium through playwright-core (own.test.mjs) and Firefox ESR through puppeteer-core
// (firefox.test.mjs), with `page.evaluate` and `page.reload` alone.
//
// The library is saved a key per article (`parallax.article.<id>`) and an index
// (`parallax.library.v2`); earlier versions saved it whole under `parallax.library.v1`.
import assert from 'node:assert/strict';
import { until } from './phone-steps.mjs';

const INDEX = 'parallax.library.v2';
const LEGACY = 'parallax.library.v1';
const ARTICLE = 'parallax.article.';

/** Two short invented articles, as an earlier version saved them (ids are recomputed). */
const OLD_LIBRARY = JSON.stringify({
  version: 1,
  articles: [
    { id: 'own-000000000001', name: 'ostmark.txt', text: 'Ostmark accuse Lorvania.\n\nLe ministère a accusé mardi la Lorvanie d’avoir piraté ses ports.' },
    { id: 'own-000000000002', name: 'lorvania.txt', text: 'Lorvania denies it.\n\nThe Lorvanian foreign ministry denied on Wednesday any role in the attack.' },
  ],
});

/** The library's keys and values in the page's storage. */
function saved(page) {
  return page.evaluate(([index, legacy, article]) => {
    const keys = Object.keys(localStorage);
    return {
      index: localStorage.getItem(index),
      legacy: localStorage.getItem(legacy),
      articles: keys.filter((k) => k.startsWith(article)).sort(),
      aside: keys.filter((k) => k.startsWith('parallax.unreadable.')),
    };
  }, [INDEX, LEGACY, ARTICLE]);
}

const ownCards = (page) => page.evaluate(() => [...document.querySelectorAll('.cards.own article.article-card')].length);
const warnings = (page) => page.evaluate(() => [...document.querySelectorAll('.notice-warning p')].map((p) => p.textContent).join(' | '));

/**
 * A library saved whole by an earlier version is moved to a key per article at the first load,
 * and kept across a reload; then one article's key is damaged: a reload names it, sets it
 * aside and keeps the other. Leaves the page's storage empty.
 */
export async function oldLibraryMovesAndADamagedArticleCostsNoOther(page) {
  await page.evaluate((old) => { localStorage.clear(); localStorage.setItem('parallax.library.v1', old); }, OLD_LIBRARY);
  await page.reload();
  await until(page, () => document.querySelectorAll('.cards.own article.article-card').length === 2, null, 'the old library listed');
  let now = await saved(page);
  assert.equal(now.legacy, null, 'the old key is gone once moved');
  assert.equal(now.articles.length, 2, JSON.stringify(now));
  const index = JSON.parse(now.index);
  assert.equal(index.version, 2);
  assert.deepEqual(index.articles.map((a) => a.name), ['ostmark.txt', 'lorvania.txt']);
  assert.deepEqual(index.articles.map((a) => ARTICLE + a.id).sort(), now.articles);

  await page.reload();
  await until(page, () => document.querySelectorAll('.cards.own article.article-card').length === 2, null, 'kept across a reload');
  assert.equal(await warnings(page), '', 'a clean load says nothing');

  // A damaged article: cut short, as a full disk or a hand edit might leave it.
  const damaged = ARTICLE + index.articles[0].id;
  await page.evaluate((key) => localStorage.setItem(key, localStorage.getItem(key).slice(0, 40)), damaged);
  await page.reload();
  const said = await until(page, () => [...document.querySelectorAll('.notice-warning p')].map((p) => p.textContent).join(' | '), null, 'a warning');
  assert.match(said, /“ostmark\.txt” is damaged and could not be read: it is not valid JSON/);
  assert.match(said, /Your other article was kept/);
  await until(page, () => document.querySelectorAll('.cards.own article.article-card').length === 1, null, 'the other article listed');
  assert.equal(await ownCards(page), 1);
  now = await saved(page);
  assert.deepEqual(now.aside, ['parallax.unreadable.' + damaged], 'set aside');
  assert.deepEqual(now.articles, [ARTICLE + index.articles[1].id]);
  assert.deepEqual(JSON.parse(now.index).articles.map((a) => a.name), ['lorvania.txt']);
  await page.evaluate(() => localStorage.clear());
}
