"""200,000 articles on the office's PostgreSQL server beside the same on the PC's SQLite file:
moving them there, start-up to the plan shown, search (count and first page), the first page of
the log, the year's article export. Each figure is printed beside its floor (the same query sent
by the bare driver: sqlite3, psycopg). Budget (DESIGN.md / the server issue): search within 50 ms
on both engines.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

import pytest
from conftest import ARTICLES as COUNT
from conftest import PASSWORD

from kehoach_desktop.domain.text import fold

sys.path.append(str(Path(__file__).resolve().parent.parent))  # tests/pg_server.py (after tests/bench)

# the server as an office would set it up: shared_buffers at a quarter of a small server's 2 GB
SHARED_BUFFERS = "512MB"

QUERIES = ["chuyen doi so", "dao tao", "Hòa Bình", "tuyen sinh lop 10", "phu dong", "thu vien",
           "kiem dinh chat luong", "Nguyễn Đức Toàn", "hoi thi hoc sinh gioi", "khong co ket qua nao"]


@pytest.fixture(scope="module")
def on_server(big: tuple[Path, int]):  # type: ignore[no-untyped-def]
    """The 200,000-article office copied onto a real server (the copy is timed)."""
    from pg_server import start_server

    from kehoach_desktop.bootstrap import open_app_database
    from kehoach_desktop.services import accounts, database

    data, plan_id = big
    server = start_server(shared_buffers=SHARED_BUFFERS, in_memory=False)
    url = server.create_database("bench")
    local = open_app_database(str(data))
    try:  # the writer's lock goes with it even when the copy fails (the tests after open the file)
        local.store.acting_as(accounts.login(local.store, "bench", PASSWORD))  # an administrator copies
        start = time.perf_counter()
        report = database.copy_to(local.store, url)
        took = time.perf_counter() - start
    finally:
        local.close()
    print(f"\ncopied {report.total} rows ({COUNT} articles) to PostgreSQL, verified, in {took:.1f} s")
    with server_connection(server, "bench") as conn:
        conn.execute("VACUUM ANALYZE")
    yield server, url, plan_id
    server.stop()


def server_connection(server, database: str):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(host="127.0.0.1", port=server.port, user=server.superuser, dbname=database,
                           autocommit=True)


def _search(store, plan_id: int) -> tuple[list[float], list[float], float]:  # type: ignore[no-untyped-def]
    """What the log does for a search: its first 500 rows (the budget), then the total count
    (which may follow, off the GUI thread)."""
    from kehoach_desktop.services import articles

    start = time.perf_counter()
    articles.article_ids(store, articles.ArticleFilter(plan_id=plan_id, query="giao duc"), limit=500)
    cold = time.perf_counter() - start
    firsts, counts = [], []
    for i in range(50):
        flt = articles.ArticleFilter(plan_id=plan_id, query=QUERIES[i % len(QUERIES)])
        start = time.perf_counter()
        first = articles.article_ids(store, flt, limit=500)
        firsts.append(time.perf_counter() - start)
        start = time.perf_counter()
        articles.count_articles(store, flt) if first else 0
        counts.append(time.perf_counter() - start)
    return firsts, counts, cold


def _p90(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.9) - 1]


def test_search_on_the_server_beside_the_file(big: tuple[Path, int], on_server) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from kehoach_desktop.bootstrap import open_app_database
    from kehoach_desktop.db.search import PG_DOCUMENT, pg_tsquery

    data, plan_id = big
    server, url, _ = on_server
    results = {}
    for name, db_url in (("SQLite", None), ("PostgreSQL", url)):
        opened = open_app_database(str(data), db_url)
        results[name] = _search(opened.store, plan_id)
        opened.close()
    raw_sqlite, raw_pg = [], []
    lite = sqlite3.connect(data / "kehoach.db")
    with server_connection(server, "bench") as pg:
        for i in range(50):
            words = fold(QUERIES[i % len(QUERIES)]).split()
            match = " AND ".join([*(f'"{w}"' for w in words[:-1]), f'"{words[-1]}"*'])
            start = time.perf_counter()
            lite.execute("SELECT id FROM article WHERE plan_id = ? AND id IN (SELECT rowid FROM article_fts "
                         "WHERE article_fts MATCH ?) ORDER BY published_on DESC, id DESC LIMIT 500",
                         (plan_id, match)).fetchall()
            raw_sqlite.append(time.perf_counter() - start)
            start = time.perf_counter()
            pg.execute(f"SELECT id FROM article WHERE plan_id = %s AND {PG_DOCUMENT} @@ to_tsquery('simple', %s) "
                       "ORDER BY published_on DESC, id DESC LIMIT 500", (plan_id, pg_tsquery(words))).fetchall()
            raw_pg.append(time.perf_counter() - start)
    for name, floor in (("SQLite", raw_sqlite), ("PostgreSQL", raw_pg)):
        firsts, counts, cold = results[name]
        print(f"\nsearch on {name} over {COUNT} articles: first 500 rows median {statistics.median(firsts) * 1000:.1f} ms, "
              f"p90 {_p90(firsts) * 1000:.1f} ms (budget 50); bare driver, same query, median "
              f"{statistics.median(floor) * 1000:.1f} ms, ratio {statistics.median(firsts) / statistics.median(floor):.2f}; "
              f"the count after: median {statistics.median(counts) * 1000:.1f} ms, p90 {_p90(counts) * 1000:.1f} ms; "
              f"first search after opening {cold * 1000:.0f} ms")
    assert _p90(results["PostgreSQL"][0]) <= 0.050 and _p90(results["SQLite"][0]) <= 0.050


def test_start_up_and_first_page_on_the_server(big: tuple[Path, int], on_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Launch to the window's first paint and to the plan shown, on the file and on the server."""
    from test_startup import _launch

    data, plan_id = big
    _server, url, _ = on_server
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KEHOACH_QUIT_WHEN_READY": "1",
           "KEHOACH_PASSWORD": PASSWORD}
    exe = str(Path(sys.executable).with_name("kehoach"))
    figures = {}
    for name, db_url in (("SQLite", None), ("PostgreSQL", url)):
        runs = [_launch([exe, "--data-dir", str(data), *(["--db-url", db_url] if db_url else []), "--as", "bench"],
                        env) for _ in range(3)]
        figures[name] = (statistics.median(r[0] for r in runs), statistics.median(r[1] or 0 for r in runs))
    for name, (painted, ready) in figures.items():
        print(f"\nstart-up on {name} at {COUNT} articles: window painted {painted * 1000:.0f} ms, plan shown "
              f"{ready * 1000:.0f} ms")

    from kehoach_desktop.bootstrap import open_app_database
    from kehoach_desktop.services import articles

    for name, db_url in (("SQLite", None), ("PostgreSQL", url)):
        opened = open_app_database(str(data), db_url)
        start = time.perf_counter()  # the log's first page: ids, then their rows
        ids = articles.article_ids(opened.store, articles.ArticleFilter(plan_id=plan_id), limit=500)
        rows = articles.article_rows(opened.store, ids[:100])
        took = time.perf_counter() - start
        opened.close()
        assert len(rows) == 100
        print(f"\nfirst page of the log on {name}: {took * 1000:.1f} ms")


def test_year_export_on_the_server_beside_the_file(big: tuple[Path, int], on_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from kehoach_desktop.bootstrap import open_app_database
    from kehoach_desktop.services import transfer

    data, plan_id = big
    _server, url, _ = on_server
    took = {}
    for name, db_url in (("SQLite", None), ("PostgreSQL", url)):
        opened = open_app_database(str(data), db_url)
        start = time.perf_counter()
        transfer.export_articles(opened.store, plan_id, tmp_path / f"{name}.xlsx", dt.date(2024, 1, 1),
                                 dt.date(2024, 12, 31))
        took[name] = time.perf_counter() - start
        opened.close()
    print(f"\narticle export of 2024 ({COUNT // 5} articles): SQLite {took['SQLite']:.1f} s, PostgreSQL "
          f"{took['PostgreSQL']:.1f} s, ratio {took['PostgreSQL'] / took['SQLite']:.2f}")
    assert took["PostgreSQL"] <= 1.5 * took["SQLite"]
