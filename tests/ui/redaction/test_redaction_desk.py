"""The redaction desk, driven as an editor drives it: keys on the suggestions list, a span
marked by hand, approval blocked by a leak and unblocked, a box drawn on a photo and the
derived image checked pixel by pixel, a stale version carried over, two-editor approval,
and a screenshot of every state in English and Swahili. All names are invented."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from haart_archive.archive import Archive
from haart_archive.types.people import PersonIdentity, PersonProfile
from haart_archive.types.redaction import EntityType, Operator, Status
from haart_archive.types.testimonies import PersonInput, TestimonyDraft
from tests.ui.conftest import CUSTODIAN, EDITOR, unlock

ROOT = Path(__file__).resolve().parents[2]
SECOND_EDITOR = ("Njeri Test", "orange tortoises paint lighthouses on sunday")
TITLE = "Housework abroad (desk test)"
TEXT = (
    "My name is Amina Wekesa and I grew up in Kaptagat.\n"
    "In March 2019 a man called Joseph Kiprono came to our church. He said there was housework in Riyadh.\n"
    "He gave me his phone 0712 345 678 and took my ID 23456789 to make the papers.\n"
    "Mama Amina cried when I left. I was 16 years old.\n"
    "At the house behind the green water tank they kept the passports in a drawer.\n"
)
PHOTO_SIZE = (160, 120)


def _photo_with_gps() -> bytes:
    from PIL import Image

    image = Image.new("RGB", PHOTO_SIZE, (40, 160, 90))
    for x in range(PHOTO_SIZE[0]):  # a pattern, so "all fill colour" means something
        for y in range(0, PHOTO_SIZE[1], 7):
            image.putpixel((x, y), (250, 250, 250))
    exif = Image.Exif()
    exif[0x010F] = "Fictional Phone Maker"
    exif[0x8825] = {1: "S", 2: (1.0, 17.0, 30.0), 3: "E", 4: (36.0, 49.0, 0.0)}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


@pytest.fixture(scope="session")
def desk_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("desk-template") / "archive"
    archive, _key = Archive.create(folder, *CUSTODIAN)
    archive.users.add(EDITOR[0], "editor", EDITOR[1])
    archive.users.add(SECOND_EDITOR[0], "editor", SECOND_EDITOR[1])
    testimony_id = archive.testimonies.add(TestimonyDraft(
        title=TITLE, text=TEXT, county="uasin_gishu", language="en",
        people=(
            PersonInput("survivor", PersonIdentity(legal_name="Amina Wekesa", home_village="Kaptagat"),
                        PersonProfile("female", 2003)),
            PersonInput("recruiter", PersonIdentity(legal_name="Joseph Kiprono", phones=("0712 345 678",)),
                        PersonProfile("male", 1980)),
        ),
    ))
    archive.media.add(testimony_id, _photo_with_gps(), file_name="kitchen.jpg")
    archive.lock()
    return folder


@pytest.fixture
def desk_folder(desk_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    shutil.copytree(desk_template, folder)
    return folder


@pytest.fixture
def shots() -> Path:
    folder = Path(os.environ.get("HAART_SCREENSHOT_DIR", ROOT / "test-screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_desk(make_window, folder: Path, who=EDITOR, language: str = "en"):
    window = make_window(folder, language=language)
    unlock(window, *who)
    assert window.workspace.go("redaction")
    desk = window.workspace.pages["redaction"]
    desk.picker.setCurrentIndex(desk.picker.findText(TITLE))
    desk.picker.activated.emit(desk.picker.currentIndex())
    assert desk.testimony_id is not None
    return window, desk


def settle(desk) -> None:
    """Let the preview and leak check catch up (they follow key presses on a timer)."""
    desk.review.refresh(wait=True)


def row_of(desk, text: str) -> int:
    return next(i for i, d in enumerate(desk.review.review.plan.decisions) if d.text == text)


def key_to(qtbot, desk, row: int) -> None:
    """Walk the list with N and P until `row` is the current suggestion."""
    table = desk.review.table
    for _ in range(200):
        if desk.review.current() == row:
            return
        qtbot.keyClick(table, Qt.Key.Key_N if desk.review.current() < row else Qt.Key.Key_P)
    raise AssertionError("could not reach the row by keyboard")


def test_defaults_are_not_decisions_until_the_editor_looks(make_window, desk_folder, qtbot, answers):
    from ui.dialogs import Answer

    window, desk = open_desk(make_window, desk_folder)
    review = desk.review
    for row, decision in enumerate(review.review.plan.decisions):  # decide the waiting ones by key
        if decision.status == Status.PENDING:
            review.go_to(row)
            qtbot.keyClick(review.table, Qt.Key.Key_A)
    settle(desk)
    unseen = review.unseen_defaults()
    assert unseen > 0, "the detector decided some suggestions by default"
    assert "decided by default" in review.counts.text()
    assert "ready to approve" not in desk.approval_label.text()
    assert desk.approve_button.isEnabled()
    answers.queue.append(Answer.NO)  # "Accept all defaults as they are?" No: take me to them
    desk.approve_button.click()
    assert "Accept all defaults" in answers.texts("confirm")[-1] and str(unseen) in answers.texts("confirm")[-1]
    assert window.archive.redaction.versions(desk.testimony_id) == [] or \
        window.archive.redaction.versions(desk.testimony_id)[-1].state != "approved"
    for row in range(len(review.review.plan.decisions)):  # step through every one
        review.go_to(row)
    assert review.unseen_defaults() == 0
    settle(desk)
    assert "ready to approve" in desk.approval_label.text()
    asked = len(answers.texts("confirm"))
    desk.approve_button.click()
    summary = answers.texts("confirm")[asked:]
    assert len(summary) == 1 and "redacted" in summary[0], "one confirmation, with a summary"
    assert window.archive.redaction.versions(desk.testimony_id)[-1].state == "approved"
    assert QApplication.focusWidget() is not window.lock_button


def test_keyboard_review_a_manual_span_and_approval(make_window, desk_folder, qtbot):
    window, desk = open_desk(make_window, desk_folder)
    review = desk.review
    assert "No consent is recorded" in desk.consent_label.text()  # not a level nobody agreed to
    assert "Consent requires" not in desk.consent_label.text()
    assert "Defaults" in desk.defaults_label.text()
    assert review.table.hasFocus() or review.table.isVisible()
    table = review.table
    start = review.current()
    qtbot.keyClick(table, Qt.Key.Key_N)
    assert review.current() == start + 1
    qtbot.keyClick(table, Qt.Key.Key_P)
    assert review.current() == start
    # Review every suggestion by keys: A redacts and moves on.
    recruiter = row_of(desk, "Joseph Kiprono")
    key_to(qtbot, desk, recruiter)
    qtbot.keyClick(table, Qt.Key.Key_3)  # pseudonym for this span
    assert review.review.plan.decisions[recruiter].operator.value == "pseudonym"
    key_to(qtbot, desk, 0)
    for _ in range(len(review.review.plan.decisions)):
        qtbot.keyClick(table, Qt.Key.Key_A)
    assert review.waiting() == 0
    # "green water tank" (it would find the house) was not suggested: select it, press S.
    assert not any("water" in d.text for d in review.review.plan.decisions)
    where = TEXT.index("green water tank")
    cursor = QTextCursor(review.original.document())
    cursor.setPosition(where)
    cursor.setPosition(where + len("green water tank"), QTextCursor.MoveMode.KeepAnchor)
    review.original.setTextCursor(cursor)
    review.original.setFocus()
    qtbot.keyClick(review.original, Qt.Key.Key_S)
    manual = review.review.plan.decisions[-1]
    assert manual.status == Status.MANUAL and manual.text == "green water tank"
    settle(desk)
    assert "green water tank" not in review.preview.toPlainText()
    assert "Joseph Kiprono" not in review.preview.toPlainText()
    assert review.alias_model.rowCount() == 1  # Joseph Kiprono's pseudonym, shown before saving
    assert desk.approve_button.isEnabled(), desk.approval_label.text()
    desk.approve_button.click()
    version = window.archive.redaction.versions(desk.testimony_id)[-1]
    assert version.state == "approved"
    assert "green water tank" not in version.text and "Amina" not in version.text
    assert "Otieno Test" in desk.version_label.text()  # the approver's name
    assert not desk.has_unsaved_changes()


def test_a_planted_leak_blocks_approval_until_it_is_redacted(make_window, desk_folder, qtbot):
    window, desk = open_desk(make_window, desk_folder)
    review, table = desk.review, desk.review.table
    recruiter = row_of(desk, "Joseph Kiprono")
    key_to(qtbot, desk, recruiter)
    qtbot.keyClick(table, Qt.Key.Key_R)  # leave the recruiter's name in: a planted leak
    assert review.review.plan.decisions[recruiter].status == Status.REJECTED
    assert not desk.approve_button.isEnabled()  # the check is running
    qtbot.waitUntil(lambda: not review.refresh_timer.isActive() and not review.checking, timeout=3000)
    assert not review.report.passed
    assert any(leak.form == "Joseph Kiprono" for leak in review.report.leaks)
    assert not desk.approve_button.isEnabled()
    assert "leak check found" in desk.approval_label.text()
    # A click on the leak jumps to it in both texts.
    row = next(i for i, leak in enumerate(review.report.leaks) if leak.form == "Joseph Kiprono")
    index = review.leak_model.index(row)
    review.leak_view.scrollTo(index)
    where = review.leak_view.visualRect(index).center()
    QTest.mouseClick(review.leak_view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert review.preview.textCursor().selectedText() == "Joseph Kiprono"
    assert review.original.textCursor().selectedText() == "Joseph Kiprono"
    # Back to the list, the same suggestion, redact it: the check passes and approval opens.
    table.setFocus()
    key_to(qtbot, desk, recruiter)
    qtbot.keyClick(table, Qt.Key.Key_A)
    settle(desk)
    assert review.report.passed
    # Every suggestion must be decided before approval.
    while review.waiting():
        key_to(qtbot, desk, next(i for i, d in enumerate(review.review.plan.decisions) if d.status == Status.PENDING))
        qtbot.keyClick(table, Qt.Key.Key_A)
    settle(desk)
    assert desk.approve_button.isEnabled(), desk.approval_label.text()


def test_a_quasi_identifier_decision_is_honoured_by_the_live_check_and_by_approval(make_window, desk_folder, qtbot):
    """The live leak check is the core's (same allow-list approval uses): a distinctive
    detail marked by hand is removed, and once kept on purpose it passes both checks."""
    window, desk = open_desk(make_window, desk_folder)
    review, table = desk.review, desk.review.table
    key_to(qtbot, desk, 0)
    for _ in range(len(review.review.plan.decisions)):
        qtbot.keyClick(table, Qt.Key.Key_A)
    where = TEXT.index("green water tank")
    cursor = QTextCursor(review.original.document())
    cursor.setPosition(where)
    cursor.setPosition(where + len("green water tank"), QTextCursor.MoveMode.KeepAnchor)
    review.original.setTextCursor(cursor)
    review.mark_type.setCurrentIndex(review.mark_type.findData(EntityType.QUASI_IDENTIFIER.value))
    review.original.setFocus()
    qtbot.keyClick(review.original, Qt.Key.Key_S)
    detail = review.review.plan.decisions[-1]
    assert detail.type == EntityType.QUASI_IDENTIFIER and detail.text == "green water tank"
    settle(desk)
    assert "green water tank" not in review.preview.toPlainText()
    assert "identifying detail removed" in review.preview.toPlainText()
    assert review.report.passed
    # Kept on purpose (key 5): it stays in the text, and neither check calls it a leak.
    table.setFocus()
    key_to(qtbot, desk, len(review.review.plan.decisions) - 1)
    qtbot.keyClick(table, Qt.Key.Key_5)
    assert review.review.plan.decisions[-1].operator == Operator.KEEP
    settle(desk)
    assert "green water tank" in review.preview.toPlainText()
    assert review.report.passed, review.report.leaks
    assert desk.approve_button.isEnabled(), desk.approval_label.text()
    desk.approve_button.click()
    version = window.archive.redaction.versions(desk.testimony_id)[-1]
    assert version.state == "approved" and "green water tank" in version.text
    assert window.archive.redaction.leak_check(version.id).passed


def test_draw_a_box_on_a_photo_and_create_the_redacted_image(make_window, desk_folder, qtbot):
    from PIL import Image

    from haart_archive.media.cleanliness import assert_clean

    window, desk = open_desk(make_window, desk_folder)
    desk.tabs.setCurrentWidget(desk.images)
    pane = desk.images
    assert pane.photos.rowCount() == 1
    facts = [pane.facts.item(i).text() for i in range(pane.facts.rowCount())]
    assert any("GPS" in fact for fact in facts)
    canvas = pane.canvas
    canvas.resetTransform()  # 1:1, so the mouse points are image pixels plus the view offset
    canvas.scale_factor, canvas.fitted = 1.0, False
    canvas.centerOn(canvas.image_item)
    qtbot.wait(10)
    top_left = canvas.mapFromScene(20, 30)
    bottom_right = canvas.mapFromScene(90, 80)
    viewport = canvas.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=top_left)
    QTest.mouseMove(viewport, top_left + QPoint(30, 20))
    QTest.mouseMove(viewport, bottom_right)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=bottom_right)
    regions = canvas.regions()
    assert len(regions) == 1
    box = regions[0]
    assert abs(box.x - 20) <= 1 and abs(box.y - 30) <= 1 and abs(box.w - 70) <= 2 and abs(box.h - 50) <= 2
    # A freehand shape (F), selected in move mode (M) and deleted with Del.
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_F)
    assert canvas.mode == "freehand"
    points = [canvas.mapFromScene(x, y) for x, y in ((110, 10), (150, 15), (140, 60), (115, 50))]
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:]:
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=points[-1])
    assert len(canvas.regions()) == 2
    qtbot.keyClick(canvas, Qt.Key.Key_M)
    assert canvas.mode == "move"
    inside_shape = canvas.mapFromScene(135, 30)
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=inside_shape)
    assert len(canvas.scene().selectedItems()) == 1
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert len(canvas.regions()) == 1
    # Move the box 10 pixels right by dragging it, and back.
    grab = canvas.mapFromScene(50, 50)
    for dx in (10, -10):
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=grab)
        QTest.mouseMove(viewport, grab + QPoint(dx // 2, 0))
        QTest.mouseMove(viewport, grab + QPoint(dx, 0))
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=grab + QPoint(dx, 0))
        grab = grab + QPoint(dx, 0)
        assert abs(canvas.regions()[0].x - (20 + max(dx, 0))) <= 1
    qtbot.keyClick(canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert canvas.scale_factor > 1.0
    canvas.resetTransform()
    pane.update_preview()
    derived = pane.create_redacted()
    assert derived is not None
    data = window.archive.media.read(derived)
    assert_clean(data)
    image = Image.open(io.BytesIO(data)).convert("RGB")
    assert image.size == PHOTO_SIZE
    left, top = int(box.x) + 1, int(box.y) + 1
    right, bottom = int(box.x + box.w) - 1, int(box.y + box.h) - 1
    inside = {image.getpixel((x, y)) for x in range(left, right) for y in range(top, bottom)}
    assert inside == {(0, 0, 0)}
    outside = image.getpixel((5, 100))
    assert outside != (0, 0, 0)
    assert pane.approve_button.isEnabled()
    pane.approve_button.click()
    assert window.archive.media.info(derived).state == "approved"


def test_a_stale_version_shows_what_changed_and_carries_the_plan_over(make_window, desk_folder, qtbot):
    window, desk = open_desk(make_window, desk_folder)
    review, table = desk.review, desk.review.table
    riyadh = row_of(desk, "Riyadh")
    key_to(qtbot, desk, riyadh)
    qtbot.keyClick(table, Qt.Key.Key_4)  # generalise Riyadh, which the default kept
    assert desk.save()
    old = desk.version
    record = window.archive.testimonies.get(desk.testimony_id)
    new_text = record.text.replace("our church", "the market in Eldoret")
    window.archive.testimonies.update(desk.testimony_id, TestimonyDraft(
        title=record.title, text=new_text, county=record.county, language=record.language))
    assert desk.version.id == old.id and desk.version.stale
    assert desk.stale_row.isVisible()
    assert "carried over" in desk.stale_label.text()
    carried = review.review.plan.decisions[row_of(desk, "Riyadh")]
    assert carried.operator.value == "generalise"
    desk.changes_button.click()
    assert desk.changes.isVisible()
    assert "Eldoret" in desk.changes.toPlainText() or "Uasin Gishu" in desk.changes.toPlainText()


def test_second_editor_approval_records_both_names(make_window, desk_folder, qtbot):
    archive = Archive.open(desk_folder, *CUSTODIAN)
    archive.set_setting("second_approval", True)
    archive.lock()
    window, desk = open_desk(make_window, desk_folder)
    for _ in range(len(desk.review.review.plan.decisions)):
        qtbot.keyClick(desk.review.table, Qt.Key.Key_A)
    settle(desk)
    assert desk.approve()
    assert desk.version.state == "first_approval"
    assert not desk.approve_button.isEnabled()
    assert "different editor" in desk.approval_label.text()
    window.lock("manual")
    assert window.workspace is None
    unlock(window, *SECOND_EDITOR)
    window.workspace.go("redaction")
    desk = window.workspace.pages["redaction"]
    desk.picker.setCurrentIndex(desk.picker.findText(TITLE))
    desk.picker.activated.emit(desk.picker.currentIndex())
    assert desk.approve_button.text() == "Give the second approval"
    assert desk.approve_button.isEnabled(), desk.approval_label.text()
    desk.approve_button.click()
    assert desk.version.state == "approved"
    assert "Otieno Test" in desk.version_label.text() and "Njeri Test" in desk.version_label.text()


def test_locking_clears_the_desk(make_window, desk_folder):
    window, desk = open_desk(make_window, desk_folder)
    assert desk.review.original.toPlainText()
    desk.clear()
    assert desk.review.original.toPlainText() == ""
    assert desk.review.preview.toPlainText() == ""
    assert desk.picker.count() == 0 and not desk.session_plans
    assert desk.review.model.rowCount() == 0 and desk.images.photos.rowCount() == 0


@pytest.mark.parametrize("language", ["en", "sw"])
def test_screenshots_of_the_desk(make_window, desk_folder, qtbot, shots, language):
    window, desk = open_desk(make_window, desk_folder, language=language)
    review = desk.review

    def save(name: str) -> None:
        qtbot.wait(20)
        path = shots / f"{language}-desk-{name}.png"
        assert window.grab().save(str(path))

    save("01-loaded")
    key_to(qtbot, desk, row_of(desk, "Joseph Kiprono"))
    qtbot.keyClick(review.table, Qt.Key.Key_R)
    settle(desk)
    save("02-leak-blocked")
    qtbot.keyClick(review.table, Qt.Key.Key_P)
    qtbot.keyClick(review.table, Qt.Key.Key_3)
    for _ in range(len(review.review.plan.decisions)):
        qtbot.keyClick(review.table, Qt.Key.Key_A)
    settle(desk)
    save("03-ready")
    desk.approve_button.click()
    save("04-approved")
    desk.tabs.setCurrentWidget(desk.images)
    canvas = desk.images.canvas
    canvas.add_box(canvas.image_rect().adjusted(30, 20, -60, -50))
    desk.images.update_preview()
    save("05-photo")
    desk.images.create_redacted()
    save("06-photo-created")
    desk.tabs.setCurrentWidget(review)
    record = window.archive.testimonies.get(desk.testimony_id)
    window.archive.testimonies.update(desk.testimony_id, TestimonyDraft(
        title=record.title, text=record.text.replace("our church", "the market in Eldoret"),
        county=record.county, language=record.language))
    desk.changes_button.setChecked(True)
    save("07-stale")


def test_suggested_faces_and_text_are_boxes_the_editor_accepts(make_window, desk_folder, qtbot, monkeypatch):
    from haart_archive.types.media import Rect
    from haart_archive.types.media import SuggestedBox as Suggestion

    window, desk = open_desk(make_window, desk_folder)
    desk.tabs.setCurrentWidget(desk.images)
    pane = desk.images
    media = window.archive.media
    monkeypatch.setattr(media, "suggested_boxes", lambda _media_id: [
        Suggestion("face", Rect(10, 10, 40, 40), 0.93), Suggestion("text", Rect(60, 70, 80, 12), 0.8, "0712 345 678")])
    assert pane.suggest_button.isEnabled() and not pane.accept_button.isEnabled()
    pane.suggest_button.click()
    qtbot.waitUntil(lambda: bool(pane.canvas.suggestions()), timeout=5000)
    assert len(pane.canvas.suggestions()) == 2
    assert pane.canvas.regions() == [], "a suggestion covers nothing until the editor accepts it"
    assert "1 face" in pane.suggest_note.text()
    pane.accept_button.click()
    regions = pane.canvas.regions()
    assert len(regions) == 2 and not pane.canvas.suggestions()
    derived = pane.create_redacted()
    asked = {}
    monkeypatch.setattr(media, "approve", lambda derived_id, **kwargs: asked.update(kwargs))
    assert pane.no_face_box.isEnabled()
    pane.no_face_box.setChecked(True)
    pane.approve_button.click()
    assert derived and asked == {"no_face_confirmed": True}
    pane.load(None)  # nothing to draw on: the tools say so by being disabled
    assert not any(widget.isEnabled() for widget in pane.tool_widgets)


def test_duplicate_titles_are_told_apart_in_the_picker(make_window, desk_folder):
    from haart_archive.archive import Archive
    from haart_archive.types.testimonies import TestimonyDraft

    archive = Archive.open(desk_folder, *EDITOR)
    try:
        for county in ("kilifi", "kisumu"):
            archive.testimonies.add(TestimonyDraft(title="Same title", text="A fictional account.", county=county,
                                                   language="en"))
    finally:
        archive.lock()
    window = make_window(desk_folder)
    unlock(window, *EDITOR)
    window.workspace.go("redaction")
    desk = window.workspace.pages["redaction"]
    desk.reload_list()
    shown = [desk.picker.itemText(i) for i in range(desk.picker.count()) if desk.picker.itemText(i).startswith("Same")]
    assert len(shown) == 2 and shown[0] != shown[1]
    assert any("Kilifi" in text for text in shown) and any("Kisumu" in text for text in shown)
