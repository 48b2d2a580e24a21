"""Sentences of the core reach a Swahili user in Swahili: every Message template has a
translation with the same placeholders, and real errors come out translated."""

from __future__ import annotations

import ast
import json
import pickle
import string
from pathlib import Path

import pytest

import haart_archive
from haart_archive.messages import TRANSLATIONS, Message, catalog, translated

PACKAGE = Path(haart_archive.__file__).resolve().parent


def message_templates() -> dict[str, str]:
    """Every literal template of a Message(...) call in the core, with where it is."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Message"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_a_message_is_its_english_text():
    message = Message("There is no testimony with id {id}.", id=7)
    assert message == "There is no testimony with id 7."
    assert isinstance(message, str)
    assert message.template == "There is no testimony with id {id}."
    assert message.params == {"id": 7}
    assert json.dumps(message) == '"There is no testimony with id 7."'
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message and copy.template == message.template


def test_translation_uses_the_catalog_and_falls_back_to_english():
    books = {"There is no testimony with id {id}.": "Hakuna ushuhuda wenye kitambulisho {id}."}
    assert Message("There is no testimony with id {id}.", id=7).translated(books) == (
        "Hakuna ushuhuda wenye kitambulisho 7."
    )
    assert Message("Not in the catalog {n}.", n=2).translated(books) == "Not in the catalog 2."
    assert translated("plain text", books) == "plain text"
    assert catalog("en") == {}


def test_messages_inside_messages_are_translated_too():
    books = {"Outer {inner}.": "Nje {inner}.", "inner": "ndani"}
    assert Message("Outer {inner}.", inner=Message("inner")).translated(books) == "Nje ndani."
    assert Message("Outer {inner}.", inner="inner").translated(books) == "Nje inner."


def test_a_translation_that_does_not_fit_falls_back_to_english():
    assert Message("Hello {name}.", name="A").translated({"Hello {name}.": "Habari {jina}."}) == (
        "Hello A."
    )


def test_every_template_has_swahili_with_the_same_placeholders():
    templates = message_templates()
    assert len(templates) > 100, "the walk found the core's messages"
    sw = json.loads((TRANSLATIONS / "sw.json").read_text(encoding="utf-8"))
    missing = [f"{where}: {t}" for t, where in templates.items() if not sw.get(t)]
    assert not missing, "\n".join(missing)
    wrong = [
        f"{templates[t]}: {t}" for t in templates if placeholders(sw[t]) != placeholders(t)
    ]
    assert not wrong, "\n".join(wrong)
    for english, swahili in sw.items():
        assert placeholders(english) == placeholders(swahili), english


def test_real_errors_come_out_in_swahili(tmp_path):
    from haart_archive.archive import Archive
    from haart_archive.errors import ConsentRefused, NotPermitted, WrongPassphrase
    from haart_archive.roles import Role, require

    sw = catalog("sw")
    folder = tmp_path / "archive"
    archive, _key = Archive.create(folder, "Wanjiru Test", "purple elephant dancing quietly at dawn")
    archive.close()
    with pytest.raises(WrongPassphrase) as wrong:
        Archive.open(folder, "Wanjiru Test", "not the passphrase at all, sorry")
    assert wrong.value.message.translated(sw) != str(wrong.value)
    assert wrong.value.message.translated(sw) == sw[wrong.value.message.template].format(
        **wrong.value.message.params
    )

    with pytest.raises(NotPermitted) as refused:
        require(Role.ADVOCATE, "delete testimonies")
    text = refused.value.message.translated(sw)
    assert "delete testimonies" not in text and "advocate" in text
    assert text == sw["A user with the role '{role}' is not permitted to {action}."].format(
        role="advocate", action=sw["delete testimonies"]
    )
    assert isinstance(ConsentRefused("x").message, str)


def test_a_consent_refusal_reason_comes_out_in_swahili():
    import datetime as dt

    from haart_archive.consent.policy import may

    decision = may("anonymous_publication", [], on=dt.date(2026, 5, 3))
    assert not decision.allowed
    (reason,) = decision.reasons
    assert reason.startswith("No consent has been recorded for this testimony")
    assert reason.translated(catalog("sw")) == (
        "Hakuna ridhaa iliyorekodiwa kwa ushuhuda huu, kwa hiyo hakuna kinachoruhusiwa "
        "isipokuwa kazi ya kesi ndani ya shirika."
    )
    try:
        decision.raise_if_refused()
    except Exception as error:  # checked just below
        refusal = error
    assert refusal.message.translated(catalog("sw")).startswith("Ridhaa hairuhusu ")
    assert "3 Mei 2026" in refusal.message.translated(catalog("sw"))
    assert str(refusal.message).endswith("on 3 May 2026.")


def test_every_audit_action_has_swahili():
    """Audit actions are stored in English in the sealed log; the audit page shows them
    through the catalog, so each one needs an entry."""
    actions = {
        "redacted version approved",
        "redacted version approved (second)",
        "consent granted",
        "consent amended",
        "consent renewed",
        "consent withdrawn",
    }
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "record"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)
            ):
                actions.add(node.args[1].value)
    assert len(actions) > 30
    sw = catalog("sw")
    assert not sorted(action for action in actions if not sw.get(action))


def test_joined_sentences_translate_one_by_one():
    from haart_archive.messages import joined

    both = joined([Message("Bad terms."), Message("Bad taking.")])
    assert both == "Bad terms. Bad taking."
    assert both.translated(catalog("sw")) == (
        "Masharti si sahihi. Taarifa za upokeaji wa ridhaa si sahihi."
    )
    assert joined([]) == ""
