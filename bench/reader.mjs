// The reader's figures of scripts/bench.sh alone (6. the 1 MB pair's hover and scroll, 7. ten
// 1 MB files), measured the same way by the same functions, without the engine and paint parts.
// node bench/reader.mjs [pair] [own]   (after trunk build --release: dist/ of this checkout, or
// the dist/ named by BENCH_DIST, for A/B runs of two builds back to back)
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { hoverFigure, ownTextFigure, writeOwnTexts } from './lib/reader.mjs';
import { machineOf, Report } from './lib/report.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const which = process.argv.slice(2);
const all = which.length === 0;
const dist = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(root, 'dist');
const server = await serve({ '/app/': dist });
const browser = await launch();
const report = new Report();
report.machine = machineOf(root, browser, dist);
try {
  const own = writeOwnTexts(root, join(root, 'target', 'bench', 'own'));
  if (all || which.includes('pair')) await hoverFigure(report, browser, `${server.url}/app/`, own);
  if (all || which.includes('own')) await ownTextFigure(report, browser, `${server.url}/app/`, own);
} finally {
  await browser.close();
  await server.close();
}
report.print();
