import hashlib
import os
import shutil
import sys
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

ARTICLES = 200_000
PASSWORD = "do-do-bench"  # the bench account's (KEHOACH_PASSWORD for the commands the benchmarks run)
ROOT = Path(__file__).resolve().parents[2]
# peak_mb() for a benchmark's child script: that process's own peak memory in MB (VmHWM;
# ru_maxrss would carry the peak of the process that started it)
PEAK_MB = """
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
"""
# built databases are kept here between runs of `make bench` (1,000,000 articles take minutes to
# build); a change to the builder, the demo or the schema builds them again
CACHE = Path(os.environ.get("KEHOACH_BENCH_CACHE", ROOT / ".bench-cache"))


def _builder_key() -> str:
    digest = hashlib.sha256()
    package = ROOT / "kehoach_desktop"
    for path in [Path(__file__).with_name("articles_db.py"), package / "services" / "demo.py",
                 package / "db" / "models.py", *sorted((package / "db" / "migrations" / "versions").glob("*.py"))]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def built(count: int, dest: Path) -> Path:
    """A copy in `dest` of a data folder holding the demo plan and `count` articles over five
    years, built once into the cache (and again only when what builds it changes)."""
    from articles_db import build

    kept = CACHE / f"articles-{count}-{_builder_key()}"
    if not (kept / "kehoach.db").exists():
        for stale in CACHE.glob(f"articles-{count}-*"):
            shutil.rmtree(stale, ignore_errors=True)
        partial = kept.with_name(kept.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        partial.parent.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        build(partial, count)
        shutil.rmtree(partial / "backups", ignore_errors=True)
        partial.rename(kept)
        print(f"\nbuilt {count:,} articles in {time.perf_counter() - start:.1f} s (kept in {kept})")
    shutil.copytree(kept, dest, ignore=shutil.ignore_patterns("*.lock", "backups", "logs"))
    _with_head_account(dest)
    return dest


def _with_head_account(data: Path) -> None:
    """The office's first account, "bench" (administrator and approver, as the first account
    is), so that every benchmark can act as a logged-in user whatever ran before it; opened as a
    writer, which makes the day's backup before anything is timed."""
    from kehoach_desktop.bootstrap import open_app_database
    from kehoach_desktop.services import accounts
    from kehoach_desktop.services.permissions import has_accounts

    opened = open_app_database(str(data))
    try:
        if not has_accounts(opened.store):
            accounts.add_user(opened.store, "bench", PASSWORD, ["editor"])
    finally:
        opened.close()


@pytest.fixture(scope="session")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A data directory with the demo plan (id 1) and 200,000 articles over five years."""
    return built(ARTICLES, tmp_path_factory.mktemp("bench") / "data"), 1
