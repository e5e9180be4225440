"""Fifty SIGKILL trials (make bench): writes, backups and exports killed at random moments."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kill_trials import check_after, trial  # noqa: E402


@pytest.mark.parametrize("seed", range(50))
def test_fifty_kills(demo_on_disk: str, data_dir: Path, tmp_path: Path, seed: int) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = trial(data_dir, int(demo_on_disk), out, seed)
    check_after(data_dir, out, result["ids"])  # type: ignore[arg-type]
    print(f"kill {seed}: {result['acknowledged']} acknowledged writes, all present")
