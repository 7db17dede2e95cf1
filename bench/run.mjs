// The browser half of scripts/bench.sh: every figure measured in one run of Debian's Chromium,
// printed one line per figure with its target, and written as a table to bench/RESULTS.md.
//
// Environment (set by scripts/bench.sh):
//   BENCH_WASM_DIR   wasm-bindgen --target web output of crates/wasm-bench (required)
//   BENCH_NATIVE_BIN the native example of crates/wasm-bench (same workload as the wasm page)
//   BENCH_WASM_OPT3_DIR, BENCH_NATIVE_OPT3_BIN  the same two built at opt-level 3 (optional)
//   BENCH_ENGINE     JSON: { mbS } of the engine's own throughput bench, or {} when absent
//   BENCH_MIN_BYTES  text analysed per throughput figure (default 10 MB)
//   BENCH_RUNS       navigations per first-paint figure (default 5; the median is reported)
//   BENCH_RESULTS    where to write the markdown table (default bench/RESULTS.md)
import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './lib/server.mjs';
import { launch, openSpeedPage, coldAndWarmRound, wasmThroughput, compromiseThroughput, entitiesInPage } from './lib/browser.mjs';
import { paints, seedTexts, stageCompromise } from './lib/paint.mjs';
import { counts, prf, goldEntities, compromiseEntities } from './lib/score.mjs';
import { siteSizes, withoutNames, wasmOptVersion, wasmOptSizes } from './lib/sizes.mjs';
import { hoverFigure, ownTextFigure, writeOwnTexts } from './lib/reader.mjs';
import { Report } from './lib/report.mjs';

const benchDir = resolve(fileURLToPath(new URL('.', import.meta.url)));
const root = resolve(benchDir, '..');
const dist = join(root, 'dist');
const goldDir = process.env.BENCH_GOLD ?? resolve(root, '..', 'shared', 'eval', 'gold');
const wasmDir = process.env.BENCH_WASM_DIR;
const nativeBin = process.env.BENCH_NATIVE_BIN;
const wasmOpt3Dir = process.env.BENCH_WASM_OPT3_DIR;
const nativeOpt3Bin = process.env.BENCH_NATIVE_OPT3_BIN;
const engineBench = JSON.parse(process.env.BENCH_ENGINE || '{}');
const minBytes = Number(process.env.BENCH_MIN_BYTES || 10_000_000);
const runs = Number(process.env.BENCH_RUNS || 5);
const resultsPath = process.env.BENCH_RESULTS ?? join(benchDir, 'RESULTS.md');
const CHUNKS = 5;
const ENGLISH = '003_e7624ea9e8843c03.txt';
const SHARED_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC'];
const t0 = Date.now();
const log = (s) => process.stderr.write(`bench: [${((Date.now() - t0) / 1000).toFixed(0)} s] ${s}\n`);

if (!wasmDir || !existsSync(join(wasmDir, 'parallax_wasm_bench.js'))) {
  console.error('bench: BENCH_WASM_DIR must hold the wasm-bindgen output of crates/wasm-bench');
  process.exit(2);
}

const seeds = seedTexts(root);
const english = seeds.find((s) => s.file === ENGLISH);

// The compromise page, staged with its script and the articles (file:// pages cannot fetch).
const stage = stageCompromise(root, seeds);

