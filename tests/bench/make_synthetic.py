#!/usr/bin/env python3
"""Derives a synthetic catalogue of 20,000 services from the real one, for the
search benchmark: every real service in regional variants (the same service
as provided in each region, as national catalogues list them), plus the real
providers and centres. Deterministic; writes the file given (default
target/bench/synthetic-catalogue.json).

    python3 tests/bench/make_synthetic.py [out.json] [count]
"""
import json, pathlib, sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "target/bench/synthetic-catalogue.json"
count = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
catalogue = json.loads((ROOT / "api/seed/catalogue.json").read_text())
# As the API serves it: with the search aids (synonyms) beside it.
catalogue["search_aids"] = json.loads((ROOT / "api/seed/search_aids.json").read_text())

REGIONS = [
 ("Вінницька", "Вінніцкая", "Vinnytsia"), ("Волинська", "Валынская", "Volyn"), ("Дніпропетровська", "Днепрапятроўская", "Dnipropetrovsk"),
 ("Донецька", "Данецкая", "Donetsk"), ("Житомирська", "Жытомірская", "Zhytomyr"), ("Закарпатська", "Закарпацкая", "Zakarpattia"),
 ("Запорізька", "Запарожская", "Zaporizhzhia"), ("Івано-Франківська", "Івана-Франкоўская", "Ivano-Frankivsk"), ("Київська", "Кіеўская", "Kyiv"),
 ("Кіровоградська", "Кіраваградская", "Kirovohrad"), ("Луганська", "Луганская", "Luhansk"), ("Львівська", "Львоўская", "Lviv"),
 ("Миколаївська", "Мікалаеўская", "Mykolaiv"), ("Одеська", "Адэская", "Odesa"), ("Полтавська", "Палтаўская", "Poltava"),
 ("Рівненська", "Роўненская", "Rivne"), ("Сумська", "Сумская", "Sumy"), ("Тернопільська", "Тарнопальская", "Ternopil"),
 ("Харківська", "Харкаўская", "Kharkiv"), ("Херсонська", "Херсонская", "Kherson"), ("Хмельницька", "Хмяльніцкая", "Khmelnytskyi"),
 ("Черкаська", "Черкаская", "Cherkasy"), ("Чернівецька", "Чарнавецкая", "Chernivtsi"), ("Чернігівська", "Чарнігаўская", "Chernihiv"),
 ("Брестська", "Брэсцкая", "Brest"), ("Вітебська", "Віцебская", "Vitebsk"), ("Гомельська", "Гомельская", "Gomel"),
 ("Гродненська", "Гродзенская", "Grodno"), ("Мінська", "Мінская", "Minsk"), ("Могильовська", "Магілёўская", "Mogilev"),
]
real = catalogue["services"]
services = list(real)
n = 0
while len(services) < count:
    base = real[n % len(real)]
    uk, be, en = REGIONS[(n // len(real)) % len(REGIONS)]
    round_ = n // (len(real) * len(REGIONS))
    variant = dict(base)
    variant["id"] = f"{base['id']}-r{n}"
    suffix = f" {round_ + 1}" if round_ else ""
    variant["name"] = {
        "uk": f"{base['name']['uk']} ({uk} область{suffix})",
        "be": f"{base['name']['be']} ({be} вобласць{suffix})",
        "en": f"{base['name']['en']} ({en} region{suffix})",
    }
    services.append(variant)
    n += 1
catalogue["services"] = services
out.parent.mkdir(parents=True, exist_ok=True)
out.write_text(json.dumps(catalogue, ensure_ascii=False))
print(f"{len(services)} services -> {out}")
