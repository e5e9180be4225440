"""A few SIGKILL trials in every `make test` (50 in tests/bench)."""

from __future__ import annotations

from pathlib import Path

import pytest
from kill_trials import check_after, trial

# SIGKILL of a writer of the SQLite file (a server survives its clients' deaths by itself)
pytestmark = pytest.mark.sqlite_only


@pytest.mark.parametrize("seed", [1, 2])
def test_a_killed_writer_loses_nothing_acknowledged(demo_on_disk: str, data_dir: Path, tmp_path: Path,
                                                     seed: int) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = trial(data_dir, int(demo_on_disk), out, seed)
    assert result["acknowledged"] > 0
    check_after(data_dir, out, result["ids"])  # type: ignore[arg-type]
