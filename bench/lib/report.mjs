// The bench's figures: one line each on standard output, and a markdown table for RESULTS.md.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

/** The machine line of a run of `browser` on the build in `dist` of the checkout at `root`. */
export function machineOf(root, browser, dist) {
  return {
    nproc: cpus().length,
    model: cpus()[0]?.model ?? 'unknown',
    chromium: browser.version(),
    commit: execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(),
    dist: `${dist} built ${statSync(join(dist, 'index.html')).mtime.toISOString()}`,
  };
}

const show = (v, digits) => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : v.toFixed(digits));

export class Report {
  constructor() {
    this.rows = [];
    this.machine = null;
    this.date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  }

  /** A figure with a target: `pass` says whether the value meets it. */
  figure(name, value, unit, extra, target, pass, note = '', digits = 2) {
    this.rows.push({ name, value, unit, extra, target, result: value === null ? 'MISS' : pass ? 'PASS' : 'MISS', note, digits });
  }

  /** A figure reported for information, with no target. */
  info(name, value, unit, note = '', digits = 2) {
    this.rows.push({ name, value, unit, extra: '', target: null, result: 'INFO', note, digits });
  }

  /** One line per figure: `name value extra (target ...) PASS|MISS`. */
  print() {
    const m = this.machine ?? {};
    console.log(`machine nproc ${m.nproc} cpu "${m.model}" chromium ${m.chromium} commit ${m.commit}; ${m.dist}`);
    for (const r of this.rows) {
      const parts = [r.name, show(r.value, r.digits)];
      if (r.extra) parts.push(r.extra);
      parts.push(r.target ? `(target ${r.target}) ${r.result}` : `(${r.unit ? r.unit + ', ' : ''}${r.note || 'info'}) INFO`);
      console.log(parts.join(' '));
    }
    const pass = this.rows.filter((r) => r.result === 'PASS').length;
    const miss = this.rows.filter((r) => r.result === 'MISS').length;
    console.log(`bench: ${pass} PASS, ${miss} MISS`);
  }

  /** The results table, with the machine it ran on. */
  markdown() {
    const m = this.machine ?? {};
    const lines = [
      '# Parallax bench results',
      '',
      `Written by \`scripts/bench.sh\` on ${this.date}; every figure below comes from that one run.`,
      '',
      `Machine: ${m.nproc} CPUs (nproc), ${m.model}; Chromium ${m.chromium} (headless, Debian).`,
      `Code: commit ${m.commit} (plus any uncommitted changes); ${m.dist}.`,
      '',
      '| Figure | Value | Details | Target | Result |',
      '|---|---|---|---|---|',
    ];
    const cell = (s) => String(s ?? '').replace(/\|/g, '\\|');
    for (const r of this.rows) {
      const value = `${show(r.value, r.digits)}${r.unit ? ' ' + r.unit : ''}`;
      const details = [r.extra, r.note].filter(Boolean).join('; ');
      lines.push(`| \`${r.name}\` | ${cell(value)} | ${cell(details)} | ${cell(r.target ?? '')} | ${r.result} |`);
    }
    lines.push('', METHOD);
    return lines.join('\n') + '\n';
  }
}

const METHOD = `## Method

- **Throughput.** The three seed articles (two French, one English) are analysed in turn, round
  after round (\`analyze_article\`: parsing, sentences, entities, claims), until at least 10 MB
  (10^6 bytes of UTF-8) have been analysed, after one warm-up round. The same Rust function
  (\`crates/wasm-bench\`) runs natively (\`examples/native_throughput.rs\`, release profile) and as
  wasm (release profile, \`wasm-bindgen --target web\`) in headless Chromium, called from JavaScript
  per article, so the ratio measures the platform and the JS-to-wasm string passing, not a
  difference in work. The release profile is the one the site ships (\`opt-level = "z"\`, LTO);
  the same pair is also built in the bench profile (opt-level 3, no LTO) to show what size-first
  optimisation costs in speed. Native and wasm run in alternating chunks (five of 2 MB each) so
  that the load of the shared machine weighs on both alike.
- **First round.** In a fresh page, the first analysis of the three seeds (it builds the
  engine's lazy tables and runs baseline-compiled wasm) against the second: the engine's share of
  a reader's first view.
- **Peer.** compromise (npm, pinned in \`bench/package.json\`) in the same page on the English seed:
  \`nlp(text)\` then \`.people() .places() .organizations()\`. Entity F1 uses score.py's sets of
  (normalised text, type), on the English seed's gold, for the types both tools have: compromise
  people -> PERSON, organizations -> ORG, places -> LOC where the gold types that text LOC, else GPE
  (a trailing possessive is trimmed). Parallax's entities come from the same wasm build.
- **Sizes.** Each file of \`dist/\` gzipped at level 9; the served site is every file but the
  offline single file \`parallax.html\`, reported on its own. wasm-opt is npm binaryen's, when it
  installs; its result is kept under the wasm's sha256 in \`target/bench/\`, since it takes minutes.
- **First annotated paint.** A fresh browser context per navigation (cold caches); an init script
  notes \`performance.now()\` (ms since navigation start) when the first \`mark.entity\` enters the
  DOM (or, when none comes within half a second of it, the first \`article.article-card\`), and
  \`page.waitForFunction\` polls for it. Median of the runs after one warm-up navigation. The peer is
  \`bench/compromise-page/\`, which highlights the same three articles with compromise, measured in
  the same run; the target is issue 13's: at most 200 ms and at most a third of compromise's time.
  \`node bench/paint.mjs\` measures these four figures alone, and \`--trace\` shows where one
  navigation's time goes (\`bench/lib/trace.mjs\`).
- **A 1 MB pair.** A French and an English text of about 1 MB each, made of the fixtures'
  translation pairs repeated the same number of rounds (\`bench/lib/reader.mjs\`), are chosen in
  the served app's file input; once paired, the side-by-side view opens (200 rows a page). In the
  page, 15 French sentences spread over the page get a \`mouseenter\`; the figure is the time until
  the English counterpart carries \`.counterpart\` (median). Then the page is scrolled a screen per
  animation frame to the bottom while a \`longtask\` PerformanceObserver counts tasks over 50 ms.
- **10 MB of own text.** Ten files of about 1 MB (five French, five English, each made of its own
  share of the seeds and fixtures) are chosen at once in the served app's file input; the figure
  is the time until the library lists all ten, and the longest task meanwhile (same observer).
`;
