// Reading a Chromium trace of one navigation (bench/lib/paint.mjs `tracedPaint`): where the
// time to the first annotated paint goes, in ms since navigation start.

/** Names of the app wasm's functions by index (`setWasmNames`), else wasm-function[N]. */
let wasmNames = null;

/** The app wasm's function names, by index (a wasm-opt -g build of the same wasm: bench/paint.mjs). */
export function setWasmNames(names) {
  wasmNames = names;
}

function frameName(frame) {
  const fn = frame.functionName || '(anonymous)';
  const index = /^wasm-function\[(\d+)\]$/.exec(fn);
  if (index && wasmNames && !frame.url?.includes('worker') && wasmNames[index[1]]) return `${wasmNames[index[1]]} [${index[1]}]`;
  const url = frame.url ? ' ' + short(frame.url).replace(/.*\//, '') : '';
  return fn + url;
}

/** A text report of `events` (trace events of a navigation to `url`) up to `seen.mark` (+ the paint after it). */
export function breakdown(events, seen, url) {
  const renderer = rendererMain(events, url);
  if (!renderer) return 'no renderer main thread in the trace';
  // The page's own navigation start (the renderer may have started one for about:blank before).
  const page = url.replace(/#.*/, '');
  const starts = events.filter((e) => e.name === 'navigationStart' && e.pid === renderer.pid);
  const navStart = (starts.find((e) => JSON.stringify(e.args ?? {}).includes(page)) ?? starts[0])?.ts
    ?? Math.min(...events.filter((e) => e.pid === renderer.pid && e.ts > 0).map((e) => e.ts));
  const ms = (ts) => (ts - navStart) / 1000;
  const until = seen.mark + 150;
  const lines = [`first mark.entity at ${seen.mark.toFixed(1)} ms (performance.now()); trace from navigationStart`];

  // Network: each resource's request, response and end.
  const net = new Map();
  for (const e of events) {
    const d = e.args?.data;
    if (!d?.requestId) continue;
    const r = net.get(d.requestId) ?? {};
    if (e.name === 'ResourceSendRequest') Object.assign(r, { url: d.url, send: ms(e.ts) });
    if (e.name === 'ResourceReceiveResponse') r.response = ms(e.ts);
    if (e.name === 'ResourceFinish') Object.assign(r, { finish: ms(e.ts), bytes: d.encodedDataLength });
    net.set(d.requestId, r);
  }
  lines.push('network:');
  for (const r of net.values()) {
    if (!r.url || r.url.startsWith('chrome')) continue;
    lines.push(`  ${f(r.send)} -> ${f(r.response)} -> ${f(r.finish)}  ${short(r.url)}${r.bytes ? ` (${r.bytes} B)` : ''}`);
  }

  // The main thread's events by nesting: top level (tasks) and the two levels inside, over 1 ms.
  const main = events.filter((e) => e.pid === renderer.pid && e.tid === renderer.tid && e.ph === 'X' && ms(e.ts) <= until)
    .sort((x, y) => x.ts - y.ts || y.dur - x.dur);
  lines.push('main thread (events over 1 ms, three levels deep; wasm lazy compilation summed per task):');
  const open = [];
  let lazy = null;
  for (const e of main) {
    while (open.length && open.at(-1).ts + open.at(-1).dur <= e.ts) open.pop();
    const depth = open.length;
    open.push(e);
    if (depth === 0) {
      if (lazy && lazy.ms >= 1) lines.push(`      (wasm lazy compilation ${f(lazy.ms)} ms in ${lazy.n} functions)`);
      lazy = { ms: 0, n: 0 };
    }
    if (e.name === 'wasm.CompileLazy') { lazy.ms += e.dur / 1000; lazy.n++; continue; }
    if (e.dur < 1000 || depth > 2 || e.cat.includes('wasm')) continue;
    if (depth > 0 && /^(ThreadControllerImpl::RunTask|RunTask|RunTaskWithNestedThreadPermissions)$/.test(e.name)) continue;
    lines.push(`  ${'    '.repeat(depth)}${f(ms(e.ts))} +${f(e.dur / 1000)} ${e.name}${detail(e)}`);
  }
  if (lazy && lazy.ms >= 1) lines.push(`      (wasm lazy compilation ${f(lazy.ms)} ms in ${lazy.n} functions)`);
  // Wasm work off the main thread (streaming compilation, tier-up).
  const wasm = events.filter((e) => e.pid === renderer.pid && e.cat.includes('wasm') && e.ph === 'X' && e.tid !== renderer.tid && e.dur >= 1000 && ms(e.ts) <= until);
  if (wasm.length) {
    lines.push('wasm off the main thread (over 1 ms):');
    for (const e of wasm) lines.push(`  ${f(ms(e.ts))} +${f(e.dur / 1000)} ${e.name} (tid ${e.tid})`);
  }
  const marks = events.filter((e) => e.pid === renderer.pid && ['firstPaint', 'firstContentfulPaint', 'MarkFirstPaint', 'domContentLoadedEventStart', 'loadEventStart'].includes(e.name));
  for (const e of marks) lines.push(`mark ${e.name} at ${f(ms(e.ts))}`);
  lines.push(...samples(events, renderer, navStart, until));
  return lines.join('\n');
}

/** The sampled stacks of the main thread: inclusive ms per function, the top 40. */
function samples(events, renderer, navStart, until) {
  const profile = events.find((e) => e.pid === renderer.pid && e.tid === renderer.tid && e.name === 'Profile');
  if (!profile) return ['(no CPU samples in the trace)'];
  const nodes = new Map();
  let t = profile.args?.data?.startTime ?? 0;
  const stacks = [];
  for (const c of events.filter((e) => e.pid === renderer.pid && e.name === 'ProfileChunk' && e.id === profile.id)) {
    const p = c.args.data.cpuProfile ?? {};
    for (const n of p.nodes ?? []) nodes.set(n.id, n);
    const deltas = c.args.data.timeDeltas ?? [];
    (p.samples ?? []).forEach((id, i) => {
      t += deltas[i] ?? 0;
      stacks.push({ t: (t - navStart) / 1000, id });
    });
  }
  const byName = new Map();
  let total = 0;
  for (let i = 0; i < stacks.length - 1; i++) {
    const { t: at, id } = stacks[i];
    if (at < 0 || at > until) continue;
    const dt = stacks[i + 1].t - at;
    const seenNames = new Set();
    let n = nodes.get(id);
    if (!n || n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') continue;
    total += dt;
    while (n) {
      const name = frameName(n.callFrame);
      if (!seenNames.has(name)) {
        byName.set(name, (byName.get(name) ?? 0) + dt);
        seenNames.add(name);
      }
      n = nodes.get(n.parent);
    }
  }
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 45);
  return [`CPU samples (main thread, busy ${f(total)} ms): inclusive ms per function`, ...top.map(([name, v]) => `  ${f(v)}  ${name}`)];
}

function rendererMain(events, url) {
  const page = url.replace(/#.*/, '');
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The renderer that ran the navigation: the one whose events name the page most.
  let best = null;
  let most = -1;
  for (const m of names) {
    const n = events.filter((e) => e.pid === m.pid && e.tid === m.tid && JSON.stringify(e.args ?? {}).includes(page)).length;
    if (n > most) { best = m; most = n; }
  }
  return best && { pid: best.pid, tid: best.tid };
}

function detail(e) {
  const d = e.args?.data ?? {};
  const url = d.url ?? d.stackTrace?.[0]?.url ?? '';
  const fn = d.functionName ? ` ${d.functionName}` : '';
  return `${url ? ' ' + short(url) : ''}${fn}${d.type ? ' ' + d.type : ''}`;
}

function short(url) {
  if (url.startsWith('data:')) return 'data:…';
  return url.length > 70 ? '…' + url.slice(-60) : url;
}

function f(v) {
  return v === undefined || v === null || Number.isNaN(v) ? '?' : v.toFixed(1);
}
