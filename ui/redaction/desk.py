"""The redaction desk: where an editor decides, span by span and photo by photo, what of a
testimony may leave the archive.

The anonymity the consent requires sits at the top with the defaults it set; the text tab
(ui/redaction/review.py) reviews suggestions by keyboard with a live leak check; the
image tab (ui/redaction/image_canvas.py) covers photos; a stale version's changes are shown and
the plan carried over (ui/redaction/changes.py). Approval is the core's gate: the desk
only keeps the button disabled while the live check fails, and says why.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from haart_archive.types.consent import Anonymity, label
from haart_archive.types.redaction import Decision, KnownPerson, LeakReport, Operator, RedactionPlan, Status
from haart_archive.types.users import Role
from ui import dialogs
from ui.errors import show_error
from ui.i18n import core_text, current_language
from ui.labels import duplicated, picker_label
from ui.page import Page
from ui.redaction.changes import carry_over, word_diff_html
from ui.redaction.image_canvas import ImagePane
from ui.redaction.labels import group_of, group_words, operator_short
from ui.redaction.review import ReviewPane
from ui.redaction.review_model import Review
from ui.tasks import Task, TaskRunner
from ui.widgets import heading, note


class RedactionDeskPage(Page):
    def __init__(self, archive: Archive, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(archive, runner, parent)
        self.testimony_id: str | None = None
        self.title_text = ""
        self.version = None  # the newest VersionRecord of the testimony, if any
        self.dirty = False
        self.loaded = False
        # Plans worked on in this session, by testimony: kept in memory only (cleared on
        # lock) so a stale version's decisions can be carried over to the new text.
        self.session_plans: dict[str, RedactionPlan] = {}
        self.picker = QComboBox()
        self.picker.setAccessibleName(self.tr("Testimony to redact"))
        self.picker.setMinimumContentsLength(28)
        self.picker.activated.connect(lambda _i: self._pick())
        self.consent_label = QLabel()
        self.consent_label.setObjectName("subheading")
        self.consent_label.setWordWrap(True)
        self.defaults_label = note()
        self.stale_label = note()
        self.stale_label.setObjectName("notice")
        self.changes_button = QPushButton(self.tr("Show what changed"))
        self.changes_button.setCheckable(True)
        self.changes_button.toggled.connect(lambda on: self.changes.setVisible(on))
        self.changes = QTextBrowser()
        self.changes.setAccessibleName(self.tr("What changed in the redacted text"))
        self.changes.setMaximumHeight(110)
        self.changes.hide()
        self.review = ReviewPane(self._preview, self._leak_check, runner)
        self.review.plan_changed.connect(self._plan_changed)
        self.review.checked.connect(lambda _report: self._update_approval())
        self.images = ImagePane(archive, runner=runner)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.review, self.tr("Text"))
        self.tabs.addTab(self.images, self.tr("Photos and scans"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.approval_label = QLabel()
        self.approval_label.setWordWrap(True)
        self.version_label = note()
        self.save_button = QPushButton(self.tr("Save redacted version"))
        self.save_button.setAccessibleName(self.tr("Save the redacted version as a draft"))
        self.save_button.clicked.connect(self.save)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.clicked.connect(self.approve)
        self._build()
        self._set_loaded(False)

    def title(self) -> str:
        return self.tr("Redaction desk")

    def sizeHint(self) -> QSize:
        # The splitters would ask for the sum of their panes' wishes and squeeze the places
        # list beside the page; the desk is happy with any width from its minimum up.
        return QSize(860, 640)

    def _build(self) -> None:
        top = QHBoxLayout()
        title = heading(self.tr("Redaction desk"))
        title.setWordWrap(False)  # it wrapped beside the testimony picker in Swahili
        top.addWidget(title)
        top.addStretch(1)
        chooser = QLabel(self.tr("Testimony:"))
        chooser.setBuddy(self.picker)
        top.addWidget(chooser)
        top.addWidget(self.picker)
        stale = QHBoxLayout()
        stale.addWidget(self.stale_label, 1)
        stale.addWidget(self.changes_button)
        self.stale_row = QWidget()
        self.stale_row.setLayout(stale)
        stale.setContentsMargins(0, 0, 0, 0)
        bottom = QHBoxLayout()
        status = QVBoxLayout()
        status.addWidget(self.approval_label)
        status.addWidget(self.version_label)
        bottom.addLayout(status, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.consent_label)
        layout.addWidget(self.defaults_label)
        layout.addWidget(self.stale_row)
        layout.addWidget(self.changes)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    def _set_loaded(self, loaded: bool) -> None:
        for widget in (self.tabs, self.save_button, self.approve_button):
            widget.setEnabled(loaded)
        if not loaded:
            self.consent_label.setText(self.tr("Choose a testimony to redact."))
            self.defaults_label.clear()
            self.approval_label.clear()
            self.version_label.clear()
            self.stale_row.hide()
            self.changes_button.setChecked(False)

    # -- choosing a testimony ----------------------------------------------------------------
    def shown(self) -> None:
        if not self.loaded:
            self.reload_list()

    def reload_list(self) -> None:
        current = self.testimony_id
        try:
            summaries = self.archive.testimonies.list()
        except Exception as error:
            show_error(self, error)
            return
        self.picker.blockSignals(True)
        self.picker.clear()
        self.picker.addItem(self.tr("— choose a testimony —"), None)
        twins = duplicated([s.title or "" for s in summaries])
        for summary in sorted(summaries, key=lambda s: (s.title or "").casefold()):
            words = summary.title or self.tr("(untitled)")
            if summary.title in twins:  # the same title twice: county, date told and a short id
                words = picker_label(words, summary.id, summary.county, summary.told_on or "")
            self.picker.addItem(words, summary.id)
        index = self.picker.findData(current) if current else 0
        self.picker.setCurrentIndex(max(index, 0))
        self.picker.blockSignals(False)
        self.loaded = True

    def _pick(self) -> None:
        testimony_id = self.picker.currentData()
        if testimony_id == self.testimony_id:
            return
        if self.dirty and not self.window_may_leave():
            self.picker.setCurrentIndex(max(self.picker.findData(self.testimony_id), 0))
            return
        self.open_testimony(testimony_id)

    def window_may_leave(self) -> bool:
        return self.settle_unsaved(self.tr("You have unsaved redaction decisions for this testimony."))

    def open_testimony(self, testimony_id: str | None) -> None:
        """Load a testimony: suggestions, the default plan, consent, versions, photos."""
        if testimony_id is None:
            self._forget()
            return
        if self.picker.currentData() != testimony_id:
            self.picker.setCurrentIndex(max(self.picker.findData(testimony_id), 0))
        self.runner.run(Task(self.tr("Finding identifying details…"), lambda _p, _c: self._gather(testimony_id),
                             on_done=self._show, cancellable=False))

    def _gather(self, testimony_id: str) -> dict:
        desk = self.archive.redaction
        record = self.archive.testimonies.get(testimony_id)
        return {
            "id": testimony_id, "title": record.title, "text": record.text,
            "known": desk.known(testimony_id), "required": desk.required_anonymity(testimony_id),
            "plan": desk.default_plan(testimony_id), "versions": desk.versions(testimony_id),
            "aliases": desk.aliases(testimony_id).aliases,
            "standing": self.archive.consent_standing(testimony_id),
        }

    def _show(self, found: dict) -> None:
        self.testimony_id = found["id"]
        self.title_text = found["title"]
        plan: RedactionPlan = found["plan"]
        versions = found["versions"]
        self.version = versions[-1] if versions else None
        defaults = Counter((group_of(d.type), d.operator) for d in plan.decisions if d.status == Status.ACCEPTED)
        carried = None
        if self.version is not None and self.version.stale or self.testimony_id in self.session_plans:
            carried = self._carry_over(plan, found["text"])
        self.dirty = bool(carried and carried.reapplied)
        self._show_consent(found["required"], defaults, found.get("standing"))
        self.review.load(Review(self.testimony_id, found["text"], plan, found["known"], found["aliases"]))
        self.session_plans[self.testimony_id] = plan
        self._show_staleness(carried)
        self._show_second_review()
        self.images.load(self.testimony_id)
        self._set_loaded(True)
        self._update_version_label()
        self._update_approval()
        self.review.table.setFocus()

    def _forget(self) -> None:
        self.testimony_id = None
        self.version = None
        self.dirty = False
        self.review.clear()
        self.images.clear()
        self.changes.clear()
        self._set_loaded(False)

    # -- consent and defaults ----------------------------------------------------------------
    def _show_consent(self, required: str, defaults: Counter, standing=None) -> None:
        level = label(Anonymity(required), current_language())
        if standing is not None and not standing.recorded:
            # No consent at all: say so, and what that allows, not a level nobody agreed to.
            self.consent_label.setText(core_text(standing.sentence) + " " + self.tr(
                "The defaults below redact as for full anonymity."))
        elif standing is not None:  # the core's sentence already names the level the survivor chose
            self.consent_label.setText(core_text(standing.sentence))
        else:
            self.consent_label.setText(self.tr("Consent requires the survivor to appear as: %1.").replace("%1", level))
        groups = group_words()
        parts = [self.tr("%1 × %2 → %3").replace("%1", str(count)).replace("%2", groups[group])
                 .replace("%3", operator_short(operator))
                 for (group, operator), count in sorted(defaults.items(), key=lambda item: -item[1])]
        self.defaults_label.setText(self.tr("Defaults this level set: %1. Change any of them below.")
                                    .replace("%1", "; ".join(parts) if parts else self.tr("nothing was found")))

    # -- staleness ---------------------------------------------------------------------------
    def _carry_over(self, plan: RedactionPlan, text: str):
        earlier: list[Decision] = list(self.session_plans.get(self.testimony_id, RedactionPlan()).decisions)
        reviewed: list[str] = []
        if self.version is not None and not earlier:
            try:
                reviewed = self.archive.redaction.reviewed_strings(self.version.id)
            except Exception as error:
                show_error(self, error)
        return carry_over(plan, text, earlier, reviewed)

    def _show_staleness(self, carried) -> None:
        if self.version is None or not self.version.stale:
            self.stale_row.hide()
            self.changes.hide()
            return
        made = self.version.created_at.strftime("%Y-%m-%d %H:%M")
        text = self.tr("The original changed after the redacted version of %1 was made. Your earlier decisions "
                       "were carried over (%2 re-applied); %3 suggestion(s) wait for you.") \
            .replace("%1", made).replace("%2", str(carried.reapplied if carried else 0)) \
            .replace("%3", str(carried.waiting if carried else 0))
        if carried and carried.lost:
            text += " " + self.tr("%1 text(s) you marked by hand are no longer in the original.").replace(
                "%1", str(carried.lost))
        self.stale_label.setText(text)
        self.stale_row.show()
        redacted = self.review.redacted.text if self.review.redacted else ""
        diff, count = word_diff_html(self.version.text, redacted)
        self.changes.setHtml(
            "<p>" + self.tr("The stale redacted text compared with the new redacted preview (%1 change(s)); "
                            "struck out: gone, green: new.").replace("%1", str(count)) + "</p>" + diff)

    def _show_second_review(self) -> None:
        """A version approved once, waiting for a second editor: show exactly its text."""
        version = self.version
        if version is None or version.stale or version.state != "first_approval" or self.dirty:
            return
        try:
            report = self.archive.redaction.leak_check(version.id)
        except Exception as error:
            show_error(self, error)
            return
        self.review.show_fixed(version.text, report)

    # -- changes, saving, approval -----------------------------------------------------------
    def _preview(self, plan: RedactionPlan):
        return self.archive.redaction.preview(self.testimony_id, plan)

    def _leak_check(self, text: str, known: list[KnownPerson], reviewed: list[str], anonymity: str) -> LeakReport:
        return self.archive.redaction.check_draft(text, known, reviewed, anonymity)

    def _plan_changed(self) -> None:
        self.dirty = True
        self._update_approval()

    def _tab_changed(self, index: int) -> None:
        self.save_button.setVisible(index == 0)
        self.approve_button.setVisible(index == 0)
        self.approval_label.setVisible(index == 0)
        self.version_label.setVisible(index == 0)

    def blocked_because(self) -> str:
        """Why approval is not possible now ('' when it is)."""
        if self.testimony_id is None:
            return self.tr("Choose a testimony first.")
        if self.archive.role not in (Role.EDITOR, Role.CUSTODIAN):
            return self.tr("Only editors approve redacted versions.")
        report: LeakReport | None = self.review.report
        if self.review.refresh_timer.isActive() or self.review.checking or report is None:
            return self.tr("The leak check is running…")
        if not report.passed:
            return self.tr("Approval is blocked: the leak check found %1 identifying detail(s) in the preview. "
                           "Choose each one in the leak list, then redact it.").replace("%1", str(len(report.leaks)))
        waiting = self.review.waiting()
        if waiting and self.review.fixed_text is None:
            return self.tr("Approval is blocked: %1 suggestion(s) still wait for your decision (A or R).").replace(
                "%1", str(waiting))
        if self._awaiting_second() and self._my_first_approval():
            return self.tr("You gave the first approval; a different editor must give the second.")
        if self._approved_on_screen():
            return self.tr("This text is approved. Change a decision to make a new version.")
        return ""

    def _approved_on_screen(self) -> bool:
        v = self.version
        return (v is not None and v.state == "approved" and not v.stale and not self.dirty
                and self.review.redacted is not None and self.review.redacted.text == v.text)

    def _awaiting_second(self) -> bool:
        v = self.version
        return v is not None and not v.stale and v.state == "first_approval" and self.review.fixed_text is not None

    def _my_first_approval(self) -> bool:
        return self.version is not None and self.version.approved_by == self.archive.user.id

    def _update_approval(self) -> None:
        reason = self.blocked_because()
        self.approve_button.setEnabled(not reason)
        second = self._awaiting_second()
        self.approve_button.setText(self.tr("Give the second approval") if second else self.tr("Approve"))
        if reason:
            self.approval_label.setText(reason)
            self.approval_label.setObjectName("ok" if self._approved_on_screen() else "warning")
        elif self.review.unseen_defaults():
            self.approval_label.setText(
                self.tr("The leak check passes, but %1 suggestion(s) were decided by default and you have not "
                        "looked at them. Step through them (N for the next), or approve and confirm the "
                        "defaults.").replace("%1", str(self.review.unseen_defaults())))
            self.approval_label.setObjectName("warning")
        else:
            self.approval_label.setText(
                self.tr("The leak check passes and you have looked at every suggestion: ready to approve."))
            self.approval_label.setObjectName("ok")
        self.approval_label.style().unpolish(self.approval_label)
        self.approval_label.style().polish(self.approval_label)
        self.approve_button.setAccessibleDescription(reason)

    def _names(self) -> dict[str, str]:
        try:
            return {member.id: member.name for member in self.archive.users.list(include_removed=True)}
        except Exception:  # names are a courtesy; ids are enough to go on
            return {}

    def _update_version_label(self) -> None:
        v = self.version
        if v is None:
            self.version_label.setText(self.tr("No redacted version yet."))
            return
        names = self._names()
        states = {"draft": self.tr("draft"), "first_approval": self.tr("approved once, waiting for a second editor"),
                  "approved": self.tr("approved")}
        text = self.tr("Latest redacted version: %1, %2.").replace("%1", v.created_at.strftime("%Y-%m-%d %H:%M")) \
            .replace("%2", states.get(v.state, v.state))
        if v.approved_by:
            text += " " + self.tr("Approved by %1.").replace("%1", names.get(v.approved_by, v.approved_by))
        if v.second_approved_by:
            second = names.get(v.second_approved_by, v.second_approved_by)
            text += " " + self.tr("Second approval by %1.").replace("%1", second)
        if v.stale:
            text += " " + self.tr("It is stale.")
        if self.archive.setting("second_approval", False):
            text += " " + self.tr("This archive requires two editors to approve each version.")
        self.version_label.setText(text)

    def has_unsaved_changes(self) -> bool:
        return self.dirty and self.testimony_id is not None

    def save(self) -> bool:
        """Store the plan as a new redacted version (a draft)."""
        if self.testimony_id is None:
            return True
        try:
            testimony_id, plan = self.testimony_id, self.review.review.plan
            version_id = self.runner.call(self.tr("Saving the redacted version…"),
                                          lambda: self.archive.redaction.create_version(testimony_id, plan), self)
            self.version = self.archive.redaction.version(version_id)
        except Exception as error:
            show_error(self, error)
            return False
        self.dirty = False
        self.review.review.saved_aliases = self.archive.redaction.aliases(self.testimony_id).aliases
        if self.review.redacted is not None:
            self.review.update_aliases()
        self._update_version_label()
        self._update_approval()
        return True

    def discard(self) -> None:
        if self.testimony_id is not None:
            self.session_plans.pop(self.testimony_id, None)
        self.dirty = False

    def approve(self) -> bool:
        """Approve what is on screen: save it as a version first unless it is the stored one."""
        if self.blocked_because():
            return False
        on_screen_is_stored = (self.version is not None and not self.dirty and not self.version.stale
                               and (self.review.fixed_text is not None
                                    or (self.review.redacted is not None
                                        and self.review.redacted.text == self.version.text)))
        if not self._confirm_approval():
            return False
        if not on_screen_is_stored and not self.save():
            return False
        try:
            self.archive.redaction.approve(self.version.id)
            self.version = self.archive.redaction.version(self.version.id)
        except Exception as error:  # PublicationRefused carries its reasons
            show_error(self, error)
            return False
        if self.version.state == "first_approval":
            self.review.show_fixed(self.version.text, self.review.report)
        self._update_version_label()
        self._update_approval()
        # The Approve button is now disabled; without this Qt would pass focus on to "Lock".
        self.review.table.setFocus()
        return True

    def _confirm_approval(self) -> bool:
        """Defaults the editor has not looked at are accepted only on purpose, and every
        approval is confirmed with a summary of what the public will read."""
        if self._awaiting_second():
            return dialogs.confirm(self, self.tr("Give the second approval to exactly the text shown?"))
        tally = self.review.tally()
        if tally["unseen"]:
            question = self.tr(
                "You have not looked at %1 of the %2 suggestions; they were decided by default "
                "(%3 to redact, %4 left in overall). Accept all defaults as they are?"
            ).replace("%1", str(tally["unseen"])).replace("%2", str(tally["total"])) \
                .replace("%3", str(tally["redact"])).replace("%4", str(tally["kept"]))
            if not dialogs.confirm(self, question):
                self.review.go_to(self._first_unseen())
                self.review.table.setFocus()
                return False
        summary = self.tr(
            "Approve this redacted version of “%1”?\n\n• %2 detail(s) redacted\n• %3 suggestion(s) left in"
            "\n• %4\n\nOnce approved it may be quoted and published within the consent."
        ).replace("%1", self.title_text or "").replace("%2", str(tally["redact"])) \
            .replace("%3", str(tally["kept"])).replace("%4", self.consent_label.text())
        return dialogs.confirm(self, summary)

    def _first_unseen(self) -> int:
        decisions = self.review.review.plan.decisions if self.review.review else []
        for index in range(len(decisions)):
            if index not in self.review.seen:
                return index
        return 0

    # -- the page's hooks --------------------------------------------------------------------
    def clear(self) -> None:
        """Forget every name, text and plan held here (on lock)."""
        self.session_plans.clear()
        self._forget()
        self.picker.clear()
        self.loaded = False

    def archive_changed(self, record_id: str, kind: str) -> None:
        if not self.loaded:
            return
        if record_id == self.testimony_id and kind == "changed" and not self.runner.busy:
            plan = self.review.review.plan if self.review.review else None
            if plan is not None:
                self.session_plans[record_id] = RedactionPlan(plan.testimony_id, plan.anonymity,
                                                              [replace(d) for d in plan.decisions])
            self.testimony_id = None
            self.open_testimony(record_id)
        elif kind in ("added", "deleted", "changed"):
            self.loaded = False
            if self.isVisible():
                self.reload_list()


__all__ = ["RedactionDeskPage", "Operator"]
