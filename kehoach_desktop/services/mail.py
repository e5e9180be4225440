"""Mail settings, the outbox, and sending reports to the superior office."""

from __future__ import annotations

import datetime as dt
import logging
import os
import ssl
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ..db import report_read
from ..db.models import MailMessage, Setting, utcnow
from ..exchange.mail import SECURITY, MailError, MailServer, build_message, save_eml, send
from .errors import Conflict, ServiceError, ValidationError
from .permissions import EDIT, require
from .store import Store, fetch, sql_rows

log = logging.getLogger(__name__)
KEYRING_SERVICE = "KeHoachDesktop-SMTP"
ENV_PASSWORD = "KEHOACH_SMTP_PASSWORD"


class SendFailed(ServiceError):
    """The message could not be sent; it stays in the outbox (its id is `message_id`)."""

    def __init__(self, message_id: int, reason: str) -> None:
        self.message_id = message_id
        super().__init__(f"{reason} Thư vẫn nằm trong hộp thư đi để gửi lại.")


@dataclass(frozen=True)
class OutboxItem:
    id: int
    to: str
    subject: str
    status: str
    last_error: str
    created_at: dt.datetime
    sent_at: dt.datetime | None
    report_id: int | None


def get_settings(store: Store) -> dict[str, str]:
    with store.read() as s:
        return report_read.settings(sql_rows(s))


def set_settings(store: Store, values: dict[str, str]) -> None:
    require(store, EDIT, "đổi cài đặt")
    with store.write() as s:
        for key, value in values.items():
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
        store.audit(s, "update", "settings", None, after={k: ("***" if "password" in k else v) for k, v in values.items()})


def mail_server(store: Store) -> MailServer:
    values = get_settings(store)
    if not values.get("mail.host"):
        raise ServiceError("Chưa cài đặt máy chủ thư: Công cụ › Cài đặt thư (dòng lệnh: kehoach mail config).")
    return MailServer(host=values["mail.host"], port=int(values.get("mail.port", "587")),
                      security=values.get("mail.security", "starttls"), user=values.get("mail.user", ""),
                      from_addr=values.get("mail.from", ""))


def imap_server(store: Store) -> MailServer | None:
    """The mailbox the district receives report packages in (IMAP), or None when not set up.
    Its login is the sending server's (one account for both, as office mail is)."""
    values = get_settings(store)
    if not values.get("imap.host"):
        return None
    return MailServer(host=values["imap.host"], port=int(values.get("imap.port", "993") or 993),
                      security=values.get("imap.security", "ssl"), user=values.get("mail.user", ""))


def configure_imap(store: Store, host: str, port: int = 993, security: str = "ssl", folder: str = "INBOX") -> None:
    """Where report packages arrive by mail; an empty host turns receiving from the mailbox off."""
    host = host.strip()
    if security not in SECURITY:
        raise ValidationError("Bảo mật", f"phải là một trong {', '.join(SECURITY)}.")
    if not 1 <= port <= 65535:
        raise ValidationError("Cổng", "phải từ 1 đến 65535.")
    if " " in host:
        raise ValidationError("Máy chủ nhận thư", f"«{host}» không phải tên máy chủ.")
    set_settings(store, {"imap.host": host, "imap.port": str(port), "imap.security": security,
                         "imap.folder": folder.strip() or "INBOX"})


def configure(store: Store, host: str, port: int, security: str, user: str, from_addr: str) -> None:
    """Save the SMTP settings; an empty user means the server takes mail without a login."""
    if not host.strip():
        raise ValidationError("Máy chủ thư", "không được để trống.")
    if security not in SECURITY:
        raise ValidationError("Bảo mật", f"phải là một trong {', '.join(SECURITY)}.")
    if not 1 <= int(port) <= 65535:
        raise ValidationError("Cổng", "phải từ 1 đến 65535.")
    if "@" not in from_addr:
        raise ValidationError("Địa chỉ gửi", f"«{from_addr}» không phải địa chỉ thư.")
    set_settings(store, {"mail.host": host.strip(), "mail.port": str(int(port)), "mail.security": security,
                         "mail.user": user.strip(), "mail.from": from_addr.strip()})


def stored_password(server: MailServer) -> str | None:
    """$KEHOACH_SMTP_PASSWORD, else the operating system's credential store (None if neither)."""
    if os.environ.get(ENV_PASSWORD) is not None:
        return os.environ[ENV_PASSWORD]
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, f"{server.user}@{server.host}")
    except Exception:  # no credential store on this machine: the user is asked each time
        log.info("no usable credential store", exc_info=True)
        return None


