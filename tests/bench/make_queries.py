#!/usr/bin/env python3
"""Writes queries.json: the labelled search queries for the quality benchmark
and the search regression tests. Each query names the entries it should find
("kind:id"); a query counts as found when one of them is in the top five.

Hand-written queries come first; the rest are derived from catalogue names by
fixed rules (a typo, the wrong keyboard layout, Latin transliteration, a
prefix, another word order, another apostrophe), so the set is reproducible:

    python3 tests/bench/make_queries.py

The "everyday" set follows them: queries written by hand from how people
talk (everyday words, abbreviations, inflected and Belarusian phrases,
Russian spelling, chatty queries with a word too many), by someone who had
not seen the engine. They are kept in everyday_queries.json and copied in
as they are; the reports show the sets apart. The "held-out" set
(held_out_queries.json) was written the same way after the search aids and
the stemmer were tuned on the everyday set, and never used to tune them: its
figures are the honest estimate for queries nobody has seen.
"""
import json, pathlib, random

ROOT = pathlib.Path(__file__).resolve().parents[2]
catalogue = json.loads((ROOT / "api/seed/catalogue.json").read_text())

HAND = [
    ("exact", "Видача міжнародного посвідчення водія", ["service:international-driving-permit"]),
    ("exact", "Видача ліцензії на експорт товарів", ["service:export-licence"]),
    ("exact", "єМалятко", ["service:emalyatko"]),
    ("exact", "Выдача ўнікальнага ідэнтыфікатара", ["service:unique-identifier-by"]),
    ("exact", "Issue of an international driving permit", ["service:international-driving-permit"]),
    ("apostrophe", "бронювання військовозобов’язаних", ["service:deferment-of-employees"]),
    ("apostrophe", "бронювання військовозобовʼязаних", ["service:deferment-of-employees"]),
    ("apostrophe", "бронювання військовозобов`язаних", ["service:deferment-of-employees"]),
    ("apostrophe", "охорони здоровʼя", ["provider:moz"]),
    ("layout", "dblfxf vs;yfhjlyjuj gjcdslxtyyz", ["service:international-driving-permit"]),
    ("layout", "kswtypsz yf t", ["service:export-licence", "service:licence-medicine-import"]),
    ("layout", "'vfkznrj", ["service:emalyatko"]),
    ("layout", "wyfg kmdsd", ["centre:cnap-lviv"]),
    ("translit", "vydacha mizhnarodnoho posvidchennia", ["service:international-driving-permit"]),
    ("translit", "litsenziia na eksport tovariv", ["service:export-licence"]),
    ("translit", "emaliatko", ["service:emalyatko"]),
    ("translit", "tsnap kharkiv", ["centre:cnap-kharkiv"]),
    ("typo", "посвідченя водія", ["service:international-driving-permit", "service:national-driving-licence-exchange"]),
    ("typo", "ліцинзія експорт", ["service:export-licence"]),
    ("typo", "міжнароднго посвідчення", ["service:international-driving-permit"]),
    ("typo", "пасведчане кіроўцы", ["service:international-driving-permit", "service:national-driving-licence-exchange"]),
    ("prefix", "видача міжнар", ["service:international-driving-permit", "service:veterinary-certificate"]),
    ("prefix", "ємал", ["service:emalyatko"]),
    ("prefix", "цнап льв", ["centre:cnap-lviv"]),
    ("inflection", "посвідчення водіїв", ["service:international-driving-permit", "service:national-driving-licence-exchange"]),
    ("inflection", "ліцензію на експорт", ["service:export-licence"]),
    ("inflection", "реєстрації шлюбів", ["service:marriage-registration"]),
    ("order", "водія посвідчення міжнародного", ["service:international-driving-permit"]),
    ("belarusian", "пасведчанне кіроўцы міжнароднае", ["service:international-driving-permit"]),
    ("belarusian", "адно акно мінск", ["centre:one-window-minsk"]),
    ("provider", "міністерство юстиції", ["provider:minjust-ua"]),
    ("provider", "держпраці західне", ["provider:dpp-west"]),
    ("provider", "national bank of ukraine", ["provider:nbu"]),
]

# Keyboard layouts: Cyrillic letter -> Latin key (Ukrainian and Belarusian).
UK_KEYS = dict(zip("йцукенгшщзхїфівапролджєячсмитьбю", "qwertyuiop[]asdfghjkl;'zxcvbnm,."))
BE_KEYS = dict(zip("йцукенгшўзх'фывапролджэячсмітьбю", "qwertyuiop[]asdfghjkl;'zxcvbnm,."))
TRANSLIT = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
            "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
            "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
            "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": ""}
START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

def words(text):
    return [w for w in "".join(c.lower() if c.isalnum() or c in "'’" else " " for c in text).split()]

def layout(text, keys):
    return "".join(keys.get(c, c) for c in text.lower())

def translit(text):
    out = []
    for w in words(text):
        out.append("".join(START.get(c, TRANSLIT.get(c, c)) if i == 0 else TRANSLIT.get(c, c) for i, c in enumerate(w)))
    return " ".join(out)

def typo(word, rng):
    if len(word) < 6:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]  # swap two neighbours

def key_words(name, n=4):
    ws = [w for w in words(name) if len(w) > 3]
    return ws[:n] if len(ws) >= 2 else words(name)[:n]

rng = random.Random(2026)
derived = []
# Services whose key words name them alone (the same name at two providers,
# or names that differ only after the fourth word, would make a query ambiguous).
def unique_key(s):
    mine = {lang: key_words(s["name"][lang]) for lang in ("uk", "be", "en")}
    return not any(o is not s and any(key_words(o["name"][l]) == mine[l] for l in mine) for o in catalogue["services"])
services = [s for s in catalogue["services"] if not s["id"].startswith(("licence-", "extract-")) and unique_key(s)]
rng.shuffle(services)
for s in services[:14]:
    ws = key_words(s["name"]["uk"])
    derived.append(("typo", " ".join(typo(w, rng) for w in ws), [f"service:{s['id']}"]))
for s in services[14:28]:
    derived.append(("layout", layout(" ".join(key_words(s["name"]["uk"])), UK_KEYS), [f"service:{s['id']}"]))
for s in services[28:42]:
    derived.append(("translit", translit(" ".join(key_words(s["name"]["uk"]))), [f"service:{s['id']}"]))
for s in services[42:56]:
    ws = key_words(s["name"]["uk"])
    derived.append(("prefix", " ".join(ws[:-1] + [ws[-1][: max(3, len(ws[-1]) // 2)]]), [f"service:{s['id']}"]))
for s in services[56:70]:
    derived.append(("order", " ".join(reversed(key_words(s["name"]["uk"]))), [f"service:{s['id']}"]))
for s in services[70:84]:
    derived.append(("belarusian", " ".join(key_words(s["name"]["be"])), [f"service:{s['id']}"]))
for s in services[84:94]:
    derived.append(("english", " ".join(key_words(s["name"]["en"])), [f"service:{s['id']}"]))

queries = [{"group": g, "query": q, "expected": e, "hand_written": True, "set": "original"} for g, q, e in HAND]
queries += [{"group": g, "query": q, "expected": e, "hand_written": False, "set": "original"} for g, q, e in derived]
queries += json.loads((pathlib.Path(__file__).parent / "everyday_queries.json").read_text())
queries += json.loads((pathlib.Path(__file__).parent / "held_out_queries.json").read_text())
(pathlib.Path(__file__).parent / "queries.json").write_text(json.dumps(queries, ensure_ascii=False, indent=1) + "\n")
print(len(queries), "queries")
