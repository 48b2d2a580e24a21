"""Sentences of the core that can be shown in the user's language.

The core never imports Qt, so its sentences cannot go through Qt's translation files.
Instead a sentence meant for a person is a `Message`: a `str` whose value is the English
text (so logs, the command line and every comparison see exactly what they saw before),
which also remembers the template and the values it was made from. The interface asks for
`message.translated(catalog(language))` when it shows the sentence.

Catalogs live in haart_archive/translations/<language>.json, mapping each English
template to its translation with the same {placeholders}.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

TRANSLATIONS = Path(__file__).resolve().parent / "translations"


class Message(str):
    """An English sentence made from a str.format template and named values.

    `Message("There is no testimony with id {id}.", id=7)` equals the str
    "There is no testimony with id 7."; `.template` and `.params` keep what it was made of.
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        message = super().__new__(cls, template.format(**params))
        message.template = template
        message.params = params
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as the template and values, so a copy translates like the original.
        return (_rebuild, (self.template, self.params))

    def translated(self, catalog: dict[str, str]) -> str:
        """This sentence in the catalog's language; English where the catalog has no entry.

        Values that are themselves Messages are translated too; other values are inserted as
        they are. A translation that does not fit the values falls back to English rather
        than fail in front of a user.
        """
        params = {
            name: value.translated(catalog) if isinstance(value, Message) else value
            for name, value in self.params.items()
        }
        template = catalog.get(self.template)
        if template:
            try:
                return template.format(**params)
            except (KeyError, IndexError, ValueError):
                pass
        return self.template.format(**params)


def joined(parts: list[str], separator: str = " ") -> Message:
    """Several sentences as one Message: each part translates on its own."""
    escaped = separator.replace("{", "{{").replace("}", "}}")
    template = escaped.join(f"{{part{i}}}" for i in range(len(parts)))
    return Message(template, **{f"part{i}": part for i, part in enumerate(parts)})


def _rebuild(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


def translated(text: str, catalog: dict[str, str]) -> str:
    """`text` in the catalog's language if it is a Message; otherwise exactly as it is."""
    if isinstance(text, Message):
        return text.translated(catalog)
    return text


@cache
def catalog(language: str) -> dict[str, str]:
    """The catalog {english_template: translated_template} for `language` (empty for English
    and for languages without a catalog)."""
    if language == "en":
        return {}
    path = TRANSLATIONS / f"{language}.json"
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))
