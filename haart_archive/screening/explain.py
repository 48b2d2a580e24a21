"""The verdict in plain English and Swahili: which elements were found, which are missing,
what to ask next, and the reminder that this is a screening aid, not a legal finding.

The explanation names elements and indicators only, never words quoted from the text, so it
can be shown or kept without repeating what a survivor said.
"""

from __future__ import annotations

from haart_archive.vocabulary import EXPLOITATION_FORMS, ILO_INDICATORS, Term

DISCLAIMER = {
    "en": (
        "This is a screening aid: it points to possible indicators of trafficking in the words of the text. "
        "It is not a legal finding and does not identify anyone as a victim or an offender; a trained person "
        "must assess the case with the survivor."
    ),
    "sw": (
        "Huu ni msaada wa uchunguzi wa awali: unaonyesha dalili zinazowezekana za usafirishaji haramu wa binadamu "
        "katika maneno ya maandishi. Si uamuzi wa kisheria na haumtambui mtu yeyote kama mwathiriwa au mkosaji; "
        "mtu aliyefunzwa lazima atathmini kesi pamoja na manusura."
    ),
}

ELEMENT_NAMES = {
    "en": {"act": "the act", "means": "the means", "purpose": "the purpose of exploitation"},
    "sw": {"act": "kitendo", "means": "njia", "purpose": "lengo la unyonyaji"},
}
ACT_KINDS = {
    "recruitment": ("recruitment", "kushawishiwa au kuajiriwa"),
    "transportation": ("transportation", "kusafirishwa"),
    "transfer": ("transfer or sale", "kukabidhiwa au kuuzwa"),
    "harbouring": ("harbouring", "kuhifadhiwa au kufichwa"),
    "receipt": ("receipt", "kupokelewa"),
}
MEANS_KINDS = {
    "abduction": ("abduction", "utekaji nyara"),
    "payment": ("payment to a parent or guardian", "malipo kwa mzazi au mlezi"),
    "force": ("force", "nguvu"),
    "coercion": ("coercion", "shuruti"),
}
QUESTIONS = {
    "act": (
        "How did the person come to this place or this work: who recruited, moved, handed over or kept them?",
        "Mtu huyu alifikaje mahali hapa au kwenye kazi hii: nani alimshawishi, kumsafirisha, kumkabidhi au kumhifadhi?",
    ),
    "means": (
        "Was the person deceived, threatened, beaten or kept in debt, were their documents taken, "
        "and could they leave?",
        "Je, alidanganywa, alitishiwa, alipigwa au aliwekwa katika deni, vitambulisho vyake vilichukuliwa, "
        "na angeweza kuondoka?",
    ),
    "purpose": (
        "What was the person made to do, were they paid, and were they free to stop?",
        "Alifanywa kufanya nini, alilipwa, na alikuwa huru kuacha?",
    ),
    "age": ("How old was the person when this began?", "Alikuwa na umri gani mambo haya yalipoanza?"),
}


def _label(terms: tuple[Term, ...], code: str, language: str) -> str:
    for term in terms:
        if term.code == code:
            return term.label_in(language).lower() if language == "en" else term.label_in(language)
    return code.replace("_", " ")


def kind_label(element: str, kind: str, language: str) -> str:
    """A found kind of act, means or purpose in words."""
    index = 0 if language == "en" else 1
    if element == "act" and kind in ACT_KINDS:
        return ACT_KINDS[kind][index]
    if element == "means" and kind in MEANS_KINDS:
        return MEANS_KINDS[kind][index]
    if element == "means":
        return _label(ILO_INDICATORS, kind, language)
    return _label(EXPLOITATION_FORMS, kind, language)


def indicator_label(code: str, language: str) -> str:
    return _label(ILO_INDICATORS, code, language)


