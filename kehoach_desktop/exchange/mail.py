"""Mail: building a message with attachments, sending it over SMTP, saving it as .eml.

Failures are raised as MailError with a plain Vietnamese explanation; the caller keeps the message
in the outbox, so nothing is lost.
"""

from __future__ import annotations

import mimetypes
import smtplib
import socket
import ssl
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

SECURITY = ("ssl", "starttls", "none")


class MailError(Exception):
    """Sending failed; the message says why in plain words."""


@dataclass(frozen=True)
class MailServer:
    host: str
    port: int
    security: str = "starttls"  # ssl | starttls | none
    user: str = ""
    from_addr: str = ""
    timeout: float = 30.0


def build_message(from_addr: str, to: list[str], cc: list[str], subject: str, body: str,
                  attachments: Sequence[str | Path]) -> EmailMessage:
    message = EmailMessage()
    message["From"] = from_addr
    message["To"] = ", ".join(to)
    if cc:
        message["Cc"] = ", ".join(cc)
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=from_addr.split("@")[-1] if "@" in from_addr else None)
    message.set_content(body or "")
    for item in attachments:
        path = Path(item)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise MailError(f"Không đọc được tệp đính kèm «{path.name}»: {exc.strerror or exc}.") from exc
        ctype, _enc = mimetypes.guess_type(path.name)
        maintype, subtype = (ctype or "application/octet-stream").split("/", 1)
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=path.name)
    return message


def save_eml(message: EmailMessage, target: str | Path) -> Path:
    path = Path(target)
    path.write_bytes(bytes(message))
    return path


def send(message: EmailMessage, server: MailServer, password: str | None,
         context: ssl.SSLContext | None = None) -> None:
    """Send `message`; raises MailError saying what went wrong (network, login, refusal)."""
    try:
        with _session(server, password, context) as smtp:
            refused = smtp.send_message(message)
    except (smtplib.SMTPException, OSError) as exc:
        raise _explain(exc, server) from exc
    if refused:
        raise MailError("Máy chủ thư từ chối người nhận: " + ", ".join(refused) + ".")


def test_connection(server: MailServer, password: str | None, context: ssl.SSLContext | None = None) -> None:
    """Connect, secure and log in without sending anything."""
    try:
        with _session(server, password, context):
            pass
    except (smtplib.SMTPException, OSError) as exc:
        raise _explain(exc, server) from exc


@contextmanager
def _session(server: MailServer, password: str | None, context: ssl.SSLContext | None) -> Iterator[smtplib.SMTP]:
    if server.user and server.security == "none" and server.host not in ("localhost", "127.0.0.1", "::1"):
        # a password sent in clear text can be read by anyone on the office network
        raise MailError(f"Không gửi mật khẩu thư qua kết nối không mã hóa tới {server.host}: hãy chọn SSL hoặc "
                        "STARTTLS trong cài đặt thư.")
    context = context or ssl.create_default_context()
    if server.security == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(server.host, server.port, timeout=server.timeout, context=context)
    else:
        smtp = smtplib.SMTP(server.host, server.port, timeout=server.timeout)
    with smtp:
        smtp.ehlo()
        if server.security == "starttls":
            smtp.starttls(context=context)
            smtp.ehlo()
        if server.user:
            smtp.login(server.user, password or "")
        yield smtp


def _explain(exc: BaseException, server: MailServer) -> MailError:
    where = f"{server.host}:{server.port}"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return MailError(f"Máy chủ thư từ chối đăng nhập: sai tên đăng nhập hoặc mật khẩu thư ({exc.smtp_code}).")
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return MailError("Máy chủ thư từ chối địa chỉ người nhận: " + ", ".join(exc.recipients) + ".")
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return MailError(f"Máy chủ thư không nhận địa chỉ người gửi «{exc.sender}».")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return MailError("Máy chủ thư không hỗ trợ cách bảo mật đã chọn (thử SSL hoặc STARTTLS).")
    if isinstance(exc, ssl.SSLError):
        return MailError(f"Không thiết lập được kết nối bảo mật với máy chủ thư ({exc.reason or exc}).")
    if isinstance(exc, socket.timeout | TimeoutError):
        return MailError(f"Máy chủ thư {where} không trả lời (hết thời gian chờ).")
    if isinstance(exc, ConnectionRefusedError):
        return MailError(f"Không kết nối được máy chủ thư {where} (máy chủ không nhận kết nối; kiểm tra mạng).")
    if isinstance(exc, socket.gaierror):
        return MailError(f"Không tìm thấy máy chủ thư «{server.host}» (kiểm tra tên máy chủ và kết nối mạng).")
    return MailError(f"Gửi thư không thành công: {exc}.")
