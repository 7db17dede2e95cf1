#!/usr/bin/env python3
"""Trunk post-build hook: write dist/parallax.html, a single self-contained file.

Chromium refuses module scripts and fetch() of .wasm on file:// pages, so the
served build (an ES module that fetches its wasm) cannot open from disk. This
hook re-runs wasm-bindgen on the same compiled wasm with `--target no-modules`
(a classic script defining a global `wasm_bindgen`), inlines the CSS, the
glue and the wasm (gzipped and base64 in a data block, compiled as it is unpacked)
into a copy of the page Trunk produced, the worker's wasm last, and drops Trunk's
module loader and preload links.

It also writes a strict Content-Security-Policy <meta> into both pages: scripts
only from the page's own origin or by hash, wasm compilation allowed, no network
beyond the page's own files (none at all for the single file), and Trusted Types
required so that any HTML-string sink breaks loudly instead of opening a hole.

In release builds it also serves the app's JavaScript glue through terser (tools/, from npm),
starting the wasm itself in place of Trunk's inline module script, and
the stylesheets as one file, without comments and with runs of
space shortened, then through csso (tools/) (one file gzips smaller than five: the first view
counts each file's gzip), and
first runs binaryen's wasm-opt on the served wasm (when one is found:
tools/node_modules/.bin/wasm-opt, which scripts/setup.sh installs from npm, or wasm-opt on PATH)
and keeps the result only if it gzips smaller; the wasm is then renamed after its new content and
index.html's references and integrity hash follow. Without wasm-opt the build goes on unoptimised.
Then the wasm's imports and exports get short names in the wasm and in its glue alike (the
served glue and the single file's): wasm-bindgen names each import after its function and a
hash of 16 hex digits, which gzip cannot shrink (5 KB of the first view's gzip).
Trunk's own wasm-opt step stays off (index.html, data-wasm-opt="0"): offline, Trunk fails when it
finds none, and this hook would rather skip.

Inputs come from Trunk's hook environment: TRUNK_STAGING_DIR, TRUNK_PROFILE.
Environment: PARALLAX_WASM_OPT=path to a wasm-opt, or "0" to skip it.
"""
import base64
import hashlib
import json
import os
import gzip
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT_NAME = "parallax.html"
# The Cargo profile of the app's release build (Cargo.toml: size-first, the engine too).
APP_PROFILE = "app"
# The engine's web worker (crates/worker): Trunk writes `<WORKER>.js` and `<WORKER>_bg.wasm`.
WORKER = "parallax-worker"
ROOT = Path(__file__).resolve().parent.parent


def fail(msg):
    print(f"single_file.py: {msg}", file=sys.stderr)
    sys.exit(1)


def cargo_target_dir():
    meta = subprocess.run(
        ["cargo", "metadata", "--no-deps", "--format-version", "1", "--offline"],
        check=True, capture_output=True, text=True,
    )
    return Path(json.loads(meta.stdout)["target_directory"])


def app_wasm(staging):
    """The app's staged wasm (not the worker's), as a list of at most one path."""
    return sorted(p for p in staging.glob("*_bg.wasm") if not p.name.startswith(WORKER))


