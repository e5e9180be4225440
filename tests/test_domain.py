"""Domain rules, table by table."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from kehoach_desktop.domain.documents import format_number, nd30_date, parse_number
from kehoach_desktop.domain.numerals import from_roman, is_roman, to_roman
from kehoach_desktop.domain.periods import PeriodKind, parse_period
from kehoach_desktop.domain.text import clean_line, clean_list, fold, matches, sort_key, vn_sorted
from kehoach_desktop.domain.timing import Timing, TimingKind, format_quarters, parse_timing


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chuyển đổi số", "chuyen doi so"),
        ("ĐÀO TẠO", "dao tao"),
        ("Đào", "dao"),
        ("Hòa", "hoa"),
        ("Hoà", "hoa"),
        ("Thủy", "thuy"),
        ("Thuỷ", "thuy"),
        (nfd("Giáo dục và Đào tạo"), "giao duc va dao tao"),
        ("  nhiều   khoảng\u00a0trắng ", "nhieu khoang trang"),
        ("", ""),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("chuyen doi so", "Tuyên truyền hoạt động chuyển đổi số", True),
        ("Dao", "Đào tạo", True),
        ("dao tao", "Giáo dục và Đào tạo", True),
        (nfd("chuyển đổi"), "Chuyển đổi số", True),
        ("Hoà Bình", "tỉnh Hòa Bình", True),
        ("chuyen doi so", "Chuyển giao", False),
    ],
)
def test_matches(query: str, text: str, found: bool) -> None:
    assert matches(query, text) is found


def test_clean_line_gives_nfc_and_drops_controls() -> None:
    assert clean_line(nfd("Kế hoạch\x07 số  1\n")) == "Kế hoạch số 1"
    assert unicodedata.is_normalized("NFC", clean_line(nfd("Đổi mới")))


def test_clean_list_strips_bullets_and_blanks() -> None:
    assert clean_list(["- Một;", "", "• Hai", "+ Ba"]) == ["Một;", "Hai", "Ba"]


@pytest.mark.parametrize(
    ("unsorted", "expected"),
    [
        (["đ", "d", "e"], ["d", "đ", "e"]),
        (["â", "ă", "a", "b"], ["a", "ă", "â", "b"]),
        (["ơ", "ô", "o"], ["o", "ô", "ơ"]),
        (["ư", "u", "v"], ["u", "ư", "v"]),
        (["Đào", "Dung", "Anh", "Ân", "Ăn"], ["Anh", "Ăn", "Ân", "Dung", "Đào"]),
        (["má", "mà", "ma", "mạ", "mả", "mã"], ["ma", "mà", "mả", "mã", "má", "mạ"]),
        (["Trường B", "trường a"], ["trường a", "Trường B"]),
    ],
)
def test_vietnamese_order(unsorted: list[str], expected: list[str]) -> None:
    assert vn_sorted(unsorted) == expected


def test_sort_key_ignores_normalization_form() -> None:
    assert sort_key(nfd("Đổi mới")) == sort_key("Đổi mới")


@pytest.mark.parametrize(("n", "r"), [(1, "I"), (4, "IV"), (9, "IX"), (14, "XIV"), (2024, "MMXXIV")])
def test_roman(n: int, r: str) -> None:
    assert to_roman(n) == r
    assert from_roman(r) == n
    assert from_roman(r.lower()) == n


@pytest.mark.parametrize("bad", ["", "IIII", "VX", "A", "12"])
def test_roman_rejects(bad: str) -> None:
    assert not is_roman(bad)
    with pytest.raises(ValueError):
        from_roman(bad)


@pytest.mark.parametrize(
    ("text", "quarters"),
    [
        ("Quý I, II, III, IV", {1, 2, 3, 4}),
        ("Quý III, IV", {3, 4}),
        ("Quý 1, 2", {1, 2}),
        ("quý I - III", {1, 2, 3}),
        ("Cả năm", {1, 2, 3, 4}),
        ("Thường xuyên", {1, 2, 3, 4}),
    ],
)
def test_parse_quarters(text: str, quarters: set[int]) -> None:
    timing = parse_timing(text)
    assert timing.kind is TimingKind.QUARTERS
    assert timing.quarters == frozenset(quarters)


def test_parse_months_and_deadline() -> None:
    months = parse_timing("Tháng 9 - 12")
    assert months.kind is TimingKind.MONTHS and months.months == {9, 10, 11, 12}
    assert months.covered_quarters() == {3, 4}
    assert parse_timing("Tháng 3, 5").months == {3, 5}
    deadline = parse_timing("Trước 25/11/2024")
    assert deadline.deadline == dt.date(2024, 11, 25)
    assert deadline.covered_quarters() == {4}
    assert parse_timing("").kind is TimingKind.NONE


@pytest.mark.parametrize("bad", ["Quý V", "sớm nhất có thể"])
def test_parse_timing_rejects(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_timing(bad)


def test_format_timing() -> None:
    assert format_quarters({4, 1, 2, 3}) == "Quý I, II, III, IV"
    assert Timing.of_quarters(3, 4).text() == "Quý III, IV"
    assert Timing.of_months(10, 9).text() == "Tháng 9, 10"
    assert Timing.of_deadline(dt.date(2024, 11, 5)).text() == "Trước ngày 05/11/2024"
    with pytest.raises(ValueError):
        Timing.of_quarters(5)


@pytest.mark.parametrize(
    ("text", "start", "end", "kind", "label"),
    [
        ("2024", 2024, 2024, PeriodKind.YEAR, "năm 2024"),
        ("2017-2018", 2017, 2018, PeriodKind.SCHOOL_YEAR, "năm học 2017-2018"),
        ("2017-2020", 2017, 2020, PeriodKind.RANGE, "giai đoạn 2017-2020"),
        ("năm học 2024 – 2025", 2024, 2025, PeriodKind.SCHOOL_YEAR, "năm học 2024-2025"),
    ],
)
def test_parse_period(text: str, start: int, end: int, kind: PeriodKind, label: str) -> None:
    p = parse_period(text)
    assert (p.start, p.end, p.kind, p.label()) == (start, end, kind, label)


@pytest.mark.parametrize(("text", "reason"), [("2020-2017", "trước năm bắt đầu"), ("abc", "không hợp lệ"),
                                              ("2000-2030", "dài quá")])
def test_parse_period_rejects(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_period(text)


def test_period_next() -> None:
    assert parse_period("2024").next().text() == "2025"
    assert parse_period("2017-2018").next().text() == "2018-2019"
    assert parse_period("2017-2020").next().text() == "2021-2024"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2024, 2, 7), "Lạc Thủy, ngày 07 tháng 02 năm 2024"),
        (dt.date(2024, 1, 5), "Lạc Thủy, ngày 05 tháng 01 năm 2024"),
        (dt.date(2024, 6, 29), "Lạc Thủy, ngày 29 tháng 6 năm 2024"),
        (dt.date(2024, 12, 10), "Lạc Thủy, ngày 10 tháng 12 năm 2024"),
    ],
)
def test_nd30_date(day: dt.date, expected: str) -> None:
    assert nd30_date("Lạc Thủy", day) == expected


def test_document_numbers() -> None:
    assert format_number(182, "KH-SGDĐT") == "182/KH-SGDĐT"
    assert format_number(5, "KH-GD&ĐT") == "05/KH-GD&ĐT"
    assert format_number(None, "KH-GD&ĐT") == "   /KH-GD&ĐT"
    assert parse_number("Số: 182/KH-SGDĐT") == (182, "KH-SGDĐT")
    assert parse_number("/KH-GD&ĐT") == (None, "KH-GD&ĐT")
    with pytest.raises(ValueError):
        parse_number("KH 182")


@pytest.mark.parametrize("text, old, new, expected", [
    ("Kỳ thi tốt nghiệp THPT năm 2024", "2024", "2025", "Kỳ thi tốt nghiệp THPT năm 2025"),
    ("giai đoạn 2021-2025, năm 2024", "2024", "2025", "giai đoạn 2021-2025, năm 2025"),
    ("năm học 2023 - 2024 và năm học 2024- 2025", "2024", "2025", "năm học 2023 - 2024 và năm học 2024- 2025"),
    ("năm học 2023 – 2024", "2024", "2025", "năm học 2023 – 2024"),
    ("mã 20245 và 12024", "2024", "2025", "mã 20245 và 12024"),
    ("năm học 2023-2024", "2023-2024", "2024-2025", "năm học 2024-2025"),
])
def test_shifting_the_period_in_a_text(text: str, old: str, new: str, expected: str) -> None:
    from kehoach_desktop.domain.periods import parse_period, shift_period_text

    assert shift_period_text(text, parse_period(old), parse_period(new)) == expected
