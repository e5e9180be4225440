"""The dashboard after an edit: only the days the edit touched are read again, and the figures are
exactly those a full read gives — whatever the edit (new, moved, re-themed, deleted, withdrawn,
through the workflow), in any order."""

from __future__ import annotations

import datetime as dt
import gc

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text, update

from kehoach_desktop.db.models import Article
from kehoach_desktop.services import accounts, appendix, articles, counting, dashboard, plans
from kehoach_desktop.services.errors import ServiceError
from kehoach_desktop.services.store import Store

D = dt.date
PASSWORD = "mat-khau-truong-phong"
TODAY = D(2024, 11, 20)


@pytest.fixture
def office(store: Store, demo_plan: int) -> dict[str, object]:
    accounts.add_user(store, "truongphong", PASSWORD, ["approver", "editor"])
    store.acting_as(accounts.login(store, "truongphong", PASSWORD))
    plan_id = plans.create_plan(store, {"title": "Truyền thông năm 2024", "period": "2024"})
    group = appendix.add_group(store, plan_id, "Chuyển đổi số")
    themes = [appendix.add_theme(store, group, title)
              for title in ("Học bạ số", "Tuyển sinh trực tuyến", "Thư viện số")]
    return {"plan": plan_id, "themes": themes}


def _published(store: Store, plan_id: int, day: D, themes: list[int]) -> int:
    aid = articles.add_article(store, plan_id, f"Tin ngày {day:%d/%m/%Y}", published_on=day,
                               url=f"https://pgd.example.vn/{day}", theme_ids=themes)
    for step in ("submit", "approve", "publish"):
        articles.transition(store, aid, step, password=PASSWORD)
    return aid


def _full(store: Store, plan_id: int) -> dashboard.DashboardData:
    return dashboard.summary(store, plans.get_plan(store, plan_id), 2024, TODAY)


def _joined_theme_days(store: Store, plan_id: int) -> list[tuple[int, dt.date]]:
    """The year's (theme, day) pairs with a counted article, joined from the articles themselves:
    what the links' counted days, kept by the database's triggers, must say."""
    from kehoach_desktop.db import report_read
    from kehoach_desktop.services.store import sql_rows

    where, params = report_read.counted(plan_id, D(2024, 1, 1), D(2024, 12, 31))
    with store.read() as s:
        found = sql_rows(s)(f"SELECT DISTINCT l.theme_id, a.published_on FROM article_theme l JOIN article a "
                            f"ON a.id = l.article_id WHERE {where}", params)
    return sorted((int(t), report_read.as_date(d)) for t, d in found)  # type: ignore[misc]


def test_an_edit_reads_only_its_days_and_gives_the_full_figures(store: Store, office: dict) -> None:
    plan_id, themes = office["plan"], office["themes"]
    figures = dashboard.DashboardFigures(store)
    plan = plans.get_plan(store, plan_id)
    first = _published(store, plan_id, D(2024, 3, 5), themes[:1])
    assert figures.summary(plan, 2024, TODAY) == _full(store, plan_id)
    assert figures.last_read[0] == "year"

    # moved to another month: the day it left and the day it entered
    articles.update_article(store, first, {"published_on": D(2024, 7, 9)})
    articles.transition(store, first, "approve", password=PASSWORD)
    articles.transition(store, first, "publish", password=PASSWORD)
    shown = figures.summary(plan, 2024, TODAY)
    assert figures.last_read == ("days", 2)
    assert shown == _full(store, plan_id)
    assert shown.per_month[2] == 0 and shown.per_month[6] == 1

    # nothing changed: nothing read
    assert figures.summary(plan, 2024, TODAY) == shown and figures.last_read == ("kept", 0)

    # a day of another year does not touch this one
    _published(store, plan_id, D(2023, 12, 31), themes[:1])
    figures.summary(plan, 2024, TODAY)
    assert figures.last_read == ("kept", 0)


def test_a_bulk_statement_reads_the_year_again(store: Store, office: dict) -> None:
    plan_id = office["plan"]
    _published(store, plan_id, D(2024, 5, 1), office["themes"])
    figures = dashboard.DashboardFigures(store)
    plan = plans.get_plan(store, plan_id)
    figures.summary(plan, 2024, TODAY)
    with store.write() as s:  # the feed cannot see which rows: it says everything
        s.execute(update(Article).where(Article.plan_id == plan_id).values(withdrawn=True))
    shown = figures.summary(plan, 2024, TODAY)
    assert figures.last_read[0] == "year" and sum(shown.per_month) == 0 == sum(_full(store, plan_id).per_month)
    with store.write() as s:  # SQL text naming the table: the same
        s.execute(text("UPDATE article SET withdrawn = :no WHERE plan_id = :plan"), {"no": False, "plan": plan_id})
    shown = figures.summary(plan, 2024, TODAY)
    assert figures.last_read[0] == "year" and sum(shown.per_month) == 1 == sum(_full(store, plan_id).per_month)


