"""`haart-archive screen`: indicators of trafficking in pasted text or in a testimony."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from haart_archive.archive import screen_text
from haart_archive.commands.common import add_user_option, open_archive, print_json
from haart_archive.errors import InvalidInput
from haart_archive.messages import Message
from haart_archive.types.screening import Screening, indicator_label, kind_label

HEADINGS = {
    "en": {
        "verdict": "Verdict", "strong": "strong indications of trafficking: refer for screening",
        "some": "some indicators: ask more", "none": "no indicators found", "elements": "Elements of trafficking",
        "act": "act", "means": "means", "purpose": "purpose", "found": "found", "missing": "not found",
        "child": "Child (under 18)", "yes": "yes", "no": "no", "unknown": "not known from the text",
        "indicators": "Indicators (ILO indicators of forced labour)", "tags": "Suggested tags (accept or not)",
        "none_found": "none",
    },
    "sw": {
        "verdict": "Uamuzi", "strong": "dalili kubwa za usafirishaji haramu: peleka kwa uchunguzi",
        "some": "baadhi ya dalili: uliza zaidi", "none": "hakuna dalili zilizopatikana",
        "elements": "Vipengele vya usafirishaji haramu", "act": "kitendo", "means": "njia", "purpose": "lengo",
        "found": "kimepatikana", "missing": "hakijapatikana", "child": "Mtoto (chini ya miaka 18)", "yes": "ndiyo",
        "no": "hapana", "unknown": "haijulikani kutoka kwa maandishi",
        "indicators": "Dalili (dalili za ILO za kazi ya kulazimishwa)", "tags": "Lebo zinazopendekezwa (kubali au la)",
        "none_found": "hakuna",
    },
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "screen",
        help="screen text for indicators of trafficking (stdin, or a testimony: screen PATH ID)",
        description=(
            "Screen text for indicators of trafficking. With no PATH the text is read from standard input and "
            "no archive is needed; with PATH and ID a testimony's original text is screened (roles that may read "
            "originals). A screening aid, not a legal finding."
        ),
    )
    parser.add_argument("path", type=Path, nargs="?", help="the archive folder (optional)")
    parser.add_argument("id", nargs="?", help="the testimony to screen")
    add_user_option(parser)
    parser.add_argument("--json", action="store_true", help="print the screening as JSON")
    parser.add_argument("--language", choices=["en", "sw"], default="en", help="language of the explanation")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.path is not None and args.id is None:
        raise InvalidInput(Message(
            "Give the testimony id after the archive folder, or no folder to read standard input."
        ))
    if args.path is None:
        text = _read_stdin()
        result = screen_text(text)
    else:
        with open_archive(args) as archive:
            result = archive.screen(args.id)
            text = "" if args.json else archive.testimonies.get(args.id).text
    if args.json:
        print_json(result.to_dict())
    else:
        print(render(result, text, args.language))
    return 0


def _read_stdin() -> str:
    if sys.stdin is None:
        raise InvalidInput(Message("Nothing to screen: give the text on standard input."))
    if sys.stdin.isatty():
        print("Type or paste the text, then press Ctrl-D (Ctrl-Z, Enter on Windows).", file=sys.stderr)
    text = sys.stdin.read()
    if not text.strip():
        raise InvalidInput(Message("Nothing to screen: give the text on standard input."))
    return text


def render(result: Screening, text: str, language: str = "en") -> str:
    """The screening as plain text: verdict, explanation, elements, each indicator with its
    evidence sentence, suggested tags and the disclaimer."""
    h = HEADINGS[language]
    lines = [f"{h['verdict']}: {result.verdict} ({h[result.verdict]})", "", result.explanation[language], ""]
    child = h["unknown"] if result.child is None else (h["yes"] if result.child else h["no"])
    lines += [f"{h['child']}: {child}", "", f"{h['elements']}:"]
    for name in ("act", "means", "purpose"):
        element = result.elements[name]
        if element.present:
            kinds = ", ".join(kind_label(name, kind, language) for kind in element.kinds)
            lines.append(f"  {h[name]:<8} {h['found']}: {kinds}")
            lines += [f"           \"{_one_line(text[e.start:e.end])}\"" for e in element.evidence[:3]]
        else:
            lines.append(f"  {h[name]:<8} {h['missing']}")
    lines += ["", f"{h['indicators']}:"]
    if not result.indicators:
        lines.append(f"  {h['none_found']}")
    for finding in result.indicators:
        lines.append(f"  - {indicator_label(finding.code, language)} [{finding.code}]: {finding.reason}")
        lines.append(f"      \"{_one_line(text[finding.start:finding.end])}\"")
    lines += ["", f"{h['tags']}:"]
    for group, codes in result.suggested_tags.to_dict().items():
        lines.append(f"  {group.replace('_', ' ')}: {', '.join(codes) if codes else '-'}")
    lines += ["", result.disclaimer[language]]
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())
