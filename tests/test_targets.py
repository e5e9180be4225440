"""Targets, coverage, indicators and the opinion log against a database."""

from __future__ import annotations

import datetime as dt

import pytest

from kehoach_desktop.services import articles, opinion, plans, targets, units
from kehoach_desktop.services.errors import ValidationError
from kehoach_desktop.services.store import Store


def test_new_plan_starts_with_the_samples_rules(store: Store, demo_plan: int) -> None:
    texts = [r.text for r in targets.list_rules(store, demo_plan)]
    assert texts == ["Toàn đơn vị: ít nhất 1 tin bài/tháng", "Toàn đơn vị: ít nhất 8 tin bài/năm",
                     "Mỗi trường trực thuộc: ít nhất 2 tin bài/năm"]
    copy = plans.copy_plan(store, demo_plan, "2025")
    assert [r.text for r in targets.list_rules(store, copy)] == texts


def test_status_of_the_demo_year(store: Store, demo_plan: int) -> None:
    rows = targets.status(store, demo_plan, today=dt.date(2025, 1, 15))
    monthly = [r for r in rows if r.rule.period == "month"]
    assert len(monthly) == 12 and all(r.result.finished for r in monthly)
    yearly = next(r for r in rows if r.rule.period == "year" and r.rule.scope == "office")
    assert yearly.result.achieved >= 8 and yearly.result.met
    schools = [r for r in rows if r.rule.scope == "unit_kind"]
    assert {r.unit_name for r in schools} == {u.name for u in units.list_units(store) if u.kind == "school"}
    assert all(not r.result.met for r in schools)  # the demo logs no article by a school
    assert [r.to_json()["period"] for r in monthly][:2] == ["tháng 1/2024", "tháng 2/2024"]


def test_rule_validation(store: Store, demo_plan: int) -> None:
    with pytest.raises(ValidationError, match="Đơn vị"):
        targets.add_rule(store, demo_plan, "unit", "year", 2)
    with pytest.raises(ValidationError, match="tối thiểu"):
        targets.add_rule(store, demo_plan, "office", "year", 0)


def test_coverage(store: Store, demo_plan: int) -> None:
    rows = targets.coverage(store, demo_plan, 2024)
    assert len(rows) == 24
    inspect = next(r for r in rows if r.stt == "IX.1")
    assert inspect.planned == {3, 4}
    theme = plans.get_plan(store, demo_plan).themes()[0]
    aid = articles.add_article(store, demo_plan, "Tin quý II", published_on=dt.date(2024, 5, 2),
                               url="https://x.vn/1", theme_ids=[theme.id])
    with store.write() as s:
        from kehoach_desktop.db.models import Article

        s.get(Article, aid).status = "published"
    row = next(r for r in targets.coverage(store, demo_plan, 2024) if r.theme_id == theme.id)
    assert 2 in row.covered
    missing = {r.stt: q for r, q in targets.uncovered(store, demo_plan, today=dt.date(2024, 2, 1))}
    assert all(q == {1} for q in missing.values())  # only quarters already begun count


def test_indicators(store: Store, demo_plan: int) -> None:
    ind = targets.add_indicator(store, demo_plan, "Tỷ lệ thủ tục hành chính giải quyết trực tuyến", 70)
    assert targets.list_indicators(store, demo_plan)[0].met is None
    targets.record_value(store, ind, 55, dt.date(2024, 6, 30))
    targets.record_value(store, ind, 72.5, dt.date(2024, 12, 31))
    latest = targets.list_indicators(store, demo_plan)[0]
    assert (latest.latest_value, latest.met) == (72.5, True)


def test_opinion_log(store: Store, demo_plan: int) -> None:
    hot = opinion.hot_open(store)
    assert [i.status for i in hot] == ["in_progress"]
    issue = opinion.add_issue(store, "Tin đồn nghỉ học", dt.date(2024, 10, 2), source="parents", severity="hot")
    assert len(opinion.hot_open(store)) == 2
    opinion.update_issue(store, issue, {"status": "resolved", "reported_up": True})
    after = next(i for i in opinion.list_issues(store) if i.id == issue)
    assert after.reported_on is not None and not after.hot_and_open
    assert [i.id for i in opinion.list_issues(store, dt.date(2024, 10, 1), dt.date(2024, 10, 31))] == [issue]
    with pytest.raises(ValidationError, match="Nguồn"):
        opinion.add_issue(store, "X", dt.date(2024, 1, 1), source="tivi")