const hasDist = existsSync(join(dist, 'index.html'));
const server = await serve({
  '/wasm/': resolve(wasmDir), ...(wasmOpt3Dir ? { '/wasm-opt3/': resolve(wasmOpt3Dir) } : {}), '/cmp/': stage, '/speed/': join(benchDir, 'speed-page'),
  ...(hasDist ? { '/app/': dist } : {}),
});
const browser = await launch();
const report = new Report();
try {
  report.machine = {
    nproc: cpus().length,
    model: (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m) ?? [])[1] ?? 'unknown',
    chromium: browser.version(),
    commit: gitHead(),
    dist: hasDist ? `dist/ built ${statSync(join(dist, 'index.html')).mtime.toISOString().replace(/\.\d+Z$/, 'Z')}` : 'no dist/',
  };

  // 1-2. Engine throughput, native and wasm, in alternating chunks so that the load of the
  // (shared) machine weighs on all alike. The shipped build uses the release profile
  // (opt-level "z"); the opt-level 3 pair, when built, shows what that choice costs.
  log('engine throughput, native and wasm in Chromium (mixed French/English), alternating');
  const texts = seeds.map((s) => s.text);
  const speed = await openSpeedPage(browser, `${server.url}/speed/`);
  const firstRound = await coldAndWarmRound(speed.page, texts);
  const speed3 = wasmOpt3Dir ? await openSpeedPage(browser, `${server.url}/speed/?pkg=wasm-opt3`) : null;
  const runsOf = { native: zero(), wasm: zero(), native3: zero(), wasm3: zero() };
  const chunk = Math.ceil(minBytes / CHUNKS);
  for (let i = 0; i < CHUNKS; i++) {
    if (nativeBin) add(runsOf.native, runNative(nativeBin, chunk));
    add(runsOf.wasm, await wasmThroughput(speed.page, texts, chunk));
    if (nativeOpt3Bin) add(runsOf.native3, runNative(nativeOpt3Bin, chunk));
    if (speed3) add(runsOf.wasm3, await wasmThroughput(speed3.page, texts, chunk));
  }
  if (speed3) await speed3.context.close();
  const [nativeMbS, wasmMbS, native3MbS, wasm3MbS] = ['native', 'wasm', 'native3', 'wasm3'].map((k) => mbS(runsOf[k]));
  const ratio = nativeMbS && wasmMbS / nativeMbS;
  report.info('engine_native_mb_s', nativeMbS, 'MB/s', `same workload as the wasm figure, native, release profile (opt-level z, as shipped), ${(runsOf.native.bytes / 1e6).toFixed(1)} MB`);
  report.info('engine_native_opt3_mb_s', native3MbS, 'MB/s', 'the same, bench profile (opt-level 3, no LTO)');
  report.info('engine_throughput_native_mb_s', engineBench.mbS, 'MB/s', `the engine's own bench (cargo bench --bench throughput: bench profile, fastest of ten ~1 MB rounds)${engineBench.stages ? '; stages alone: ' + engineBench.stages : ''}`);
  report.figure('engine_wasm_mb_s', wasmMbS, 'MB/s', `ratio_to_native ${fmt(ratio)} (to native opt-level 3: ${fmt(native3MbS && wasmMbS / native3MbS)})`,
    '>= 0.5 of native', Boolean(ratio) && ratio >= 0.5,
    `${(runsOf.wasm.bytes / 1e6).toFixed(1)} MB of the three seeds in turn, in Chromium, the shipped profile against native of the same profile`);
  report.info('engine_wasm_first_round_ms', firstRound.cold, 'ms', `the three seeds' first analysis in a fresh page (lazy tables, baseline code); the second takes ${fmt(firstRound.warm, 1)} ms`, 1);
  if (speed3) {
    const ratio3 = native3MbS && wasm3MbS / native3MbS;
    report.figure('engine_wasm_opt3_mb_s', wasm3MbS, 'MB/s', `ratio_to_native_opt3 ${fmt(ratio3)}`, '>= 0.5 of native', Boolean(ratio3) && ratio3 >= 0.5,
      'the same pair in the bench profile (opt-level 3, no LTO; not what the site ships)');
  }

  // 3. The peer: compromise, in the same page, on the English article (alternating too).
  log('engine vs compromise on the English article');
  const wasmEnRun = { bytes: 0, secs: 0 };
  const cmpEnRun = { bytes: 0, secs: 0 };
  for (let i = 0; i < 3; i++) {
    add(wasmEnRun, await wasmThroughput(speed.page, [english.text], Math.ceil(Math.min(minBytes, 3_000_000) / 3)));
    add(cmpEnRun, await compromiseThroughput(speed.page, english.text, 0.7));
  }
  const wasmEnMbS = wasmEnRun.bytes / 1e6 / wasmEnRun.secs;
  const cmpEnMbS = cmpEnRun.bytes / 1e6 / cmpEnRun.secs;
  const speedRatio = wasmEnMbS / cmpEnMbS;
  report.figure('speed_ratio_vs_compromise', speedRatio, 'x',
    `parallax_wasm_en_mb_s ${fmt(wasmEnMbS)} compromise_en_mb_s ${fmt(cmpEnMbS, 3)}`, '>= 20x', speedRatio >= 20,
    'English seed, in the same page: the full engine vs compromise people/places/organizations', 1);
  const found = await entitiesInPage(speed.page, seeds.map((s) => s.text));
  if (speed.errors.length) log(`page errors: ${speed.errors.join('; ')}`);
  await speed.context.close();
  scoreEntities(report, found);

  // 4. Transfer sizes.
  log('transfer sizes');
  sizes(report);

  // 5. Navigation to first annotated paint, the app and the compromise page side by side.
  log(`first annotated paint (${runs} navigations each, median)`);
  await paints(report, browser, { appUrl: `${server.url}/app/`, cmpUrl: `${server.url}/cmp/`, dist, stage, runs });

  // 6-7. The reader with the reader's own text: a 1 MB pair, then 10 MB at once.
  if (hasDist && process.env.BENCH_READER !== '0') {
    const own = writeOwnTexts(root, join(root, 'target', 'bench', 'own'));
    log('a 1 MB pair: hover and scroll');
    await hoverFigure(report, browser, `${server.url}/app/`, own);
    log('10 MB of own text');
    await ownTextFigure(report, browser, `${server.url}/app/`, own);
  }
} finally {
  await browser.close();
  await server.close();
}
report.print();
writeFileSync(resultsPath, report.markdown());
log(`wrote ${resultsPath}`);

