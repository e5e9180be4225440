"""Services against a temporary SQLite database."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from sqlalchemy import func, select

from kehoach_desktop.db.models import AuditEntry, Plan, Theme
from kehoach_desktop.domain.timing import Timing
from kehoach_desktop.records import OrganizationData
from kehoach_desktop.services import appendix, organization, ownership, plans, sections, units
from kehoach_desktop.services.errors import (
    Conflict,
    NotFound,
    ReadOnlyError,
    ServiceError,
    ValidationError,
)
from kehoach_desktop.services.store import Store


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


@pytest.fixture
def office(store: Store) -> int:
    return organization.save_organization(store, OrganizationData(
        name="Sở Giáo dục và Đào tạo", parent_name="UBND TỈNH QUẢNG NGÃI", abbreviation="SGDĐT",
        place="Quảng Ngãi", level="so"))


@pytest.fixture
def plan_id(store: Store, office: int) -> int:
    return plans.create_plan(store, {"title": "Truyền thông về GD&ĐT năm 2022", "period": "2022"})


def test_first_plan_needs_an_office(store: Store) -> None:
    with pytest.raises(ServiceError, match="thông tin đơn vị"):
        plans.create_plan(store, {"title": "X", "period": "2024"})


def test_create_plan_defaults_from_office(store: Store, plan_id: int) -> None:
    plan = plans.get_plan(store, plan_id)
    assert plan.symbol == "KH-SGDĐT"
    assert plan.place == "Quảng Ngãi"
    assert plan.organization.parent_name == "UBND TỈNH QUẢNG NGÃI"


def test_decomposed_input_is_stored_as_nfc(store: Store, plan_id: int) -> None:
    plans.update_plan(store, plan_id, {"title": nfd("Chuyển đổi số trong giáo dục")})
    with store.read() as s:
        title = s.get(Plan, plan_id).title
    assert title == "Chuyển đổi số trong giáo dục"
    assert unicodedata.is_normalized("NFC", title)


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"title": "   "}, "Tên kế hoạch", "trống"),
        ({"period": "2024-2020"}, "Thời kỳ", "trước năm bắt đầu"),
        ({"number": "abc"}, "Số văn bản", "không phải số"),
        ({"signer_prefix": "XX"}, "Quyền hạn ký", "KT."),
    ],
)
def test_bad_plan_fields_are_refused_and_nothing_saved(
    store: Store, plan_id: int, changes: dict, field: str, reason: str
) -> None:
    before = plans.get_plan(store, plan_id)
    with pytest.raises(ValidationError) as err:
        plans.update_plan(store, plan_id, {"signer_name": "Nguyễn Văn A", **changes})
    assert err.value.field == field
    assert reason in err.value.reason
    assert plans.get_plan(store, plan_id) == before


def test_plan_number_unique_within_a_year(store: Store, plan_id: int) -> None:
    plans.update_plan(store, plan_id, {"number": 182, "issued_on": dt.date(2022, 3, 1)})
    other = plans.create_plan(store, {"title": "Kế hoạch khác", "period": "2022"})
    with pytest.raises(Conflict, match="182"):
        plans.update_plan(store, other, {"number": 182, "issued_on": dt.date(2022, 5, 1)})
    assert plans.get_plan(store, other).number is None
    # numbering restarts on 1 January
    plans.update_plan(store, other, {"number": 182, "issued_on": dt.date(2023, 1, 5)})
    assert plans.get_plan(store, other).number_text == "182/KH-SGDĐT"


def test_update_returns_previous_values_for_undo(store: Store, plan_id: int) -> None:
    before = plans.update_plan(store, plan_id, {"title": "Mới", "period": "2023-2024"})
    assert before["title"] == "Truyền thông về GD&ĐT năm 2022"
    plans.update_plan(store, plan_id, before)
    plan = plans.get_plan(store, plan_id)
    assert plan.title == "Truyền thông về GD&ĐT năm 2022" and plan.period.text() == "2022"


def test_every_change_is_audited(store: Store, plan_id: int) -> None:
    plans.update_plan(store, plan_id, {"title": "Tên mới"})
    with store.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "update")
                          .order_by(AuditEntry.id.desc())).first()
    assert entry.actor == "tester"
    assert entry.before == {"title": "Truyền thông về GD&ĐT năm 2022"}
    assert entry.after == {"title": "Tên mới"}


def test_basis_and_recipients(store: Store, plan_id: int) -> None:
    plans.set_basis(store, plan_id, ["Căn cứ Kế hoạch số 1;", "", nfd("Thực hiện Công văn số 2.")])
    plans.set_recipients(store, plan_id, [plans.parse_recipient("- Bộ GD&ĐT (để b/c);"),
                                          plans.parse_recipient("- Lưu: VT.")])
    plan = plans.get_plan(store, plan_id)
    assert [b.text for b in plan.basis] == ["Căn cứ Kế hoạch số 1;", "Thực hiện Công văn số 2."]
    assert [(r.name, r.purpose) for r in plan.recipients] == [("Bộ GD&ĐT", "để b/c"), ("Lưu: VT", "")]


def test_section_tree_numbering_is_derived(store: Store, plan_id: int) -> None:
    p1 = sections.add_section(store, plan_id, None, kind="part", heading="MỤC ĐÍCH, YÊU CẦU")
    i1 = sections.add_section(store, plan_id, p1, kind="item", heading="Mục đích")
    sections.add_section(store, plan_id, i1, kind="item", heading="Chi tiết")
    sections.add_section(store, plan_id, p1, kind="item", heading="Yêu cầu")
    sections.add_section(store, plan_id, None, kind="part", heading="NỘI DUNG")
    tree = plans.get_plan(store, plan_id).sections
    assert [s.label for s in tree] == ["I.", "II."]
    assert [c.label for c in tree[0].children] == ["1.", "2."]
    assert tree[0].children[0].children[0].label == "1.1."
    snap = sections.delete_section(store, p1)
    assert [s.label for s in plans.get_plan(store, plan_id).sections] == ["I."]
    sections.restore_section(store, snap)
    tree = plans.get_plan(store, plan_id).sections
    assert [s.heading for s in tree] == ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG"]
    assert tree[0].children[0].children[0].heading == "Chi tiết"
    with pytest.raises(ValidationError):
        sections.move_section(store, p1, i1, 0)


def test_appendix_groups_and_themes(store: Store, plan_id: int) -> None:
    lead = units.add_unit(store, "Phòng GD&ĐT")
    partner = units.add_unit(store, "Báo Quảng Ngãi", "partner")
    person = units.add_person(store, "Trần Thị Bình", "Chánh Văn phòng", "0905 123 456",
                              "binh@example.vn", lead)
    g1 = appendix.add_group(store, plan_id, "Đổi mới quản lý")
    g2 = appendix.add_group(store, plan_id, "Chuyển đổi số")
    t1 = appendix.add_theme(store, g1, "Nâng cao hiệu lực quản lý", forms=["- Tin bài", "Phóng sự"],
                            lead_unit_ids=[lead], support_unit_ids=[partner],
                            timing=Timing.of_quarters(1, 2), owner_id=person)
    t2 = appendix.add_theme(store, g1, "Chương trình GDPT 2018", position=0)
    plan = plans.get_plan(store, plan_id)
    assert [g.numeral for g in plan.groups] == ["I", "II"]
    assert [(t.stt, t.title) for t in plan.groups[0].themes] == [
        (1, "Chương trình GDPT 2018"), (2, "Nâng cao hiệu lực quản lý")]
    theme = plan.groups[0].themes[1]
    assert theme.forms == ("Tin bài", "Phóng sự")
    assert [u.name for u in theme.lead_units] == ["Phòng GD&ĐT"]
    assert theme.owner_name == "Trần Thị Bình"
    appendix.move_theme(store, t1, g2, 0)
    plan = plans.get_plan(store, plan_id)
    assert [t.id for t in plan.groups[0].themes] == [t2]
    assert [t.id for t in plan.groups[1].themes] == [t1]
    snap = appendix.delete_group(store, g2)
    assert len(plans.get_plan(store, plan_id).groups) == 1
    appendix.restore_group(store, snap)
    restored = appendix.get_theme(store, t1)
    assert restored.timing.quarters == {1, 2} and restored.owner_id == person
    assert [u.id for u in restored.support_units] == [partner]
    old = appendix.move_group(store, g2, 0)
    assert old == 1
    assert [g.id for g in plans.get_plan(store, plan_id).groups] == [g2, g1]


def test_long_and_empty_theme_titles(store: Store, plan_id: int) -> None:
    g = appendix.add_group(store, plan_id, "Nhóm")
    long_title = "Truyền thông " * 400  # ~5,200 characters
    t = appendix.add_theme(store, g, long_title)
    assert appendix.get_theme(store, t).title == long_title.strip()
    with pytest.raises(ValidationError, match="Nội dung/Chủ đề"):
        appendix.add_theme(store, g, " ")
    with pytest.raises(ValidationError, match="vượt quá"):
        appendix.add_theme(store, g, "x" * 20_000)
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Theme)) == 1


def test_failed_update_changes_nothing(store: Store, plan_id: int) -> None:
    g = appendix.add_group(store, plan_id, "Nhóm")
    t = appendix.add_theme(store, g, "Một nội dung")
    with pytest.raises(ServiceError):
        appendix.update_theme(store, t, {"title": "Đổi tên", "owner_id": 9999})
    assert appendix.get_theme(store, t).title == "Một nội dung"


def test_units_unique_ignoring_accents_and_in_use(store: Store, plan_id: int) -> None:
    u = units.add_unit(store, "Văn phòng Sở")
    with pytest.raises(Conflict):
        units.add_unit(store, "van phong so")
    assert units.find_or_add_unit(store, "VĂN PHÒNG SỞ") == u
    g = appendix.add_group(store, plan_id, "Nhóm")
    appendix.add_theme(store, g, "Nội dung", lead_unit_ids=[u])
    with pytest.raises(Conflict, match="1 nội dung"):
        units.delete_unit(store, u)
    with pytest.raises(ValidationError, match="Thư điện tử"):
        units.add_person(store, "A", email="không-phải-thư")


def test_a_unit_gone_meanwhile_is_named_not_a_database_error(store: Store) -> None:
    """The person dialog still offers a unit another user has just deleted: saving says so."""
    school = units.add_unit(store, "Trường Tiểu học Nhà Mân 2", "school")
    pid = units.add_person(store, "Lê Thị Hoa", unit_id=school)
    units.update_person(store, pid, {"unit_id": None})
    units.delete_unit(store, school)
    for save in (lambda: units.update_person(store, pid, {"unit_id": school, "title": "Tổ trưởng"}),
                 lambda: units.add_person(store, "Lê Văn Hùng", unit_id=school)):
        with pytest.raises(NotFound) as refused:
            save()
        assert str(school) in str(refused.value) and "đơn vị" in str(refused.value)
    assert [(p.name, p.title, p.unit_id) for p in units.list_people(store)] == [("Lê Thị Hoa", "", None)]


def test_units_sorted_in_vietnamese_order(store: Store) -> None:
    for name in ["Đoàn Thanh niên", "Dân tộc", "Ăn bán trú", "Âm nhạc", "Anh văn"]:
        units.add_unit(store, name)
    assert [u.name for u in units.list_units(store)] == [
        "Anh văn", "Ăn bán trú", "Âm nhạc", "Dân tộc", "Đoàn Thanh niên"]


def test_search_is_accent_insensitive(store: Store, demo_plan: int) -> None:
    found = appendix.search_themes(store, "chuyen doi so", demo_plan)
    assert [t.title for t in found] == ["Tăng cường ứng dụng CNTT và chuyển đổi số"]
    assert appendix.search_themes(store, "Dao tao")  # "Đào tạo" in theme titles? forms count not
    assert [p.id for p in plans.list_plans(store, "giao duc va dao tao")] == [demo_plan]
    assert plans.list_plans(store, "khong co") == []


def test_demo_plan_matches_the_sample(store: Store, demo_plan: int) -> None:
    plan = plans.get_plan(store, demo_plan)
    assert len(plan.groups) == 9
    assert len(plan.themes()) == 24
    assert plan.organization.name == "Phòng Giáo dục và Đào tạo huyện Lạc Thủy"
    assert plan.basis[0].text.startswith("Thực hiện Kế hoạch số 453/KH-SGD&ĐT-VP ngày 22/02/2024")
    assert plan.signer_position == "TRƯỞNG PHÒNG" and plan.signer_name == "Nguyễn Xuân Hòa"
    assert [s.heading for s in plan.sections] == [
        "MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG TRUYỀN THÔNG VÀ KÊNH TRUYỀN THÔNG", "TỔ CHỨC THỰC HIỆN"]
    exam = plan.groups[7].themes[0]
    assert exam.title == "Kỳ thi tốt nghiệp THPT năm 2024"
    assert exam.timing.quarters == {1, 2, 3}
    inspect = plan.groups[8].themes[0]
    assert inspect.timing.quarters == {3, 4}
    assert [u.name for u in plan.groups[1].themes[2].support_units] == [
        "TTVH, TT&TT huyện Lạc Thủy", "Hội khuyến học", "Các TT HTCD", "Các trường học trực thuộc"]


def test_copy_plan_to_next_year(store: Store, demo_plan: int) -> None:
    plans.update_plan(store, demo_plan, {"number": 115, "issued_on": dt.date(2024, 2, 7)})
    new_id = plans.copy_plan(store, demo_plan, "2025")
    old, new = plans.get_plan(store, demo_plan), plans.get_plan(store, new_id)
    assert new.title == "Truyền thông về Giáo dục và Đào tạo năm 2025"
    assert new.number is None and new.issued_on is None
    assert new.period.text() == "2025"
    assert [g.title for g in new.groups] == [g.title for g in old.groups]
    assert [(t.title, t.timing, [u.name for u in t.lead_units], t.owner_name) for t in new.themes()] == [
        (t.title, t.timing, [u.name for u in t.lead_units], t.owner_name) for t in old.themes()]
    assert len(new.sections) == len(old.sections)
    assert {t.id for t in new.themes()}.isdisjoint({t.id for t in old.themes()})
    with pytest.raises(ValidationError, match="Thời kỳ"):
        plans.copy_plan(store, demo_plan, "2025-2023")


def test_ownership_views(store: Store, demo_plan: int) -> None:
    unit = next(u for u in units.list_units(store) if u.name == "CM THCS")
    rows = ownership.themes_for_unit(store, unit.id, demo_plan)
    assert [(r.stt, r.role) for r in rows] == [("VIII.1", "lead"), ("VIII.2", "lead"), ("VIII.3", "lead")]
    partner = next(u for u in units.list_units(store) if u.name == "Hội khuyến học")
    assert [(r.stt, r.role) for r in ownership.themes_for_unit(store, partner.id)] == [("II.3", "support")]
    person = units.list_people(store)[0]
    assert len(ownership.themes_for_person(store, person.id, demo_plan)) == 24
    due_q4 = ownership.due_in_quarter(store, demo_plan, 4)
    assert "VIII.1" not in [r.stt for r in due_q4] and "IX.1" in [r.stt for r in due_q4]
    assert len(ownership.due_in_quarter(store, demo_plan, 1)) == 23


def test_read_only_store_refuses_writes(opened, plan_id: int) -> None:
    ro = Store(opened.engine, actor="x", read_only=True)
    with pytest.raises(ReadOnlyError):
        plans.update_plan(ro, plan_id, {"title": "Y"})
    assert plans.get_plan(ro, plan_id).title == "Truyền thông về GD&ĐT năm 2022"


def test_the_demo_loads_in_one_transaction_and_a_failure_leaves_nothing(store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import event

    from kehoach_desktop.db.models import Article, Organization, Unit
    from kehoach_desktop.services import demo

    def counts() -> tuple[int, ...]:
        with store.read() as s:
            return tuple(s.scalar(select(func.count()).select_from(m)) or 0 for m in (Organization, Plan, Unit, Article))

    empty = counts()
    real_seed = demo._seed_opinion

    def fail(*_a):  # type: ignore[no-untyped-def]
        raise RuntimeError("mất điện giữa chừng")

    monkeypatch.setattr(demo, "_seed_opinion", fail)  # the very last step fails
    with pytest.raises(RuntimeError):
        demo.load_demo(store)
    assert counts() == empty  # no office, plan, unit or article half-made

    monkeypatch.setattr(demo, "_seed_opinion", real_seed)
    commits: list[int] = []
    event.listen(store.engine, "commit", lambda _conn: commits.append(1))
    plan_id = demo.load_demo(store)
    assert len(commits) == 1 and plans.get_plan(store, plan_id).themes()
    assert counts()[1:] != empty[1:]
