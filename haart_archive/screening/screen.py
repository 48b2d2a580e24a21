"""screen(text): indicators of trafficking, the three elements and a verdict, for any text."""

from __future__ import annotations

from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.screening.explain import DISCLAIMER, explain, kind_label
from haart_archive.screening.model import (
    Element,
    Evidence,
    IndicatorFinding,
    Screening,
    SuggestedTags,
)
from haart_archive.screening.rules import MEANS_INDICATORS, Findings, Hit, conclude
from haart_archive.vocabulary import (
    EXPLOITATION_FORMS,
    ILO_INDICATORS,
    PUSH_FACTORS,
    RECRUITER_RELATIONS,
    SECTORS,
)

MAX_CHARACTERS = 2_000_000


def screen(text: str, *, language: str | None = None, is_child: bool | None = None) -> Screening:
    """Screen a text (a testimony, case notes about any crime) for indicators of trafficking.

    English, Swahili and text that mixes them are read alike (notes switch language within a
    sentence), so `language` is a hint that changes nothing: any value is accepted. `is_child`,
    when given, overrides what the text says about age.
    """
    if not isinstance(text, str):
        raise InvalidInput(Message("The text to screen must be text."))
    if len(text) > MAX_CHARACTERS:
        raise InvalidInput(Message("The text is too long to screen at once; screen it in parts."))
    findings = conclude(text, is_child)
    indicators = _indicator_findings(findings)
    counter = _counter_findings(findings, {finding.code for finding in indicators})
    elements = _elements(findings, indicators)
    verdict = _verdict(elements, findings, indicators)
    kinds = {name: element.kinds for name, element in elements.items() if element.present}
    hedged = any(finding.hedged for finding in indicators) or any(e.hedged_only for e in elements.values() if e.present)
    return Screening(
        verdict=verdict,
        elements=elements,
        child=findings.child,
        indicators=tuple(indicators),
        suggested_tags=_suggested_tags(findings, elements, indicators, verdict),
        explanation=explain(verdict, kinds, findings.child, [f.code for f in indicators],
                            [f.code for f in counter], hedged),
        disclaimer=dict(DISCLAIMER),
        counter_evidence=tuple(counter),
    )


def _best(hits: list[Hit]) -> Hit:
    return min(hits, key=lambda hit: (hit.hedged, hit.start))


def _indicator_findings(findings: Findings) -> list[IndicatorFinding]:
    found = []
    for term in ILO_INDICATORS:
        hits = findings.indicators.get(term.code)
        if not hits:
            continue
        hit = _best(hits)
        own_cue = hit.cue.primary == f"ind:{term.code}"
        reason = hit.cue.reason if own_cue else "a promise of work followed by exploitation"
        if hit.hedged:
            reason = f"possibly: {reason} (said with doubt)"
        found.append(IndicatorFinding(term.code, hit.sentence.start, hit.sentence.end, reason, hit.hedged))
    return found


def _counter_findings(findings: Findings, found: set[str]) -> list[IndicatorFinding]:
    counter = []
    for term in ILO_INDICATORS:
        hits = findings.counter.get(term.code)
        if hits and term.code not in found:
            hit = hits[0]
            counter.append(IndicatorFinding(term.code, hit.sentence.start, hit.sentence.end,
                                            f"counter-evidence: {hit.cue.reason}"))
    return counter


def _evidence(pairs: list[tuple[Hit, str]]) -> tuple[tuple[Evidence, ...], bool]:
    """One Evidence per sentence (the first reason found there); and whether all of it is hedged."""
    seen: dict[int, Evidence] = {}
    for hit, reason in sorted(pairs, key=lambda pair: pair[0].start):
        seen.setdefault(hit.sentence.index, Evidence(hit.sentence.start, hit.sentence.end, reason))
    return tuple(seen.values()), bool(pairs) and all(hit.hedged for hit, _ in pairs)


