// Shared steps of the end-to-end tests: a static server for dist/, Debian's Chromium, and
// the expectations every delivery mode must meet.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const dist = join(root, 'dist');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json',
};

/** Serve dist/ on a free loopback port, under `prefix` (e.g. "/parallax/" as on GitHub Pages). */
export async function serveDist(prefix = '/') {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) { res.writeHead(404); res.end('not under ' + prefix); return; }
    let file = normalize(join(dist, path.slice(prefix.length)));
    if (!file.startsWith(dist)) { res.writeHead(403); res.end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404); res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

/** Debian's Chromium, headless, with no background traffic. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/**
 * Open `url` in a fresh page. `errors` collects page errors and every Content-Security-Policy
 * violation (the pages carry a strict CSP with Trusted Types: an HTML-string sink would show here).
 */
export async function open(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  watch(page, errors);
  await page.goto(url);
  return { page, context, errors };
}

/** Report page errors and CSP violations of `page` into `errors`. */
export function watch(page, errors) {
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy|Trusted Type/i.test(m.text())) errors.push(m.text());
  });
}

/** The opening words of the three bundled articles' headlines (or first sentence). */
export const headlines = [
  'Les commentaires de Pékin interviennent',
  'Cyberattaques : Le Japon condamne fermement la Chine',
  'The Chinese Foreign Ministry has accused',
];

/** A wasm module whose one function traps: (module (func (export "trap") unreachable)). */
export const TRAP = [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 8, 1, 4, 116, 114, 97, 112,
  0, 0, 10, 5, 1, 3, 0, 0, 11];

/** In the page: a wasm trap thrown from a timer (`how` = "event") or a promise ("promise"). */
export function trapIn([how, bytes]) {
  const trap = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(bytes))).exports.trap;
  if (how === 'promise') Promise.resolve().then(trap);
  else setTimeout(trap);
}
