// Quiet defaults as a reader meets them, in Chromium at 1280 and 360 px: type words hidden
// after names but shown on focus and kept in the accessible name, a title per page, a new page
// opened at its top, the add form's notices beside it and gone after a success, and a sentence
// link that opens the sentence its label gives.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, open } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await serveDist('/'); });
after(async () => { await server?.close(); await browser?.close(); });

const ARTICLE = '#/article/000_83485029acf59cfb';

for (const width of [1280, 360]) {
  test(`quiet defaults at ${width} px`, async () => {
    const { page, context, errors } = await open(browser, server.url + ARTICLE, { viewport: { width, height: 800 } });
    const place = page.locator('mark.entity[data-type="GPE"]').first();
    await place.waitFor({ timeout: 15000 });

    // Type words: not written after names, in the accessible name, shown on focus.
    const column = await page.locator('main#article').innerText();
    assert.doesNotMatch(column, /COUNTRY OR CITY/, 'no type word after every name');
    assert.match(await place.getAttribute('aria-label'), /\(country or city\)$/);
    await place.focus();
    assert.match(await place.innerText(), /COUNTRY OR CITY/, 'focus shows the type');

    // A title per page.
    const articleTitle = await page.title();
    await page.goto(server.url + '#/disputes');
    await page.waitForSelector('#disputes-page li.claim', { timeout: 15000 });
    const disputesTitle = await page.title();
    assert.notEqual(articleTitle, disputesTitle);
    assert.match(disputesTitle, /Disputes/);

    // A new page opens at its top, wherever the last one was scrolled.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    assert.ok(await page.evaluate(() => window.scrollY) > 0, 'the disputes page scrolls');
    await page.goto(server.url + '#/');
    await page.waitForSelector('main#library textarea#paste-text', { timeout: 15000 });
    assert.equal(await page.evaluate(() => window.scrollY), 0, 'the library opens at its top');

    // The add form's notices sit beside it, and a success clears an old refusal.
    await page.fill('textarea#paste-text', '   ');
    await page.click('button.add-pasted');
    const refusal = page.locator('section.add-articles .notice-error');
    await refusal.waitFor({ timeout: 15000 });
    const form = await page.locator('section.add-articles').boundingBox();
    const box = await refusal.boundingBox();
    assert.ok(box.y >= form.y && box.y <= form.y + form.height, 'the refusal is inside the form');
    await page.fill('textarea#paste-text', 'Le réseau électrique de Kyiv a été piraté en mars.\nL’attaque a été attribuée au groupe Sandworm.');
    await page.click('button.add-pasted');
    await page.waitForSelector('.cards.own article.article-card', { timeout: 30000 });
    assert.equal(await page.locator('section.add-articles .notice-error').count(), 0, 'the refusal went on success');

    // A sentence link opens the sentence its label names ("sentence 4" opens the fourth).
    await page.goto(server.url + '#/entity/mao_ning');
    const link = page.locator('.entity-mentions a.open-sentence').first();
    await link.waitFor({ timeout: 15000 });
    const n = Number((await link.textContent()).match(/sentence (\d+)$/)[1]);
    assert.ok((await link.getAttribute('href')).endsWith(`/${n}`));
    await link.click();
    const target = page.locator('main#article .sentence.target');
    await target.waitFor({ timeout: 15000 });
    const position = await page.evaluate((el) => [...document.querySelectorAll('main#article span.sentence')].indexOf(el) + 1,
      await target.elementHandle());
    assert.equal(position, n, 'the link opens the sentence it names');

    assert.deepEqual(errors, []);
    await context.close();
  });
}