def _elements(findings: Findings, indicators: list[IndicatorFinding]) -> dict[str, Element]:
    act_pairs = [(hit, f"{kind_label('act', hit.kind_for('act:'), 'en')}: {hit.cue.reason}") for hit in findings.act]
    act_kinds = tuple(dict.fromkeys(hit.kind_for("act:") for hit in sorted(findings.act, key=lambda h: h.start)))
    means_pairs = [(hit, f"{kind_label('means', hit.kind_for('means:'), 'en')}: {hit.cue.reason}")
                   for hit in findings.means]
    means_kinds = [hit.kind_for("means:") for hit in findings.means]
    for finding in indicators:
        if finding.code in MEANS_INDICATORS:
            hits = findings.indicators[finding.code]
            means_pairs += [(hit, f"{kind_label('means', finding.code, 'en')}: {finding.reason}") for hit in hits]
            means_kinds.append(finding.code)
    purpose_pairs: list[tuple[Hit, str]] = []
    purpose_kinds: list[str] = []
    for kind, hits in [*findings.purpose.items(), *findings.derived_purpose.items()]:
        if kind in findings.purpose and hits is findings.derived_purpose.get(kind):
            continue
        label = kind_label("purpose", kind, "en")
        for hit in hits:
            named = hit.cue.primary.startswith(("purpose:", "ctx:"))
            reason = hit.cue.reason if named else f"work with {hit.cue.reason}"
            purpose_pairs.append((hit, f"{label}: {reason}"))
        purpose_kinds.append(kind)
    elements = {}
    for name, pairs, kinds in (("act", act_pairs, act_kinds), ("means", means_pairs, means_kinds),
                               ("purpose", purpose_pairs, purpose_kinds)):
        evidence, hedged_only = _evidence(pairs)
        elements[name] = Element(name, bool(pairs), evidence, tuple(dict.fromkeys(kinds)), hedged_only)
    return elements


def _verdict(elements: dict[str, Element], findings: Findings, indicators: list[IndicatorFinding]) -> str:
    needed = ["act", "purpose"] if findings.child else ["act", "means", "purpose"]
    if all(elements[name].present for name in needed):
        if not any(elements[name].hedged_only for name in needed):
            return "strong"
        return "some"
    if indicators or elements["purpose"].present or elements["means"].present:
        return "some"
    return "none"


def _codes(tags: dict, prefix: str, allowed: tuple, sentences: set[int] | None = None) -> tuple[str, ...]:
    valid = {term.code for term in allowed}
    found = []
    for target, entries in tags.items():
        if not target.startswith(prefix):
            continue
        code = target.split(":", 1)[1]
        if code in valid and any(sentences is None or sentence.index in sentences for _, sentence in entries):
            found.append((min(sentence.start for _, sentence in entries), code))
    return tuple(code for _, code in sorted(found))


def _suggested_tags(findings: Findings, elements: dict[str, Element], indicators: list[IndicatorFinding],
                    verdict: str) -> SuggestedTags:
    sectors = _codes(findings.tags, "sector:", SECTORS) if findings.work_context or verdict != "none" else ()
    exploitation: list[str] = []
    if verdict != "none":
        valid = {term.code for term in EXPLOITATION_FORMS}
        for kind in elements["purpose"].kinds:
            if kind == "sexual_exploitation" and findings.child:
                kind = "child_sexual_exploitation"
            if kind == "forced_labour" and "domestic_work" in sectors:
                kind = "domestic_servitude"
            if kind in valid and kind not in exploitation:
                exploitation.append(kind)
    act_sentences = {hit.sentence.index for hit in findings.act}
    relations = _codes(findings.tags, "rel:", RECRUITER_RELATIONS, act_sentences) if act_sentences else ()
    if len(relations) > 1 and "other" in relations:
        relations = tuple(code for code in relations if code != "other")
    return SuggestedTags(
        exploitation=tuple(exploitation),
        indicators=tuple(finding.code for finding in indicators),
        push_factors=_codes(findings.tags, "push:", PUSH_FACTORS),
        recruiter_relation=relations,
        sectors=sectors,
    )