def main():
    staging = Path(os.environ.get("TRUNK_STAGING_DIR", "dist"))
    profile = os.environ.get("TRUNK_PROFILE", "release")
    index = staging / "index.html"
    if not index.exists():
        fail(f"{index} not found (run through `trunk build`)")
    staged_wasm = app_wasm(staging)
    if not staged_wasm:
        fail(f"no *_bg.wasm in {staging}")
    # Trunk names its output `<name>-<hash>_bg.wasm`; cargo wrote `<name>.wasm`.
    name = re.sub(r"-[0-9a-f]+_bg\.wasm$", "", staged_wasm[0].name).removesuffix("_bg.wasm")
    # A release build compiles the app in Cargo's `app` profile (index.html's
    # data-cargo-profile-release), a debug one in `debug`.
    cargo_profile = APP_PROFILE if profile == "release" else profile
    raw = cargo_target_dir() / "wasm32-unknown-unknown" / cargo_profile / f"{name}.wasm"
    if not raw.exists():
        fail(f"compiled wasm not found at {raw}")
    served_wasm = staged_wasm[0].read_bytes()
    worker_glue, worker_wasm = staging / f"{WORKER}.js", staging / f"{WORKER}_bg.wasm"
    if not worker_glue.exists() or not worker_wasm.exists():
        fail(f"the worker's {worker_glue.name} and {worker_wasm.name} are not in {staging}")
    short_names = {}
    if profile == "release":
        bundle_css(staging, index)
        optimise_served(staging, staged_wasm[0], index)
        short_names = shorten_served(staging, index)
        minify_served_js(staging, index)
        self_starting_glue(staging, index)
        minify_page(index)
        # The worker's files keep their names (the app names them at run time).
        optimised, note = optimise(worker_wasm.read_bytes())
        if note:
            worker_wasm.write_bytes(optimised)
            print(f"single_file.py: worker {note}")

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["wasm-bindgen", "--target", "no-modules", "--no-typescript",
             "--out-dir", tmp, "--out-name", name, str(raw)],
            check=True,
        )
        glue = Path(tmp, f"{name}.js").read_text(encoding="utf-8")
        wasm = Path(tmp, f"{name}_bg.wasm").read_bytes()
    # wasm-bindgen writes the same wasm for either target: reuse the served one (optimised or not,
    # its names shortened), and give the glue the same short names.
    if wasm == served_wasm:
        wasm = app_wasm(staging)[0].read_bytes()
        glue = glue_with_names(glue, short_names) if short_names else glue
    elif profile == "release":
        wasm = optimise(wasm, by_name=True)[0]
        wasm, names = short_interface_names(wasm)
        glue = glue_with_names(glue, names) if names is not None else glue

    html = index.read_text(encoding="utf-8")
    served = with_csp(html, SERVED_POLICY)
    index.write_text(served, encoding="utf-8")
    # Drop Trunk's module loader and its preload links.
    html = re.sub(r'<script type="module"[^>]*>.*?</script>', "", html, flags=re.S)
    html = re.sub(r'<link rel="(modulepreload|preload)"[^>]*>', "", html)

    def inline_css(match):
        href = match.group(1)
        css = (staging / href.removeprefix("./")).read_text(encoding="utf-8")
        return f"<style>\n{css}\n</style>"

    html = re.sub(r'<link rel="stylesheet" href="([^"]+)"[^>]*>', inline_css, html)
    # The app's wasm first, the worker's last: the browser reads a file:// page in chunks and
    # runs each script as it comes, so the app starts once its own 0.3 MB are read, not after
    # the worker's as well (bench/RESULTS.md, "First paint of the pair view"). Each wasm
    # travels gzipped, as base64, in a data block (`<script type="text/plain">`: parsed as
    # text, never compiled as JavaScript), unpacked by the browser (`UNPACK`).
    loader = (
        data_block(APP_WASM_ID, wasm) +
        "<script>\n" + glue.replace("</script", "<\\/script") + "\n</script>\n"
        "<script>\n"
        "(function () {\n" + worker_starter(worker_glue.read_text(encoding="utf-8")) +
        f"  var wasm = {UNPACK}(document.getElementById(\"{APP_WASM_ID}\").textContent);\n"
        "  wasm_bindgen({ module_or_path: wasm }).catch(function (e) {\n"
        "    if (e instanceof WebAssembly.RuntimeError) return window.parallaxCrashed(e);\n"
        "    var p = document.createElement('p');\n"
        "    p.id = 'fatal-error';\n"
        "    p.textContent = 'Parallax could not start in this browser: ' + e;\n"
        "    document.body.appendChild(p);\n"
        "  });\n"
        "})();\n"
        "</script>\n" +
        data_block(WORKER_WASM_ID, worker_wasm.read_bytes())
    )
    if "</body>" not in html:
        fail("index.html has no </body>")
    html = html.replace("</body>", loader + "</body>", 1)
    html = with_csp(html, SINGLE_FILE_POLICY)
    (staging / OUT_NAME).write_text(html, encoding="utf-8")
    print(f"single_file.py: wrote {OUT_NAME} ({len(html) // 1024} KiB)")


# The single file's data blocks: each wasm as base64, read by its id.
APP_WASM_ID = "parallax-app-wasm"
WORKER_WASM_ID = "parallax-worker-wasm"
# base64 of a gzipped wasm -> a Response to compile while it is unpacked (the glue's
# instantiateStreaming): the browser's own base64 decoder where there is one (Chromium 140+,
# Firefox 133+; else atob), its DecompressionStream (Chromium 80+, Firefox 113+).
UNPACK = ("(function (b64) {\n"
          "    var bytes;\n"
          "    if (Uint8Array.fromBase64) {\n"
          "      bytes = Uint8Array.fromBase64(b64);\n"
          "    } else {\n"
          "      var bin = atob(b64);\n"
          "      bytes = new Uint8Array(bin.length);\n"
          "      for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);\n"
          "    }\n"
          "    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream(\"gzip\")),\n"
          "      { headers: { \"Content-Type\": \"application/wasm\" } });\n"
          "  })")


def data_block(block_id, wasm):
    """`wasm` gzipped, as base64, in a `<script type="text/plain">`: the parser keeps it as
    text, no JavaScript engine reads it, and the CSP need not allow it (`with_csp` skips it).
    Gzipped, the app's is 0.25 MB of text in place of 0.62 and the worker's 0.72 in place of
    2.26: less for the parser to read before the app starts and paints."""
    b64 = base64.b64encode(gzip.compress(wasm, compresslevel=9, mtime=0)).decode("ascii")
    return f'<script type="text/plain" id="{block_id}">{b64}</script>\n'


