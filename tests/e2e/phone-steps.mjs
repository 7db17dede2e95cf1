// What a reader does with the pair view on a phone (360×780), as steps any driver can run:
// Chromium through playwright-core (phone.test.mjs) and Firefox ESR through puppeteer-core
// (firefox.test.mjs). Both drivers share `page.evaluate`, `page.click(selector)`,
// `page.keyboard.press`, `page.reload` and `page.goto`; geometry is read in the page.
import assert from 'node:assert/strict';

export const PAIR = '#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03';
export const PHONE = { width: 360, height: 780 };

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Wait until `fn(arg)`, run in the page, returns something truthy; return it. */
export async function until(page, fn, arg, what = String(fn)) {
  const deadline = Date.now() + 20000;
  for (;;) {
    const value = await page.evaluate(fn, arg).catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Mark one element for a real click (`[data-pick]`), found by `fn` in the page. */
async function pick(page, fn, arg) {
  await page.evaluate(() => document.querySelectorAll('[data-pick]').forEach((e) => e.removeAttribute('data-pick')));
  const found = await until(page, fn, arg, 'an element to pick');
  assert.ok(found, 'an element to pick');
  return '[data-pick]';
}

/** Rows interleaved: each French cell is followed, just below, by its English counterpart. */
export async function rowsInterleaved(page) {
  await until(page, () => document.querySelectorAll('.pair-rows .pair-row .align-row.side-b span.sentence').length > 5, null, 'phone rows');
  const rows = await page.evaluate(() => [...document.querySelectorAll('.pair-row')]
    .map((row) => {
      const fr = row.querySelector('.align-row.side-a'), en = row.querySelector('.align-row.side-b');
      if (!fr?.querySelector('span.sentence') || !en?.querySelector('span.sentence')) return null;
      const a = fr.getBoundingClientRect(), b = en.getBoundingClientRect();
      return { row: fr.dataset.row, frTop: a.top, frBottom: a.bottom, enTop: b.top, width: a.width };
    })
    .filter(Boolean));
  assert.ok(rows.length >= 5, `rows with both versions: ${rows.length}`);
  for (const r of rows) {
    assert.ok(r.enTop >= r.frBottom - 1 && r.enTop - r.frBottom < 12,
      `row ${r.row}: the English cell starts right under the French one (${JSON.stringify(r)})`);
    assert.ok(r.width > 250, `row ${r.row} uses the phone's width: ${r.width}`);
  }
  // The next row's French cell comes after this row's English one.
  for (let i = 1; i < rows.length; i++) assert.ok(rows[i].frTop > rows[i - 1].enTop, `row order at ${rows[i].row}`);
  // Nothing wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling: ${overflow} px too wide`);
}

/** A sentence only in one version still shows, marked "only in …". */
export async function orphansMarked(page) {
  const orphans = await page.evaluate(() => [...document.querySelectorAll('.pair-row .orphan-label')]
    .map((label) => ({ text: label.textContent, row: label.closest('.pair-row').querySelectorAll('span.sentence').length })));
  // The seeds' pair has a French sentence the English version leaves out.
  assert.ok(orphans.length >= 1, 'an orphan sentence is shown and marked');
  for (const o of orphans) {
    assert.match(o.text, /^only in (French|English)$/);
    assert.equal(o.row, 1, 'an orphan row shows its one sentence beside the label');
  }
  return orphans.length;
}

/** The switch shows one version, remembered across a reload, then both again. */
export async function oneLanguageAtATime(page) {
  await page.click('.pair-languages button:nth-child(1)');
  await until(page, () => document.querySelectorAll('.align-row.side-b').length === 0
    && document.querySelectorAll('.align-row.side-a span.sentence').length > 5, null, 'French only');
  await page.reload();
  await until(page, () => document.querySelectorAll('.align-row.side-a span.sentence').length > 5, null, 'reloaded');
  assert.equal(await page.evaluate(() => document.querySelectorAll('.align-row.side-b, section.side-b').length), 0,
    'the choice of French alone is kept across a reload');
  assert.equal(await page.evaluate(() => document.querySelector('.pair-languages button:nth-child(1)').getAttribute('aria-pressed')), 'true');
  await page.click('.pair-languages button:nth-child(2)');
  await until(page, () => document.querySelectorAll('.align-row.side-a').length === 0
    && document.querySelectorAll('.align-row.side-b span.sentence').length > 5, null, 'English only');
  await page.click('.pair-languages button:nth-child(3)');
  await until(page, () => document.querySelectorAll('.pair-row .align-row.side-b span.sentence').length > 5
    && document.querySelectorAll('.pair-row .align-row.side-a span.sentence').length > 5, null, 'both again');
}

/** Tapping a name far down the page opens its card in view; Escape closes it, focus returns. */
export async function entityCardInView(page) {
  const mention = await pick(page, () => {
    const far = [...document.querySelectorAll('mark.entity[role="button"]')]
      .find((m) => m.getBoundingClientRect().top + window.scrollY > 2 * window.innerHeight);
    far?.setAttribute('data-pick', '');
    return far?.dataset.id;
  });
  const id = await page.evaluate((s) => document.querySelector(s).dataset.id, mention);
  await page.click(mention);
  await until(page, () => !!document.querySelector('#entity-card h2'), null, 'the entity card');
  const box = await page.evaluate(() => {
    const sheet = document.querySelector('.entity-sheet').getBoundingClientRect();
    const title = document.querySelector('#entity-card h2').getBoundingClientRect();
    return { top: sheet.top, bottom: sheet.bottom, titleTop: title.top, titleBottom: title.bottom, height: innerHeight };
  });
  assert.ok(box.top >= 0 && box.bottom <= box.height + 1, `the card is in the viewport: ${JSON.stringify(box)}`);
  assert.ok(box.titleTop >= box.top && box.titleBottom <= box.height, `its title is in view: ${JSON.stringify(box)}`);
  assert.ok(box.bottom >= box.height - 2, `a sheet at the bottom of the screen: ${JSON.stringify(box)}`);
  assert.ok(await page.evaluate(() => document.querySelector('.entity-sheet').contains(document.activeElement)),
    'the focus moved into the card');
  await page.keyboard.press('Escape');
  await until(page, () => !document.querySelector('#entity-card'), null, 'the card to close');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.id), id, 'the focus is back on the name');
  // The close button works too.
  await page.click(mention);
  await until(page, () => !!document.querySelector('#entity-card button.close'), null, 'the card again');
  await page.click('#entity-card button.close');
  await until(page, () => !document.querySelector('#entity-card'), null, 'the card to close by its button');
}

