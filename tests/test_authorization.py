"""Who may change what: every state-changing use case × every role (on the server: each once granted,
once refused), and every kind of bad credentials. A refusal is a PermissionDenied or
AuthenticationError and leaves an audit entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kehoach_desktop.db.models import AuditEntry
from kehoach_desktop.services import (
    accounts,
    appendix,
    articles,
    backups,
    channels,
    opinion,
    plans,
    targets,
    units,
)
from kehoach_desktop.services.accounts import AuthenticationError
from kehoach_desktop.services.permissions import PermissionDenied
from kehoach_desktop.services.store import Store

PW = {"hoa": "truong-phong", "toan": "van-thu-1", "quantri": "quan-tri-1", "khach": "khach-xem-1"}
ROLE_OF = {"approver": "hoa", "editor": "toan", "admin": "quantri", "viewer": "khach"}


@pytest.fixture(scope="module")
def office_template(templates: dict[str, tuple[Path, int | None]], tmp_path_factory: pytest.TempPathFactory,
                    backend) -> Path:  # type: ignore[no-untyped-def]
    """The demo office with its accounts, built once for the module (hashing passwords is slow on
    purpose) and copied for each test."""
    folder = tmp_path_factory.mktemp("office") / "data"
    backend.build(folder, _accounts, source=templates["demo"][0])
    return folder


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, office_template: Path, backend) -> Path:  # type: ignore[no-untyped-def]
    folder = tmp_path / "data"
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(folder))
    url = backend.copy(office_template, folder)
    if url:
        monkeypatch.setenv("KEHOACH_DB_URL", url)
    return folder


@pytest.fixture
def office(store: Store, templates: dict[str, tuple[Path, int | None]]) -> dict[str, Any]:
    store.acting_as(None)
    return {"plan": templates["demo"][1]}


def _accounts(store: Store) -> None:
    # the first account is always head of office and administrator; the roles under test come after
    accounts.add_user(store, "dau-tien", "mat-khau-dau", ["approver"])
    store.acting_as(accounts.login(store, "dau-tien", "mat-khau-dau"))
    for name, role in (("hoa", "approver"), ("quantri", "admin"), ("toan", "editor"), ("khach", "viewer"),
                       ("cu", "editor"), ("khoa", "editor")):
        accounts.add_user(store, name, PW.get(name, "mat-khau-1"), [role])
    accounts.set_disabled(store, "cu", True)
    assert {u.username: u.roles for u in accounts.list_users(store)}["quantri"] == ("admin",)
    for _ in range(accounts.MAX_ATTEMPTS):
        with pytest.raises(AuthenticationError):
            accounts.login(store, "khoa", "sai")
    store.acting_as(None)


def as_user(store: Store, name: str) -> None:
    store.acting_as(accounts.login(store, name, PW[name]))


def pending_article(store: Store, plan: int) -> int:
    as_user(store, "toan")
    aid = articles.add_article(store, plan, "Tin chờ duyệt", url="https://pgd.edu.vn/t", published_on=dt.date(2024, 5, 2))
    articles.transition(store, aid, "submit")
    return aid


def approved_article(store: Store, plan: int) -> int:
    aid = pending_article(store, plan)
    as_user(store, "hoa")
    articles.transition(store, aid, "approve", password=PW["hoa"])
    return aid


def approved_plan(store: Store, plan: int) -> int:
    as_user(store, "hoa")
    plans.approve_plan(store, plan, PW["hoa"])
    return plan


# name → (preparation as a privileged user, the action as the user under test, roles allowed)
CASES: dict[str, tuple[Callable[[Store, int], Any], Callable[[Store, Any, str], Any], set[str]]] = {
    "create plan": (lambda s, p: None, lambda s, _x, who: plans.create_plan(s, {"title": "KH mới", "period": "2031"}),
                    {"approver", "editor", "admin"}),
    "edit plan": (lambda s, p: p, lambda s, p, who: plans.update_plan(s, p, {"place": "Chi Nê"}),
                  {"approver", "editor", "admin"}),
    "delete plan": (lambda s, p: p, lambda s, p, who: plans.delete_plan(s, p), {"approver", "editor", "admin"}),
    "approve plan": (lambda s, p: p, lambda s, p, who: plans.approve_plan(s, p, PW[who]), {"approver"}),
    "issue plan": (approved_plan, lambda s, p, who: plans.issue_plan(s, p, 115, dt.date(2024, 2, 7)), {"approver"}),
    "return plan": (approved_plan, lambda s, p, who: plans.return_plan_to_draft(s, p, "Sửa"), {"approver"}),
    "add group": (lambda s, p: p, lambda s, p, who: appendix.add_group(s, p, "Nhóm mới"), {"approver", "editor", "admin"}),
    "log article": (lambda s, p: p, lambda s, p, who: articles.add_article(s, p, "Tin"), {"approver", "editor", "admin"}),
    "approve article": (pending_article, lambda s, a, who: articles.transition(s, a, "approve", password=PW[who]),
                        {"approver"}),
    "return article": (pending_article, lambda s, a, who: articles.transition(s, a, "return", reason="Sửa"),
                       {"approver"}),
    "publish article": (approved_article, lambda s, a, who: articles.transition(s, a, "publish"),
                        {"approver", "editor", "admin"}),
    "add unit": (lambda s, p: None, lambda s, _x, who: units.add_unit(s, "Tổ mới kiểm thử"), {"approver", "editor", "admin"}),
    "add channel": (lambda s, p: None, lambda s, _x, who: channels.add_channel(s, "Kênh kiểm thử", "website"),
                    {"approver", "editor", "admin"}),
    "add target": (lambda s, p: p, lambda s, p, who: targets.add_rule(s, p, "office", "quarter", 3),
                   {"approver", "editor", "admin"}),
    "log opinion": (lambda s, p: None, lambda s, _x, who: opinion.add_issue(s, "Phản ánh", dt.date(2024, 5, 2)),
                    {"approver", "editor", "admin"}),
    "add account": (lambda s, p: None, lambda s, _x, who: accounts.add_user(s, "moi", "mat-khau-moi", ["editor"]),
                    {"admin"}),
    "disable account": (lambda s, p: None, lambda s, _x, who: accounts.set_disabled(s, "toan", True), {"admin"}),
    "back up": (lambda s, p: None, lambda s, _x, who: backups.make_backup(s), {"approver", "editor", "admin"}),
    "restore": (lambda s, p: backups.make_backup(s), lambda s, path, who: backups.restore(s, path), {"admin"}),
}


def audit_count(store: Store, action: str) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == action)) or 0)


def _matrix() -> list[Any]:
    """Every action with every role; on the server (the rules are the services', the same on both
    engines) every action once by a role it is granted to and once by one it is not: the other
    pairs are marked to run on SQLite only."""
    out = []
    for case in sorted(CASES):
        allowed = CASES[case][2]
        on_server = {min(allowed), min(set(ROLE_OF) - allowed)}
        out += [pytest.param(case, role, id=f"{case}-{role}",
                             marks=() if role in on_server else pytest.mark.sqlite_only) for role in sorted(ROLE_OF)]
    return out


@pytest.mark.parametrize(("case", "role"), _matrix())
def test_each_role_may_do_only_what_it_is_granted(store: Store, office: dict[str, Any], role: str, case: str) -> None:
    prepare, act, allowed = CASES[case]
    store.acting_as(accounts.login(store, "dau-tien", "mat-khau-dau"))
    subject = prepare(store, office["plan"])
    as_user(store, ROLE_OF[role])
    refused_before = audit_count(store, "refused")
    if role in allowed:
        act(store, subject, ROLE_OF[role])
        assert audit_count(store, "refused") == refused_before
    else:
        with pytest.raises(PermissionDenied, match="không có quyền"):
            act(store, subject, ROLE_OF[role])
        assert audit_count(store, "refused") == refused_before + 1


@pytest.mark.parametrize("credentials", ["wrong", "empty", "disabled", "locked", "unknown"])
def test_bad_credentials_never_act(store: Store, office: dict[str, Any], credentials: str, tmp_path: Path) -> None:
    name, password = {"wrong": ("hoa", "sai-mat-khau"), "empty": ("hoa", ""), "disabled": ("cu", "mat-khau-1"),
                      "locked": ("khoa", "mat-khau-1"), "unknown": ("khong-co", "x")}[credentials]
    failed_before = audit_count(store, "login-failed")
    with pytest.raises(AuthenticationError):
        store.acting_as(accounts.login(store, name, password))
    assert audit_count(store, "login-failed") == failed_before + 1
    store.acting_as(None)
    for case in ("create plan", "log article", "approve plan", "add account"):
        prepare, act, _allowed = CASES[case]
        refused_before = audit_count(store, "refused")
        with pytest.raises(PermissionDenied, match="đăng nhập"):
            act(store, office["plan"], "hoa")
        assert audit_count(store, "refused") == refused_before + 1


def test_a_wrong_approval_password_is_refused_and_recorded(store: Store, office: dict[str, Any]) -> None:
    aid = pending_article(store, office["plan"])
    as_user(store, "hoa")
    with pytest.raises(AuthenticationError):
        articles.transition(store, aid, "approve", password="")
    assert audit_count(store, "approval-failed") == 1
    assert articles.get_article(store, aid).status == "pending"
