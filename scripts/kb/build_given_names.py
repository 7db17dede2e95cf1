#!/usr/bin/env python3
"""Generate crates/engine/data/kb/given_names.txt: common given names, folded; and
crates/engine/data/kb/surnames_first.txt: the family names of the locales whose press
writes the family name first (Chinese, in pinyin and Wade-Giles: `Lin Jian`; Vietnamese:
`Nguyen Van Khai`), folded.

Source: the person providers of the PyPI package `Faker` (MIT licence), which
keep lists of given names per locale, most drawn from national statistics
offices: `pip download --no-deps faker -d /tmp/kb` then pass the wheel.

Which names are kept (the file ships in the wasm, so it stays small):
- a name listed by at least MIN_LOCALES locales (common across countries);
- every name of a locale whose list is short (at most SHORT_LIST names): such
  a list is already a country's most common names (Lithuanian, Czech…);
- names of Cyrillic, Armenian and Georgian locales, transliterated the way the
  English and French press writes them (Олександр -> Oleksandr, Դավիթ -> Davit).

Each name is written folded (accents dropped, lowercase: `helene`, `ciaran`),
one a line, sorted: the engine folds a word the same way before looking it up.

A second column, after a tab, gives the gender a kept name always has: `f` when
some locale lists it among its female names (`first_names_female`) and none among
its male ones (`first_names_male`), `m` the other way round. A name listed as both,
in one locale or across two (Andrea, Jean), or in no gendered list, has no column:
its gender is unknown. The engine uses it to tell whom "she" or « il » takes up.
usage: build_given_names.py FAKER_WHEEL
"""
import importlib, pkgutil, re, sys, tempfile, unicodedata, zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent.parent / "crates" / "engine" / "data" / "kb" / "given_names.txt"
SURNAMES_OUT = OUT.with_name("surnames_first.txt")
# Locales whose names the English and French press write family name first.
SURNAME_FIRST_LOCALES = ("zh_CN", "zh_TW", "vi_VN")
# A name in this many locales' lists is common enough in any news text.
MIN_LOCALES = 2
# A locale list this short holds only its country's most common names.
SHORT_LIST = 200
# One- and two-letter "names" are initials or words, never evidence of a person.
MIN_LEN = 2
# A family name folded from a native Latin spelling this short is a common word ("le").
NATIVE_SURNAME_MIN_LEN = 3
ATTRS = ("first_names", "first_names_male", "first_names_female", "first_romanized_names")
# The gendered lists of a locale, and the letter each writes in the second column.
GENDERED = (("first_names_female", "f"), ("first_names_male", "m"))
CYRILLIC_LOCALES = ("ru_RU", "uk_UA")
# Cyrillic -> Latin, the simplified BGN/PCGN spelling of the English press.
CYRILLIC = dict(zip(
    "абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "g", "d", "e", "e", "ye", "zh", "z", "i", "i", "yi", "y", "k", "l", "m",
     "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
     "yu", "ya"],
))
# Ukrainian reads и as y and г as h (Олександр, Григорій -> Hryhoriy).
UKRAINIAN = {"и": "y", "г": "h", "\u02bc": ""}
# Armenian and Georgian lists are in their own scripts; the press spells them in Latin
# letters (Դավիթ, დავით -> Davit), as the simplified BGN/PCGN tables below do.
ARMENIAN = dict(zip(
    "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
    ["a", "b", "g", "d", "e", "z", "e", "y", "t", "zh", "i", "l", "kh", "ts", "k", "h", "dz",
     "gh", "ch", "m", "y", "n", "sh", "o", "ch", "p", "j", "r", "s", "v", "t", "r", "ts", "v",
     "p", "k", "o", "f"],
))
# (Armenian ու is u, և is ev; a word-initial ե is ye and ո is vo: Yervand, Vardan.)
ARMENIAN_DIGRAPHS = (("ու", "u"), ("և", "ev"))
ARMENIAN_INITIAL = {"ե": "ye", "ո": "vo"}
GEORGIAN = dict(zip(
    "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
    ["a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zh", "r", "s",
     "t", "u", "p", "k", "gh", "q", "sh", "ch", "ts", "dz", "ts", "ch", "kh", "j", "h"],
))
# Locales whose lists are written in a script of their own, transliterated whole.
NATIVE_SCRIPT_LOCALES = ("hy_AM", "ka_GE")
# A transliterated name this short may be a word of the text ("Էդ" -> "ed").
NATIVE_SCRIPT_MIN_LEN = 3


# Letters NFKD does not decompose, folded as the engine's fold.rs folds them.
UNDECOMPOSED = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t",
                              "æ": "ae", "œ": "oe", "ß": "ss"})


def fold(name):
    s = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in s if not unicodedata.combining(c)).translate(UNDECOMPOSED)


