"""Crash bench: many seeded SIGKILLs per operation, and backup throughput figures.

    .venv/bin/python bench/crash.py kills --runs 100          # per operation
    .venv/bin/python bench/crash.py throughput --mb 200        # backup/verify/restore speed

Uses the test suite's fast KDF, tests/fastkdf.py (never for real data), and temporary folders it deletes afterwards.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from haart_archive.types.backup import Credentials  # noqa: E402
from haart_archive.vault.header import read_header  # noqa: E402
from tests import fastkdf  # noqa: E402
from tests.conftest import PASSPHRASES, USER_NAMES, _build_template  # noqa: E402
from tests.crash.harness import Zygote, fresh_copy, seeded_delays, timed  # noqa: E402
from tests.crash.judges import (  # noqa: E402
    build_crash_template,
    judge_backup,
    judge_rebuild,
    judge_rotation,
    search_totals,
)

fastkdf.enable()  # fictional archives only (child processes get it through the zygote's child_env)


def _command(path: Path, op: str, **extra) -> dict:
    return {"path": str(path), "user": USER_NAMES["custodian"], "passphrase": PASSPHRASES["custodian"],
            "op": op, **extra}


def kills(runs: int, seed: int) -> int:
    with tempfile.TemporaryDirectory(prefix="haart-crash-") as temp:
        base = Path(temp)
        template = build_crash_template(_build_template(base / "t").path, base / "crash-template")
        expected = search_totals(fresh_copy(template, base / "expected"))
        zygote = Zygote()
        ops = {
            "rebuild": (lambda p: _command(p, "rebuild"), lambda p, o: judge_rebuild(p, expected)),
            "remove": (lambda p: _command(p, "remove", target=USER_NAMES["editor"]),
                       lambda p, o: judge_rotation(p, "editor", o)),
            "backup": (lambda p: _command(p, "backup", out=str(base / "b.hbk")),
                       lambda p, o: judge_backup(p, base / "b.hbk")),
        }
        failures = 0
        for name, (command, judge) in ops.items():
            duration = timed(zygote, command(fresh_copy(template, base / "a")))
            (base / "b.hbk").unlink(missing_ok=True)
            results: Counter = Counter()
            started = time.perf_counter()
            for delay in seeded_delays(seed, runs, duration):
                path = fresh_copy(template, base / "a")
                (base / "b.hbk").unlink(missing_ok=True)
                original = read_header(path)
                outcome = zygote.run(command(path), delay)
                try:
                    verdict = judge(path, original)
                    if outcome.error:
                        raise AssertionError(outcome.error)
                    results[f"{'killed' if outcome.killed else 'finished'}->{verdict}"] += 1
                except AssertionError as error:  # report and go on counting
                    failures += 1
                    results["FAILED"] += 1
                    print(f"  {name} delay {delay:.3f}s: {error}", file=sys.stderr)
            elapsed = time.perf_counter() - started
            print(
                f"{name:8} op {duration * 1000:6.0f} ms  {runs} runs in {elapsed:5.1f} s  "
                f"{dict(sorted(results.items()))}"
            )
        zygote.close()
    return 1 if failures else 0


def throughput(megabytes: int) -> int:
    from haart_archive.archive import Archive
    from haart_archive.demo import create_demo_archive
    from haart_archive.media.blobs import blob_associated_data
    from haart_archive.store.models import MediaAsset, new_id
    from haart_archive.types.backup import Credentials
    from haart_archive.vault.keys import Tier

    with tempfile.TemporaryDirectory(prefix="haart-bench-") as temp:
        base = Path(temp)
        demo = create_demo_archive(base / "demo")
        name, _role, passphrase = demo.credentials[0]
        credentials = Credentials.of_user(name, passphrase)
        _measure("demo archive", base / "demo", name, passphrase, credentials, base)
        archive = Archive.open(base / "demo", name, passphrase)
        ctx = archive._ctx
        key = ctx.keyring.current(Tier.STORY)
        testimony_id = archive.testimonies.list()[0].id
        piece = os.urandom(1024 * 1024)
        for _ in range(megabytes // 8):  # blobs of 8 MiB, as recordings would be
            asset_id = new_id()
            info = ctx.blobs.write(
                [piece] * 8, key.subkey("blobs"), key.version, blob_associated_data(asset_id, Tier.STORY)
            )
            with ctx.transaction() as session:
                row = MediaAsset(id=asset_id, testimony_id=testimony_id, kind="audio", tier="story",
                                 blob_name=info.name, size=info.size)
                ctx.sealer.seal_json(row, "info_sealed", {"name": "bench.wav"})
                session.add(row)
        archive.lock()
        _measure(f"demo + {megabytes} MB of blobs", base / "demo", name, passphrase, credentials, base)
    return 0


def _measure(label: str, path: Path, name: str, passphrase: str, credentials: Credentials, base: Path) -> None:
    from haart_archive.archive import Archive
    from haart_archive.services.backup import restore_backup, verify_backup

    out = base / f"{label.replace(' ', '-')}.hbk"
    with Archive.open(path, name, passphrase) as archive:
        started = time.perf_counter()
        archive.make_backup(out)  # includes reading the file back once to verify it
        made = time.perf_counter() - started
    size = out.stat().st_size / 1e6
    started = time.perf_counter()
    verify_backup(out, credentials)
    verified = time.perf_counter() - started
    started = time.perf_counter()
    restore_backup(out, base / f"{out.stem}-restored", credentials)
    restored = time.perf_counter() - started
    print(
        f"{label}: {size:.1f} MB file; backup+verify {made:.2f} s ({size / made:.0f} MB/s), "
        f"verify {verified:.2f} s ({size / verified:.0f} MB/s), restore {restored:.2f} s ({size / restored:.0f} MB/s)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    k = sub.add_parser("kills")
    k.add_argument("--runs", type=int, default=100)
    k.add_argument("--seed", type=int, default=7)
    t = sub.add_parser("throughput")
    t.add_argument("--mb", type=int, default=200)
    args = parser.parse_args()
    return kills(args.runs, args.seed) if args.what == "kills" else throughput(args.mb)


if __name__ == "__main__":
    sys.exit(main())
