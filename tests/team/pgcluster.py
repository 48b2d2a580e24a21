"""A private PostgreSQL cluster for the team-mode tests: initdb and pg_ctl in a temporary
folder, on a free port, run by an unprivileged user (PostgreSQL refuses to run as root, and
CI runs as root: then the server runs as `postgres`, or a user made for it, through runuser).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ADMIN = "haart_admin"
RUN_AS_CANDIDATES = ("postgres", "haart-pg")


def find_bin_dir() -> Path | None:
    """The newest installed PostgreSQL's bin folder, or the one on PATH, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _unprivileged_user() -> str | None:
    """None when not root; else a system user to run the server as (made if need be)."""
    if os.geteuid() != 0:
        return None
    for name in RUN_AS_CANDIDATES:
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", RUN_AS_CANDIDATES[1]],
                   check=True, capture_output=True)
    return RUN_AS_CANDIDATES[1]


@dataclass
class Cluster:
    bin_dir: Path
    root: Path
    port: int
    run_as: str | None
    host: str = "127.0.0.1"
    durable: bool = False  # fsync and synchronous commits on (benchmarks); off for tests
    _databases: list[str] = field(default_factory=list)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    def _command(self, *args: str) -> list[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        return ["runuser", "-u", self.run_as, "--", *command] if self.run_as else command

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(self._command(*args), check=check, capture_output=True, text=True, cwd=self.root)

    def initdb(self) -> None:
        self.run("initdb", "-D", str(self.data_dir), "-U", ADMIN, "--auth=trust", "-E", "UTF8",
                 "--locale=C", "--no-sync")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses={self.host} -c max_connections=120"
        if not self.durable:
            options += (" -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
                        # Every statement and its parameters go to the log, which the leak tests scan.
                        " -c log_statement=all -c log_min_error_statement=error")
        self.run("pg_ctl", "-D", str(self.data_dir), "-o", options, "-l", str(self.log_file), "-w", "-t", "60",
                 "start")

    def stop(self, mode: str = "fast") -> None:
        self.run("pg_ctl", "-D", str(self.data_dir), "-m", mode, "-w", "-t", "60", "stop", check=False)

    def restart(self) -> None:
        self.stop()
        self.start()

    def url(self, database: str = "postgres", user: str = ADMIN) -> str:
        return f"postgresql://{user}@{self.host}:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres", user: str = ADMIN) -> list[tuple]:
        import psycopg

        with psycopg.connect(host=self.host, port=self.port, user=user, dbname=database, autocommit=True) as conn:
            cursor = conn.execute(statement)
            return cursor.fetchall() if cursor.description else []

    def new_database(self) -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        self.sql(f'CREATE DATABASE "{name}"')
        self._databases.append(name)
        return name

    def pg_dump(self, database: str) -> bytes:
        command = self._command("pg_dump", "-h", self.host, "-p", str(self.port), "-U", ADMIN, database)
        return subprocess.run(command, check=True, capture_output=True, cwd=self.root).stdout


def start_cluster(durable: bool = False) -> Cluster:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError("no PostgreSQL server binaries (initdb, pg_ctl)")
    run_as = _unprivileged_user()
    # Not under pytest's own temporary folder: that is private to root (0700), and the server
    # user must reach its data folder and socket.
    root = Path(tempfile.mkdtemp(prefix="haart-pg-"))
    os.chmod(root, 0o755)
    if run_as:
        entry = pwd.getpwnam(run_as)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    cluster = Cluster(bin_dir, root, _free_port(), run_as, durable=durable)
    cluster.initdb()
    cluster.start()
    return cluster


def remove_cluster(cluster: Cluster) -> None:
    cluster.stop("immediate")
    shutil.rmtree(cluster.root, ignore_errors=True)
