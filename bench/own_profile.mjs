// Which code the page's long tasks run while ten 1 MB own files are analysed and paired: a CPU
// profile of the page's thread (Chrome DevTools Protocol, 200 µs sampling), cut into busy
// stretches (no idle sample between), each with the app's frames in it, longest first in time
// order. The profiler slows the page (its tasks read ~1.5x longer): it names tasks, the bench
// (bench/reader.mjs own) times them.
//   node bench/own_profile.mjs [DIST] [MIN_MS]   (DIST: a dist/ whose app wasm has its names:
//   wasm-bindgen --keep-debug of target/wasm32-unknown-unknown/app/parallax-app.wasm in place
//   of dist/'s, index.html's integrity attributes removed; default dist/, whose frames are
//   then wasm-function[N])
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { writeOwnTexts } from './lib/reader.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const minMs = Number(process.argv[3] ?? 40);
const own = writeOwnTexts(root, join(root, 'target', 'bench', 'own'));
const server = await serve({ '/app/': dist });
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(`${server.url}/app/`);
await page.waitForSelector('input#add-files');
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const start = Date.now();
await page.setInputFiles('input#add-files', own.many);
await page.waitForFunction((n) => document.querySelectorAll('.cards.own article.article-card').length === n,
  own.many.length, { timeout: 900000, polling: 50 });
const listed = Date.now() - start;
await page.waitForFunction(() => !document.querySelector('section.add-articles .notice-busy')
  && [...document.querySelectorAll('section.add-articles .notice-info')].some((n) => /Translations looked for/.test(n.textContent)),
null, { timeout: 900000, polling: 50 });
const paired = Date.now() - start;
await page.waitForTimeout(3000);
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
await server.close();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => (n.callFrame.functionName || '(anonymous)').replace(/::h[0-9a-f]{16}$/, '');
const stretches = [];
let t = profile.startTime;
let current = null;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i];
  const id = profile.samples[i];
  if (name(byId.get(id)) === '(idle)') { if (current) stretches.push(current); current = null; continue; }
  current ??= { from: t, to: t, samples: [] };
  current.to = t;
  current.samples.push([id, profile.timeDeltas[i] / 1000]);
}
if (current) stretches.push(current);
console.log(`listed at ${listed} ms, paired at ${paired} ms (wall clock, profiled); busy stretches over ${minMs} ms:`);
for (const s of stretches) {
  const ms = (s.to - s.from) / 1000;
  if (ms < minMs) continue;
  const inclusive = new Map();
  for (const [id, dt] of s.samples) {
    const seen = new Set();
    for (let c = id; c !== undefined; c = parent.get(c)) {
      const frame = name(byId.get(c));
      if (!seen.has(frame)) { seen.add(frame); inclusive.set(frame, (inclusive.get(frame) ?? 0) + dt); }
    }
  }
  const frames = [...inclusive].filter(([f]) => /parallax|drop_in_place<parallax|run_scheduler/.test(f))
    .sort((a, b) => b[1] - a[1]).slice(0, 10);
  console.log(`${Math.round((s.from - profile.startTime) / 1000)} ms: ${Math.round(ms)} ms busy`
    + frames.map(([f, v]) => `\n    ${v.toFixed(0).padStart(4)} ms ${f.slice(0, 150)}`).join(''));
}