def worker_starter(worker_glue):
    """JavaScript that makes `parallaxWorker()` (index.html's) work from the single file: the
    worker comes from a `blob:` URL (file:// pages may not start workers from files) holding its
    glue and a start that waits for its wasm, which each new worker is sent as base64 once the
    page is parsed (the worker's data block comes last in the file; the app may start its worker
    before that). The worker decodes it, off the page's thread."""
    worker_start = (
        "\n;self.onmessage = function (event) {\n"
        "  self.onmessage = null;\n"
        f"  wasm_bindgen({{ module_or_path: {UNPACK}(event.data) }}).catch(function (e) {{\n"
        "    self.postMessage(\"the engine could not load (\" + e + \")\");\n"
        "  });\n"
        "};\n"
    )
    source = json.dumps(worker_glue + worker_start).replace("</", "<\\/")
    return (
        "  window.parallaxWorkerUrl = URL.createObjectURL(new Blob([" + source +
        "], { type: \"text/javascript\" }));\n"
        "  var start = window.parallaxWorker;\n"
        "  function send(worker) {\n"
        "    if (document.readyState === \"loading\") {\n"
        "      document.addEventListener(\"DOMContentLoaded\", function () { send(worker); });\n"
        "    } else {\n"
        f"      worker.postMessage(document.getElementById(\"{WORKER_WASM_ID}\").textContent);\n"
        "    }\n"
        "  }\n"
        "  window.parallaxWorker = function () {\n"
        "    var worker = start();\n"
        "    send(worker);\n"
        "    return worker;\n"
        "  };\n"
    )


# Served: the module script, its glue and the wasm come from the page's own origin.
# Style attributes are allowed (`style-src-attr`: the aligned rows place themselves on the grid);
# stylesheets and scripts are not, unless the page ships them.
SERVED_POLICY = ("default-src 'none'; script-src 'self' {scripts} 'wasm-unsafe-eval'; "
                 "style-src 'self' {styles}; style-src-attr 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
                 "worker-src 'self'; "
                 "base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'")
# Single file: everything is inline and allowed by hash; no request at all.
SINGLE_FILE_POLICY = ("default-src 'none'; script-src {scripts} 'wasm-unsafe-eval'; "
                      "style-src {styles}; style-src-attr 'unsafe-inline'; img-src data:; connect-src 'none'; "
                      "worker-src blob:; "
                      "base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'")


def csp_hash(content):
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def with_csp(html, policy):
    """Add a CSP <meta> first in <head>, allowing exactly the page's inline scripts and styles."""
    scripts = " ".join(csp_hash(m) for m in re.findall(r'<script(?! type="text/plain")[^>]*>(.*?)</script>', html, flags=re.S) if m)
    styles = " ".join(csp_hash(m) for m in re.findall(r"<style[^>]*>(.*?)</style>", html, flags=re.S))
    # One space between words, none before a ';' (where a directive's hashes are none).
    content = " ".join(policy.format(scripts=scripts, styles=styles).split()).replace(" ;", ";")
    meta = f'<meta http-equiv="Content-Security-Policy" content="{content}">'
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    # After <meta charset>, which must come first; before any script or style it governs.
    return re.sub(r'(<meta charset="[^"]*"\s*/?>)', lambda m: m.group(1) + meta, html, count=1)


# wasm-opt passes for the worker: measured on the app (binaryen 132) when both used them, -O1 plus
# duplicate-function elimination and merging similar functions (Yew's many monomorphic copies)
# gzipped smallest. The features are those of rustc's wasm32 defaults this wasm uses
# (`strip = true` drops the section that would tell wasm-opt).
WASM_OPT_ARGS = ["-O1", "--duplicate-function-elimination", "--merge-similar-functions"]
# The app's own passes, measured again on its wasm at 602f6b5 (binaryen 132, gzip -9; branch
# size8 in bench/RESULTS.md): -O2 gzipped 1.3 KB smaller than -O1 (-Oz, -Os and -O3 larger).
# Without panic machinery (branch size9, scripts/build.sh) -Os is the smallest: 194,263 B against
# 194,503 at -O2, 194,321 at -Oz, 194,495 at -O3. --low-memory-unused lets loads and stores take a pointer's small constant offset
# into the instruction (-0.7 KB): rustc's wasm has the stack's bottom at address 0 and its data
# above 1 MiB, so the low 1 KiB is reached only by a stack about to overflow. Merging similar
# functions (Yew's monomorphic copies, one body with the differences as parameters) saves 8 KB
# raw but gzips 0.5 KB larger than the copies laid side by side by name (`BY_NAME`), so the app
# does without it; --converge repeats the passes until the wasm stops shrinking (-0.1 KB, ~10 s).
# The `producers` and `target_features` sections (the toolchain's names, the features rustc
# enabled) are for tools, not for browsers: 0.2 KB gzip.
# A function called from one place is inlined there only up to 20 instructions
# (`--one-caller-inline-max-function-size`, unlimited by default): on the wasm of 58e5a49,
# 192,038 -> 191,841 B by gzip -9 and 193,484 -> 193,203 by zlib's level 9 (bench/lib/sizes.mjs);
# 10, 30, 50 and 100: 192,095 / 193,272, 191,974 / 193,135, 192,020 / 193,166, 191,846 / 193,214.
# At 351c357 (zlib 9, names shortened; branch size11): 30 with functions of up to 3 instructions
# inlined everywhere (`--always-inline-max-function-size`, 2 by default) and GUFA's flow analysis
# after the passes (`--gufa-optimizing`: values a function's callers or a global can only ever
# hold, made constant) 188,596 -> 188,393 B; 30 alone 188,550, 3 alone 188,512, GUFA alone
# 188,506, 25 188,596, 40 188,610, 30 with 4 188,553.
APP_WASM_OPT_ARGS = ["-Os", "--low-memory-unused", "--converge", "--duplicate-function-elimination",
                     "-ocimfs=30", "-aimfs=3", "--strip-producers", "--strip-target-features",
                     "--gufa-optimizing"]
