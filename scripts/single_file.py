#!/usr/bin/env python3
"""Trunk post-build hook: write dist/parallax.html, a single self-contained file.

Chromium refuses module scripts and fetch() of .wasm on file:// pages, so the
served build (an ES module that fetches its wasm) cannot open from disk. This
hook re-runs wasm-bindgen on the same compiled wasm with `--target no-modules`
(a classic script defining a global `wasm_bindgen`), inlines the CSS, the
glue and the wasm (base64, instantiated from bytes) into a copy of the page
Trunk produced, and drops Trunk's module loader and preload links.

It also writes a strict Content-Security-Policy <meta> into both pages: scripts
only from the page's own origin or by hash, wasm compilation allowed, no network
beyond the page's own files (none at all for the single file), and Trusted Types
required so that any HTML-string sink breaks loudly instead of opening a hole.

Inputs come from Trunk's hook environment: TRUNK_STAGING_DIR, TRUNK_PROFILE.
"""
import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

OUT_NAME = "parallax.html"


def fail(msg):
    print(f"single_file.py: {msg}", file=sys.stderr)
    sys.exit(1)


def cargo_target_dir():
    meta = subprocess.run(
        ["cargo", "metadata", "--no-deps", "--format-version", "1", "--offline"],
        check=True, capture_output=True, text=True,
    )
    return Path(json.loads(meta.stdout)["target_directory"])


def main():
    staging = Path(os.environ.get("TRUNK_STAGING_DIR", "dist"))
    profile = os.environ.get("TRUNK_PROFILE", "release")
    index = staging / "index.html"
    if not index.exists():
        fail(f"{index} not found (run through `trunk build`)")
    staged_wasm = sorted(staging.glob("*_bg.wasm"))
    if not staged_wasm:
        fail(f"no *_bg.wasm in {staging}")
    # Trunk names its output `<name>-<hash>_bg.wasm`; cargo wrote `<name>.wasm`.
    name = re.sub(r"-[0-9a-f]+_bg\.wasm$", "", staged_wasm[0].name).removesuffix("_bg.wasm")
    raw = cargo_target_dir() / "wasm32-unknown-unknown" / profile / f"{name}.wasm"
    if not raw.exists():
        fail(f"compiled wasm not found at {raw}")

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["wasm-bindgen", "--target", "no-modules", "--no-typescript",
             "--out-dir", tmp, "--out-name", name, str(raw)],
            check=True,
        )
        glue = Path(tmp, f"{name}.js").read_text(encoding="utf-8")
        wasm = Path(tmp, f"{name}_bg.wasm").read_bytes()
        wasm = optimise(wasm, Path(tmp), profile)

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
    b64 = base64.b64encode(wasm).decode("ascii")
    loader = (
        "<script>\n" + glue.replace("</script", "<\\/script") + "\n</script>\n"
        "<script>\n"
        "(function () {\n"
        f"  var b64 = \"{b64}\";\n"
        "  var bin = atob(b64), bytes = new Uint8Array(bin.length);\n"
        "  for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);\n"
        "  wasm_bindgen({ module_or_path: bytes }).catch(function (e) {\n"
        "    var p = document.createElement('p');\n"
        "    p.id = 'fatal-error';\n"
        "    p.textContent = 'Parallax could not start in this browser: ' + e;\n"
        "    document.body.appendChild(p);\n"
        "  });\n"
        "})();\n"
        "</script>\n"
    )
    if "</body>" not in html:
        fail("index.html has no </body>")
    html = html.replace("</body>", loader + "</body>", 1)
    html = with_csp(html, SINGLE_FILE_POLICY)
    (staging / OUT_NAME).write_text(html, encoding="utf-8")
    print(f"single_file.py: wrote {OUT_NAME} ({len(html) // 1024} KiB)")


# Served: the module script, its glue and the wasm come from the page's own origin.
# Style attributes are allowed (`style-src-attr`: the aligned rows place themselves on the grid);
# stylesheets and scripts are not, unless the page ships them.
SERVED_POLICY = ("default-src 'none'; script-src 'self' {scripts} 'wasm-unsafe-eval'; "
                 "style-src 'self' {styles}; style-src-attr 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
                 "base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'")
# Single file: everything is inline and allowed by hash; no request at all.
SINGLE_FILE_POLICY = ("default-src 'none'; script-src {scripts} 'wasm-unsafe-eval'; "
                      "style-src {styles}; style-src-attr 'unsafe-inline'; img-src data:; connect-src 'none'; "
                      "base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'")


def csp_hash(content):
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def with_csp(html, policy):
    """Add a CSP <meta> first in <head>, allowing exactly the page's inline scripts and styles."""
    scripts = " ".join(csp_hash(m) for m in re.findall(r"<script[^>]*>(.*?)</script>", html, flags=re.S))
    styles = " ".join(csp_hash(m) for m in re.findall(r"<style[^>]*>(.*?)</style>", html, flags=re.S))
    content = " ".join(policy.format(scripts=scripts, styles=styles).split())
    meta = f'<meta http-equiv="Content-Security-Policy" content="{content}">'
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    # After <meta charset>, which must come first; before any script or style it governs.
    return re.sub(r'(<meta charset="[^"]*"\s*/?>)', lambda m: m.group(1) + "\n  " + meta, html, count=1)


def optimise(wasm, tmp, profile):
    """Run wasm-opt -Oz when one recent enough is on PATH (release only); else keep the bytes."""
    if profile != "release":
        return wasm
    src, dst = tmp / "in.wasm", tmp / "out.wasm"
    src.write_bytes(wasm)
    try:
        subprocess.run(["wasm-opt", "-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int",
                        "--enable-sign-ext", "--enable-mutable-globals", str(src), "-o", str(dst)],
                       check=True, capture_output=True)
        return dst.read_bytes()
    except (OSError, subprocess.CalledProcessError):
        return wasm


if __name__ == "__main__":
    main()
