"""'Did you mean': corrections for query words that appear nowhere in the index."""

from __future__ import annotations

import re

from haart_archive.search.queries import default_fields, plain_words
from haart_archive.search.schema import Tier

# Fields whose words are suggested. body_en holds stems: its suggestions are turned
# back into a word as it was written (see `_surface_form`).
SUGGESTION_FIELDS = {
    Tier.STORY: ("body_en", "body_sw", "people"),
    Tier.PUBLIC: ("body_en", "body_sw"),
}
STEMMED_FIELDS = ("body_en",)
MAX_EDITS = 2


def suggest_correction(searcher, tier: Tier, query_text: str) -> str | None:
    """The query with unknown words replaced by close indexed words, or None."""
    corrected = query_text
    changed = False
    for word in dict.fromkeys(plain_words(query_text)):
        if _is_known(searcher, tier, word):
            continue
        better = _closest(searcher, tier, word.lower())
        if better:
            corrected = re.sub(rf"\b{re.escape(word)}\b", better, corrected)
            changed = True
    return corrected if changed else None


def _is_known(searcher, tier: Tier, word: str) -> bool:
    reader = searcher.reader()
    for fieldname in default_fields(tier):
        fieldobj = searcher.schema[fieldname]
        texts = list(fieldobj.process_text(word, mode="query"))
        if not texts:
            return True  # a stop word: nothing to correct
        if any(reader.doc_frequency(fieldname, text) for text in texts):
            return True
    return False


def _closest(searcher, tier: Tier, word: str) -> str | None:
    candidates = set()
    for fieldname in SUGGESTION_FIELDS[tier]:
        stemmed = fieldname in STEMMED_FIELDS
        asked = _query_form(searcher, fieldname, word) if stemmed else word
        if not asked:
            continue
        corrector = searcher.corrector(fieldname)
        for suggestion in corrector.suggest(asked, limit=3, maxdist=MAX_EDITS, prefix=1):
            if stemmed:
                candidates.update(_surface_forms(searcher, fieldname, suggestion))
            else:
                candidates.add(suggestion)
    candidates.discard(word)
    if not candidates:
        return None
    return min(candidates, key=lambda candidate: (_edits(word, candidate), candidate))


def _query_form(searcher, fieldname: str, word: str) -> str | None:
    texts = list(searcher.schema[fieldname].process_text(word, mode="query"))
    return texts[0] if texts else None


def _surface_forms(searcher, fieldname: str, stem: str, docs: int = 3) -> set[str]:
    """Words as written in a few documents that have `stem` ('house', 'houses' for 'hous')."""
    forms: set[str] = set()
    analyzer = searcher.schema[fieldname].analyzer
    matcher = searcher.reader().postings(fieldname, stem)
    while matcher.is_active() and docs:
        text = searcher.stored_fields(matcher.id()).get(fieldname, "")
        forms.update(text[start:end].lower() for _term, start, end in analyzer.spans(text, {stem}))
        matcher.next()
        docs -= 1
    return forms


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (words are short)."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]
