#!/usr/bin/env python3
"""Rebuilds Plugins/BylineEvents/Resources/currencies.tsv: the currency words and symbols the events
plugin's quantity extractor reads after a number ("40 million euros", "$2.3bn"), with their ISO 4217
codes.

Source: the ISO 4217 currency list as packaged by pycountry (https://github.com/pycountry/pycountry,
LGPL-2.1; the ISO 4217 data is maintained by SIX Group for ISO). Each circulating currency's name
gives a word (its last word, lower-cased: "Zloty" -> zloty, "Russian Ruble" -> ruble) with an English
plural; a word several currencies share (dollar, pound, franc, rupee, ...) is kept only with the
default written below, and words that are ordinary English words ("real", "won") are left out. The
codes of the IMF's SDR basket currencies (USD, EUR, CNY, JPY, GBP) are words too ("40m EUR"), and a
few symbols (Unicode CLDR's English symbols) stand before or glued to a number.

Usage:
    python3 -m venv .venv && .venv/bin/pip install pycountry
    .venv/bin/python scripts/make_currency_words.py > Plugins/BylineEvents/Resources/currencies.tsv
"""
import collections
import sys

import pycountry

# Byline's choices, written here: which currency a word several currencies share stands for in
# English-language news, spellings ISO does not list, and plurals that do not add "s".
DEFAULTS = {"dollar": "USD", "pound": "GBP", "franc": "CHF", "krone": "NOK", "krona": "SEK",
            "rupee": "INR", "ruble": "RUB"}
EXTRA_WORDS = {"yuan": "CNY", "rouble": "RUB"}  # "Yuan Renminbi"'s first word; British spelling
IRREGULAR_PLURALS = {"krone": "kroner", "krona": "kronor"}
NO_PLURAL = {"yen", "yuan", "renminbi", "sterling"}
ENGLISH_WORDS = {"real", "won", "mark", "sol", "sum", "colon", "gold", "silver"}
# Names that put a qualifier after the unit ("Rial Omani"): the unit is the first word.
QUALIFIER_LAST = {"Rial Omani", "Cordoba Oro", "Peso Uruguayo"}
SDR_BASKET = ["USD", "EUR", "CNY", "JPY", "GBP"]
SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
# Not money in circulation: units of account, funds, metals, testing codes.
NOT_CIRCULATING = ("Unit", "Unidad", "Unidades", "WIR", "Mvdol", "Sucre", "SDR", "Next day", "Gold",
                   "Silver", "Platinum", "Palladium", "testing", "no currency", "Fomento")


def circulating():
    for currency in pycountry.currencies:
        if any(part in currency.name for part in NOT_CIRCULATING):
            continue
        yield currency.alpha_3, currency.name


def unit_word(name):
    """The word of an ISO name that names the unit: "Russian Ruble" -> ruble, "CFA Franc BEAC" -> franc."""
    words = name.split()
    if name in QUALIFIER_LAST:
        return words[0].lower()
    if len(words) > 1 and words[-1].isupper():
        return words[-2].lower()
    return words[-1].lower()


def rows():
    by_word = collections.defaultdict(set)
    codes = set()
    for code, name in circulating():
        codes.add(code)
        by_word[unit_word(name)].add(code)
    words = {}
    for word, shared in by_word.items():
        if word in ENGLISH_WORDS or not word.isalpha():
            continue
        if len(shared) == 1:
            words[word] = next(iter(shared))
        elif word in DEFAULTS:
            words[word] = DEFAULTS[word]
    for word, code in {**DEFAULTS, **EXTRA_WORDS}.items():
        words.setdefault(word, code)
    result = []
    for word, code in words.items():
        if code not in codes:
            sys.exit(f"{code} ({word}) is not a circulating ISO 4217 currency")
        result.append((word, code, "name"))
        if word not in NO_PLURAL:
            result.append((IRREGULAR_PLURALS.get(word, word + "s"), code, "name"))
    result += [(code.lower(), code, "code") for code in SDR_BASKET]
    result += [(symbol, code, "symbol") for symbol, code in SYMBOLS.items()]
    return sorted(result, key=lambda row: (row[2], row[1], row[0]))


def main():
    print("# Currency words and symbols after or before a number, with their ISO 4217 codes.")
    print("# Made by scripts/make_currency_words.py from pycountry's ISO 4217 list; do not edit by hand.")
    print("word\tcode\tkind")
    for row in rows():
        print("\t".join(row))


if __name__ == "__main__":
    main()