# The app's wasm keeps its function names (Cargo.toml's `app` profile: strip = "debuginfo") so
# that its functions can be laid out by name: a component's copies of Yew's generic code side
# by side, 2.4 KB less gzip. wasm-opt writes no names (no -g), and a wasm it does not shrink
# loses them here (`without_names`).
BY_NAME = ["--reorder-functions-by-name"]
WASM_FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
                 "--enable-mutable-globals"]
WASM_OPT_MIN_VERSION = 116  # older ones (Debian's 108) lack passes or features rustc's wasm uses


def find_wasm_opt():
    """A wasm-opt recent enough, or None (with the reason printed)."""
    wanted = os.environ.get("PARALLAX_WASM_OPT", "")
    if wanted == "0":
        print("single_file.py: PARALLAX_WASM_OPT=0: wasm-opt skipped")
        return None
    candidates = [wanted] if wanted else [str(ROOT / "tools" / "node_modules" / ".bin" / "wasm-opt"),
                                          shutil.which("wasm-opt")]
    for path in filter(None, candidates):
        try:
            out = subprocess.run([path, "--version"], check=True, capture_output=True, text=True).stdout
        except (OSError, subprocess.CalledProcessError):
            continue
        found = re.search(r"version (\d+)", out)
        if found and int(found.group(1)) >= WASM_OPT_MIN_VERSION:
            return path
        print(f"single_file.py: {path} is too old ({out.strip()}); need version {WASM_OPT_MIN_VERSION}+")
    print("single_file.py: no wasm-opt found (scripts/setup.sh installs one): the wasm is left unoptimised")
    return None


def gzip_size(data):
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def leb128(data, i):
    """The unsigned LEB128 number at `data[i:]` and the index after it."""
    value, shift = 0, 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, i


def without_names(wasm):
    """`wasm` without its custom "name" section (function names, for debugging)."""
    kept, i = [wasm[:8]], 8
    while i < len(wasm):
        start, section = i, wasm[i]
        size, body = leb128(wasm, i + 1)
        i = body + size
        if section == 0:
            length, at = leb128(wasm, body)
            if wasm[at:at + length] == b"name":
                continue
        kept.append(wasm[start:i])
    return b"".join(kept)


def optimise(wasm, by_name=False):
    """(bytes, note): wasm-opt's output when it gzips smaller, else the bytes as they were
    without their names. `by_name`: the app's wasm (its passes, then its functions laid out in
    the order of their names); else the worker's."""
    args = APP_WASM_OPT_ARGS + BY_NAME if by_name else WASM_OPT_ARGS
    wasm_opt = find_wasm_opt()
    if wasm_opt is None:
        return without_names(wasm), None
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp, "in.wasm"), Path(tmp, "out.wasm")
        src.write_bytes(wasm)
        run = subprocess.run([wasm_opt, *args, *WASM_FEATURES, str(src), "-o", str(dst)],
                             capture_output=True, text=True)
        if run.returncode != 0 or not dst.exists():
            print(f"single_file.py: wasm-opt failed, the wasm is left unoptimised: {run.stderr.strip()[:500]}")
            return without_names(wasm), None
        out = dst.read_bytes()
    wasm = without_names(wasm)
    before, after = gzip_size(wasm), gzip_size(out)
    note = (f"wasm-opt {' '.join(args)}: {len(wasm) // 1024} -> {len(out) // 1024} KiB raw, "
            f"gzip {before / 1000:.1f} -> {after / 1000:.1f} KB")
    if after >= before:
        print(f"single_file.py: {note}: not smaller gzipped, kept the original")
        return wasm, None
    return out, note


# A CSS comment or string: comments go, strings stay as written (they may hold spaces or braces).
CSS_COMMENT_OR_STRING = r'/\*.*?\*/|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
CSS_STRING = r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''


def minify_css(css):
    """The stylesheet without comments, each run of space one space, none around { } ;."""
    css = re.sub(CSS_COMMENT_OR_STRING, lambda m: "" if m.group(0).startswith("/*") else m.group(0),
                 css, flags=re.S)
    css = re.sub(r"(" + CSS_STRING + r")|\s+", lambda m: m.group(1) or " ", css)
    return re.sub(r"(" + CSS_STRING + r")|\s*([{};])\s*", lambda m: m.group(1) or m.group(2), css).strip()


