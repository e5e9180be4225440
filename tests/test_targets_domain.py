"""Target evaluation as a table of cases."""

from __future__ import annotations

import datetime as dt

import pytest

from kehoach_desktop.domain.targets import Published, Rule, evaluate, windows

D = dt.date


def arts(*specs: tuple[dt.date, int | None]) -> list[Published]:
    return [Published(day, unit, 1, "tin") for day, unit in specs]


def test_windows_cross_a_year() -> None:
    q = windows("quarter", D(2024, 11, 10), D(2025, 2, 1))
    assert [w.label for w in q] == ["Quý IV/2024", "Quý I/2025"]
    assert (q[0].start, q[0].end) == (D(2024, 10, 1), D(2024, 12, 31))
    m = windows("month", D(2024, 12, 5), D(2025, 1, 20))
    assert [w.label for w in m] == ["tháng 12/2024", "tháng 1/2025"]
    assert [w.label for w in windows("semester", D(2024, 5, 1), D(2024, 8, 1))] == [
        "6 tháng đầu năm 2024", "6 tháng cuối năm 2024"]


@pytest.mark.parametrize(
    ("rule", "articles", "expected"),
    [
        # a month with no article fails the monthly minimum
        (Rule(1, "office", "month", 1), arts((D(2024, 1, 5), None), (D(2024, 3, 2), None)),
         [("tháng 1/2024", None, 1, True), ("tháng 2/2024", None, 0, False), ("tháng 3/2024", None, 1, True)]),
        # the office: 8 a year
        (Rule(2, "office", "year", 8), arts(*[(D(2024, m, 1), 7) for m in range(1, 10)]),
         [("năm 2024", None, 9, True)]),
        # a school short of its yearly 2
        (Rule(3, "unit", "year", 2, unit_id=20), arts((D(2024, 4, 1), 20), (D(2024, 5, 1), 21)),
         [("năm 2024", 20, 1, False)]),
        # every school: evaluated per school
        (Rule(4, "unit_kind", "year", 2, unit_kind="school"),
         arts((D(2024, 4, 1), 20), (D(2024, 6, 1), 20), (D(2024, 5, 1), 21)),
         [("năm 2024", 20, 2, True), ("năm 2024", 21, 1, False)]),
    ],
)
def test_rules(rule: Rule, articles: list[Published], expected: list[tuple]) -> None:
    start, end = D(2024, 1, 1), D(2024, 3, 31) if rule.period == "month" else D(2024, 12, 31)
    results = evaluate(rule, articles, start, end, D(2025, 1, 15), {"school": [20, 21]})
    assert [(r.window.label, r.unit_id, r.achieved, r.met) for r in results] == expected


def test_channel_and_kind_limits_and_running_period() -> None:
    rule = Rule(5, "office", "quarter", 2, channel_id=2, article_kind="video")
    articles = [Published(D(2024, 1, 3), None, 2, "video"), Published(D(2024, 1, 4), None, 1, "video"),
                Published(D(2024, 2, 4), None, 2, "tin")]
    [result] = evaluate(rule, articles, D(2024, 1, 1), D(2024, 3, 31), D(2024, 2, 10))
    assert (result.achieved, result.met, result.finished) == (1, False, False)
