// Benchmarks of the reader itself with the reader's own text, in the served app:
//  6. a 1 MB French/English pair: hover cross-highlighting time and long tasks while scrolling;
//  7. 10 MB of own text (ten 1 MB files): time to analyse and add it, and the longest task.
// The texts are built from the seeds and the engine's fixtures, each file made distinct.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LIMIT = 1_000_000; // the app's per-article limit (src/library.rs MAX_ARTICLE_BYTES)

/**
 * A text of just under 1 MB (or of `rounds` rounds): `parts` repeated, each part numbered so no
 * two files match.
 */
function megabyte(parts, tag, rounds = Infinity) {
  let out = '';
  for (let round = 0; round < rounds; round++) {
    for (const part of parts) {
      const next = `${part.trim()}\n\n(${tag} ${round})\n\n`;
      if (Buffer.byteLength(out) + Buffer.byteLength(next) > LIMIT - 64) return out;
      out += next;
    }
  }
  return out;
}

/** Write the texts the two benchmarks add, under `dir`. */
export function writeOwnTexts(root, dir) {
  mkdirSync(dir, { recursive: true });
  const read = (p) => readFileSync(join(root, p), 'utf8');
  const fixtures = readdirSync(join(root, 'crates/engine/tests/fixtures')).filter((f) => f.endsWith('.txt'));
  // The pair: the fixtures' French/English pairs (not the seeds, which the library already
  // holds and which would pair with a copy of themselves), in the same order on both sides.
  const aligned = fixtures.filter((f) => /^align_.*_fr\.txt$/.test(f)).sort();
  const side = (lang) => aligned.map((f) => read(`crates/engine/tests/fixtures/${f.replace(/_fr\.txt$/, `_${lang}.txt`)}`));
  // French is the longer: it sets the number of rounds, and English gets as many.
  const french = megabyte(side('fr'), 'partie');
  const rounds = (french.match(/\(partie \d+\)/g) ?? []).length / aligned.length;
  const pair = [
    ['pair_fr.txt', french],
    ['pair_en.txt', megabyte(side('en'), 'part', Math.floor(rounds))],
  ];
  // Ten files, five French and five English, each made of its own share of the stories at
  // hand (seeds and fixtures), as a reader's own articles on different affairs would be.
  const fixture = (f) => read(`crates/engine/tests/fixtures/${f}`);
  const frenchStories = [read('seeds/000_83485029acf59cfb.txt'), read('seeds/002_f5e50ea9a2381cfb.txt'),
    ...fixtures.filter((f) => /_fr\.txt$/.test(f) || f === 'entities_ru_ua.txt').map(fixture)];
  const englishStories = [read('seeds/003_e7624ea9e8843c03.txt'),
    ...fixtures.filter((f) => /_en\.txt$/.test(f) || f === 'entities_nk_kr.txt').map(fixture)];
  const share = (stories, k) => stories.filter((_, i) => i % 5 === k);
  const many = [];
  for (let i = 0; i < 10; i++) {
    const french = i % 2 === 0;
    const stories = share(french ? frenchStories : englishStories, Math.floor(i / 2));
    many.push([`own_${i}.txt`, megabyte(stories, `${french ? 'fichier' : 'file'} ${i}`)]);
  }
  for (const [name, text] of [...pair, ...many]) writeFileSync(join(dir, name), text);
  return {
    pair: pair.map(([n]) => join(dir, n)),
    many: many.map(([n]) => join(dir, n)),
    manyBytes: many.reduce((s, [, t]) => s + Buffer.byteLength(t), 0),
    pairBytes: pair.map(([, t]) => Buffer.byteLength(t)),
  };
}

/** A fresh page of the app that records long tasks (over 50 ms) from the start. */
async function appPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('input#add-files', { timeout: 30000 });
  return { page, context, errors };
}

/** Long tasks since `since` (ms, page clock): the longest and how many. */
async function longTasksSince(page, since) {
  const tasks = await page.evaluate((t) => window.__longTasks.filter((x) => x.start >= t), since);
  return { longest: tasks.reduce((m, t) => Math.max(m, t.ms), 0), count: tasks.length };
}

/**
 * 7. Ten 1 MB files chosen at once: until the library lists them, then until the translations
 * among them are paired (the worker aligns candidate pairs after listing the articles), the
 * longest task over both, and the values the progress bar showed.
 */
