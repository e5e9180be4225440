"""Mail to a real SMTP server on localhost (aiosmtpd) with STARTTLS and login."""

from __future__ import annotations

import email
import json
import socket
import ssl
from collections.abc import Iterator
from email import policy
from pathlib import Path

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from kehoach_desktop.cli import main
from kehoach_desktop.exchange.mail import MailServer, build_message
from kehoach_desktop.exchange.mail import test_connection as check_connection
from kehoach_desktop.services import mail
from kehoach_desktop.services.store import Store

USER, PASSWORD = "vanthu@pgd.example.vn", "mat-khau-thu"


class Inbox:
    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def smtp_server(ca: trustme.CA) -> Iterator[tuple[Inbox, int]]:
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(server_context)

    def authenticator(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == USER \
            and auth_data.password.decode() == PASSWORD
        return AuthResult(success=ok, handled=False)  # not handled: the server answers 535 itself

    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, tls_context=server_context,
                            require_starttls=True, authenticator=authenticator, auth_require_tls=True)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def client_context(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return context


@pytest.fixture
def attachments(tmp_path: Path) -> list[Path]:
    pdf = tmp_path / "Bao-cao-thang-10-2024.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    xlsx = tmp_path / "Bao-cao-thang-10-2024.xlsx"
    xlsx.write_bytes(b"PK\x03\x04" + bytes(reversed(range(256))) * 30)
    return [pdf, xlsx]


def test_send_with_starttls_and_login(store: Store, smtp_server: tuple[Inbox, int],
                                      client_context: ssl.SSLContext, attachments: list[Path]) -> None:
    inbox, port = smtp_server
    mail.configure(store, "127.0.0.1", port, "starttls", USER, USER)
    subject = "V/v báo cáo kết quả công tác truyền thông tháng 10/2024"
    message_id = mail.queue(store, ["so@gddt.example.vn"], ["truongphong@pgd.example.vn"], subject,
                            "Kính gửi Sở GD&ĐT,\nPhòng GD&ĐT gửi báo cáo tháng 10/2024.", [str(a) for a in attachments])
    mail.send_queued(store, message_id, PASSWORD, client_context)
    assert len(inbox.messages) == 1
    received = inbox.messages[0]
    assert received["Subject"] == subject
    assert received["To"] == "so@gddt.example.vn" and received["Cc"] == "truongphong@pgd.example.vn"
    files = {part.get_filename(): part.get_content() for part in received.iter_attachments()}
    assert files == {a.name: a.read_bytes() for a in attachments}
    sent = mail.outbox(store)[0]
    assert sent.status == "sent" and sent.sent_at is not None


def test_refused_login_keeps_the_message(store: Store, smtp_server: tuple[Inbox, int],
                                         client_context: ssl.SSLContext, attachments: list[Path]) -> None:
    inbox, port = smtp_server
    mail.configure(store, "127.0.0.1", port, "starttls", USER, USER)
    message_id = mail.queue(store, ["so@gddt.example.vn"], [], "Báo cáo", "", [str(attachments[0])])
    with pytest.raises(mail.SendFailed, match="từ chối đăng nhập.*hộp thư đi"):
        mail.send_queued(store, message_id, "sai", client_context)
    item = mail.outbox(store)[0]
    assert item.status == "outbox" and "đăng nhập" in item.last_error and inbox.messages == []
    mail.send_queued(store, message_id, PASSWORD, client_context)  # retry from the outbox
    assert mail.outbox(store)[0].status == "sent" and len(inbox.messages) == 1


def test_server_down_keeps_the_message(store: Store, attachments: list[Path], tmp_path: Path) -> None:
    mail.configure(store, "127.0.0.1", _free_port(), "starttls", "", "pgd@example.vn")
    message_id = mail.queue(store, ["so@gddt.example.vn"], [], "Báo cáo", "", [str(attachments[0])])
    with pytest.raises(mail.SendFailed, match="Không kết nối được"):
        mail.send_queued(store, message_id)
    assert mail.outbox(store, include_sent=False)[0].id == message_id
    eml = mail.save_as_eml(store, message_id, tmp_path / "bao-cao.eml")
    saved = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert saved["Subject"] == "Báo cáo"
    assert [p.get_filename() for p in saved.iter_attachments()] == [attachments[0].name]


def test_missing_attachment_is_refused_before_queueing(store: Store, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="không tìm thấy"):
        mail.queue(store, ["a@b.vn"], [], "X", "", [str(tmp_path / "khong-co.pdf")])
    assert mail.outbox(store) == []


def test_connection_check(smtp_server: tuple[Inbox, int], client_context: ssl.SSLContext) -> None:
    _inbox, port = smtp_server
    check_connection(MailServer("127.0.0.1", port, "starttls", USER, USER), PASSWORD, client_context)
    with pytest.raises(Exception, match="từ chối đăng nhập"):
        check_connection(MailServer("127.0.0.1", port, "starttls", USER, USER), "sai", client_context)


def test_cli_mail(data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                  attachments: list[Path]) -> None:
    port = _free_port()
    assert main(["mail", "config", "--host", "127.0.0.1", "--port", str(port), "--security", "none",
                 "--user", "", "--from", "pgd@example.vn"]) == 0
    monkeypatch.setenv("KEHOACH_SMTP_PASSWORD", "")
    code = main(["mail", "send", "--to", "so@example.vn", "--subject", "Báo cáo tháng", "--attach", str(attachments[0])])
    _out, err = capsys.readouterr()
    assert code != 0 and "Không kết nối được" in err and "hộp thư đi" in err
    main(["mail", "outbox", "--json"])
    items = json.loads(capsys.readouterr()[0])
    assert items[0]["status"] == "outbox"


def test_message_building(attachments: list[Path]) -> None:
    message = build_message("a@b.vn", ["c@d.vn"], [], "Tiêu đề tiếng Việt", "Nội dung", attachments)
    assert message["Subject"] == "Tiêu đề tiếng Việt"
    assert [p.get_content_type() for p in message.iter_attachments()] == [
        "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]


def test_the_compose_window_sends_and_says_so(qtbot, store: Store, attachments: list[Path],  # type: ignore[no-untyped-def]
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Send from the compose window: off the GUI thread, the message arrives, the window says so
    and closes; to a server that is away, the message stays in the outbox and the window says why."""
    from PySide6.QtWidgets import QMessageBox

    from kehoach_desktop.ui.mail_dialogs import ComposeDialog

    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        mail.configure(store, "127.0.0.1", port, "none", "", "pgd@example.vn")
        told: list[str] = []
        monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
        dialog = ComposeDialog(store, ["so@gddt.example.vn"], "Báo cáo tháng 10/2024", "Kính gửi: Sở",
                               attachments, None)
        qtbot.addWidget(dialog)
        dialog.send()
        qtbot.waitUntil(lambda: bool(told), timeout=20_000)
        assert dialog.sent and told == ["Đã gửi thư tới so@gddt.example.vn."]
        assert [m["Subject"] for m in inbox.messages] == ["Báo cáo tháng 10/2024"]
    finally:
        controller.stop()
    mail.configure(store, "127.0.0.1", _free_port(), "none", "", "pgd@example.vn")
    dialog = ComposeDialog(store, ["so@gddt.example.vn"], "Báo cáo lần hai", "", attachments, None)
    qtbot.addWidget(dialog)
    dialog.send()
    qtbot.waitUntil(lambda: "Không kết nối được" in dialog.ui.errorLabel.text(), timeout=20_000)
    assert not dialog.sent and [m.subject for m in mail.outbox(store, include_sent=False)] == ["Báo cáo lần hai"]
