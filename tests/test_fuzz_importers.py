"""A short run of the importer fuzzer in every `make test` (the long one: tests/bench)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from fuzz_importers import MANGLE, docx_bytes, mangled, read_and_import, sheets, xlsx_bytes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kehoach_desktop.services import plans
from kehoach_desktop.services.store import Store

QUICK = settings(max_examples=15, deadline=None, derandomize=True,
                 suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                        HealthCheck.data_too_large])


@QUICK
@given(spec=sheets(), kind=st.sampled_from(["xlsx", "docx"]), how=MANGLE)
def test_no_generated_file_breaks_the_importer(store: Store, demo_plan: int, spec: dict, kind: str,  # type: ignore[type-arg]
                                              how: tuple) -> None:  # type: ignore[type-arg]
    plan_id = plans.create_plan(store, {"title": "Truyền thông năm 2030", "period": "2030"}) \
        if not plans.list_plans(store, "2030") else plans.list_plans(store, "2030")[0].id
    content = xlsx_bytes(spec) if kind == "xlsx" else docx_bytes(spec)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"phu-luc.{kind}"
        path.write_bytes(mangled(content, how))
        read_and_import(store, plan_id, path)
