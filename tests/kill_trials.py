"""SIGKILL at a random moment while a process writes articles, backs up and exports; then the
database must be sound, every acknowledged write present, no backup or export half-written under
its final name, and the newest backup restorable. Shared by the suite (a few trials) and the
bench run (50)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

WORKER = r"""
import sys, datetime as dt
from kehoach_desktop.bootstrap import open_app_database
from kehoach_desktop.services import articles, backups, documents
data, plan, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
db = open_app_database(data, actor="kill")
i = 0
while True:
    i += 1
    aid = articles.add_article(db.store, plan, f"Tin số {i}", published_on=dt.date(2024, 5, 2))
    print(f"ok {aid}", flush=True)
    if i % 7 == 0:
        backups.make_backup(db.store)
        print("backup", flush=True)
    if i % 11 == 0:
        documents.export_appendix_pdf(db.store, plan, f"{out}/phu-luc.pdf")
        print("export", flush=True)
"""


def trial(data: Path, plan_id: int, out: Path, seed: int) -> dict[str, int]:
    """One run killed at a random moment; returns what it acknowledged."""
    rng = random.Random(seed)
    proc = subprocess.Popen([sys.executable, "-c", WORKER, str(data), str(plan_id), str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    lines: list[str] = []
    assert proc.stdout is not None
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stdout.readline, "")), daemon=True)  # type: ignore[union-attr]
    reader.start()
    # killed at a random moment once it writes (however long a busy machine takes to start it)
    started = time.monotonic()
    while not any(line.startswith("ok ") for line in lines) and time.monotonic() - started < 60:
        time.sleep(0.02)
    time.sleep(rng.uniform(0.2, 2.5))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    reader.join(timeout=5)
    acknowledged = [int(line.split()[1]) for line in lines if line.startswith("ok ")]
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""
    return {"acknowledged": len(acknowledged), "last": max(acknowledged, default=0), "ids": acknowledged}  # type: ignore[dict-item]


def check_after(data: Path, out: Path, acknowledged: list[int]) -> None:
    import pdfplumber

    from kehoach_desktop.bootstrap import open_app_database
    from kehoach_desktop.db.backup import check_file, list_backups
    from kehoach_desktop.services import articles

    db = open_app_database(str(data), actor="check")  # refuses a damaged database
    try:
        missing = [i for i in acknowledged if _exists(articles, db.store, i) is False]
        assert missing == [], f"acknowledged writes lost: {missing[:5]}"
    finally:
        db.close()
    for b in list_backups(data / "backups"):
        assert check_file(b.path) == "ok", f"a backup under its final name is not sound: {b.path}"
    strays = [p for p in (data / "backups").iterdir() if p.is_file()
              and not p.name.endswith(".db") and p.suffix not in (".damaged",)]
    assert strays == [], f"left by the kill after the next open: {strays}"  # hidden .part files too
    assert not list(data.glob(".*.restore.part*"))
    assert not list(out.glob(".*.part")), "a killed export's partial file is still there after the next open"
    target = out / "phu-luc.pdf"
    if target.exists():
        with pdfplumber.open(target) as pdf:  # complete, or not there at all
            assert len(pdf.pages) >= 1


def _exists(articles, store, article_id: int) -> bool:  # type: ignore[no-untyped-def]
    try:
        articles.get_article(store, article_id)
        return True
    except Exception:
        return False