def remember_password(server: MailServer, password: str) -> bool:
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, f"{server.user}@{server.host}", password)
        return True
    except Exception:
        log.warning("could not store the mail password in the credential store", exc_info=True)
        return False


def queue(store: Store, to: list[str], cc: list[str], subject: str, body: str, attachments: list[str],
          report_id: int | None = None) -> int:
    """Put a message in the outbox (attachments are checked now, so the send cannot lose them)."""
    require(store, EDIT, "gửi thư")
    to = [a.strip() for a in to if a.strip()]
    cc = [a.strip() for a in cc if a.strip()]
    if not to:
        raise ValidationError("Người nhận", "cần ít nhất một địa chỉ.")
    for addr in to + cc:
        if "@" not in addr or " " in addr:
            raise ValidationError("Người nhận", f"«{addr}» không phải địa chỉ thư.")
    if not subject.strip():
        raise ValidationError("Tiêu đề", "không được để trống.")
    for item in attachments:
        if not Path(item).is_file():
            raise ValidationError("Tệp đính kèm", f"không tìm thấy «{item}».")
    with store.write() as s:
        message = MailMessage(to_addrs=", ".join(to), cc_addrs=", ".join(cc), subject=subject, body=body,
                              attachments=[str(Path(a).resolve()) for a in attachments], report_id=report_id)
        s.add(message)
        s.flush()
        return message.id


def send_queued(store: Store, message_id: int, password: str | None = None,
                context: ssl.SSLContext | None = None) -> None:
    """Send an outbox message; on failure it stays there with the reason (SendFailed)."""
    require(store, EDIT, "gửi thư")
    server = mail_server(store)
    with store.read() as s:
        row = fetch(s, MailMessage, message_id, "thư")
        to, cc = _split(row.to_addrs), _split(row.cc_addrs)
        subject, body, attachments = row.subject, row.body, list(row.attachments or [])
    if password is None and server.user:
        password = stored_password(server)
    try:
        message = build_message(server.from_addr, to, cc, subject, body, attachments)
        send(message, server, password, context)
    except MailError as exc:
        with store.write() as s:
            row = fetch(s, MailMessage, message_id, "thư")
            row.last_error = str(exc)
            store.audit(s, "send-failed", "mail", message_id, after={"error": str(exc)})
        raise SendFailed(message_id, str(exc)) from exc
    with store.write() as s:
        row = fetch(s, MailMessage, message_id, "thư")
        row.status, row.sent_at, row.last_error = "sent", utcnow(), ""
        store.audit(s, "sent", "mail", message_id, after={"to": row.to_addrs, "subject": row.subject,
                                                         "report_id": row.report_id})


def discard(store: Store, message_id: int) -> None:
    """Remove a message that was never sent from the outbox (so it cannot go out twice). A sent
    message stays: it is the record that the report went upward. Recorded in the audit."""
    require(store, EDIT, "xóa thư khỏi hộp thư đi")
    with store.write() as s:
        row = fetch(s, MailMessage, message_id, "thư")
        if row.status == "sent":
            raise Conflict("Thư đã gửi đi không xóa được: đó là bằng chứng báo cáo đã được gửi.")
        store.audit(s, "delete", "mail", message_id, before={"to": row.to_addrs, "subject": row.subject,
                                                            "error": row.last_error})
        s.delete(row)


def save_as_eml(store: Store, message_id: int, target: str | Path) -> Path:
    with store.read() as s:
        row = fetch(s, MailMessage, message_id, "thư")
        values = get_settings(store)
        message = build_message(values.get("mail.from", ""), _split(row.to_addrs), _split(row.cc_addrs),
                                row.subject, row.body, list(row.attachments or []))
    return save_eml(message, target)


def outbox(store: Store, include_sent: bool = True) -> list[OutboxItem]:
    with store.read() as s:
        stmt = select(MailMessage).order_by(MailMessage.created_at.desc())
        if not include_sent:
            stmt = stmt.where(MailMessage.status == "outbox")
        return [OutboxItem(m.id, m.to_addrs, m.subject, m.status, m.last_error, m.created_at, m.sent_at,
                           m.report_id) for m in s.scalars(stmt)]


def _split(addrs: str) -> list[str]:
    return [a.strip() for a in addrs.split(",") if a.strip()]


