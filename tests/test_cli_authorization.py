"""Every state-changing command, run as a user runs it, with every kind of bad credential: refused,
nothing changed, the attempt recorded. And the head's commands refused to a secretary."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kehoach_desktop.cli import build_parser, main

USERS = {"hoa": ("mat-khau-hoa", ["approver", "admin"]), "lan": ("mat-khau-lan", ["editor"]),
         "cu": ("mat-khau-cu", ["editor"]), "khoa": ("mat-khau-khoa", ["editor"])}


def write_commands() -> dict[str, list[str]]:
    """Each command that changes data, with arguments that parse (values of the right type)."""
    parser = build_parser()
    out: dict[str, list[str]] = {}

    def walk(p: argparse.ArgumentParser, path: list[str]) -> None:
        handler = p.get_default("command_handler")
        if handler is not None and handler.writes and handler.opens:
            out[" ".join(path)] = path + arguments(p)
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    walk(child, path + [name])

    walk(parser, [])
    return out


def arguments(p: argparse.ArgumentParser) -> list[str]:
    from kehoach_desktop.cli import iso_date, record_id

    args: list[str] = []
    for action in p._actions:
        if isinstance(action, argparse._HelpAction | argparse._SubParsersAction) or not (
                action.required or not action.option_strings):
            continue
        if action.nargs == 0:
            continue
        value = (action.choices and list(action.choices)[0]) or (
            "1" if action.type is record_id else "2024-10-01" if action.type is iso_date else
            "3" if action.type is int else "2024-10" if action.dest == "period" else "x")
        values = [str(value)]
        if action.option_strings:
            args += [action.option_strings[-1], *values]
        else:
            args += values
    for group in p._mutually_exclusive_groups:  # a required choice of one of them
        if group.required and not any(a.option_strings[-1] in args for a in group._group_actions):
            args += [group._group_actions[0].option_strings[-1], "x"]
    return args


@pytest.fixture
def office(demo_on_disk: str, data_dir: Path) -> tuple[Path, int]:
    """The demo's data folder with four accounts (one disabled, one locked) and an article waiting
    for approval (its id returned with the folder)."""
    from kehoach_desktop.bootstrap import open_app_database
    from kehoach_desktop.services import accounts, articles, plans

    db = open_app_database(str(data_dir), actor="tester")
    try:
        for name, (password, roles) in USERS.items():
            accounts.add_user(db.store, name, password, roles)
            if name == "hoa":  # the first account; the others are added by it
                db.store.acting_as(accounts.login(db.store, "hoa", USERS["hoa"][0]))
        accounts.set_disabled(db.store, "cu", True)
        plan = plans.list_plans(db.store)[0]
        pending = articles.add_article(db.store, plan.id, "Tin chờ duyệt", published_on=dt.date(2024, 10, 2),
                                       url="https://x.example/cho")
        articles.transition(db.store, pending, "submit")
        for _ in range(5):  # five wrong passwords lock an account
            try:
                accounts.login(db.store, "khoa", "sai")
            except accounts.AuthenticationError:
                pass
    finally:
        db.close()
    return data_dir, pending


def fingerprint(data_dir: Path) -> dict[str, int]:
    """How many rows each table has, the audit's refusals and failed logins aside."""
    from kehoach_desktop.bootstrap import open_app_database
    from kehoach_desktop.db.models import AuditEntry, Base

    db = open_app_database(str(data_dir), actor="check", reader=True)
    try:
        with db.store.read() as s:
            counts = {t.name: s.scalar(select(func.count()).select_from(t)) or 0 for t in Base.metadata.sorted_tables
                      if t.name not in ("audit_entry", "user_account")}
            counts["audit"] = s.scalar(select(func.count()).select_from(AuditEntry).where(
                AuditEntry.action.notin_(("login-failed", "refused", "lock")))) or 0
            counts["failed"] = s.scalar(select(func.count()).select_from(AuditEntry).where(
                AuditEntry.action.in_(("login-failed", "refused")))) or 0
        return counts
    finally:
        db.close()


COMMANDS = write_commands()


def test_the_table_covers_every_command_that_changes_data() -> None:
    assert {"plan approve", "report-approve", "sign", "receive", "article add", "user add", "restore",
            "district import-schools", "mail send", "target add"} <= set(COMMANDS)
    assert len(COMMANDS) >= 30


@pytest.mark.parametrize("credentials", ["wrong", "empty", "disabled", "locked", "unknown", "none"])
def test_bad_credentials_change_nothing_and_are_recorded(office: tuple[Path, int], credentials: str,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    name, password = {"wrong": ("lan", "sai-mat-khau"), "empty": ("lan", ""), "disabled": ("cu", USERS["cu"][0]),
                      "locked": ("khoa", USERS["khoa"][0]), "unknown": ("khong-co", "x"),
                      "none": ("", "")}[credentials]
    monkeypatch.setenv("KEHOACH_PASSWORD", password)
    monkeypatch.setenv("KEHOACH_NEW_PASSWORD", "mat-khau-moi-1")
    folder = office[0]
    before = fingerprint(folder)
    acted = []
    for command, argv in COMMANDS.items():
        code = main(([] if credentials == "none" else ["--as", name]) + argv)
        err = capsys.readouterr().err
        if code == 0:
            acted.append(command)
        assert "Traceback" not in err, (command, err)
    after = fingerprint(folder)
    assert acted == []
    assert {k: v for k, v in after.items() if k != "failed"} == {k: v for k, v in before.items() if k != "failed"}
    if credentials != "none":  # each attempt is recorded (a missing --as is refused before any login)
        assert after["failed"] >= before["failed"] + len(COMMANDS)


APPROVER_ONLY = ["plan approve", "plan return", "plan issue", "article approve", "article return", "report-approve",
                 "report-return", "sign"]


def test_the_heads_commands_are_refused_to_the_secretary(office: tuple[Path, int], monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KEHOACH_PASSWORD", USERS["lan"][0])
    monkeypatch.setenv("KEHOACH_P12_PASSWORD", "x")
    folder, pending = office
    before = fingerprint(folder)
    for command in APPROVER_ONLY:
        argv = COMMANDS[command]
        if command.startswith("article"):  # an article waiting for approval, so that only the role is in the way
            argv = [*argv[:2], str(pending), *argv[3:]]
        code = main(["--as", "lan", *argv])
        err = capsys.readouterr().err
        assert code != 0 and "Traceback" not in err, (command, err)
    after = fingerprint(folder)
    assert {k: v for k, v in after.items() if k != "failed"} == {k: v for k, v in before.items() if k != "failed"}
    assert after["failed"] - before["failed"] == len(APPROVER_ONLY)  # each refusal recorded