def test_a_rolled_back_write_tells_nothing_and_a_closed_view_is_forgotten(store: Store, office: dict) -> None:
    plan_id = office["plan"]
    told: list[object] = []

    class View:
        def touched(self, days: object) -> None:
            told.append(days)

    view = View()
    store.changes.watch(view.touched)
    with pytest.raises(RuntimeError), store.write() as s:
        s.add(Article(plan_id=plan_id, title="Bỏ dở", published_on=D(2024, 2, 2)))
        s.flush()
        raise RuntimeError("refused")
    assert told == []
    _published(store, plan_id, D(2024, 2, 3), [])
    assert frozenset({D(2024, 2, 3)}) in told
    del view
    gc.collect()
    told.clear()
    _published(store, plan_id, D(2024, 2, 4), [])
    assert told == []


EDITS = st.lists(st.tuples(
    st.sampled_from(["add", "move", "themes", "delete", "withdraw", "unpublish", "bulk"]),
    st.integers(0, 1000), st.dates(D(2023, 12, 25), D(2025, 1, 5)), st.sets(st.integers(0, 2), max_size=3)),
    min_size=1, max_size=6)


@settings(max_examples=25, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
@example(edits=[("bulk", 583, D(2024, 1, 1), {0, 1, 2})])  # the first edit finds no article to change: it adds one
def test_after_any_edits_the_kept_figures_are_the_full_ones(store: Store, office: dict, edits: list) -> None:
    plan_id, themes = office["plan"], office["themes"]
    figures = dashboard.DashboardFigures(store)
    plan = plans.get_plan(store, plan_id)
    figures.summary(plan, 2024, TODAY)
    for action, pick, day, theme_picks in edits:
        chosen = [themes[i] for i in sorted(theme_picks)]
        live = [r.id for r in articles.article_rows(store, articles.article_ids(
            store, articles.ArticleFilter(plan_id=plan_id))) if not r.withdrawn]
        target = live[pick % len(live)] if live else None
        try:
            _edit(store, plan_id, action, target, day, chosen, pick)
        except ServiceError:  # refused (a published article is not deleted): nothing changed
            pass
        assert figures.summary(plan, 2024, TODAY) == _full(store, plan_id), (action, day)
        assert sorted(counting.theme_days(store, plan_id, D(2024, 1, 1), D(2024, 12, 31))) == \
            _joined_theme_days(store, plan_id), (action, day)
        bulk = action == "bulk" and target is not None  # with no article to change, _edit adds one
        assert figures.last_read[0] in (("year", "kept") if bulk else ("days", "kept")), (action, target)


def _edit(store: Store, plan_id: int, action: str, target: int | None, day: D, chosen: list[int], pick: int) -> None:
    if action == "add" or target is None:
        _published(store, plan_id, day, chosen)
    elif action == "move":
        articles.update_article(store, target, {"published_on": day})
    elif action == "themes":
        articles.update_article(store, target, {"theme_ids": chosen})
    elif action == "delete":
        articles.delete_article(store, target)
    elif action == "withdraw":
        if articles.get_article(store, target).status == "published":
            articles.withdraw_article(store, target, "Đăng nhầm")
    elif action == "unpublish":
        articles.update_article(store, target, {"title": f"Sửa tiêu đề {pick}"})  # back to Chờ duyệt
    else:
        with store.write() as s:
            s.execute(update(Article).where(Article.id == target).values(published_on=day))


def test_a_change_by_another_program_is_told_apart_from_our_own(store: Store, office: dict) -> None:
    """The window's look for changes made elsewhere: this program's own edits are in its feed (the
    dashboard keeps its figures); another program's (here a second store on the same database, as
    the command line or another PC would be) are not, so the dashboard reads in full."""
    from kehoach_desktop.services import history

    seen = history.last_change(store)
    _published(store, office["plan"], D(2024, 4, 1), [])
    assert history.last_change(store) > seen and not history.changed_elsewhere(store, seen)
    other = Store(engine=store.engine, actor="truongphong")
    other.acting_as(store.user)
    seen = history.last_change(store)
    _published(other, office["plan"], D(2024, 4, 2), [])
    assert history.changed_elsewhere(store, seen)
    assert not history.changed_elsewhere(store, history.last_change(store))