# csso (tools/, from npm) on the bundled stylesheet without restructuring (no rule moved or
# merged, so the cascade stays as written): no space after ':' or ',' (Trunk's minifier keeps
# them, custom properties' too), no last ';' in a block, '.5' for '0.5', '#fff' for '#ffffff'.
# 28.2 -> 26.5 KB raw, 6,400 -> 6,305 B gzip at 351c357; restructuring (merged rules) 6,317.
CSSO = ("const csso = require(process.argv[1]); let css = '';"
        "process.stdin.on('data', (d) => { css += d; });"
        "process.stdin.on('end', () => process.stdout.write(csso.minify(css, { restructure: false }).css));")


def through_csso(css):
    """The stylesheet through csso when tools/ has it and it gzips smaller; else as given."""
    csso = ROOT / "tools" / "node_modules" / "csso"
    if not csso.exists():
        print("single_file.py: no csso in tools/ (scripts/setup.sh installs it): the stylesheet as minified here")
        return css
    run = subprocess.run(["node", "-e", CSSO, str(csso)], input=css, capture_output=True)
    new = run.stdout
    if run.returncode != 0 or not new or gzip_size(new) >= gzip_size(css):
        print(f"single_file.py: csso gave nothing smaller {run.stderr.decode('utf-8', 'replace').strip()[:300]}")
        return css
    print(f"single_file.py: csso: stylesheet gzip {gzip_size(css)} -> {gzip_size(new)} B")
    return new


def bundle_css(staging, index):
    """The page's stylesheets as one minified file, in their order, linked where the first was."""
    html = index.read_text(encoding="utf-8")
    links = list(re.finditer(r'<link rel="stylesheet" href="\./([^"]+\.css)"[^>]*>\s*', html))
    if len(links) < 2:
        return
    parts = [(staging / m.group(1)).read_text(encoding="utf-8") for m in links]
    css = "\n".join(minify_css(part) for part in parts).encode("utf-8")
    css = through_csso(css)
    name = f"style-{hashlib.sha256(css).hexdigest()[:16]}.css"
    (staging / name).write_bytes(css)
    sri = "sha384-" + base64.b64encode(hashlib.sha384(css).digest()).decode("ascii")
    link = f'<link rel="stylesheet" href="./{name}" integrity="{sri}"/>\n  '
    for m in reversed(links):
        html = html[:m.start()] + (link if m is links[0] else "") + html[m.end():]
        (staging / m.group(1)).unlink()
    index.write_text(html, encoding="utf-8")
    print(f"single_file.py: {len(links)} stylesheets served as {name} ({len(css) // 1024} KiB)")


def optimise_served(staging, wasm_path, index):
    """Optimise the served wasm in place: new bytes, a name after them, index.html's references and integrity."""
    old = wasm_path.read_bytes()
    new, note = optimise(old, by_name=True)
    if new == old:
        return
    note = note or "not optimised, its names dropped"
    new_name = serve_as(staging, index, wasm_path, new, "_bg.wasm")
    print(f"single_file.py: {note}; served as {new_name}")


def shorten_served(staging, index):
    """The served wasm and its glue with short import and export names (`short_interface_names`);
    the names given (old -> new), none when the glue does not name them as expected."""
    wasm_path = app_wasm(staging)[0]
    glue_path = [p for p in staging.glob("*.js")
                 if not p.name.startswith(WORKER) and p.name in index.read_text(encoding="utf-8")]
    if len(glue_path) != 1:
        print("single_file.py: the app's glue not found: its wasm keeps its interface names")
        return {}
    old_wasm, old_glue = wasm_path.read_bytes(), glue_path[0].read_text(encoding="utf-8")
    new_wasm, names = short_interface_names(old_wasm)
    new_glue = glue_with_names(old_glue, names) if names else None
    if new_glue is None:
        print("single_file.py: the glue does not name the wasm's imports and exports as expected: "
              "their names are kept")
        return {}
    serve_as(staging, index, wasm_path, new_wasm, "_bg.wasm")
    serve_as(staging, index, glue_path[0], new_glue.encode("utf-8"), ".js")
    print(f"single_file.py: {len(names)} import and export names shortened: wasm gzip "
          f"{gzip_size(old_wasm) / 1000:.1f} -> {gzip_size(new_wasm) / 1000:.1f} KB, glue "
          f"{gzip_size(old_glue.encode('utf-8')) / 1000:.1f} -> {gzip_size(new_glue.encode('utf-8')) / 1000:.1f} KB")
    return names


def leb128_bytes(value):
    """`value` as unsigned LEB128."""
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def wasm_name(data, i):
    """The name (length, then UTF-8) at `data[i:]` and the index after it."""
    length, at = leb128(data, i)
    return data[at:at + length].decode("utf-8"), at + length


