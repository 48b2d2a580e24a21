"""What a screening returns: frozen values, and the JSON the command line prints."""

from __future__ import annotations

from dataclasses import dataclass, field

VERDICTS = ("strong", "some", "none")
ELEMENTS = ("act", "means", "purpose")


@dataclass(frozen=True)
class Evidence:
    """A span of the screened text (character offsets) and, in words, why it counts."""

    start: int
    end: int
    reason: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "reason": self.reason}


@dataclass(frozen=True)
class IndicatorFinding:
    """One ILO indicator of forced labour found in the text, with the sentence that shows it."""

    code: str
    start: int
    end: int
    reason: str
    hedged: bool = False

    def to_dict(self) -> dict:
        return {"code": self.code, "start": self.start, "end": self.end, "reason": self.reason}


@dataclass(frozen=True)
class Element:
    """One element of trafficking (act, means or purpose): whether the text shows it, and where.

    `kinds` names what was found (for example "recruitment", "deception", "sexual_exploitation").
    """

    name: str
    present: bool
    evidence: tuple[Evidence, ...] = ()
    kinds: tuple[str, ...] = ()
    hedged_only: bool = False

    def to_dict(self) -> dict:
        return {"present": self.present, "evidence": [item.to_dict() for item in self.evidence]}


@dataclass(frozen=True)
class SuggestedTags:
    """Codes from the controlled vocabularies that an editor may accept or not."""

    exploitation: tuple[str, ...] = ()
    indicators: tuple[str, ...] = ()
    push_factors: tuple[str, ...] = ()
    recruiter_relation: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {
            "exploitation": list(self.exploitation),
            "indicators": list(self.indicators),
            "push_factors": list(self.push_factors),
            "recruiter_relation": list(self.recruiter_relation),
            "sectors": list(self.sectors),
        }


@dataclass(frozen=True)
class Screening:
    """The result of screening one text for indicators of trafficking.

    A screening aid, not a legal finding: `disclaimer` says so in English and Swahili.
    `counter_evidence` lists what speaks against an indicator (a kept passport, a salary paid
    in full); it is part of the explanation, not of the JSON schema.
    """

    verdict: str
    elements: dict[str, Element]
    child: bool | None
    indicators: tuple[IndicatorFinding, ...]
    suggested_tags: SuggestedTags
    explanation: dict[str, str]
    disclaimer: dict[str, str]
    counter_evidence: tuple[IndicatorFinding, ...] = field(default=())

    def to_dict(self) -> dict:
        """Exactly the object `haart-archive screen --json` prints."""
        return {
            "verdict": self.verdict,
            "elements": {name: self.elements[name].to_dict() for name in ELEMENTS},
            "child": self.child,
            "indicators": [finding.to_dict() for finding in self.indicators],
            "suggested_tags": self.suggested_tags.to_dict(),
            "explanation": dict(self.explanation),
            "disclaimer": dict(self.disclaimer),
        }
