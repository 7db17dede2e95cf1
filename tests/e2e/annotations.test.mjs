// Reading the annotations as a user does: entities lit across languages, entity cards, type
// toggles, counterpart sentences, orphan labels, stance badges and the disputes panel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, open } from './harness.mjs';

const PAIR = '#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03';
let browser, server;
before(async () => { browser = await launch(); server = await serveDist('/'); });
after(async () => { await server?.close(); await browser?.close(); });

async function pairPage() {
  const opened = await open(browser, server.url + PAIR);
  await opened.page.waitForSelector('main#pair section.column mark.entity', { timeout: 15000 });
  return opened;
}

test('pointing at “Pékin” lights “Beijing” in the English column, and its card names both', async () => {
  const { page, context, errors } = await pairPage();
  const fr = page.locator('section.column[lang="fr"] mark.entity[data-id="beijing"]').first();
  await fr.hover();
  const litEnglish = page.locator('section.column[lang="en"] mark.entity.lit[data-id="beijing"]');
  await litEnglish.first().waitFor({ timeout: 5000 });
  assert.ok(await litEnglish.count() >= 1);
  assert.match(await litEnglish.first().textContent(), /Beijing/);

  // Keyboard: focus a mention and press Enter to open its card.
  await fr.focus();
  await page.keyboard.press('Enter');
  const card = page.locator('#entity-card');
  await card.waitFor({ timeout: 5000 });
  const text = await card.textContent();
  assert.match(text, /Pékin/);
  assert.match(text, /Beijing/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a type toggle hides that type and says so in words', async () => {
  const { page, context } = await pairPage();
  const toggle = page.locator('button.legend-toggle[data-type="PERSON"]');
  await toggle.click();
  await page.locator('mark.entity.off[data-type="PERSON"]').first().waitFor({ timeout: 5000 });
  assert.equal(await page.locator('mark.entity.lit[data-type="PERSON"], mark.entity[data-type="PERSON"]:not(.off)').count(), 0);
  assert.match(await toggle.textContent(), /hidden/);
  await toggle.click();
  assert.equal(await page.locator('mark.entity.off[data-type="PERSON"]').count(), 0);
  await context.close();
});

test('pointing at a French sentence lights its English counterpart; orphans are labelled', async () => {
  const { page, context } = await pairPage();
  const frSentence = page.locator('section.column[lang="fr"] span.sentence', { hasText: 'Mao Ning' }).first();
  await frSentence.hover();
  const counterpart = page.locator('section.column[lang="en"] .counterpart');
  await counterpart.first().waitFor({ timeout: 5000 });
  assert.match(await counterpart.first().textContent(), /Mao Ning/);
  const orphans = await page.locator('.orphan-label').allTextContents();
  assert.ok(orphans.some((t) => /only in French/i.test(t)), `orphan labels: ${orphans}`);
  assert.ok(orphans.some((t) => /only in English/i.test(t)), `orphan labels: ${orphans}`);
  await context.close();
});

test('stances are badges with a word, and the disputes panel groups them', async () => {
  const { page, context } = await pairPage();
  const denial = page.locator('.stance-badge[data-stance="denial"]').first();
  await denial.waitFor({ timeout: 5000 });
  assert.match(await denial.textContent(), /denial|denies/i);
  const panel = page.locator('#disputes');
  await panel.waitFor({ timeout: 5000 });
  assert.ok(await panel.locator('a').count() >= 5, 'disputes link to their sentences');
  await context.close();
});