export async function ownTextFigure(report, browser, url, texts) {
  const { page, context, errors } = await appPage(browser, url);
  // The progress bar's values seen while the files are analysed, and then while their
  // translations are looked for (polled every 50 ms).
  await page.evaluate(() => {
    window.__progressSeen = new Set();
    window.__pairingSeen = new Set();
    window.__progressPoll = setInterval(() => {
      const bar = document.querySelector('progress[aria-label="Analysis progress"]');
      const listed = document.querySelectorAll('.cards.own article.article-card').length > 0;
      if (bar) (listed ? window.__pairingSeen : window.__progressSeen).add(bar.value);
    }, 50);
  });
  const start = await page.evaluate(() => performance.now());
  await page.setInputFiles('input#add-files', texts.many);
  await page.waitForFunction((n) => document.querySelectorAll('.cards.own article.article-card').length === n,
    texts.many.length, { timeout: 600000, polling: 50 });
  const listed = await page.evaluate(() => performance.now());
  const listedTasks = await longTasksSince(page, start);
  const pairingShown = await page.evaluate(() => /translations/i.test(
    document.querySelector('section.add-articles .notice-busy')?.textContent ?? ''));
  // Pairing is over when the form says what it found and no work is under way.
  await page.waitForFunction(() => !document.querySelector('section.add-articles .notice-busy')
    && [...document.querySelectorAll('section.add-articles .notice-info')].some((n) => /Translations looked for/.test(n.textContent)),
  null, { timeout: 900000, polling: 50 });
  const paired = await page.evaluate(() => performance.now());
  const tasks = await longTasksSince(page, start);
  const { progressSteps, pairingSteps, found, pairs } = await page.evaluate(() => {
    clearInterval(window.__progressPoll);
    const info = [...document.querySelectorAll('section.add-articles .notice-info')].map((n) => n.textContent);
    return {
      progressSteps: window.__progressSeen.size,
      pairingSteps: window.__pairingSeen.size,
      found: info.find((t) => /Translations looked for/.test(t)) ?? '',
      pairs: document.querySelectorAll('.cards.own a.open-pair').length,
    };
  });
  // A bar that moves shows at least two values.
  const sawProgress = progressSteps >= 2;
  const mb = texts.manyBytes / 1e6;
  report.figure('own_text_10mb_ms', listed - start, 'ms',
    `${mb.toFixed(1)} MB in ${texts.many.length} files chosen at once, until the library lists them (served app, the engine in its web worker; translations among them are paired after, see own_text_pairs_ms)`,
    '<= 10000 ms', listed - start <= 10000, '', 0);
  report.info('own_text_pairs_ms', paired - start, 'ms',
    `until the translations among them are paired (${pairs} pair links on their cards; "${found.trim().slice(0, 80)}"); a notice with a progress bar said so meanwhile: ${pairingShown}; ${pairingSteps} values`, 0);
  report.figure('own_text_longest_task_ms', tasks.longest, 'ms',
    `${tasks.count} long tasks (> 50 ms) on the page's thread until the pairs were shown (${listedTasks.count} until listed, longest ${listedTasks.longest.toFixed(0)} ms); analysis and alignment run in the worker`,
    '<= 50 ms', tasks.longest <= 50, '', 0);
  report.figure('own_text_progress_values', progressSteps, '',
    'distinct values the analysis progress bar showed while the files were analysed (polled every 50 ms)',
    '>= 2 (it moves)', sawProgress, '', 0);
  if (errors.length) report.info('own_text_page_errors', errors.length, '', errors.join('; ').slice(0, 200), 0);
  await context.close();
}

/** 6. A 1 MB pair: hover to counterpart lit (median of 15), and long tasks while scrolling. */
export async function hoverFigure(report, browser, url, texts) {
  const { page, context } = await appPage(browser, url);
  await page.setInputFiles('input#add-files', texts.pair);
  await page.waitForSelector('.cards.own a.open-pair', { timeout: 600000 });
  const t0 = await page.evaluate(() => performance.now());
  await page.locator('.cards.own a.open-pair').first().click();
  await page.waitForSelector('main#pair .align-row span.sentence', { timeout: 600000 });
  const opened = (await page.evaluate(() => performance.now())) - t0;
  const rows = await page.evaluate(() => document.querySelectorAll('section.side-a .align-row').length);
  // Point at French sentences spread through the text; time until their counterpart is lit.
  const times = await page.evaluate(async () => {
    const rows = [...document.querySelectorAll('section.side-a .align-row')]
      .filter((r) => r.querySelector('span.sentence')
        && document.querySelector(`section.side-b .align-row[data-row="${r.dataset.row}"] span.sentence`));
    const out = [];
    for (let i = 0; i < 15; i++) {
      const row = rows[Math.floor((i + 0.5) * rows.length / 15)];
      const sentence = row.querySelector('span.sentence');
      const lit = `section.side-b .align-row[data-row="${row.dataset.row}"] span.sentence.counterpart`;
      row.scrollIntoView({ block: 'center' });
      await new Promise((ok) => setTimeout(ok, 50));
      const start = performance.now();
      sentence.dispatchEvent(new MouseEvent('mouseenter'));
      while (!document.querySelector(lit)) await new Promise((ok) => setTimeout(ok, 0));
      out.push(performance.now() - start);
      sentence.dispatchEvent(new MouseEvent('mouseleave'));
      await new Promise((ok) => setTimeout(ok, 30));
    }
    return out.sort((a, b) => a - b);
  });
  const median = times[Math.floor(times.length / 2)];
  const scrollStart = await page.evaluate(() => performance.now());
  await page.evaluate(async () => {
    const step = window.innerHeight * 0.8;
    for (let y = 0; y < document.body.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((ok) => requestAnimationFrame(() => ok()));
    }
  });
  const scroll = await longTasksSince(page, scrollStart);
  const [fr, en] = texts.pairBytes.map((b) => (b / 1e6).toFixed(2));
  report.figure('pair_1mb_hover_ms', median, 'ms',
    `median of ${times.length} (max ${times[times.length - 1].toFixed(0)}); ${rows} aligned rows, ${fr} MB French | ${en} MB English; opening the pair took ${opened.toFixed(0)} ms`,
    '<= 16 ms (one frame)', median <= 16, '', 1);
  report.figure('pair_1mb_scroll_long_tasks', scroll.count, '',
    `longest ${scroll.longest.toFixed(0)} ms, scrolling the whole pair a screen per frame`,
    '0 long tasks', scroll.count === 0, '', 0);
  await context.close();
}
