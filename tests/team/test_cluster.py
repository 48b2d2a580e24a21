"""The private cluster itself: it runs, as an unprivileged user, on its own port."""

from __future__ import annotations

import os


def test_cluster_runs_unprivileged(pg_cluster) -> None:
    owner = os.stat(pg_cluster.data_dir).st_uid
    assert owner != 0, "the data folder must belong to an unprivileged user"
    rows = pg_cluster.sql("SELECT current_setting('port'), current_setting('server_version_num')")
    assert int(rows[0][0]) == pg_cluster.port
    assert int(rows[0][1]) >= 150000