def short_interface_names(wasm):
    """(wasm, names): `wasm` with its glue's imports (`__wbg…`, `__wbindgen…`: each a name and a
    hash of 16 hex digits, which gzip cannot shrink, once in the wasm and once in the glue) and
    its exports but `memory` given short names (`w0`, `w1`, …; `x0`, …), their module too (`m0`),
    and the names given (old -> new). 151 imports and 20 exports of the app at 58e5a49: 5 KB gzip less."""
    names, parts, i = {}, [wasm[:8]], 8
    imported = exported = 0
    modules = set()
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"

    def short(prefix, n):
        text = ""
        while True:
            text, n = digits[n % 36] + text, n // 36
            if n == 0:
                return prefix + text

    while i < len(wasm):
        section = wasm[i]
        size, body = leb128(wasm, i + 1)
        end = body + size
        if section in (2, 7):
            count, at = leb128(wasm, body)
            out = bytearray(leb128_bytes(count))
            for _ in range(count):
                if section == 2:
                    module, at = wasm_name(wasm, at)
                    new = names.setdefault(module, "m" + str(len(modules)))
                    modules.add(module)
                    out += leb128_bytes(len(new)) + new.encode("utf-8")
                name, at = wasm_name(wasm, at)
                kind_at = at
                kind = wasm[at]
                at += 1
                if section == 7 or kind == 0:  # an export's index, or an imported function's type
                    _, at = leb128(wasm, at)
                else:  # an imported table, memory or global: kept whole
                    return wasm, None
                new = name
                if section == 2 and name.startswith(("__wbg", "__wbindgen")):
                    new = names.setdefault(name, short("w", imported))
                    imported += 1
                elif section == 7 and name != "memory":
                    new = names.setdefault(name, short("x", exported))
                    exported += 1
                out += leb128_bytes(len(new.encode("utf-8"))) + new.encode("utf-8") + wasm[kind_at:at]
            parts.append(bytes([section]) + leb128_bytes(len(out)) + bytes(out))
        else:
            parts.append(wasm[i:end])
        i = end
    return b"".join(parts), names


def glue_with_names(glue, names):
    """`glue` calling the wasm by its short `names` (old -> new), or None when an import is not
    named exactly once (the key of its function) or an export is reached other than as
    `wasm.NAME` (a property of another object, a string). The glue's own functions that share
    an export's name keep it."""
    for old, new in names.items():
        name = re.escape(old) + r"(?![\w$])"
        if new.startswith("m"):  # the module: the key of the imports' object
            if glue.count(json.dumps(old)) != 1:
                return None
            glue = glue.replace(json.dumps(old), json.dumps(new))
        elif new.startswith("w"):
            whole = re.compile(r"(?<![\w$.])" + name)
            if len(whole.findall(glue)) != 1:
                return None
            glue = whole.sub(new, glue)
        else:
            export = re.compile(r"(?<![\w$])wasm\." + name)
            if len(re.findall(r"[.\"'`]" + name, glue)) != len(export.findall(glue)):
                return None
            glue = export.sub("wasm." + new, glue)
    return glue


def minify_served_js(staging, index):
    """The app's served glue (an ES module) through terser when tools/ has it, kept if it gzips smaller."""
    terser = ROOT / "tools" / "node_modules" / ".bin" / "terser"
    glue = [p for p in staging.glob("*.js") if not p.name.startswith(WORKER) and p.name in index.read_text(encoding="utf-8")]
    if not terser.exists() or len(glue) != 1:
        print("single_file.py: no terser in tools/ (scripts/setup.sh installs it): the glue is served as written")
        return
    run = subprocess.run([str(terser), str(glue[0]), "--module", "--compress", "--mangle"],
                         capture_output=True, text=True)
    old = glue[0].read_bytes()
    new = run.stdout.encode("utf-8")
    if run.returncode != 0 or not new or gzip_size(new) >= gzip_size(old):
        print(f"single_file.py: terser gave nothing smaller, the glue is served as written {run.stderr.strip()[:300]}")
        return
    new_name = serve_as(staging, index, glue[0], new, ".js")
    print(f"single_file.py: terser: glue {len(old) // 1024} -> {len(new) // 1024} KiB raw, "
          f"gzip {gzip_size(old) / 1000:.1f} -> {gzip_size(new) / 1000:.1f} KB; served as {new_name}")


def minify_page(index):
    """index.html without its comments, its inline classic scripts (the worker's start, the crash
    panel) through terser when tools/ has it: the page is part of the first view. Before the
    CSP's hashes, which are of the scripts as served."""
    html = index.read_text(encoding="utf-8")
    old = gzip_size(html.encode("utf-8"))
    terser = ROOT / "tools" / "node_modules" / ".bin" / "terser"

    def minify(match):
        if not terser.exists():
            return match.group(0)
        run = subprocess.run([str(terser), "--compress", "--mangle"], input=match.group(2),
                             capture_output=True, text=True)
        code = run.stdout.strip()
        if run.returncode != 0 or not code or "</script" in code:
            return match.group(0)
        return f"{match.group(1)}{code}</script>"

    html = re.sub(r"(<script>)(.*?)</script>", minify, html, flags=re.S)
    html = re.sub(r'<script type="module">(.*?)</script>', trunk_loader, html, flags=re.S)
    html = re.sub(r"[ \t]*<!--.*?-->\n?", "", html, flags=re.S)
    # The white space between tags (the source's indentation), outside scripts: none of it is
    # shown (the page has no inline elements side by side, no <pre>).
    html = "".join(part if part.startswith("<script") else between_tags(part)
                   for part in re.split(r"(<script.*?</script>)", html, flags=re.S))
    index.write_text(html, encoding="utf-8")
    print(f"single_file.py: the page without comments, its scripts through terser: gzip "
          f"{old / 1000:.1f} -> {gzip_size(html.encode('utf-8')) / 1000:.1f} KB")


