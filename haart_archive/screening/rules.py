"""From cues found in the text to indicators and the three elements of trafficking.

The rules, in the order they apply:
1. Every cue match is judged in its sentence: negated (English words before the verb in its
   clause, or a Swahili negative verb form), hedged (maybe, labda), or as the cue says.
2. Indicators of control that also occur in ordinary life (violence, threats, isolation,
   restriction, vulnerability) count only in a context of work or exploitation, and never in
   a sentence about a partner unless there is a purpose of exploitation: that keeps domestic
   violence and a bar fight out.
3. Weak evidence (pay late or short, an escape, a vulnerable status, a promise of a job)
   counts only beside evidence of control, or, for a promise, when exploitation follows it;
   counter-evidence (paid in full, free to leave) cancels weak evidence of the same indicator.
4. The act is what the recruiter, transporter or holder did; the means are the indicators of
   coercion and deception plus abduction and payments to a guardian; the purpose is a form of
   exploitation named in the text, or work with indicators of forced labour, or, for a child,
   being put to work (child labour is exploitation under the Act).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from dataclasses import dataclass

from haart_archive.screening.child import detect_child
from haart_archive.screening.cues import COMPILED_TAGS, CUES, Cue
from haart_archive.screening.text import (
    Sentence,
    hedged,
    hypothetical,
    negated_before,
    sentences,
    swahili_negative,
)

GATED = {"physical_sexual_violence", "intimidation_threats", "isolation", "abuse_of_vulnerability"}
CONTROL = {
    "restriction_of_movement", "retention_of_documents", "intimidation_threats", "debt_bondage", "isolation",
    "physical_sexual_violence",
}
MEANS_INDICATORS = {
    "deception", "abuse_of_vulnerability", "restriction_of_movement", "isolation", "physical_sexual_violence",
    "intimidation_threats", "retention_of_documents", "debt_bondage",
}
LABOUR_EXPLOITATION = {"withholding_wages", "excessive_overtime", "abusive_conditions", "debt_bondage"}


@dataclass(frozen=True)
class Hit:
    """One cue matched in one sentence, with the effect it has there."""

    cue: Cue
    effect: str
    sentence: Sentence
    start: int
    end: int
    hedged: bool

    @property
    def kind(self) -> str:
        return self.cue.primary.split(":", 1)[1]

    def kind_for(self, prefix: str) -> str:
        """What this hit shows for one element ("act:" -> "transfer"), for cues with several targets."""
        return next(target[len(prefix):] for target in self.cue.targets if target.startswith(prefix))


@dataclass(frozen=True)
class Findings:
    """What the rules concluded, before it is put into words."""

    sentences: tuple[Sentence, ...]
    indicators: dict[str, list[Hit]]
    counter: dict[str, list[Hit]]
    act: list[Hit]
    means: list[Hit]
    purpose: dict[str, list[Hit]]
    derived_purpose: dict[str, list[Hit]]
    child: bool | None
    tags: dict[str, list[tuple[str, Sentence]]]
    work_context: bool


def find_hits(text: str) -> tuple[list[Sentence], list[Hit]]:
    """Every cue match in every sentence with its effect; where two cues for the same target
    match the same words, the first cue wins."""
    found = sentences(text)
    hits: list[Hit] = []
    for sentence in found:
        taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for cue in CUES:
            for match in cue.compiled.finditer(sentence.text):
                hit = _judge(cue, match, sentence)
                if hit is None or _overlaps(taken[cue.primary], match.start(), match.end()):
                    continue
                insort(taken[cue.primary], (match.start(), match.end()))
                hits.append(hit)
    return found, hits


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, non-overlapping spans."""
    index = bisect_left(spans, (start, start))
    return (index > 0 and spans[index - 1][1] > start) or (index < len(spans) and spans[index][0] < end)


def _judge(cue: Cue, match, sentence: Sentence) -> Hit | None:
    verb_group = next((name for name in ("v", "w") if match.groupdict().get(name)), None)
    if verb_group:
        position = match.start(verb_group)
        negated = swahili_negative(match.group(verb_group)) or negated_before(sentence.text, position)
    else:
        position = match.start()
        negated = negated_before(sentence.text, position)
    effect = cue.negated if negated else cue.affirmed
    describes_a_threat = cue.primary.startswith("ind:") and cue.primary != "ind:intimidation_threats"
    if describes_a_threat and hypothetical(sentence.text, match.start()):
        return None
    if effect is not None and cue.check is not None:
        effect = cue.check(match, sentence, effect)
    if effect is None:
        return None
    return Hit(cue, effect, sentence, sentence.start + match.start(), sentence.start + match.end(),
               hedged(sentence.text, match.end()))


