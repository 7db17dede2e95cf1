// Debian's Chromium driven by playwright-core: the measuring loops of the speed page and the
// navigation-to-first-annotated-paint timing.
import { chromium } from 'playwright-core';

/** Debian's Chromium, headless, with no background traffic (the flags the e2e tests use). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/** Open the speed page (engine wasm + compromise) and wait until the wasm module is ready. */
export async function openSpeedPage(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="yes"]', { timeout: 30000 });
  return { page, context, errors };
}

/**
 * Parallax (wasm) throughput in the page: the articles analysed in turn, round after round,
 * until `minBytes` of UTF-8 text are done, after one warm-up round (the native example does
 * the same). Returns { mbS, bytes, secs }.
 */
export function wasmThroughput(page, texts, minBytes) {
  return page.evaluate(({ texts, minBytes }) => {
    const sizes = texts.map((t) => new TextEncoder().encode(t).length);
    let checksum = 0;
    for (const t of texts) checksum += window.engine.analyze_len(t);
    const start = performance.now();
    let bytes = 0;
    while (bytes < minBytes) {
      for (let i = 0; i < texts.length; i++) {
        checksum += window.engine.analyze_len(texts[i]);
        bytes += sizes[i];
      }
    }
    const secs = (performance.now() - start) / 1000;
    return { mbS: bytes / 1e6 / secs, bytes, secs, checksum };
  }, { texts, minBytes });
}

/**
 * The first analysis of `texts` in a fresh page (lazy tables built, baseline-compiled code)
 * and the second, in ms: what a reader's first view pays before any rendering.
 */
export function coldAndWarmRound(page, texts) {
  return page.evaluate((texts) => {
    const round = () => {
      const start = performance.now();
      for (const t of texts) window.engine.analyze_len(t);
      return performance.now() - start;
    };
    const cold = round();
    return { cold, warm: round() };
  }, texts);
}

/**
 * compromise throughput in the page on `text`: parse, then list people, places and
 * organisations, repeated for at least `minSecs` (and 3 rounds) after one warm-up round.
 */
export function compromiseThroughput(page, text, minSecs) {
  return page.evaluate(({ text, minSecs }) => {
    const size = new TextEncoder().encode(text).length;
    const once = () => {
      const doc = window.nlp(text);
      return doc.people().out('array').length + doc.places().out('array').length
        + doc.organizations().out('array').length;
    };
    let checksum = once();
    const start = performance.now();
    let rounds = 0;
    while (rounds < 3 || performance.now() - start < minSecs * 1000) {
      checksum += once();
      rounds++;
    }
    const secs = (performance.now() - start) / 1000;
    return { mbS: (size * rounds) / 1e6 / secs, bytes: size * rounds, secs, checksum };
  }, { text, minSecs });
}

/** The entities of each text by the engine's wasm build, and by compromise (lists of strings). */
export function entitiesInPage(page, texts) {
  return page.evaluate((texts) => texts.map((t) => {
    const doc = window.nlp(t);
    return {
      parallax: JSON.parse(window.engine.entities_json(t)),
      compromise: {
        people: doc.people().out('array'),
        places: doc.places().out('array'),
        organizations: doc.organizations().out('array'),
      },
    };
  }), texts);
}

// Installed before any page script: notes performance.now() (ms since navigation start) when
// the first `mark.entity` and the first `article.article-card` enter the DOM.
export const WATCH = () => {
  const seen = { mark: null, card: null };
  window.__firstPaint = seen;
  const check = () => {
    const t = performance.now();
    if (seen.mark === null && document.querySelector('mark.entity')) seen.mark = t;
    if (seen.card === null && document.querySelector('article.article-card')) seen.card = t;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
};

/**
 * Navigation to first annotated paint of `url` in a fresh context (cold caches): ms from
 * navigation start to the first `mark.entity`, or, when none comes within `graceMs` of the
 * first `article.article-card`, to that card. Returns { ms, what }.
 */
export async function firstPaint(browser, url, graceMs = 500) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__firstPaint && (window.__firstPaint.mark ?? window.__firstPaint.card),
      null, { polling: 'raf', timeout: 30000 });
    let seen = await page.evaluate(() => window.__firstPaint);
    if (seen.mark === null) {
      await page.waitForFunction(() => window.__firstPaint.mark !== null, null, { polling: 'raf', timeout: graceMs })
        .catch(() => {});
      seen = await page.evaluate(() => window.__firstPaint);
    }
    return seen.mark !== null ? { ms: seen.mark, what: 'mark.entity' } : { ms: seen.card, what: 'article.article-card' };
  } finally {
    await context.close();
  }
}