# Trunk's module script as Trunk 0.21 writes it: it imports the glue, awaits the wasm's start,
# then hands the glue's exports to `window.wasmBindings` and fires `TrunkApplicationStarted`,
# which nothing here reads (the app starts itself in its wasm's start function).
TRUNK_LOADER = (r"\s*import init, \* as bindings from '(\./[^'\\]+\.js)';\s*"
                r"const wasm = await init\(\{ module_or_path: '(\./[^'\\]+\.wasm)' \}\);\s*"
                r"window\.wasmBindings = bindings;\s*"
                r"dispatchEvent\(new CustomEvent\(\"TrunkApplicationStarted\", \{detail: \{wasm\}\}\)\);\s*")


def self_starting_glue(staging, index):
    """The app's glue starts its wasm itself, and the page loads it with a `<script type="module"
    src>` carrying its integrity hash, in place of Trunk's inline module script and the glue's
    modulepreload link: no inline script to allow by hash, no preload (the script's own fetch
    starts where the page names it). Left as Trunk wrote it when its script or the glue is not
    the one expected."""
    html = index.read_text(encoding="utf-8")
    script = re.search(r'<script type="module">(.*?)</script>', html, flags=re.S)
    loader = script and re.fullmatch(TRUNK_LOADER, script.group(1))
    if not loader:
        print("single_file.py: Trunk's module script is not the one expected: the glue starts nothing")
        return
    glue_name, wasm_name = (name.removeprefix("./") for name in loader.groups())
    glue = (staging / glue_name).read_text(encoding="utf-8")
    # The glue's default export is its init function (wasm-bindgen's `__wbg_init`, renamed by terser).
    init = re.search(r"export\s*\{[^}]*?([\w$]+) as default\b", glue)
    if not init:
        print("single_file.py: the glue has no default export: Trunk's module script kept")
        return
    started = f'{glue}\nawait {init.group(1)}({{module_or_path:"./{wasm_name}"}});\n'.encode("utf-8")
    started = without_exports(started)
    new_name = serve_as(staging, index, staging / glue_name, started, ".js")
    html = index.read_text(encoding="utf-8")
    preload = re.search(r'<link rel="modulepreload" href="\./' + re.escape(new_name) + r'"[^>]*>', html)
    sri = "sha384-" + base64.b64encode(hashlib.sha384(started).digest()).decode("ascii")
    tag = f'<script type="module" src="./{new_name}" integrity="{sri}"></script>'
    html = re.sub(r'<script type="module">.*?</script>', lambda _: tag, html, count=1, flags=re.S)
    if preload:
        html = html.replace(preload.group(0), "")
    index.write_text(html, encoding="utf-8")
    print(f"single_file.py: the glue starts the wasm itself ({new_name}); no inline module script")


def without_exports(glue):
    """The self-starting glue without its exports (nothing imports the page's module script) and
    through terser again, which then drops what only they used (wasm-bindgen's `initSync`), and
    without what its init does for arguments its start never gives: kept when it gzips smaller."""
    terser = ROOT / "tools" / "node_modules" / ".bin" / "terser"
    text = glue.decode("utf-8")
    exports = re.search(r"export\s*\{[^}]*\};?", text)
    if not terser.exists() or not exports:
        return glue
    run = subprocess.run([str(terser), "--module", "--compress", "--mangle"],
                         input=text.replace(exports.group(0), ""), capture_output=True, text=True)
    if run.returncode == 0:
        # Through terser once more: it checks the syntax of what was cut and tidies around it.
        run = subprocess.run([str(terser), "--module", "--compress", "--mangle"],
                             input=without_untaken_init(run.stdout), capture_output=True, text=True)
    new = run.stdout.encode("utf-8")
    if run.returncode != 0 or not new or gzip_size(new) >= gzip_size(glue):
        print(f"single_file.py: the glue without exports is no smaller; kept {run.stderr.strip()[:300]}")
        return glue
    print(f"single_file.py: the glue without exports: gzip {gzip_size(glue) / 1000:.2f} -> {gzip_size(new) / 1000:.2f} KB")
    return new


