"""The backup commands through `haart_archive.cli.main`: output, exit codes, refusals."""

from __future__ import annotations

import pytest

from haart_archive.cli import main
from tests.conftest import PASSPHRASES, USER_NAMES


@pytest.fixture()
def as_custodian(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HAART_PASSPHRASE", PASSPHRASES["custodian"])
    monkeypatch.delenv("HAART_USER", raising=False)
    return monkeypatch


def test_backup_verify_status_restore(archive_copy, tmp_path, as_custodian, capsys):
    out = tmp_path / "cli.hbk"
    assert main(["backup", str(archive_copy.path), str(out), "--user", USER_NAMES["custodian"]]) == 0
    assert "Wrote and verified" in capsys.readouterr().out
    # Without --user the passphrase finds its own slot, in the backup as in the archive.
    assert main(["backup", "verify", str(out)]) == 0
    assert "is intact" in capsys.readouterr().out
    assert main(["backup", "verify", str(out), "--archive", str(archive_copy.path)]) == 0
    assert main(["backup", "status", str(archive_copy.path)]) == 0
    assert "0 days ago" in capsys.readouterr().out
    assert main(["restore", str(out), str(tmp_path / "restored")]) == 0
    assert (tmp_path / "restored" / "vault.header").exists()


def test_exit_codes(archive_copy, tmp_path, as_custodian, capsys):
    out = tmp_path / "codes.hbk"
    assert main(["backup", str(archive_copy.path), str(out)]) == 0
    # 2: usage and refusals to overwrite
    assert main(["backup", str(archive_copy.path)]) == 2
    assert main(["backup", str(archive_copy.path), str(out)]) == 2
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    assert main(["restore", str(out), str(tmp_path / "full")]) == 2
    assert "refuses to overwrite" in capsys.readouterr().err
    # 3: credentials, and roles
    as_custodian.setenv("HAART_PASSPHRASE", "certainly not a passphrase here")
    assert main(["backup", "verify", str(out)]) == 3
    as_custodian.setenv("HAART_RECOVERY_KEY", archive_copy.recovery_key)
    assert main(["backup", "verify", str(out), "--recovery-key"]) == 0
    as_custodian.setenv("HAART_PASSPHRASE", PASSPHRASES["advocate"])
    assert main(["restore", str(out), str(tmp_path / "by-advocate")]) == 3
    assert main(["backup", str(archive_copy.path), str(tmp_path / "advocate.hbk")]) == 3
    # 4: damage
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 1
    out.write_bytes(bytes(data))
    as_custodian.setenv("HAART_PASSPHRASE", PASSPHRASES["custodian"])
    capsys.readouterr()
    assert main(["backup", "verify", str(out)]) == 4
    err = capsys.readouterr().err
    assert "Part " in err and "Traceback" not in err
    out.write_bytes(bytes(data[: len(data) // 3]))
    assert main(["restore", str(out), str(tmp_path / "from-cut")]) == 4
    assert not (tmp_path / "from-cut").exists()