/**
 * In the paragraphs layout (the versions one under the other, thousands of pixels apart), a
 * sentence's button brings its counterpart into view. The layout is in the address and
 * survives a reload.
 */
export async function otherVersionAndLayoutInAddress(page) {
  await page.click('.pair-mode button:nth-child(2)');
  await until(page, () => !!document.querySelector('.pair-grid.paragraphs section.side-b span.sentence'), null, 'paragraphs');
  assert.match(await page.evaluate(() => location.hash), /\?layout=paragraphs$/, 'the layout is in the address');
  await page.reload();
  await until(page, () => !!document.querySelector('.pair-grid.paragraphs section.side-b span.sentence'), null, 'paragraphs after a reload');
  assert.equal(await page.evaluate(() => document.querySelector('.pair-mode button:nth-child(2)').getAttribute('aria-pressed')), 'true');
  const button = await pick(page, () => {
    const buttons = [...document.querySelectorAll('section.side-a button.other-version')];
    const far = buttons.find((b) => {
      const row = b.previousElementSibling?.dataset.row;
      const across = document.querySelector(`section.side-b [data-row="${row}"]`);
      return across && across.getBoundingClientRect().top - b.getBoundingClientRect().top > 2 * innerHeight;
    });
    far?.setAttribute('data-pick', '');
    return !!far;
  });
  const { row, name } = await page.evaluate((s) => {
    const b = document.querySelector(s);
    return { row: b.previousElementSibling.dataset.row, name: b.textContent };
  }, button);
  assert.match(name, /Show the English version/, 'the button says what it does');
  const outside = await page.evaluate((r) => {
    const box = document.querySelector(`section.side-b [data-row="${r}"]`).getBoundingClientRect();
    return box.top > innerHeight || box.bottom < 0;
  }, row);
  assert.ok(outside, 'the counterpart starts out of view');
  await page.click(button);
  await until(page, (r) => {
    const target = document.querySelector(`section.side-b [data-row="${r}"]`);
    const box = target.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight && document.activeElement === target;
  }, row, 'the English counterpart in view, focused');
  assert.ok(await page.evaluate((r) => document.querySelector(`section.side-b [data-row="${r}"]`).classList.contains('current'), row),
    'the counterpart is highlighted as the current row');
  // Back to rows (the address drops the default layout).
  await page.click('.pair-mode button:nth-child(1)');
  await until(page, () => !!document.querySelector('.pair-rows .pair-row'), null, 'rows again');
  assert.doesNotMatch(await page.evaluate(() => location.hash), /layout=paragraphs/);
}

/** A shared link naming the layout opens in it. */
export async function sharedLinkOpensItsLayout(page, url) {
  await page.goto(`${url}${PAIR}/3?layout=paragraphs`);
  await until(page, () => !!document.querySelector('.pair-grid.paragraphs section.side-a span.sentence.current'), null, 'a shared link in paragraphs');
}

/** At 1280 px the versions stay columns side by side; no phone buttons. */
export async function wideColumnsSideBySide(page) {
  await until(page, () => !!document.querySelector('section.side-b .align-row span.sentence'), null, 'wide rows');
  const boxes = await page.evaluate(() => {
    const a = document.querySelector('section.side-a .align-row[data-row="2"]').getBoundingClientRect();
    const b = document.querySelector('section.side-b .align-row[data-row="2"]').getBoundingClientRect();
    const visibleButtons = [...document.querySelectorAll('button.other-version')].filter((x) => x.offsetParent).length;
    return { aLeft: a.left, aRight: a.right, bLeft: b.left, aTop: a.top, bTop: b.top, phoneRows: document.querySelectorAll('.pair-rows').length, visibleButtons };
  });
  assert.equal(boxes.phoneRows, 0, 'no interleaved rows at 1280');
  assert.ok(boxes.bLeft >= boxes.aRight, `English to the right of French: ${JSON.stringify(boxes)}`);
  assert.ok(Math.abs(boxes.aTop - boxes.bTop) < 1, `a row's cells side by side: ${JSON.stringify(boxes)}`);
  assert.equal(boxes.visibleButtons, 0, 'the other-version buttons are a phone thing');
}
