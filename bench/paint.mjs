// The four first-paint figures of scripts/bench.sh alone (5. navigation to first annotated
// paint, the app and compromise's page in the same run), measured by the same functions.
//   node bench/paint.mjs [served] [pair] [file] [pair-file]   (default: all four)
//   node bench/paint.mjs --trace [served|pair|file|pair-file]   one traced cold navigation each
//     (default: the pair, served and from file://): where its time goes (network, the main
//     thread's tasks, wasm compilation, CPU samples); BENCH_WASM_NAMES, a JSON object of the app
//     wasm's function names by index (bench/wasm_names.py), names its frames
// After scripts/build.sh: the dist/ of this checkout, or the one BENCH_DIST names.
//   BENCH_DIST_B=another/dist node bench/paint.mjs [...]   A/B: each figure's navigations to
//     the two builds in turn (and compromise's page among them), medians side by side
// BENCH_RUNS navigations per figure (default 9; the median is reported, with min and max).
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';
import { alternatePaints, paints, stageCompromise, tracedPaint, PAIR } from './lib/paint.mjs';
import { breakdown, setWasmNames } from './lib/trace.mjs';
import { machineOf, Report } from './lib/report.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const trace = args.includes('--trace');
const which = args.filter((a) => !a.startsWith('--'));
const names = { served: 'first_paint_served_ms', pair: 'first_paint_pair_served_ms', file: 'first_paint_file_ms', 'pair-file': 'first_paint_pair_file_ms' };
const runs = Number(process.env.BENCH_RUNS || 9);
const dist = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(root, 'dist');
const stage = stageCompromise(root);
const server = await serve({ '/app/': dist, '/cmp/': stage });
const browser = await launch();
const report = new Report();
report.machine = machineOf(root, browser, dist);
report.machine.dist += `; load ${loadavg().map((l) => l.toFixed(2)).join(' ')} at start`;
if (process.env.BENCH_WASM_NAMES) {
  const wasmNames = JSON.parse(readFileSync(process.env.BENCH_WASM_NAMES, 'utf8'));
  for (const k of Object.keys(wasmNames)) wasmNames[k] = wasmNames[k].replace(/\[[0-9a-f]{16}\]/g, '');
  setWasmNames(wasmNames);
}
try {
  if (trace) {
    const urls = {
      pair: `${server.url}/app/${PAIR}`,
      'pair-file': pathToFileURL(join(dist, 'parallax.html')).href + PAIR,
      served: `${server.url}/app/`,
      file: pathToFileURL(join(dist, 'parallax.html')).href,
    };
    for (const kind of which.length ? which : ['pair', 'pair-file']) {
      await tracedPaint(browser, urls[kind]); // warm-up, as the figures have
      const { seen, events } = await tracedPaint(browser, urls[kind]);
      console.log(`\n== ${kind}: ${urls[kind]}`);
      console.log(breakdown(events, seen, urls[kind]));
    }
  } else if (process.env.BENCH_DIST_B) {
    const distB = resolve(process.env.BENCH_DIST_B);
    const serverB = await serve({ '/app/': distB });
    const url = (base, d, kind) => ({
      served: `${base}/app/`, pair: `${base}/app/${PAIR}`,
      file: pathToFileURL(join(d, 'parallax.html')).href, 'pair-file': pathToFileURL(join(d, 'parallax.html')).href + PAIR,
    })[kind];
    const cmp = { served: `${server.url}/cmp/`, file: pathToFileURL(join(stage, 'index.html')).href };
    console.log(`A ${dist}\nB ${distB}`);
    for (const kind of which.length ? which : Object.keys(names)) {
      const peer = kind.includes('file') ? cmp.file : cmp.served;
      const [a, b, c] = await alternatePaints(browser, [url(server.url, dist, kind), url(serverB.url, distB, kind), peer], runs);
      const show = (r) => `${r.ms.toFixed(0)} (${r.min.toFixed(0)}-${r.max.toFixed(0)})`;
      console.log(`${names[kind]} A ${show(a)} B ${show(b)} compromise ${show(c)}; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    }
    await serverB.close();
  } else {
    await paints(report, browser, {
      appUrl: `${server.url}/app/`, cmpUrl: `${server.url}/cmp/`, dist, stage, runs,
      only: which.length ? which.map((w) => names[w]) : null,
    });
  }
} finally {
  await browser.close();
  await server.close();
}
if (!trace && !process.env.BENCH_DIST_B) {
  report.machine.dist += `; load ${loadavg().map((l) => l.toFixed(2)).join(' ')} at end`;
  report.print();
}
