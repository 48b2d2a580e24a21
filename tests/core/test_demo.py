"""The demo archive is what a new user first sees: it must be rich, fictional and consistent."""

from __future__ import annotations

from haart_archive.archive import Archive
from haart_archive.demo import create_demo_archive


def test_the_demo_has_every_role_language_and_consent_state(tmp_path):
    demo = create_demo_archive(tmp_path / "demo", count=24)
    assert {role for _, role, _ in demo.credentials} == {"custodian", "editor", "communications", "advocate"}
    editor = next(c for c in demo.credentials if c[1] == "editor")
    with Archive.open(demo.folder, editor[0], editor[2]) as archive:
        rows = archive.testimonies.list()
        assert len(rows) == 24 and {r.language for r in rows} == {"en", "sw", "mixed"}
        states = {archive.consent.state(r.id).value for r in rows}
        assert {"active", "withdrawn", "partly_withdrawn", "expired", "none"} <= states
        assert archive.redaction.approved_versions()
        assert archive.publishing.takedown_list()
        assert archive.check().ok
    advocate = next(c for c in demo.credentials if c[1] == "advocate")
    with Archive.open(demo.folder, advocate[0], advocate[2]) as archive:
        assert archive.search.search("passport OR pasipoti").total > 0


def test_the_demo_reports_progress_from_the_first_step_to_the_last(tmp_path):
    calls = []
    create_demo_archive(tmp_path / "demo", progress=lambda done, total: calls.append((done, total)), count=6)
    assert calls[0][0] == 0, "progress starts before the slow key calibration"
    assert len({total for _, total in calls}) == 1 and calls[-1][0] == calls[-1][1]
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert len(calls) >= 6 + 4
