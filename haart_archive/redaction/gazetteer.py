"""Loading of the word lists in `data/` (counties, towns, foreign cities, names, ordinary words)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from haart_archive.redaction.types import Gazetteer


def _words(filename: str) -> list[str]:
    text = resources.files("haart_archive.redaction").joinpath("data", filename).read_text("utf-8")
    words: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            words.extend(line.split())
    return words


def _place_rows() -> list[tuple[str, str, str]]:
    text = resources.files("haart_archive.redaction").joinpath("data", "places.txt").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, level, parent = line.split("|")
            rows.append((name, level, parent))
    return rows


def fold(word: str) -> str:
    """The lookup key of a word: lower case, without apostrophes or a possessive 's."""
    if word.isalpha():
        return word.lower()
    key = word.lower().replace("’", "'")
    if key.endswith("'s"):
        key = key[:-2]
    return key.replace("'", "").replace("`", "")


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once."""
    names = {fold(w) for w in _words("given_names.txt") + _words("surnames.txt")}
    places: dict[str, tuple[str, str, str]] = {}
    multiword: dict[str, list[tuple[str, ...]]] = {}
    for name, level, parent in _place_rows():
        words = tuple(fold(w) for w in name.replace("-", " ").split())
        places.setdefault(" ".join(words), (name, level, parent))
        if len(words) > 1:
            multiword.setdefault(words[0], []).append(words)
    return Gazetteer(
        names=frozenset(names),
        ambiguous=frozenset(fold(w) for w in _words("ambiguous_names.txt")),
        common=frozenset(fold(w) for w in _words("common_words.txt")),
        nouns=frozenset(fold(w) for w in _words("common_nouns.txt")),
        titles=frozenset(fold(w) for w in _words("titles.txt")),
        places=places,
        multiword={k: tuple(sorted(v, key=len, reverse=True)) for k, v in multiword.items()},
        english=frozenset(_words("english_words.txt")),
        swahili=frozenset(_words("swahili_words.txt")),
    )


def place(name: str) -> tuple[str, str, str] | None:
    """(display name, level, parent) of a known place, or None."""
    words = tuple(fold(w) for w in name.replace("-", " ").split())
    return gazetteer().places.get(" ".join(words))


def county_of(name: str) -> str | None:
    """The county of a Kenyan place, or None when the place is not in the gazetteer or abroad."""
    found = place(name)
    if found and found[1] in ("county", "town"):
        return found[2]
    return None
