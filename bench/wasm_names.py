#!/usr/bin/env python3
"""The app wasm's function names by index, for `node bench/paint.mjs --trace` (BENCH_WASM_NAMES).

The served wasm has no names (scripts/single_file.py drops them), so a CPU profile shows its
frames as wasm-function[N]. This runs wasm-bindgen and the post-build hook's wasm-opt passes
again on the same compiled wasm with names kept (-g), checks that the result has as many
imported and defined functions as the served one (the same layout), and writes its names as
a JSON object {index: name}.

    python3 bench/wasm_names.py dist/parallax-app-*_bg.wasm target/bench/wasm-names.json
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import single_file  # noqa: E402  (the hook's passes and its wasm reader)


def sections(wasm):
    i = 8
    while i < len(wasm):
        size, body = single_file.leb128(wasm, i + 1)
        yield wasm[i], wasm[body:body + size]
        i = body + size


def imported_functions(wasm):
    for section, body in sections(wasm):
        if section != 2:
            continue
        count, i = single_file.leb128(body, 0)
        functions = 0
        for _ in range(count):
            for _name in range(2):  # module, field
                length, i = single_file.leb128(body, i)
                i += length
            kind = body[i]
            i += 1
            if kind == 0:  # function: its type
                _, i = single_file.leb128(body, i)
                functions += 1
            elif kind == 1:  # table: type, limits
                flags, i = single_file.leb128(body, i + 1)
                _, i = single_file.leb128(body, i)
                if flags & 1:
                    _, i = single_file.leb128(body, i)
            elif kind == 2:  # memory: limits
                flags, i = single_file.leb128(body, i)
                _, i = single_file.leb128(body, i)
                if flags & 1:
                    _, i = single_file.leb128(body, i)
            elif kind == 3:  # global: type, mutability
                i += 2
        return functions
    return 0


def defined_functions(wasm):
    return next((single_file.leb128(body, 0)[0] for s, body in sections(wasm) if s == 10), 0)


def function_names(wasm):
    for section, body in sections(wasm):
        length, i = single_file.leb128(body, 0) if section == 0 else (0, 0)
        if section != 0 or body[i:i + length] != b"name":
            continue
        i += length
        while i < len(body):
            kind, (size, start) = body[i], single_file.leb128(body, i + 1)
            if kind == 1:
                count, j = single_file.leb128(body, start)
                names = {}
                for _ in range(count):
                    index, j = single_file.leb128(body, j)
                    length, j = single_file.leb128(body, j)
                    names[index] = body[j:j + length].decode("utf-8", "replace")
                    j += length
                return names
            i = start + size
    return {}


def main():
    served, out = Path(sys.argv[1]), Path(sys.argv[2])
    raw = single_file.cargo_target_dir() / "wasm32-unknown-unknown" / single_file.APP_PROFILE / "parallax-app.wasm"
    wasm_opt = single_file.find_wasm_opt()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["wasm-bindgen", "--target", "web", "--no-typescript", "--out-dir", tmp,
                        "--out-name", "app", str(raw)], check=True)
        named = Path(tmp, "named.wasm")
        subprocess.run([wasm_opt, *single_file.APP_WASM_OPT_ARGS, *single_file.BY_NAME,
                        *single_file.WASM_FEATURES, "-g", str(Path(tmp, "app_bg.wasm")), "-o", str(named)],
                       check=True)
        named = named.read_bytes()
    shipped = served.read_bytes()
    layout = [(imported_functions(w), defined_functions(w)) for w in (shipped, named)]
    if layout[0] != layout[1]:
        sys.exit(f"wasm_names.py: not the same layout (imports, functions): {layout}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({str(k): v for k, v in function_names(named).items()}), encoding="utf-8")
    print(f"wasm_names.py: {len(function_names(named))} names written to {out}")


if __name__ == "__main__":
    main()
