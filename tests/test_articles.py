"""Accounts, permissions, the article workflow, evidence, history and search."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import delete, distinct, func, select

from kehoach_desktop.db.models import AuditEntry, EvidenceChunk
from kehoach_desktop.domain.workflow import APPROVED, DRAFT, PENDING, PUBLISHED
from kehoach_desktop.services import accounts, articles, channels, evidence, history, plans
from kehoach_desktop.services.accounts import AuthenticationError
from kehoach_desktop.services.articles import ArticleFilter
from kehoach_desktop.services.errors import Conflict, ValidationError
from kehoach_desktop.services.permissions import PermissionDenied
from kehoach_desktop.services.store import Store

PW = {"hieutruong": "mat-khau-1", "vanthu": "mat-khau-2", "khach": "mat-khau-3", "quantri": "mat-khau-4"}


@pytest.fixture
def office(store: Store, demo_plan: int) -> dict[str, int]:
    """The demo office with a head of office, a secretary, a viewer and an admin."""
    accounts.add_user(store, "hieutruong", PW["hieutruong"], ["approver"], "Nguyễn Xuân Hòa")
    login(store, "hieutruong")
    ids = {name: accounts.add_user(store, name, PW[name], [role])
           for name, role in (("vanthu", "editor"), ("khach", "viewer"), ("quantri", "admin"))}
    channels.ensure_default_channels(store)
    return ids


def login(store: Store, name: str) -> None:
    store.acting_as(accounts.login(store, name, PW[name]))


@pytest.mark.usefixtures("application_password_cost")
def test_password_hash_is_salted_and_slow() -> None:
    a, b = accounts.hash_password("bí mật"), accounts.hash_password("bí mật")
    assert a != b and a.startswith("$argon2id$v=19$m=19456,t=2,p=1$")  # OWASP's minimum for Argon2id
    assert accounts.verify_password("bí mật", a) and not accounts.verify_password("bi mat", a)


def test_first_account_is_admin_and_approver(store: Store) -> None:
    from kehoach_desktop.services.permissions import has_accounts

    assert not has_accounts(store)
    accounts.add_user(store, "truongphong", "123456", ["editor"])
    assert set(accounts.list_users(store)[0].roles) == {"admin", "approver", "editor"}
    with pytest.raises(PermissionDenied, match="đăng nhập"):
        accounts.add_user(store, "nguoikhac", "123456", ["editor"])


def test_five_wrong_passwords_lock_the_account(store: Store, office: dict[str, int]) -> None:
    for left in (4, 3, 2, 1):
        with pytest.raises(AuthenticationError, match=f"còn {left} lần"):
            accounts.login(store, "vanthu", "sai")
    with pytest.raises(AuthenticationError, match="tạm khóa 15 phút"):
        accounts.login(store, "vanthu", "sai")
    with pytest.raises(AuthenticationError, match="tạm khóa"):
        accounts.login(store, "vanthu", PW["vanthu"])  # even the right password, for a while
    login(store, "quantri")
    accounts.reset_password(store, "vanthu", "mat-khau-moi")
    assert accounts.login(store, "vanthu", "mat-khau-moi").username == "vanthu"


def test_disabled_account_cannot_log_in(store: Store, office: dict[str, int]) -> None:
    login(store, "quantri")
    accounts.set_disabled(store, "khach", True)
    with pytest.raises(AuthenticationError, match="đã bị khóa"):
        accounts.login(store, "khach", PW["khach"])
    login(store, "vanthu")
    with pytest.raises(PermissionDenied):
        accounts.set_disabled(store, "khach", False)


@pytest.mark.parametrize(
    ("who", "action", "start", "outcome"),
    [
        ("vanthu", "submit", DRAFT, PENDING),
        ("hieutruong", "submit", DRAFT, PENDING),
        ("khach", "submit", DRAFT, PermissionDenied),
        ("vanthu", "approve", PENDING, PermissionDenied),
        ("quantri", "approve", PENDING, PermissionDenied),
        ("hieutruong", "approve", PENDING, APPROVED),
        ("hieutruong", "approve", DRAFT, Conflict),
        ("hieutruong", "return", PENDING, DRAFT),
        ("hieutruong", "return", APPROVED, DRAFT),
        ("vanthu", "return", PENDING, PermissionDenied),
        ("vanthu", "publish", APPROVED, PUBLISHED),
        ("vanthu", "publish", PENDING, Conflict),
        ("hieutruong", "publish", DRAFT, Conflict),
        ("khach", "publish", APPROVED, PermissionDenied),
    ],
)
def test_workflow_table(store: Store, office: dict[str, int], demo_plan: int,
                        who: str, action: str, start: str, outcome: object) -> None:
    login(store, "vanthu")
    aid = articles.add_article(store, demo_plan, "Hội nghị tổng kết năm học", kind="tin",
                               published_on=dt.date(2024, 6, 1), url="https://pgd.example.vn/tin/1")
    if start in (PENDING, APPROVED):
        articles.transition(store, aid, "submit")
    if start == APPROVED:
        login(store, "hieutruong")
        articles.transition(store, aid, "approve", password=PW["hieutruong"])
    login(store, who)
    kwargs = {"password": PW[who], "reason": "Cần bổ sung ảnh"}
    if isinstance(outcome, type):
        with pytest.raises(outcome):
            articles.transition(store, aid, action, **kwargs)
        assert articles.get_article(store, aid).status == start
    else:
        assert articles.transition(store, aid, action, **kwargs) == outcome
        assert articles.get_article(store, aid).status == outcome


def test_refused_approval_is_recorded(store: Store, office: dict[str, int], demo_plan: int) -> None:
    login(store, "vanthu")
    aid = articles.add_article(store, demo_plan, "Tin A")
    articles.transition(store, aid, "submit")
    with pytest.raises(PermissionDenied, match="vanthu"):
        articles.transition(store, aid, "approve", password=PW["vanthu"])
    with store.read() as s:
        refusal = s.scalars(select(AuditEntry).where(AuditEntry.action == "refused")).one()
    assert (refusal.actor, refusal.entity, refusal.entity_id) == ("vanthu", "article", aid)
    entries = history.article_history(store, aid)
    assert [e.action for e in entries] == ["create", "submit", "refused"]


def test_approval_needs_the_password_again(store: Store, office: dict[str, int], demo_plan: int) -> None:
    login(store, "vanthu")
    aid = articles.add_article(store, demo_plan, "Tin B")
    articles.transition(store, aid, "submit")
    login(store, "hieutruong")
    with pytest.raises(AuthenticationError):
        articles.transition(store, aid, "approve", password="sai")
    assert articles.get_article(store, aid).status == PENDING
    articles.transition(store, aid, "approve", password=PW["hieutruong"])
    detail = articles.get_article(store, aid)
    assert detail.approved_by == "hieutruong" and detail.approved_at is not None


def test_editing_an_approved_article_sends_it_back(store: Store, office: dict[str, int], demo_plan: int) -> None:
    login(store, "vanthu")
    aid = articles.add_article(store, demo_plan, "Tin C", url="https://pgd.example.vn/c")
    articles.transition(store, aid, "submit")
    login(store, "hieutruong")
    articles.transition(store, aid, "approve", password=PW["hieutruong"])
    login(store, "vanthu")
    articles.update_article(store, aid, {"title": "Tin C (sửa)"})
    assert articles.get_article(store, aid).status == PENDING
    with pytest.raises(Conflict, match="thu hồi"):
        articles.delete_article(store, aid)
    articles.withdraw_article(store, aid, "Đăng nhầm")
    assert articles.get_article(store, aid).withdrawn


def test_publish_needs_a_link_or_evidence(store: Store, office: dict[str, int],
                                                     demo_plan: int, tmp_path: Path) -> None:
    login(store, "vanthu")
    aid = articles.add_article(store, demo_plan, "Tin D")
    articles.transition(store, aid, "submit")
    login(store, "hieutruong")
    articles.transition(store, aid, "approve", password=PW["hieutruong"])
    login(store, "vanthu")
    with pytest.raises(ValidationError, match="Minh chứng"):
        articles.transition(store, aid, "publish")
    assert articles.get_article(store, aid).published_on is None  # the refused step changed nothing
    with pytest.raises(ValidationError, match="Minh chứng"):
        articles.transition(store, aid, "publish", published_on=dt.date(2024, 3, 8))
    shot = tmp_path / "ảnh chụp.png"
    shot.write_bytes(b"\x89PNG fake")
    evidence.add_evidence_file(store, aid, shot)  # changes what was approved: approved again
    login(store, "hieutruong")
    articles.transition(store, aid, "approve", password=PW["hieutruong"])
    login(store, "vanthu")
    assert articles.transition(store, aid, "publish", published_on=dt.date(2024, 3, 8)) == PUBLISHED


def test_evidence_is_stored_once_under_its_hash(store: Store, office: dict[str, int], demo_plan: int,
                                                tmp_path: Path) -> None:
    login(store, "vanthu")
    a1 = articles.add_article(store, demo_plan, "Tin E")
    a2 = articles.add_article(store, demo_plan, "Tin F")
    src = tmp_path / "..%2F..%2Fetc" / "..\\..\\minh chứng.pdf"
    src.parent.mkdir()
    src.write_bytes(b"%PDF-1.4 noi dung")
    e1 = evidence.add_evidence_file(store, a1, src)
    again = evidence.add_evidence_file(store, a1, src)
    evidence.add_evidence_file(store, a2, src)
    assert again == e1
    opened_file = evidence.evidence_file(store, e1)
    stored = list(store.files_dir.rglob("*.pdf"))
    assert len(stored) == 1 and stored[0].read_bytes() == b"%PDF-1.4 noi dung"
    assert store.files_dir.resolve() in opened_file.parents
    if store.engine.dialect.name != "sqlite":  # the server keeps the content once; the folder holds this PC's copy
        with store.write() as s:
            assert s.scalar(select(func.count(distinct(EvidenceChunk.sha256)))) == 1
            s.execute(delete(EvidenceChunk))
    detail = articles.get_article(store, a1)
    assert "/" not in detail.evidence[0].filename and "\\" not in detail.evidence[0].filename
    with pytest.raises(ValidationError, match="không tìm thấy"):
        evidence.add_evidence_file(store, a1, tmp_path / "khong-co.pdf")
    stored[0].unlink()
    with pytest.raises(Exception, match="Không tìm thấy tệp minh chứng"):
        evidence.evidence_file(store, e1)
    with pytest.raises(Exception, match="không hợp lệ"):
        evidence.stored_path(store.files_dir, "../../etc/passwd", "x")


def test_search_folds_accents_d_and_nfd(store: Store, office: dict[str, int], demo_plan: int) -> None:
    login(store, "vanthu")
    titles = ["Đẩy mạnh chuyển đổi số trong trường học", "Đào tạo bồi dưỡng giáo viên",
              "Hòa Bình tổ chức hội khỏe Phù Đổng", "Tin khác"]
    ids = [articles.add_article(store, demo_plan, t, published_on=dt.date(2024, 1, i + 1))
           for i, t in enumerate(titles)]

    def found(q: str) -> list[int]:  # among this test's articles (the demo has its own)
        return [i for i in articles.article_ids(store, ArticleFilter(plan_id=demo_plan, query=q)) if i in ids]

    assert found("chuyen doi so") == [ids[0]]
    assert found("dao tao") == [ids[1]]
    assert found(unicodedata.normalize("NFD", "đào tạo")) == [ids[1]]
    assert found("Hoà Bình") == [ids[2]] and found("hoa binh") == [ids[2]]
    assert found("") == ids[::-1]
    assert found('") OR *') == []  # no query syntax leaks through
    articles.update_article(store, ids[3], {"title": "Chuyển đổi số ở trường mầm non"})
    assert sorted(found("chuyen doi")) == sorted([ids[0], ids[3]])


def test_plan_approval_and_issue(store: Store, office: dict[str, int], demo_plan: int) -> None:
    login(store, "vanthu")
    with pytest.raises(PermissionDenied):
        plans.approve_plan(store, demo_plan, PW["vanthu"])
    login(store, "hieutruong")
    plans.approve_plan(store, demo_plan, PW["hieutruong"])
    login(store, "vanthu")
    plans.update_plan(store, demo_plan, {"intro": "Sửa sau khi duyệt."})
    assert plans.get_plan(store, demo_plan).status == "draft"
    login(store, "hieutruong")
    plans.approve_plan(store, demo_plan, PW["hieutruong"])
    with pytest.raises(ValidationError, match="số văn bản"):
        plans.issue_plan(store, demo_plan)
    plans.issue_plan(store, demo_plan, 115, dt.date(2024, 2, 7))
    assert plans.get_plan(store, demo_plan).status == "issued"
    login(store, "vanthu")
    with pytest.raises(Conflict, match="đã ban hành"):
        plans.update_plan(store, demo_plan, {"title": "X"})
    from kehoach_desktop.services import appendix

    with pytest.raises(Conflict):
        appendix.add_group(store, demo_plan, "Nhóm mới")
    new_version = plans.copy_plan(store, demo_plan, "2024")
    assert plans.get_plan(store, new_version).status == "draft"
    actions = [e.action for e in history.plan_history(store, demo_plan)]
    assert actions.count("approve") == 2 and "issue" in actions and "unapprove" in actions


def test_viewer_cannot_edit_anything(store: Store, office: dict[str, int], demo_plan: int) -> None:
    login(store, "khach")
    with pytest.raises(PermissionDenied, match="khach"):
        plans.update_plan(store, demo_plan, {"title": "X"})
    with pytest.raises(PermissionDenied):
        articles.add_article(store, demo_plan, "Tin")
    assert plans.get_plan(store, demo_plan).title.endswith("2024")


def test_publishing_an_undated_article_dates_it_today(store: Store, office: dict[str, int]) -> None:
    """The default the window and the command line share: it lives in the service."""
    login(store, "hieutruong")
    plan_id = plans.list_plans(store)[0].id
    aid = articles.add_article(store, plan_id, "Tin chưa ghi ngày", url="https://pgd.edu.vn/tin")
    articles.transition(store, aid, "submit")
    articles.transition(store, aid, "approve", password=PW["hieutruong"])
    assert articles.transition(store, aid, "publish") == PUBLISHED
    assert articles.get_article(store, aid).published_on == dt.date.today()


def _approved(store: Store, plan_id: int, url: str = "") -> int:
    login(store, "vanthu")
    aid = articles.add_article(store, plan_id, "Tin đã duyệt", published_on=dt.date(2024, 5, 2), url=url)
    articles.transition(store, aid, "submit")
    login(store, "hieutruong")
    articles.transition(store, aid, "approve", password=PW["hieutruong"])
    login(store, "vanthu")
    return aid


def test_publishing_cannot_swap_the_approved_link(store: Store, office: dict[str, int], demo_plan: int) -> None:
    aid = _approved(store, demo_plan, "https://pgd.edu.vn/tin-da-duyet")
    for bad in ("javascript:alert(1)", "file:///etc/passwd"):
        with pytest.raises(ValidationError, match="http"):
            articles.transition(store, aid, "publish", url=bad)
    with pytest.raises(Conflict, match="đã duyệt"):
        articles.transition(store, aid, "publish", url="https://khac.vn/bai-khac")
    detail = articles.get_article(store, aid)
    assert detail.status == APPROVED and detail.url == "https://pgd.edu.vn/tin-da-duyet"
    assert articles.transition(store, aid, "publish", published_on=dt.date(2024, 5, 6)) == PUBLISHED
    lines = history.article_lines(store, aid)
    assert any(line.event == "Đánh dấu đã đăng" and line.field == "Ngày đăng" and
               (line.old, line.new) == ("02/05/2024", "06/05/2024") for line in lines)


def test_a_link_added_at_publication_is_checked_and_recorded(store: Store, office: dict[str, int],
                                                              demo_plan: int) -> None:
    aid = _approved(store, demo_plan)  # approved before it was posted: no link yet
    articles.transition(store, aid, "publish", url="https://pgd.edu.vn/moi-dang")
    assert articles.get_article(store, aid).url == "https://pgd.edu.vn/moi-dang"
    assert any(line.field == "Đường dẫn" and line.new == "https://pgd.edu.vn/moi-dang"
               for line in history.article_lines(store, aid))


def test_evidence_added_after_approval_needs_a_new_approval(store: Store, office: dict[str, int],
                                                            demo_plan: int, tmp_path: Path) -> None:
    aid = _approved(store, demo_plan, "https://pgd.edu.vn/tin")
    evidence.add_evidence_link(store, aid, "https://pgd.edu.vn/anh-chup")
    assert articles.get_article(store, aid).status == PENDING
    assert any(line.field == "Trạng thái" and line.new.startswith("Chờ duyệt")
               for line in history.article_lines(store, aid))
    login(store, "hieutruong")
    articles.transition(store, aid, "approve", password=PW["hieutruong"])
    login(store, "vanthu")
    articles.transition(store, aid, "publish")
    shot = tmp_path / "anh.png"
    shot.write_bytes(b"\x89PNG proof")
    evidence.add_evidence_file(store, aid, shot)  # after publication evidence is proof: still published
    assert articles.get_article(store, aid).status == PUBLISHED


def test_wrong_passwords_are_recorded(store: Store, office: dict[str, int], demo_plan: int) -> None:
    from kehoach_desktop.services.accounts import AuthenticationError as Refused

    with pytest.raises(Refused):
        accounts.login(store, "vanthu", "sai-mat-khau")
    with pytest.raises(Refused):
        accounts.login(store, "khong-co-ai", "x")
    login(store, "hieutruong")
    other = articles.add_article(store, demo_plan, "Tin chờ duyệt")
    articles.transition(store, other, "submit")
    with pytest.raises(Refused):
        articles.transition(store, other, "approve", password="khong-dung")
    with store.read() as s:
        entries = [(e.action, (e.after or {}).get("username")) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action.like("%-failed")).order_by(AuditEntry.id))]
    assert entries == [("login-failed", "vanthu"), ("login-failed", "khong-co-ai"),
                       ("approval-failed", "hieutruong")]


def test_a_read_only_copy_writes_no_failed_attempts(store: Store, office: dict[str, int]) -> None:
    from kehoach_desktop.db.models import User
    from kehoach_desktop.services.accounts import AuthenticationError as Refused

    store.read_only = True
    try:
        with pytest.raises(Refused, match="chỉ đọc"):
            accounts.login(store, "vanthu", "sai-mat-khau")
        assert accounts.login(store, "vanthu", PW["vanthu"]).username == "vanthu"
    finally:
        store.read_only = False
    with store.read() as s:
        assert s.scalars(select(User).where(User.username == "vanthu")).one().failed_attempts == 0


def test_an_old_scrypt_hash_still_logs_in_and_is_upgraded(store: Store) -> None:
    import base64
    import hashlib

    from kehoach_desktop.db.models import User

    accounts.add_user(store, "cu", "mat-khau-cu", ["editor"])
    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(b"mat-khau-cu", salt=salt, n=2**14, r=8, p=1, dklen=32)
    legacy = f"scrypt$16384$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    with store.write() as s:
        s.scalars(select(User).where(User.username == "cu")).one().password_hash = legacy
    assert accounts.login(store, "cu", "mat-khau-cu").username == "cu"
    with store.read() as s:
        assert s.scalars(select(User).where(User.username == "cu")).one().password_hash.startswith("$argon2id$")
    assert accounts.login(store, "cu", "mat-khau-cu").username == "cu"


def test_a_refused_article_creates_no_unit(store: Store, demo_plan: int) -> None:
    from kehoach_desktop.services import units

    before = {u.name for u in units.list_units(store)}
    with pytest.raises(ValidationError, match="Ngày đăng"):
        articles.add_article(store, demo_plan, "Tin của tổ mới", unit_name="Tổ Tin học mới", published_on="2024-13-45")
    assert {u.name for u in units.list_units(store)} == before
    aid = articles.add_article(store, demo_plan, "Tin của tổ mới", unit_name="Tổ Tin học mới", published_on="2024-05-02")
    assert articles.get_article(store, aid).unit == "Tổ Tin học mới"
