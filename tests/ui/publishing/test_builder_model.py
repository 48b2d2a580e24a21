"""The publication's items apart from the widgets: add, edit, move, remove, round trip."""

from haart_archive.types.publishing import PublicationSpec
from ui.publishing.builder_model import PublicationItems


def test_items_move_and_remove_like_the_buttons_say():
    items = PublicationItems()
    assert items.add("text", "v1") == 0
    assert items.add("excerpt", "v1", "a quoted passage") == 1
    assert items.add("image", "m1") == 2
    assert items.edit(2, "alt_text", "A kitchen, faces hidden") and not items.edit(5, "caption", "x")
    assert items.move(0, -1) is None, "the first item cannot move up"
    assert items.move(0, 1) == 1
    assert [item["kind"] for item in items.rows] == ["excerpt", "text", "image"]
    assert items.remove(2) == 1, "removing the last selects the one before"
    assert items.remove(7) is None
    assert [item["kind"] for item in items.rows] == ["excerpt", "text"]


def test_items_round_trip_through_a_spec():
    items = PublicationItems()
    items.add("excerpt", "v1", "a quoted passage")
    items.edit(0, "caption", "In her words")
    spec = PublicationSpec.from_dict({"title": "T", "channel": "web", "planned_date": "2026-12-06",
                                      "framing_text": "", "language": "en", "where": "", "file_name": "f",
                                      "items": items.spec_items()})
    again = PublicationItems()
    again.load(spec)
    assert again.spec_items() == items.spec_items()
