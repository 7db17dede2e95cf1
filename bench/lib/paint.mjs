// Navigation to first annotated paint, the app and the compromise page side by side: the four
// first_paint figures of scripts/bench.sh (bench/run.mjs) and bench/paint.mjs, and the trace
// bench/paint.mjs --trace reads the pair view's time from.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { firstPaint, WATCH } from './browser.mjs';

/** The pair of the bundled articles, as a deep link (the pair view's figures). */
export const PAIR = '#/pair/000_83485029acf59cfb/003_e7624ea9e8843c03';

/** Issue 13's target: at most a third of compromise's time, and at most 200 ms. */
export const PAINT_TARGET = '<= 200 ms and <= 1/3 of compromise';

/** Whether `ms` meets the target, against compromise's `peerMs` in the same run. */
export function paintPasses(ms, peerMs) {
  return ms <= 200 && ms * 3 <= peerMs;
}

/** The bundled articles, `{ file, text }` in file-name order. */
export function seedTexts(root) {
  return readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort()
    .map((file) => ({ file, text: readFileSync(join(root, 'seeds', file), 'utf8') }));
}

/**
 * The compromise page, staged in target/bench/compromise-page with its script and the
 * articles (file:// pages cannot fetch). Returns its folder.
 */
export function stageCompromise(root, seeds = seedTexts(root)) {
  const benchDir = join(root, 'bench');
  const stage = join(root, 'target', 'bench', 'compromise-page');
  mkdirSync(stage, { recursive: true });
  for (const f of ['index.html', 'page.js']) copyFileSync(join(benchDir, 'compromise-page', f), join(stage, f));
  copyFileSync(join(benchDir, 'node_modules', 'compromise', 'builds', 'compromise.js'), join(stage, 'compromise.js'));
  writeFileSync(join(stage, 'articles.js'), `window.ARTICLES = ${JSON.stringify(seeds)};\n`);
  return stage;
}

/** `runs` navigations to `url` after one warm-up: { ms (median), min, max, all, what }. */
export async function medianPaint(browser, url, runs) {
  await firstPaint(browser, url); // warm-up: the browser's first navigation pays for process start-up
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await firstPaint(browser, url));
  const sorted = all.map((r) => r.ms).sort((a, b) => a - b);
  return { ms: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1), all: all.map((r) => r.ms), what: all[0].what };
}

/**
 * The four first_paint figures into `report`: the app served (`appUrl`, the library and the
 * pair) and from file:// (`dist`/parallax.html), each against compromise's page served
 * (`cmpUrl`) or from file:// (`stage`), measured in this same run.
 */
export async function paints(report, browser, { appUrl, cmpUrl, dist, stage, runs, only = null }) {
  const fmt = (v) => (v === null || v === undefined ? 'n/a' : v.toFixed(0));
  const single = join(dist, 'parallax.html');
  const rows = [
    ['first_paint_served_ms', appUrl, 'served', 'served, library at /'],
    ['first_paint_pair_served_ms', `${appUrl}${PAIR}`, 'served', 'served, side-by-side pair (deep link)'],
    ['first_paint_file_ms', pathToFileURL(single).href, 'file', 'file:// dist/parallax.html, library'],
    ['first_paint_pair_file_ms', pathToFileURL(single).href + PAIR, 'file', 'file:// dist/parallax.html, pair'],
  ].filter(([name]) => !only || only.includes(name));
  const peers = {};
  const peer = async (how) => {
    peers[how] ??= await medianPaint(browser, how === 'served' ? cmpUrl : pathToFileURL(join(stage, 'index.html')).href, runs);
    return peers[how];
  };
  const hasDist = existsSync(join(dist, 'index.html'));
  for (const [name, url, how, what] of rows) {
    if (!hasDist || (how === 'file' && !existsSync(single))) {
      report.figure(name, null, 'ms', 'dist/ not built', PAINT_TARGET, false);
      continue;
    }
    const cmp = await peer(how);
    const app = await medianPaint(browser, url, runs);
    report.figure(name, app.ms, 'ms',
      `compromise ${fmt(cmp.ms)} (app min ${fmt(app.min)} max ${fmt(app.max)} until ${app.what}; compromise min ${fmt(cmp.min)} max ${fmt(cmp.max)} until ${cmp.what})`,
      PAINT_TARGET, paintPasses(app.ms, cmp.ms), `${what}, median of ${runs} cold navigations`, 0);
  }
}

/**
 * Two builds side by side on the machine's load of the moment: `runs` navigations to each
 * URL of `urls` (one per build) in turn, after a warm-up of each; { ms, min, max, all } per URL.
 */
export async function alternatePaints(browser, urls, runs) {
  for (const url of urls) await firstPaint(browser, url);
  const all = urls.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < urls.length; k++) all[k].push((await firstPaint(browser, urls[k])).ms);
  }
  return all.map((ms) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return { ms: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1), all: ms };
  });
}

/**
 * One cold navigation to `url` under a Chromium trace (main thread, network, V8 and wasm
 * compilation, layout and paint): returns the first annotated paint (`WATCH`) and the
 * trace's events, for `breakdown`.
 */
export async function tracedPaint(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH);
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'v8.wasm',
        'disabled-by-default-v8.wasm.detailed', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'loading', 'netlog', 'toplevel', 'blink'],
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__firstPaint && window.__firstPaint.mark !== null, null, { polling: 'raf', timeout: 30000 });
    await page.waitForTimeout(300); // the paint after the marks
    const seen = await page.evaluate(() => ({ ...window.__firstPaint, origin: performance.timeOrigin }));
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    return { seen, events: trace.traceEvents ?? trace };
  } finally {
    await context.close();
  }
}
