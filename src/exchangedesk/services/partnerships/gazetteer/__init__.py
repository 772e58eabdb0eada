"""Cities: the offline GeoNames gazetteer, and the committee's own cities table.

Look a city up by any of its names — English, native script, with or without diacritics,
historical ("Stalingrad") — with :meth:`Gazetteer.search` on :func:`default_gazetteer`; save the
chosen one with :func:`add_city_from_gazetteer` (once: its GeoNames id is unique), or a place the
gazetteer lacks with :func:`add_city_by_hand`; find saved cities with :func:`find_cities`.

The gazetteer is built once per process on first use (a few seconds; call
``default_gazetteer().load()`` from a start-up worker), then read from a checked copy in the
user's cache directory on later starts (well under a second). See ``index`` for the index and
its ranking, ``native`` for how the native-script name is guessed and where that guess fails.
"""

from exchangedesk.services.partnerships.gazetteer.cities import (
    SEARCH_KEY_BUDGET,
    CityDraft,
    CityRow,
    add_city,
    add_city_by_hand,
    add_city_from_gazetteer,
    city_from_hit,
    city_row,
    city_search_key,
    find_cities,
    validate_city,
)
from exchangedesk.services.partnerships.gazetteer.countries import (
    Country,
    countries,
    country,
    country_name,
)
from exchangedesk.services.partnerships.gazetteer.index import (
    DEFAULT_MIN_POPULATION,
    Gazetteer,
    GazetteerHit,
    default_gazetteer,
    search_form,
)
from exchangedesk.services.partnerships.gazetteer.native import native_name

__all__ = [
    "city_row",
    "DEFAULT_MIN_POPULATION",
    "SEARCH_KEY_BUDGET",
    "CityDraft",
    "CityRow",
    "Country",
    "Gazetteer",
    "GazetteerHit",
    "add_city",
    "add_city_by_hand",
    "add_city_from_gazetteer",
    "city_from_hit",
    "city_search_key",
    "countries",
    "country",
    "country_name",
    "default_gazetteer",
    "find_cities",
    "native_name",
    "search_form",
    "validate_city",
]