def conclude(text: str, is_child: bool | None = None) -> Findings:
    """Apply the rules of this module's docstring to the text."""
    found, hits = find_hits(text)
    by_target: dict[str, list[Hit]] = defaultdict(list)
    for hit in hits:
        for target in hit.cue.targets:
            by_target[target].append(hit)
    child = is_child if is_child is not None else detect_child(found).child
    partner_sentences = {hit.sentence.index for hit in by_target["ctx:partner"]}
    work = bool(by_target["ctx:work"])
    strong_purpose = _purposes(by_target, "pos")
    act = [hit for hit in _targets(by_target, "act:") if hit.effect == "pos"]
    weak_purpose = _purposes(by_target, "weak")
    context = bool(strong_purpose) or bool(weak_purpose) or work or (bool(child) and bool(act))

    def admissible(hit: Hit, code: str) -> bool:
        if hit.sentence.index in partner_sentences and not strong_purpose:
            return False
        return context or code not in GATED

    positive: dict[str, list[Hit]] = defaultdict(list)
    weak: dict[str, list[Hit]] = defaultdict(list)
    counter: dict[str, list[Hit]] = defaultdict(list)
    for target, target_hits in by_target.items():
        if not target.startswith("ind:"):
            continue
        code = target[4:]
        for hit in target_hits:
            if hit.effect == "counter":
                counter[code].append(hit)
            elif admissible(hit, code):
                (positive if hit.effect == "pos" else weak)[code].append(hit)
    indicators = _settle(positive, weak, counter, by_target, strong_purpose)
    means = [hit for hit in _targets(by_target, "means:") if hit.effect == "pos"]
    means_present = bool(means) or any(code in MEANS_INDICATORS for code in indicators)
    purpose = dict(strong_purpose)
    for kind, weak_hits in weak_purpose.items():
        proceeds = bool(by_target["ctx:proceeds"])
        if kind not in purpose and _weak_purpose_counts(kind, child, means_present, bool(act), proceeds):
            purpose[kind] = weak_hits
    derived = _derived_purpose(indicators, by_target, child, work)
    return Findings(
        tuple(found), indicators, counter, act, means, purpose, derived, child,
        _tags(found, text), work,
    )


def _weak_purpose_counts(kind: str, child: bool | None, means: bool, act: bool, proceeds: bool) -> bool:
    """Commercial sex or marriage of a child is exploitation as such; theft, begging or an armed
    group are exploitation when someone controls the person or takes the proceeds."""
    if kind in {"sexual_exploitation", "forced_marriage"}:
        return bool(child) or means
    return means or proceeds or (bool(child) and act)


def _targets(by_target: dict[str, list[Hit]], prefix: str) -> list[Hit]:
    return [hit for target, target_hits in by_target.items() if target.startswith(prefix) for hit in target_hits]


def _purposes(by_target: dict[str, list[Hit]], effect: str) -> dict[str, list[Hit]]:
    found: dict[str, list[Hit]] = defaultdict(list)
    for target, target_hits in by_target.items():
        if target.startswith("purpose:"):
            for hit in target_hits:
                if hit.effect == effect:
                    found[target[8:]].append(hit)
    return dict(found)


def _settle(positive: dict, weak: dict, counter: dict, by_target: dict, strong_purpose: dict) -> dict[str, list[Hit]]:
    """Positive evidence stands; weak evidence needs control and no counter-evidence; a promise
    of a job is deception when exploitation follows it and nothing says it was kept."""
    indicators = {code: hits for code, hits in positive.items() if hits}
    control = CONTROL & set(indicators)
    for code, hits in weak.items():
        if code in indicators or counter.get(code):
            continue
        others = control - {code}
        if code == "abuse_of_vulnerability":
            if strong_purpose:
                indicators[code] = hits
        elif others:
            indicators[code] = hits
    # Lies about a job the person never took up are a fraud; lies about work done are deception.
    work = bool(by_target["ctx:work"])
    if "deception" in indicators and (counter.get("deception") or not (
            set(indicators) - {"deception"} or strong_purpose or work)):
        del indicators["deception"]
    if "deception" not in indicators and not by_target["ctx:promise_kept"]:
        evidence = [hit.sentence.index for hits in (*indicators.values(), *strong_purpose.values()) for hit in hits]
        latest = max(evidence, default=-1)
        for promise in by_target["ctx:promise"]:
            if latest >= promise.sentence.index:
                indicators["deception"] = [promise]
                break
    return indicators


def _derived_purpose(indicators: dict, by_target: dict, child: bool | None, work: bool) -> dict[str, list[Hit]]:
    """Forced labour read from the indicators, or child labour."""
    derived: dict[str, list[Hit]] = {}
    labour = [hit for code in LABOUR_EXPLOITATION if code in indicators for hit in indicators[code]]
    control = [hit for code in CONTROL if code in indicators for hit in indicators[code]]
    if work and (labour or len(CONTROL & set(indicators)) >= 2):
        derived["forced_labour"] = labour or control
    elif child and by_target["ctx:child_work"]:
        derived["forced_labour"] = list(by_target["ctx:child_work"])
    return derived


def _tags(found: list[Sentence], text: str) -> dict[str, list[tuple[str, Sentence]]]:
    tags: dict[str, list[tuple[str, Sentence]]] = defaultdict(list)
    for sentence in found:
        for target, pattern in COMPILED_TAGS:
            if pattern.search(sentence.text):
                tags[target].append((target.split(":", 1)[1], sentence))
    return dict(tags)
