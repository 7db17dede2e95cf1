// Transfer sizes of the built site (gzip -9 per file, as a server would send it) and what
// wasm-opt -Oz would make of the wasm, when binaryen's wasm-opt is installed.
import { readdirSync, readFileSync, statSync, existsSync, mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join, extname, basename } from 'node:path';
import { tmpdir } from 'node:os';

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * gzip sizes of the first view by kind (wasm, js, css, html, other: all of dist/ but the offline
 * single file parallax.html and the engine's worker files, which load after the first paint),
 * its total, the worker's files (`worker`: gzip and raw) and parallax.html's own. Null when
 * dist/ is missing.
 */
export function siteSizes(dist) {
  if (!existsSync(join(dist, 'index.html'))) return null;
  const kinds = { wasm: 0, js: 0, css: 0, html: 0, other: 0 };
  const raw = { wasm: 0, js: 0, css: 0, html: 0, other: 0 };
  const worker = { gzip: 0, raw: 0, wasmGzip: 0, wasmRaw: 0 };
  let offline = null;
  let wasmFile = null;
  for (const path of walk(dist)) {
    const bytes = readFileSync(path);
    if (basename(path) === 'parallax.html') {
      offline = { gzip: gz(bytes), raw: bytes.length };
      continue;
    }
    if (basename(path).startsWith('parallax-worker')) {
      worker.gzip += gz(bytes);
      worker.raw += bytes.length;
      if (extname(path) === '.wasm') {
        worker.wasmGzip += gz(bytes);
        worker.wasmRaw += bytes.length;
      }
      continue;
    }
    const ext = extname(path).slice(1);
    const kind = ext in kinds ? ext : 'other';
    kinds[kind] += gz(bytes);
    raw[kind] += bytes.length;
    if (kind === 'wasm' && (wasmFile === null || bytes.length > statSync(wasmFile).size)) wasmFile = path;
  }
  const total = Object.values(kinds).reduce((a, b) => a + b, 0);
  return { gzip: kinds, raw, total, offline, wasmFile, worker };
}

/** `wasm` without its custom "name" section (function names, for debugging): raw and gzip sizes. */
export function withoutNames(wasm) {
  const b = readFileSync(wasm);
  const kept = [b.subarray(0, 8)];
  let i = 8;
  const leb = () => {
    let r = 0;
    let shift = 0;
    let x;
    do {
      x = b[i++];
      r += (x & 0x7f) * 2 ** shift;
      shift += 7;
    } while (x & 0x80);
    return r;
  };
  while (i < b.length) {
    const start = i;
    const id = b[i++];
    const len = leb();
    const body = i;
    let name = null;
    if (id === 0) {
      const n = leb();
      name = b.subarray(i, i + n).toString();
    }
    i = body + len;
    if (name !== 'name') kept.push(b.subarray(start, i));
  }
  const out = Buffer.concat(kept);
  return { raw: out.length, gzip: gz(out) };
}

/** The wasm-opt of bench/node_modules (npm binaryen), its version, or null when absent or broken. */
export function wasmOptVersion(benchDir) {
  const bin = join(benchDir, 'node_modules', '.bin', 'wasm-opt');
  if (!existsSync(bin)) return null;
  try {
    return { bin, version: execFileSync(bin, ['--version'], { encoding: 'utf8', timeout: 30000 }).trim() };
  } catch {
    return null;
  }
}

/**
 * Raw and gzip sizes of `wasm` after `wasm-opt -Oz`, or { error } when wasm-opt fails. The
 * answer depends only on the wasm's bytes and takes minutes on a big module, so it is kept
 * in `cacheDir` under the wasm's sha256 ({ cached: true } when it comes from there).
 */
export function wasmOptSizes(bin, wasm, cacheDir) {
  const key = createHash('sha256').update(readFileSync(wasm)).digest('hex');
  const cached = join(cacheDir, `${key}.json`);
  if (existsSync(cached)) return { ...JSON.parse(readFileSync(cached, 'utf8')), cached: true };
  const result = runWasmOpt(bin, wasm);
  if (!result.error) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cached, JSON.stringify(result));
  }
  return result;
}

function runWasmOpt(bin, wasm) {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-wasm-opt-'));
  const out = join(dir, 'opt.wasm');
  // Rust's wasm32 target emits these post-MVP features; wasm-opt must be told it may keep them.
  const features = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
    '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];
  try {
    execFileSync(bin, ['-Oz', ...features, wasm, '-o', out], { stdio: 'pipe', timeout: 300000 });
    const bytes = readFileSync(out);
    return { raw: bytes.length, gzip: gz(bytes) };
  } catch (e) {
    const why = [e.code, e.signal, String(e.stderr ?? '')].filter(Boolean).join(' ').split('\n').find((l) => l.trim());
    return { error: why ?? 'failed' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
