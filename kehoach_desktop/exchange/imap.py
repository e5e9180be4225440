"""Report packages from the office's mailbox (IMAP): the attachments of the unread messages that
end in a given suffix, saved to a folder; the messages are marked read only once the caller has
dealt with what they carried."""

from __future__ import annotations

import email
import email.policy
import imaplib
import re
import ssl
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from .mail import MailError, MailServer

MAX_MESSAGES = 500  # at one time; the rest wait for the next fetch


@dataclass(frozen=True)
class MailAttachment:
    uid: str
    sender: str
    path: Path


class Mailbox:
    """`with Mailbox(server, password) as box:` — logged in, the folder selected."""

    def __init__(self, server: MailServer, password: str | None, folder: str = "INBOX",
                 context: ssl.SSLContext | None = None) -> None:
        self.server, self.password, self.folder = server, password, folder
        self.context = context or ssl.create_default_context()
        self.imap: imaplib.IMAP4 | None = None

    def __enter__(self) -> Mailbox:
        s = self.server
        try:
            if s.security == "ssl":
                imap: imaplib.IMAP4 = imaplib.IMAP4_SSL(s.host, s.port, ssl_context=self.context, timeout=s.timeout)
            else:
                imap = imaplib.IMAP4(s.host, s.port, timeout=s.timeout)
                if s.security == "starttls":
                    imap.starttls(ssl_context=self.context)
            self.imap = imap
            if s.user:
                imap.login(s.user, self.password or "")
            status, _ = imap.select(_quoted(self.folder))
            if status != "OK":
                raise MailError(f"Hộp thư không có thư mục «{self.folder}».")
        except MailError:
            self._close()
            raise
        except imaplib.IMAP4.error as exc:
            self._close()
            raise MailError(f"Máy chủ nhận thư {s.host} từ chối: {_text(exc)}") from None
        except (OSError, ssl.SSLError) as exc:
            self._close()
            raise MailError(f"Không kết nối được máy chủ nhận thư {s.host}:{s.port} ({exc}).") from None
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._close()

    def _close(self) -> None:
        if self.imap is not None:
            try:
                self.imap.logout()
            except Exception:  # the connection may already be gone
                pass
            self.imap = None

    def unread_attachments(self, suffix: str, folder: Path) -> list[MailAttachment]:
        """The attachments ending in `suffix` of the unread messages, saved in `folder` (the messages
        stay unread: BODY.PEEK)."""
        assert self.imap is not None
        try:
            status, data = self.imap.uid("SEARCH", "UNSEEN")
            uids = [u.decode() for u in (data[0] or b"").split()[:MAX_MESSAGES]] if status == "OK" and data else []
            out: list[MailAttachment] = []
            for uid in uids:
                status, parts = self.imap.uid("FETCH", uid, "(BODY.PEEK[])")
                raw = next((p[1] for p in parts if isinstance(p, tuple) and len(p) > 1), None) if status == "OK" else None
                if not isinstance(raw, bytes):
                    continue
                message = email.message_from_bytes(raw, policy=email.policy.default)
                for n, part in enumerate(message.iter_attachments()):
                    name = Path(part.get_filename() or "").name
                    if not name.lower().endswith(suffix):
                        continue
                    payload = part.get_payload(decode=True)
                    content = payload if isinstance(payload, bytes) else b""
                    safe = re.sub(r"[^\w.\-]+", "_", name)[-120:]
                    path = folder / f"{uid}-{n}-{safe}"
                    path.write_bytes(content)
                    out.append(MailAttachment(uid, str(message.get("From", "")), path))
            return out
        except imaplib.IMAP4.error as exc:
            raise MailError(f"Máy chủ nhận thư báo lỗi: {_text(exc)}") from None
        except OSError as exc:
            raise MailError(f"Mất kết nối máy chủ nhận thư ({exc}).") from None

    def mark_read(self, uids: list[str]) -> None:
        assert self.imap is not None
        for uid in dict.fromkeys(uids):
            self.imap.uid("STORE", uid, "+FLAGS", "(\\Seen)")


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _text(exc: BaseException) -> str:
    text = str(exc)
    return text[2:-1] if text.startswith("b'") else text
