"""The case facts counted in statistics (sex, age band, destination country, route, who
recruited), as a box the testimony editor shows under its tags."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget

from haart_archive.types.testimonies import TestimonyDraft
from ui.labels import vocabulary_items
from ui.widgets import CheckGroup

FACTS = (("sex", "sex"), ("age_band", "age_band"), ("destination_country", "destination_country"),
         ("route", "route"))


class CaseFactsBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Case facts for statistics (de-identified)"), parent)
        labels = {
            "sex": self.tr("Sex"), "age_band": self.tr("Age when it began"),
            "destination_country": self.tr("Destination country"), "route": self.tr("Route"),
        }
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        for name, vocabulary in FACTS:
            combo = QComboBox()
            combo.setAccessibleName(labels[name])
            combo.addItem(self.tr("(not recorded)"), "")
            for code, label in vocabulary_items(vocabulary):
                combo.addItem(label, code)
            self.combos[name] = combo
            form.addRow(labels[name] + ":", combo)
        self.recruitment = CheckGroup(vocabulary_items("recruiter_relation"), self.tr("Recruited by"))
        form.addRow(self.tr("Recruited by:"), self.recruitment)

    def show_draft(self, draft: TestimonyDraft) -> None:
        for name, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(getattr(draft, name))))
        self.recruitment.set_checked(draft.tags.recruitment)

    def apply(self, draft: TestimonyDraft) -> TestimonyDraft:
        """The draft with the facts chosen here."""
        facts = {name: combo.currentData() or "" for name, combo in self.combos.items()}
        return replace(draft, tags=replace(draft.tags, recruitment=tuple(self.recruitment.checked())), **facts)
