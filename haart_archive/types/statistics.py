"""Statistics values: the fields counts can be made by, and a table of suppressed counts."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.statistics.suppression import DEFAULT_K, CountCell, SuppressedTable
from haart_archive.vocabulary import term

NOT_RECORDED = "not_recorded"
NOT_RECORDED_LABELS = ("Not recorded", "Haijarekodiwa")


@dataclass(frozen=True)
class StatField:
    """A field counts can be made by. `vocabulary` gives the labels of its values (None for
    years); `multiple` is True when one testimony can have several values (then a line's
    total counts testimonies and is not the sum of its cells)."""

    name: str
    label: str
    label_sw: str
    vocabulary: str | None
    multiple: bool = False

    def title(self, language: str = "en") -> str:
        return self.label_sw if language == "sw" else self.label

    def value_label(self, value: str | None, language: str = "en") -> str:
        if value is None:
            return "Jumla" if language == "sw" else "Total"
        if value == NOT_RECORDED:
            return NOT_RECORDED_LABELS[language == "sw"]
        if self.vocabulary is None:
            return value
        try:
            return term(self.vocabulary, value).label_in(language)
        except KeyError:
            return value


STAT_FIELDS: tuple[StatField, ...] = (
    StatField("exploitation", "Form of exploitation", "Aina ya unyonyaji", "exploitation", multiple=True),
    StatField("push_factor", "Push factor", "Sababu ya kusukuma", "push_factor", multiple=True),
    StatField("recruitment", "Recruited by", "Aliyeajiri", "recruiter_relation", multiple=True),
    StatField("county", "County of origin", "Kaunti ya asili", "county"),
    StatField("destination_country", "Destination country", "Nchi aliyopelekwa", "destination_country"),
    StatField("route", "Route", "Njia", "route"),
    StatField("year", "Year", "Mwaka", None),
    StatField("sex", "Sex", "Jinsia", "sex"),
    StatField("age_band", "Age band", "Kundi la umri", "age_band"),
    StatField("indicator", "ILO indicator", "Kiashiria cha ILO", "ilo_indicator", multiple=True),
    StatField("sector", "Sector", "Sekta", "sector", multiple=True),
)
_BY_NAME = {field.name: field for field in STAT_FIELDS}


def stat_field(name: str) -> StatField:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise InvalidInput(Message(
            "'{name}' is not a field counts can be made by; use one of: {names}.",
            name=name, names=", ".join(_BY_NAME),
        )) from None


def parse_fields(text: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """'sex,year' or a list of names: one or two known, different fields."""
    names = [part.strip() for part in (text.split(",") if isinstance(text, str) else text) if part.strip()]
    if not 1 <= len(names) <= 2:
        raise InvalidInput(Message("Count by one field, or cross two (for example --by sex,year)."))
    if len(set(names)) != len(names):
        raise InvalidInput(Message("Cross two different fields."))
    return tuple(stat_field(name).name for name in names)


@dataclass(frozen=True)
class StatisticsTable:
    """Counts of testimonies by one or two fields, small cells suppressed.

    `counted` testimonies were counted; `left_out` were not, because their consent does not
    allow research and statistics on the day. Every count from 1 to k-1, and every count
    from which one could be worked out, is None in `cells`, with the reason."""

    fields: tuple[str, ...]
    k: int
    table: SuppressedTable
    counted: int
    left_out: int = 0

    @property
    def cells(self) -> tuple[CountCell, ...]:
        return self.table.cells

    @property
    def stat_fields(self) -> tuple[StatField, ...]:
        return tuple(stat_field(name) for name in self.fields)

    def rows(self, *, totals: bool = True) -> list[dict]:
        """JSON rows: each field's value (null for "all", in totals), `count` (null when
        suppressed), `suppressed` and `reason`."""
        return self.table.rows(totals=totals)

    def values(self, axis: int = 0) -> list[str]:
        """The values of one field that have a row in the table, in display order."""
        found = {cell.values[axis] for cell in self.cells if cell.values[axis] is not None}
        return sorted(found, key=_display_order(self.fields[axis]))

    def label(self, axis: int, value: str | None, language: str = "en") -> str:
        return self.stat_fields[axis].value_label(value, language)

    def cell_text(self, cell: CountCell, language: str = "en") -> str:
        if not cell.suppressed:
            return str(cell.count)
        if cell.reason == "fewer than k":
            return f"<{self.k}"
        return "–"  # hidden so that a small cell cannot be worked out

    def to_csv(self, language: str = "en") -> str:
        """A CSV a spreadsheet opens: codes, labels, the count (empty when suppressed) and why."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        header = []
        for field in self.stat_fields:
            header += [field.name, f"{field.name}_label"]
        writer.writerow([*header, "count", "suppressed", "reason"])
        for cell in self.cells:
            row = []
            for axis, value in enumerate(cell.values):
                row += ["" if value is None else value, self.label(axis, value, language)]
            writer.writerow([*row, "" if cell.count is None else cell.count,
                             "yes" if cell.suppressed else "no", cell.reason or ""])
        return out.getvalue()

    def note(self, language: str = "en") -> str:
        """One sentence on what was counted and hidden, for captions."""
        if language == "sw":
            return (f"Shuhuda {self.counted} zimehesabiwa (idhini inaruhusu takwimu); "
                    f"idadi chini ya {self.k}, na zile ambazo zingeweza kuzifichua, zimefichwa.")
        return (f"{self.counted} testimonies counted (consent allows statistics); counts below {self.k}, "
                "and counts from which one could be worked out, are hidden.")


def _display_order(name: str):
    field = stat_field(name)
    if field.vocabulary is None:
        return lambda value: (value == NOT_RECORDED, value)
    from haart_archive.vocabulary import codes

    order = {code: index for index, code in enumerate(codes(field.vocabulary))}
    return lambda value: (value == NOT_RECORDED, order.get(value, len(order)), value)


__all__ = ["DEFAULT_K", "NOT_RECORDED", "STAT_FIELDS", "StatField", "StatisticsTable", "parse_fields", "stat_field"]
