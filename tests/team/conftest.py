"""Fixtures of the team-mode tests: one private PostgreSQL cluster per test session, and a
fresh database per test. Tests here skip, saying why, when PostgreSQL is not installed."""

from __future__ import annotations

import importlib.util

import pytest

from tests.team.pgcluster import Cluster, find_bin_dir, remove_cluster, start_cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Cluster:
    if find_bin_dir() is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed: apt-get install postgresql")
    if importlib.util.find_spec("psycopg") is None:
        pytest.skip("the psycopg driver is not installed (pip install -e '.[test]')")
    cluster = start_cluster()
    yield cluster
    remove_cluster(cluster)


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> str:
    """The URL of a new, empty database on the session's cluster."""
    return pg_cluster.url(pg_cluster.new_database())


@pytest.fixture(autouse=True)
def team_cache(tmp_path, monkeypatch):
    """Each test's desktop keeps its search cache in its own temporary folder (never the
    user's own ~/.cache)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("HAART_CACHE_DIR", str(folder))
    return folder
