import os
import sys
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

ARTICLES = 200_000


@pytest.fixture(scope="session")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A data directory with the demo plan and 200,000 articles over five years."""
    from articles_db import build

    data = tmp_path_factory.mktemp("bench") / "data"
    start = time.perf_counter()
    plan_id = build(data, ARTICLES)
    print(f"\nbuilt {ARTICLES} articles in {time.perf_counter() - start:.1f} s")
    return data, plan_id
