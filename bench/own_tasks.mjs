// Long main-thread tasks while the page reads the worker's result for the bench's own texts.
// node bench/own_tasks.mjs [pair]   (after trunk build --release: dist/ of this checkout, or
// the dist/ named by BENCH_DIST, for A/B runs of two builds back to back)
const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const { launch } = await import(root + '/tests/e2e/harness.mjs');
const { serve } = await import(root + '/bench/lib/server.mjs');
const { writeOwnTexts } = await import(root + '/bench/lib/reader.mjs');
const own = writeOwnTexts(root, root + '/target/bench/own');
const dist = process.env.BENCH_DIST ? new URL(process.env.BENCH_DIST, 'file://' + process.cwd() + '/').pathname : root + '/dist';
const served = await serve({ '/app/': dist });
const server = { url: served.url + '/app/', close: () => served.close() };
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.addInitScript(() => {
  window.__longTasks = [];
  window.__msgs = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) }); })
    .observe({ type: 'longtask', buffered: true });
  const Base = window.Worker;
  window.Worker = class extends Base { constructor(...a) { super(...a); this.addEventListener('message', (e) => {
    // Result messages are bytes starting with their Reply variant's index (crates/worker):
    // 3 article (a part of one), 4 aligned (a part of an alignment), 5 linked, 8 views (a
    // part of the views' long lists).
    const kinds = { 3: 'article', 4: 'aligned', 5: 'linked', 8: 'views' };
    if (e.data instanceof Uint8Array && kinds[e.data[0]])
      window.__msgs.push({ at: Math.round(performance.now()), kind: kinds[e.data[0]], len: e.data.length });
  }); } };
});
const page = await context.newPage();
await page.goto(server.url);
await page.waitForSelector('input#add-files');
const start = await page.evaluate(() => performance.now());
const pair = process.argv[2] === 'pair';
await page.setInputFiles('input#add-files', pair ? own.pair : own.many);
const n = pair ? 2 : own.many.length;
await page.waitForFunction((n) => document.querySelectorAll('.cards.own article.article-card').length === n, n, { timeout: 900000, polling: 50 });
const end = await page.evaluate(() => performance.now());
const info = await page.evaluate(() => ({ tasks: window.__longTasks, msgs: window.__msgs }));
const first = info.msgs.length ? info.msgs[0].at : Infinity;
const after = info.tasks.filter((t) => t.start + t.ms >= first);
console.log('files chosen at', Math.round(start), 'total ms', Math.round(end - start), 'first result message at', first);
console.log('longest task after the files were chosen:', Math.max(0, ...info.tasks.filter((t) => t.start + t.ms >= start).map((t) => t.ms)), 'ms');
console.log('messages', JSON.stringify(info.msgs));
console.log('long tasks', JSON.stringify(info.tasks));
console.log('longest task after the first result message:', Math.max(0, ...after.map((t) => t.ms)), 'ms');
await browser.close(); await server.close();
