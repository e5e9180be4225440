"""The long importer fuzz run (make bench): 10,000 generated files, none may crash the importer,
take over 10 s or leave a partial write. KEHOACH_FUZZ_EXAMPLES sets another count."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from fuzz_importers import MANGLE, docx_bytes, mangled, read_and_import, sheets, xlsx_bytes  # noqa: E402

from kehoach_desktop.services import plans  # noqa: E402
from kehoach_desktop.services.store import Store  # noqa: E402

LONG = settings(max_examples=int(os.environ.get("KEHOACH_FUZZ_EXAMPLES", "10000")), deadline=None,
                suppress_health_check=list(HealthCheck))


@LONG
@given(spec=sheets(), kind=st.sampled_from(["xlsx", "docx"]), how=MANGLE)
def test_ten_thousand_generated_files(store: Store, demo_plan: int, spec: dict, kind: str, how: tuple) -> None:  # type: ignore[type-arg]
    found = plans.list_plans(store, "2030")
    plan_id = found[0].id if found else plans.create_plan(store, {"title": "Truyền thông năm 2030", "period": "2030"})
    content = xlsx_bytes(spec) if kind == "xlsx" else docx_bytes(spec)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"phu-luc.{kind}"
        path.write_bytes(mangled(content, how))
        read_and_import(store, plan_id, path)
    print(f"fuzz: {kind} {how[0]} ok")