function gitHead() {
  try {
    return execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function add(total, run) {
  total.bytes += run.bytes;
  total.secs += run.secs;
}

function zero() {
  return { bytes: 0, secs: 0 };
}

function mbS(run) {
  return run.secs ? run.bytes / 1e6 / run.secs : null;
}

/** One chunk of the native example: the same loop as the wasm page, `bytes` of text. */
function runNative(bin, bytes) {
  const out = execFileSync(bin, [String(bytes), ...seeds.map((s) => join(root, 'seeds', s.file))], { encoding: 'utf8' });
  const [, mbS, , n, , secs] = out.trim().split(/\s+/);
  return { mbS: Number(mbS), bytes: Number(n), secs: Number(secs) };
}

function fmt(v, digits = 2) {
  return v === null || v === undefined || Number.isNaN(v) ? 'n/a' : v.toFixed(digits);
}

function scoreEntities(report, found) {
  const en = seeds.findIndex((s) => s.file === ENGLISH);
  const goldEn = goldEntities(goldDir, ENGLISH);
  if (!goldEn) {
    report.info('entity_f1', null, '', `no gold in ${goldDir}`);
    return;
  }
  const pxEn = prf([counts(found[en].parallax, goldEn, SHARED_TYPES)]);
  const cmpEn = prf([counts(compromiseEntities(found[en].compromise, goldEn), goldEn, SHARED_TYPES)]);
  report.figure('entity_f1_en_person_org_place', pxEn.f1, '', `compromise ${fmt(cmpEn.f1, 3)} (parallax p ${fmt(pxEn.p)} r ${fmt(pxEn.r)}; compromise p ${fmt(cmpEn.p)} r ${fmt(cmpEn.r)})`,
    '> compromise', pxEn.f1 > cmpEn.f1, 'English seed, types both tools know (PERSON, ORG, GPE/LOC)', 3);
  const all = seeds.map((s, i) => {
    const gold = goldEntities(goldDir, s.file);
    return gold ? counts(found[i].parallax, gold) : null;
  }).filter(Boolean);
  const px = prf(all);
  report.info('parallax_entity_f1_all_seeds', px.f1, '', `all types, ${all.length} seeds, engine's wasm output (as score.py's entity_f1)`, 3);
}

function sizes(report) {
  const site = siteSizes(dist);
  if (!site) {
    report.figure('first_view_gzip_kb', null, 'KB', 'dist/ not built', '<= 200 KB', false);
    return;
  }
  const kb = (b) => b / 1000;
  const parts = ['wasm', 'js', 'css', 'html', 'other'].map((k) => `${k} ${fmt(kb(site.gzip[k]), 1)}`).join(' ');
  report.figure('first_view_gzip_kb', kb(site.total), 'KB', parts, '<= 200 KB', kb(site.total) <= 200,
    'dist/ without parallax.html and the worker (the app\'s wasm holds the bundled analysis), gzip -9 per file, KB = 1000 bytes', 1);
  report.info('worker_gzip_kb', kb(site.worker.gzip), 'KB', `the engine's web worker, loaded after the first paint: its wasm ${fmt(kb(site.worker.wasmGzip), 1)} KB gzip (${fmt(kb(site.worker.wasmRaw), 1)} KB raw), glue and loader the rest`, 1);
  if (site.offline) report.info('offline_file_gzip_kb', kb(site.offline.gzip), 'KB', `dist/parallax.html, ${fmt(kb(site.offline.raw), 1)} KB raw`, 1);
  if (site.wasmFile) {
    const bare = withoutNames(site.wasmFile);
    report.info('wasm_without_names_gzip_kb', kb(bare.gzip), 'KB', `the served wasm without its "name" section (debug names): ${fmt(kb(bare.raw), 1)} KB raw; site would be ${fmt(kb(site.total - site.gzip.wasm + bare.gzip), 1)} KB`, 1);
  }
  const opt = wasmOptVersion(benchDir);
  if (!opt) {
    report.info('wasm_opt', null, '', 'not available (npm binaryen in bench/node_modules): skipped');
  } else if (site.wasmFile) {
    const out = wasmOptSizes(opt.bin, site.wasmFile, join(root, 'target', 'bench', 'wasm-opt-cache'));
    if (out.error) report.info('wasm_opt_oz_gzip_kb', null, 'KB', `${opt.version} failed: ${out.error}`);
    else report.info('wasm_opt_oz_gzip_kb', kb(out.gzip), 'KB', `${opt.version}${out.cached ? ' (result kept from an earlier run on this very wasm, by sha256)' : ''}: wasm ${fmt(kb(site.raw.wasm), 1)} -> ${fmt(kb(out.raw), 1)} KB raw, gzip ${fmt(kb(site.gzip.wasm), 1)} -> ${fmt(kb(out.gzip), 1)} KB; site would be ${fmt(kb(site.total - site.gzip.wasm + out.gzip), 1)} KB`, 1);
  }
}