def _join(items: list[str], language: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    word = " and " if language == "en" else " na "
    return ", ".join(items[:-1]) + word + items[-1]


def explain(verdict: str, kinds: dict[str, tuple[str, ...]], child: bool | None, indicators: list[str],
            counter: list[str], hedged: bool) -> dict[str, str]:
    """The explanation in both languages. `kinds` maps each present element to what was found."""
    return {
        language: _explain(language, verdict, kinds, child, indicators, counter, hedged)
        for language in ("en", "sw")
    }


def _found(element: str, kinds: dict[str, tuple[str, ...]], language: str) -> str:
    named = _join([kind_label(element, kind, language) for kind in kinds[element]], language)
    return f"{ELEMENT_NAMES[language][element]} ({named})" if named else ELEMENT_NAMES[language][element]


def _explain(language: str, verdict: str, kinds: dict[str, tuple[str, ...]], child: bool | None,
             indicators: list[str], counter: list[str], hedged: bool) -> str:
    en = language == "en"
    q = 0 if en else 1
    parts: list[str] = []
    if verdict == "strong":
        if child and "means" not in kinds:
            found = _join([_found("act", kinds, language), _found("purpose", kinds, language)], language)
            parts.append(
                f"Strong indications of trafficking. The person appears to be a child, so {found} are enough; "
                "the means need not be shown." if en else
                f"Dalili kubwa za usafirishaji haramu wa binadamu. Inaonekana ni mtoto, kwa hiyo {found} vinatosha; "
                "njia hazihitaji kuonyeshwa."
            )
        else:
            found = _join([_found(name, kinds, language) for name in ("act", "means", "purpose")], language)
            parts.append(
                f"Strong indications of trafficking: {found} are all described." if en else
                f"Dalili kubwa za usafirishaji haramu wa binadamu: {found} vyote vimeelezwa."
            )
        parts.append(
            "Refer the case for a full trafficking screening by a trained person." if en else
            "Peleka kesi hii kwa uchunguzi kamili utakaofanywa na mtu aliyefunzwa."
        )
    elif verdict == "some":
        needed = ["act", "purpose"] if child else ["act", "means", "purpose"]
        missing = [name for name in needed if name not in kinds]
        present = [_found(name, kinds, language) for name in ("act", "means", "purpose") if name in kinds]
        labels = _join([indicator_label(code, language) for code in indicators], language)
        if labels:
            parts.append(f"Some indicators of trafficking: {labels}." if en else
                         f"Kuna baadhi ya dalili za usafirishaji haramu wa binadamu: {labels}.")
        else:
            parts.append("Some signs of trafficking." if en else
                         "Kuna baadhi ya ishara za usafirishaji haramu wa binadamu.")
        found_text = _join(present, language) or ("none" if en else "hakuna")
        missing_text = _join([ELEMENT_NAMES[language][name] for name in missing], language)
        if missing:
            parts.append(
                f"The elements are incomplete. Found: {found_text}. Missing: {missing_text}." if en else
                f"Vipengele havijakamilika. Vimepatikana: {found_text}. Vinakosekana: {missing_text}."
            )
        else:
            parts.append(
                f"The elements ({found_text}) are described, but some of it is said with doubt." if en else
                f"Vipengele ({found_text}) vimeelezwa, lakini baadhi yake vimesemwa kwa shaka."
            )
        questions = [QUESTIONS[name][q] for name in missing]
        if child is None:
            questions.append(QUESTIONS["age"][q])
        if questions:
            parts.append(("Ask: " if en else "Uliza: ") + " ".join(questions))
    else:
        parts.append(
            "No indicators of trafficking were found in this text. That does not rule trafficking out; if there is "
            "a concern, ask:" if en else
            "Hakuna dalili za usafirishaji haramu wa binadamu zilizopatikana katika maandishi haya. Hilo halimaanishi "
            "kwamba hakuna; ikiwa kuna wasiwasi, uliza:"
        )
        parts.append(" ".join(QUESTIONS[name][q] for name in ("act", "means", "purpose")))
    if counter:
        labels = _join([indicator_label(code, language) for code in counter], language)
        parts.append(f"Counter-evidence was noted for: {labels}." if en else
                     f"Ushahidi unaopinga umeonekana kwa: {labels}.")
    if hedged:
        parts.append("Some evidence is said with doubt (maybe, perhaps): confirm it." if en else
                     "Baadhi ya ushahidi umesemwa kwa shaka (labda, huenda): uthibitishe.")
    return " ".join(parts)
