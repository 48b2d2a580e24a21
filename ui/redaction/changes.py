"""When the original changed after a redacted version was made: carry the editor's decisions
over to the new text, and show what changed.

The core keeps only the newest text of a testimony and, for a version, a hash of the text it
was made from; it hands the UI neither the old text nor the version's plan. So the desk
compares what it can get: the stale version's redacted text against the redacted preview of
the new text under the carried-over plan. The decisions come from the plan this session
worked on (kept in memory only) or, failing that, from the version's reviewed strings.
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass, replace

from haart_archive.types.redaction import Decision, Operator, RedactionPlan, Status


@dataclass(frozen=True)
class CarriedOver:
    """How many earlier decisions were re-applied, which hand-marked texts were not found
    again, and how many new suggestions wait for the editor."""

    reapplied: int
    lost: int
    waiting: int


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def carry_over(plan: RedactionPlan, text: str, earlier: list[Decision], reviewed: list[str] = ()) -> CarriedOver:
    """Re-apply `earlier` decisions (matched by their text) to `plan`, a fresh default plan of
    the new `text`; strings in `reviewed` (left in by an editor) become rejections, unless the
    default already keeps them with a replacement (the first name only rule)."""
    by_text: dict[str, Decision] = {}
    for decision in earlier:
        if decision.status != Status.MANUAL:
            by_text.setdefault(_key(decision.text), decision)
    reviewed_keys = {_key(t) for t in reviewed}
    reapplied = 0
    for index, current in enumerate(plan.decisions):
        old = by_text.get(_key(current.text))
        if old is not None and old.status != Status.PENDING:
            plan.decisions[index] = replace(current, status=old.status, operator=old.operator,
                                            every_occurrence=old.every_occurrence)
            reapplied += 1
        elif _key(current.text) in reviewed_keys and not (current.applies and current.operator == Operator.KEEP):
            plan.reject(index)
            reapplied += 1
    lost = 0
    for decision in earlier:
        if decision.status != Status.MANUAL:
            continue
        found = re.search(rf"(?<!\w){re.escape(decision.text)}(?!\w)", text)
        if found is None:
            lost += 1
            continue
        plan.add(text, found.start(), found.end(), decision.type, decision.operator, decision.every_occurrence)
        reapplied += 1
    waiting = sum(1 for d in plan.decisions if d.status == Status.PENDING)
    return CarriedOver(reapplied, lost, waiting)


def word_diff_html(old: str, new: str, context: int = 8) -> tuple[str, int]:
    """An HTML word diff of `old` against `new` (deleted words struck out in red, added ones
    in green, unchanged stretches shortened to `context` words each side) and how many
    places changed."""
    a, b = re.findall(r"\S+\s*|\s+", old), re.findall(r"\S+\s*|\s+", new)
    opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    parts: list[str] = []
    changes = 0
    for number, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            words = a[i1:i2]
            first, last = number == 0, number == len(opcodes) - 1
            if len(words) > (1 if first or last else 2) * context:
                head = [] if first else words[:context]
                tail = [] if last else words[-context:]
                words = [*head, "… ", *tail]
            parts.append(html.escape("".join(words)))
            continue
        changes += 1
        if i2 > i1:
            parts.append('<span style="background:#fde0dc;color:#8a1c1c;text-decoration:line-through">'
                         f'{html.escape("".join(a[i1:i2]))}</span>')
        if j2 > j1:
            parts.append('<span style="background:#d8f0d8;color:#1d5e20;font-weight:bold">'
                         f'{html.escape("".join(b[j1:j2]))}</span>')
    body = "".join(parts).replace("\n", "<br>")
    return f"<div>{body}</div>", changes