# What wasm-bindgen's glue (as terser writes it once the exports are gone) does for callers or
# browsers the app never has. Its init's one call is the start `self_starting_glue` adds
# (`init({module_or_path:"./….wasm"})`), once: no argument in the deprecated form (not a plain
# object: a warning in the console), always a path (not the wasm's default URL beside the glue),
# a string (not a Request or a URL), fetched (not bytes or a compiled module), no second call
# (which would get the first's promise). Every browser that runs the app's wasm (reference types:
# Chrome 96, Firefox 79, Safari 15) has `TextEncoder.encodeInto` (Chrome 74, Firefox 66, Safari
# 14.1) and `FinalizationRegistry` (Chrome 84, Firefox 79, Safari 14.1), for which the glue
# brings stand-ins, and `WebAssembly.instantiateStreaming` (Chrome 61, Firefox 58, Safari 15),
# which the glue checks for. Glue 3,763 -> 3,462 B gzip in all (first view 200,267 -> 199,966).
INIT_UNTAKEN = [
    (r'void 0!==([\w$]+)&&\(Object\.getPrototypeOf\(\1\)===Object\.prototype\?\(\{module_or_path:\1\}=\1\)'
     r':console\.warn\("using deprecated parameters[^"]*"\)\)', r"({module_or_path:\1}=\1)"),
    (r',void 0===([\w$]+)&&\(\1=new URL\("[^"]*",import\.meta\.url\)\);', ";"),
    (r'\("string"==typeof ([\w$]+)\|\|"function"==typeof Request&&\1 instanceof Request\|\|'
     r'"function"==typeof URL&&\1 instanceof URL\)&&\(\1=fetch\(\1\)\)', r"\1=fetch(\1)"),
    (r'\{const ([\w$]+)=await WebAssembly\.instantiate\(([\w$]+),([\w$]+)\);'
     r'return \1 instanceof WebAssembly\.Instance\?\{instance:\1,module:\2\}:\1\}', ""),
    (r'if\("function"==typeof Response&&([\w$]+) instanceof Response\)\{', "{"),
    (r'return void 0!==([\w$]+)\?\1:\(void 0===([\w$]+)&&\(\2=(.*),\2\.catch\(\(\)=>\{\2=void 0\}\)\),\2\)',
     r"return \3"),
    (r'"encodeInto"in ([\w$]+)\|\|\(\1\.encodeInto=function\(([\w$]+),([\w$]+)\)\{const ([\w$]+)=\1\.encode\(\2\);'
     r'return \3\.set\(\4\),\{read:\2\.length,written:\4\.length\}\}\);', ""),
    (r'"undefined"==typeof FinalizationRegistry\?\{register:\(\)=>\{\},unregister:\(\)=>\{\}\}:', ""),
    (r'if\("function"==typeof WebAssembly\.instantiateStreaming\)try\{', "try{"),
    # The path as the argument itself, in the init and in its call.
    (r'\(\{module_or_path:([\w$]+)\}=\1\);', ""),
    (r'\(\{module_or_path:("\./[^"]*")\}\)', r"(\1)"),
]


def without_untaken_init(glue):
    """The self-starting glue without the branches that its start and the app's browsers never
    take (`INIT_UNTAKEN`); as it was when they are not written as expected."""
    new = glue
    for pattern, replacement in INIT_UNTAKEN:
        new, n = re.subn(pattern, replacement, new, flags=re.S)
        if n != 1:
            print("single_file.py: wasm-bindgen's init is not the one expected: kept whole")
            return glue
    return new


def between_tags(html):
    """`html` without the white space between its tags and at its ends next to a tag, and its
    void elements' closing slashes (`<meta … />`: HTML ignores them)."""
    html = re.sub(r"\s*/>", ">", html)
    if not html.strip():
        return ""
    return re.sub(r"^\s+(?=<)|(?<=>)\s+$", "", re.sub(r">\s+<", "><", html))


def trunk_loader(match):
    """Trunk's module script down to its import and start (-85 B gzip at 351c357), or as it was
    when Trunk wrote another."""
    loader = re.fullmatch(TRUNK_LOADER, match.group(1))
    if not loader:
        print("single_file.py: Trunk's module script is not the one expected: kept as written")
        return match.group(0)
    glue, wasm = loader.groups()
    return f'<script type="module">import init from"{glue}";await init({{module_or_path:"{wasm}"}})</script>'


def serve_as(staging, index, path, new, suffix):
    """Serve `new` instead of the staged file `path` (`<stem>-<hash><suffix>`), named after its
    content; index.html's references and Trunk's integrity hash (sha384) follow. The new name."""
    stem = re.sub(r"-[0-9a-f]+" + re.escape(suffix) + "$", "", path.name).removesuffix(suffix)
    new_name = f"{stem}-{hashlib.sha256(new).hexdigest()[:16]}{suffix}"
    html = index.read_text(encoding="utf-8")
    if path.name not in html:
        fail(f"index.html does not name {path.name}")
    html = html.replace(path.name, new_name)
    sri = "sha384-" + base64.b64encode(hashlib.sha384(new).digest()).decode("ascii")
    html, n = re.subn(r'(<link[^>]*href="[^"]*' + re.escape(new_name) + r'"[^>]*integrity=")[^"]*(")',
                      lambda m: m.group(1) + sri + m.group(2), html)
    if n == 0 and "integrity=" in html:
        fail(f"could not update the integrity hash of {new_name} in index.html")
    path.unlink()
    (staging / new_name).write_bytes(new)
    index.write_text(html, encoding="utf-8")
    return new_name

if __name__ == "__main__":
    main()