def latin(name):
    return all("LATIN" in unicodedata.name(c, "") or c in "-'" for c in name)


def transliterate(name, locale):
    table = dict(CYRILLIC, **(UKRAINIAN if locale == "uk_UA" else {}))
    out = "".join(table.get(c, c) for c in name.lower())
    # The press drops the final y of -iy/-yy endings (Dmitriy -> Dmitri, Dmitry).
    variants = {out}
    if out.endswith(("iy", "yy")):
        variants |= {out[:-1], out[:-2] + "y"}
    return variants


def armenian(name):
    word = name.lower()
    head = ARMENIAN_INITIAL.get(word[:1], "") if not word.startswith("ու") else ""
    rest = word[1:] if head else word
    for pair, latin_pair in ARMENIAN_DIGRAPHS:
        rest = rest.replace(pair, latin_pair)
    return head + "".join(ARMENIAN.get(c, c) for c in rest)


def georgian(name):
    return "".join(GEORGIAN.get(c, c) for c in name.lower())


def native_script(names, locale):
    spell = armenian if locale == "hy_AM" else georgian
    return {n for n in map(spell, names) if len(n) >= NATIVE_SCRIPT_MIN_LEN}


def listed(provider, attr):
    """The names of one list of a provider, if it has that list."""
    value = getattr(provider, attr, None)
    if value and not isinstance(value, property):
        return {unicodedata.normalize("NFC", n.strip()) for n in value}
    return set()


def locale_names(provider):
    return set().union(*(listed(provider, attr) for attr in ATTRS))


def spellings(names, locale):
    """Each name as the engine looks it up: folded, Cyrillic transliterated."""
    if locale in CYRILLIC_LOCALES:
        return set().union(*(transliterate(n, locale) for n in names))
    if locale in NATIVE_SCRIPT_LOCALES:
        return native_script(names, locale)
    return {fold(n) for n in names if latin(n) and n[:1].isupper()}


def gender_column(genders):
    """`\tf` or `\tm` for a name only ever listed as one gender, else nothing."""
    return f"\t{next(iter(genders))}" if len(genders) == 1 else ""


def main(wheel):
    tmp = tempfile.mkdtemp()
    zipfile.ZipFile(wheel).extractall(tmp)
    sys.path.insert(0, tmp)
    person = importlib.import_module("faker.providers.person")
    counts, short, cyrillic, surnames = Counter(), set(), set(), set()
    genders = defaultdict(set)
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        if module.name in SURNAME_FIRST_LOCALES:
            # (Chinese lists keep Latin spellings apart; Vietnamese ones are Latin already,
            # and their two-letter folds are words: Lê -> "le".)
            romanized = getattr(provider, "last_romanized_names", ())
            native = () if romanized else getattr(provider, "last_names", ())
            surnames |= {fold(n) for n in romanized}
            surnames |= {fold(n) for n in native if len(fold(n)) >= NATIVE_SURNAME_MIN_LEN}
        for attr, letter in GENDERED:
            for n in spellings(listed(provider, attr), module.name):
                genders[n].add(letter)
        names = spellings(locale_names(provider), module.name)
        if module.name in CYRILLIC_LOCALES + NATIVE_SCRIPT_LOCALES:
            cyrillic |= names
            continue
        counts.update(names)
        if len(names) <= SHORT_LIST:
            short |= names
    kept = {n for n, c in counts.items() if c >= MIN_LOCALES} | short | cyrillic
    # The engine's tokens are letters and inner hyphens: a name with anything else never matches.
    kept = sorted(n for n in kept if len(n) >= MIN_LEN and re.fullmatch(r"[a-z]+(-[a-z]+)*", n))
    header = ("# Common given names, folded (accents dropped, lowercase), one a line; after a tab,\n"
              "# f or m when every gendered list that holds the name is female or male.\n"
              "# Generated by scripts/kb/build_given_names.py from the PyPI package Faker "
              "(MIT licence); do not edit.\n")
    lines = (n + gender_column(genders[n]) + "\n" for n in kept)
    OUT.write_text(header + "".join(lines), encoding="utf-8")
    print(f"{len(kept)} names, {OUT.stat().st_size} bytes -> {OUT}")
    surnames = sorted(n for n in surnames if re.fullmatch(r"[a-z]+", n))
    SURNAMES_OUT.write_text(
        "# Family names written before the given name (Chinese, pinyin and Wade-Giles; Vietnamese), folded.\n"
        "# Generated by scripts/kb/build_given_names.py from the PyPI package Faker "
        "(MIT licence); do not edit.\n" + "\n".join(surnames) + "\n", encoding="utf-8")
    print(f"{len(surnames)} family names -> {SURNAMES_OUT}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
