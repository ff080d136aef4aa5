from __future__ import annotations

import pytest

from pipeline.gazetteer import Gazetteer, derive_demonyms, is_known_place, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer(100_000)


@pytest.mark.parametrize(("name", "expected"), [
    ("Yerevan", ("Yerevan", "AM", "capital")),
    ("YEREVAN", ("Yerevan", "AM", "capital")),
    ("Teheran", ("Tehran", "IR", "capital")),
    ("Moscow’s", ("Moscow", "RU", "capital")),
    ("Armenia", ("Armenia", "AM", "country")),
    ("Europe", ("Europe", "", "continent")),
    ("Lavrov", None),
    ("Pashinyan", None),
    # Short aliases and airport codes are words and names in English text; the few news uses stay.
    ("Pew", None),
    ("Ken", None),
    ("Ben", None),
    ("LA", ("Los Angeles", "US", "city")),
    ("Ufa", ("Ufa", "RU", "city")),
    # Not an alternate name news uses for something else (GeoNames lists Topeka's 2010 prank name).
    ("Google", None),
    ("Topeka", ("Topeka", "US", "city")),
    # A place's own name wins over another's alternate name: GeoNames lists "Philadelphia" for
    # Amman, "Delhi" for Dili, "Cancun" for Changchun, "Salvador" for San Salvador.
    ("Philadelphia", ("Philadelphia", "US", "city")),
    ("Delhi", ("Delhi", "IN", "city")),
    ("Cancun", ("Cancún", "MX", "city")),
    ("Salvador", ("Salvador", "BR", "city")),
    # US states are places; an alternate that is a state's or another town's own name is none
    # ("Florida" for Floridablanca, "Franklin" for Columbus), unless the town is a village beside it.
    ("Florida", ("Florida", "US", "state")),
    ("New York", ("New York", "US", "state")),
    ("Washington", ("Washington", "US", "capital")),
    ("Franklin", None),
    ("Calcutta", ("Kolkata", "IN", "city")),
    # Spellings and short forms of a place's own name stay its names.
    ("Odessa", ("Odesa", "UA", "city")),
    ("St Petersburg", ("Saint Petersburg", "RU", "city")),
    ("Westminster", ("City of Westminster", "GB", "city")),
    ("Hull", ("Kingston upon Hull", "GB", "city")),
    # The names news gives countries besides GeoNames' own are the country's.
    ("US", ("United States", "US", "country")),
    ("U.S.", ("United States", "US", "country")),
    ("America", ("United States", "US", "country")),
    ("Britain", ("United Kingdom", "GB", "country")),
    ("UK", ("United Kingdom", "GB", "country")),
    ("Türkiye", ("Turkey", "TR", "country")),
    ("DRC", ("Democratic Republic of the Congo", "CD", "country")),
    ("North America", ("North America", "", "continent")),
])
def test_places(gazetteer: Gazetteer, name: str, expected: tuple[str, str, str] | None) -> None:
    place = gazetteer.place(name)
    assert (place.name, place.country, place.kind) == expected if place else expected is None


@pytest.mark.parametrize(("word", "country"), [
    ("Russian", "RU"), ("Armenians", "AM"), ("Ukrainian", "UA"), ("Azerbaijani", "AZ"), ("Chinese", "CN"),
    ("Turkish", "TR"), ("Nigerian", "NG"), ("Iranian", "IR"), ("Iraqi", "IQ"), ("German", "DE"), ("Lavrov", None),
])
def test_demonyms(gazetteer: Gazetteer, word: str, country: str | None) -> None:
    assert gazetteer.demonym_country(word) == country


def test_longer_country_wins_a_derived_demonym() -> None:
    assert derive_demonyms([("Niger", "NE"), ("Nigeria", "NG")])["nigerian"] == "NG"


def test_json_round_trip_gives_the_same_gazetteer(gazetteer: Gazetteer) -> None:
    from pipeline.gazetteer import gazetteer_from_json, gazetteer_to_json

    assert gazetteer_from_json(gazetteer_to_json(gazetteer)) == gazetteer


@pytest.mark.parametrize(("name", "expected"), [("Mumbai", True), ("New Delhi", True), ("Dubai", True), ("Update", False),
                                                ("Moderator", False)])
def test_known_places_for_datelines(name: str, expected: bool) -> None:
    assert is_known_place(name) is expected
