#!/usr/bin/env python3
"""Writes word_forms.json: for every word of the catalogue's Ukrainian and
Belarusian names, every form of it (its paradigm), as the languages' Hunspell
dictionaries generate them. The search stemmer is measured on it
(`cargo test -p portal-search --test stemmer_families -- --nocapture`): each
form should reduce to the same stem as its siblings.

Needs Debian's hunspell-uk, hunspell-be and hunspell-tools (unmunch):

    apt-get install hunspell-uk hunspell-be hunspell-tools
    python3 tests/bench/make_word_forms.py

The dictionaries: hunspell-uk 7.5 (Ukrainian, GPL/LGPL/MPL, the
dict_uk project), hunspell-be 0.53 (Belarusian, CC BY-SA 3.0, Mikalai
Udodau). The file keeps only the paradigms of the catalogue's own words.
"""
import json
import pathlib
import re
import subprocess
import tempfile

HERE = pathlib.Path(__file__).parent
CATALOGUE = HERE.parent.parent / "api" / "seed" / "catalogue.json"
DICTIONARIES = {"uk": "uk_UA", "be": "be_BY"}
SENTINEL = "qqsentinelqq"
APOSTROPHES = "'’ʼ`"


def normal(word):
    """As the search engine folds words (the forms are kept as written)."""
    word = word.lower().replace("ё", "е").replace("ґ", "г").replace("ў", "у")
    return "".join(c for c in word if c not in APOSTROPHES)


def catalogue_words(lang):
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    words = set()
    for kind in ("services", "providers"):
        for item in catalogue[kind]:
            for word in re.findall(r"[\w'’ʼ`]+", item["name"][lang]):
                if len(word) >= 3 and not word.isdigit():
                    words.add(normal(word))
    return words


def paradigms(dic_name):
    """Every entry of the dictionary as the list of its forms."""
    dic = pathlib.Path(f"/usr/share/hunspell/{dic_name}.dic").read_text(encoding="utf-8")
    entries = [line for line in dic.split("\n")[1:] if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        # A bare sentinel after each entry marks where its forms end.
        spaced = [x for entry in entries for x in (entry, SENTINEL)]
        path = pathlib.Path(tmp) / "all.dic"
        path.write_text(f"{len(spaced)}\n" + "\n".join(spaced) + "\n", encoding="utf-8")
        out = subprocess.run(
            ["unmunch", str(path), f"/usr/share/hunspell/{dic_name}.aff"], capture_output=True, check=True
        ).stdout.decode("utf-8")
    family = []
    for form in out.split("\n"):
        if form == SENTINEL:
            if family:
                yield family
            family = []
        elif form:
            family.append(form.lower())


def families(lang):
    wanted = catalogue_words(lang)
    found = {}
    for family in paradigms(DICTIONARIES[lang]):
        # The dictionaries put the negated adjectives (небяспечны) in the
        # paradigm of the plain one: a different word, left out.
        plain = {f for f in family if not (f.startswith("не") and f[2:] in family)}
        forms = sorted(plain)
        # Proper names and abbreviations (capitalised entries) are kept too:
        # people type them in any case.
        if len({normal(f) for f in forms}) > 1 and wanted.intersection(normal(f) for f in forms):
            found[tuple(forms)] = True
    return [list(forms) for forms in sorted(found)]


result = {
    "source": "Hunspell dictionaries hunspell-uk 7.5 and hunspell-be 0.53 (Debian), expanded with unmunch; "
    "only the paradigms of words in the catalogue's names; tests/bench/make_word_forms.py",
    "uk": families("uk"),
    "be": families("be"),
}
(HERE / "word_forms.json").write_text(json.dumps(result, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
print({lang: len(result[lang]) for lang in DICTIONARIES})
