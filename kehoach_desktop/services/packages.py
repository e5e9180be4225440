"""Report packages: a school makes one for a period and sends it; its district receives it.

Making: the report PDF and its Excel companion, the figures as data, the published articles with
their links and evidence hashes, a manifest of hashes (exchange/report_package.py has the format).

Receiving, file by file, each in its own transaction: the package is read and checked (hashes,
schema version, figures that add up, period and plan year), matched to one of the office's
schools, checked as addressed to this office, and stored; a package of a school and period
already received replaces the earlier one (and says so), unless it is older. A refused package
stores nothing.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from ..db.models import Article, Channel, Evidence, ReceivedReport
from ..domain.documents import office_key
from ..domain.reporting import ReportPeriod
from . import counting, district, report_figures
from .errors import NotFound
from .permissions import EDIT, require
from .store import Store

PACKAGE_FILENAME = "goi-bao-cao.khbc"
ACCEPTED, REPLACED, UNCHANGED, REFUSED = "accepted", "replaced", "unchanged", "refused"
OUTCOME_LABELS = {ACCEPTED: "đã nhận", REPLACED: "đã nhận, thay bản gửi trước", UNCHANGED: "đã có (trùng bản đã nhận)",
                  REFUSED: "từ chối"}


def default_name(store: Store, period: ReportPeriod) -> str:
    from ..domain.text import fold
    from .organization import get_organization

    org = get_organization(store)
    short = "-".join(fold(org.abbreviation or org.name).upper().split())[:40] if org else ""
    return f"Goi-bao-cao-{short + '-' if short else ''}{period.key}.khbc"


def export_package(store: Store, plan_id: int, period: ReportPeriod, target: str | os.PathLike[str],
                   created_at: dt.datetime | None = None, pdf: Path | None = None,
                   xlsx: Path | None = None) -> Path:
    """Write the report package of `plan_id` for `period` to `target` (whole or not at all).
    `pdf` and `xlsx`: the report's files already made for the same message (else made here)."""
    from ..exchange.report_package import EvidenceHash, PackageArticle, figures_of, write_package
    from ..exchange.report_pdf import write_report_pdf
    from ..exchange.report_xlsx import write_report_xlsx
    from .reports import report_data

    with store.snapshot():  # the report and the article list see the same articles
        data = report_data(store, plan_id, period)
        with store.read() as s:
            rows = s.execute(select(Article.id, Article.published_on, Article.title, Channel.name, Article.url)
                             .outerjoin(Channel, Article.channel_id == Channel.id)
                             .where(counting.counts_in(plan_id, period.start, period.end))
                             .order_by(Article.published_on, Article.id)).all()
            ids = [r[0] for r in rows]
            evidence: dict[int, list[EvidenceHash]] = {}
            for chunk in range(0, len(ids), 900):
                for e in s.scalars(select(Evidence).where(Evidence.article_id.in_(ids[chunk:chunk + 900]))
                                   .order_by(Evidence.id)):
                    evidence.setdefault(e.article_id, []).append(
                        EvidenceHash(e.filename or e.url, e.sha256 or "", e.size or 0))
    articles = [PackageArticle(r[1] or period.start, r[2], r[3] or "", r[4] or "", tuple(evidence.get(r[0], ()))) for r in rows]
    figures = figures_of(data, articles)
    target = Path(target)
    from .signing import signed_copy

    with tempfile.TemporaryDirectory(prefix="kehoach-package-") as tmp:
        if pdf is None:  # the report as signed goes upward when it was signed, not a new unsigned copy
            pdf = signed_copy(store, "report", plan_id, period.key)
        if pdf is None:
            pdf = Path(tmp) / "report.pdf"
            write_report_pdf(data, str(pdf))
        if xlsx is None:
            xlsx = Path(tmp) / "report.xlsx"
            write_report_xlsx(data, xlsx)
        return write_package(figures, pdf, xlsx, target, created_at, generator=_generator())


@dataclass(frozen=True)
class ReportMail:
    """The message that carries a report upward: what the compose window starts from."""

    to: list[str]
    subject: str
    body: str
    attachments: list[Path]  # the report PDF, its Excel companion, the package made from those two


def report_mail(store: Store, plan_id: int, period: ReportPeriod, folder: str | os.PathLike[str],
                pdf: Path | None = None) -> ReportMail:
    """Make the report's files in `folder` (the PDF unless `pdf` is the one just previewed, the
    workbook, and the package carrying those very files) and the message to the superior office.
    What goes upward is Vietnamese whatever the interface language."""
    from . import reports
    from .organization import get_organization

    folder = Path(folder)
    if pdf is None:
        pdf = Path(str(reports.export_report(store, plan_id, period, folder / reports.default_name(period, "pdf"))))
    xlsx = Path(str(reports.export_report(store, plan_id, period, folder / reports.default_name(period, "xlsx"), "xlsx")))
    package = export_package(store, plan_id, period, folder / default_name(store, period), pdf=pdf, xlsx=xlsx)
    org = get_organization(store)
    addressee = (reports.report_data(store, plan_id, period).addressees or [""])[0]
    body = (f"Kính gửi: {addressee},\n\n{org.name if org else ''} gửi báo cáo kết quả thực hiện công tác truyền "
            f"thông {period.label()} (tệp PDF và Excel đính kèm; tệp .khbc là gói báo cáo để nhận bằng KeHoach)."
            "\n\nTrân trọng.")
    return ReportMail(to=[org.superior_email] if org and org.superior_email else [],
                      subject=f"V/v báo cáo kết quả công tác truyền thông {period.label()}", body=body,
                      attachments=[pdf, xlsx, Path(str(package))])


def _generator() -> str:
    from .. import __version__

    return f"KeHoach Desktop {__version__}"


@dataclass(frozen=True)
class Receipt:
    """What became of one file given to `receive`."""

    path: str
    outcome: str  # accepted | replaced | unchanged | refused
    reason: str = ""
    school: str = ""
    period: ReportPeriod | None = None
    state: str = ""  # on_time | late, for a stored package
    sent_at: dt.datetime | None = None
    signatures: str = ""  # what the signatures of the report PDF inside say

    @property
    def refused(self) -> bool:
        return self.outcome == REFUSED

    def line(self) -> str:
        name = Path(self.path).name
        if self.refused:
            return f"{name}: từ chối — {self.reason}"
        from ..records import SCHOOL_STATES

        when = f", {SCHOOL_STATES[self.state].lower()}" if self.state else ""
        signed = f"; chữ ký số: {self.signatures}" if self.signatures else ""
        return (f"{name}: {OUTCOME_LABELS[self.outcome]} — {self.school}, {self.period.label() if self.period else ''}"
                f"{when}{signed}")


def receive(store: Store, paths: Iterable[str | os.PathLike[str]],
            progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
            now: dt.datetime | None = None) -> list[Receipt]:
    """Receive report packages; one receipt a file, in order. A refused file stores nothing."""
    require(store, EDIT, "nhận gói báo cáo")
    files = [Path(p) for p in paths]
    receipts = []
    for i, path in enumerate(files):
        if cancelled is not None and cancelled():
            break
        receipts.append(_receive_one(store, path, now))
        if progress is not None:
            progress(i + 1, len(files))
    return receipts


ENV_IMAP_PASSWORD = "KEHOACH_IMAP_PASSWORD"


def receive_from_mailbox(store: Store, password: str | None = None,
                         progress: Callable[[int, int], None] | None = None,
                         cancelled: Callable[[], bool] | None = None) -> list[Receipt]:
    """Receive the report packages attached to the unread messages of the office's mailbox; the
    messages are marked read once their packages are dealt with (received or refused)."""
    from ..exchange.imap import Mailbox
    from ..exchange.mail import MailError
    from ..exchange.report_package import EXTENSION
    from . import mail
    from .errors import ServiceError

    require(store, EDIT, "nhận gói báo cáo")
    server = mail.imap_server(store)
    if server is None:
        raise ServiceError("Chưa cài đặt máy chủ nhận thư (IMAP): Công cụ › Cài đặt thư "
                           "(dòng lệnh: kehoach mail config … --imap-host H).")
    password = password or os.environ.get(ENV_IMAP_PASSWORD) or mail.stored_password(server) or \
        mail.stored_password(mail.mail_server(store))
    folder = mail.get_settings(store).get("imap.folder", "INBOX") or "INBOX"
    with tempfile.TemporaryDirectory(prefix="kehoach-mailbox-") as tmp:
        try:
            with Mailbox(server, password, folder) as box:
                found = box.unread_attachments(EXTENSION, Path(tmp))
                receipts = receive(store, [a.path for a in found], progress, cancelled)
                box.mark_read([a.uid for a, _r in zip(found, receipts, strict=False)])
        except MailError as exc:
            raise ServiceError(str(exc)) from None
        names = {str(a.path): a for a in found}
        return [replace(r, path=f"{names[r.path].sender}: {Path(r.path).name.split('-', 2)[-1]}")
                if r.path in names else r for r in receipts]


def _receive_one(store: Store, path: Path, now: dt.datetime | None) -> Receipt:
    from ..exchange.report_package import PackageError, read_package
    from .organization import get_organization
    from .plans import list_plans

    try:
        package = read_package(path)
    except PackageError as exc:
        return Receipt(str(path), REFUSED, exc.reason)
    figures = package.figures
    period = district.base_period(figures.period)
    sender = figures.sender.name
    org = get_organization(store)
    if org is None:
        return Receipt(str(path), REFUSED, "chưa khai báo thông tin đơn vị nhận", sender, period)
    ours = {office_key(org.name), *(office_key(x) for x in (org.parent_name,) if x)}
    named = [x for x in (figures.sender.parent_name, *figures.addressees) if x.strip()]
    if named and not any(office_key(x) in ours for x in named):
        return Receipt(str(path), REFUSED, f"gói của «{sender}» gửi «{named[-1]}», không phải «{org.name}»",
                       sender, period)
    school = district.school_of(store, sender)
    if school is None:
        return Receipt(str(path), REFUSED, f"«{sender}» không có trong danh sách trường của đơn vị "
                       "(Đơn vị › Nhập danh sách trường)", sender, period)
    if not any(p.period.start <= period.year <= p.period.end for p in list_plans(store)):
        return Receipt(str(path), REFUSED, f"đơn vị chưa có kế hoạch năm {period.year} để nhận báo cáo "
                       f"{period.label()}", school.name, period)
    from ..exchange.signing import verify_pdf
    from .signing import trust_roots

    checked = verify_pdf(package.pdf, trust_roots(store))  # the PDF as read and checked above
    if any(not c.intact or c.modified_after for c in checked.signatures):
        return Receipt(str(path), REFUSED, "báo cáo PDF trong gói đã bị sửa sau khi ký số: "
                       + checked.summary(), school.name, period)
    signatures = checked.summary() if checked.signed else "báo cáo chưa ký số"
    sent_at = package.created_at.astimezone(dt.UTC).replace(tzinfo=None)
    received_at = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)
    from ..exchange.report_package import figures_json

    due = period.due(district.due_day(store))
    with store.write() as s:
        existing = s.scalars(select(ReceivedReport).where(ReceivedReport.unit_id == school.id,
                                                          ReceivedReport.period_key == period.key)).first()
        if existing is not None and existing.package_sha256 == package.sha256:
            return Receipt(str(path), UNCHANGED, "", school.name, period,
                           report_figures.sent_state(existing.first_sent_at, due), existing.sent_at, signatures)
        if existing is not None and sent_at < existing.sent_at:
            return Receipt(str(path), REFUSED, f"gói tạo lúc {_shown(sent_at)}, cũ hơn gói đã nhận "
                           f"(tạo lúc {_shown(existing.sent_at)}); giữ gói đã nhận", school.name, period)
        files = store.evidence
        if files is not None:
            files.put(path, package.sha256, PACKAGE_FILENAME)
        content = figures_json(figures)
        if existing is None:
            row = ReceivedReport(unit_id=school.id, period_key=period.key, first_sent_at=sent_at, submissions=1)
            s.add(row)
            outcome = ACCEPTED
        else:
            row, outcome = existing, REPLACED
            row.submissions = (row.submissions or 1) + 1
        row.schema_version, row.sender_name = package.schema, sender
        row.package_sha256, row.package_name = package.sha256, path.name[:255]
        row.sent_at, row.received_at, row.figures = sent_at, received_at, content
        s.flush()
        store.audit(s, "receive", "received_report", row.id,
                    after={"school": school.name, "period": period.key, "package": package.sha256,
                           "articles": figures.total, "outcome": outcome})
        first = row.first_sent_at
    return Receipt(str(path), outcome, "", school.name, period, report_figures.sent_state(first, due), sent_at, signatures)


def _shown(moment_utc: dt.datetime) -> str:
    return f"{moment_utc.replace(tzinfo=dt.UTC).astimezone(district.VIETNAM):%H:%M %d/%m/%Y}"


def received_package(store: Store, school_id: int, period: ReportPeriod) -> Path:
    """The file of the package a school sent for `period`, to open its PDF or check it again."""
    with store.read() as s:
        row = s.scalars(select(ReceivedReport).where(ReceivedReport.unit_id == school_id,
                                                     ReceivedReport.period_key == district.base_period(period).key)).first()
        if row is None:
            raise NotFound("gói báo cáo", school_id)
        sha = row.package_sha256
    files = store.evidence
    if files is None or not files.has(sha, PACKAGE_FILENAME):
        raise NotFound("tệp gói báo cáo", school_id)
    return files.local_path(sha, PACKAGE_FILENAME)


def package_files(folder: str | os.PathLike[str]) -> list[Path]:
    """The report packages in a folder (not its subfolders), by name."""
    from ..exchange.report_package import EXTENSION

    return sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() == EXTENSION)


def received_pdf(store: Store, school_id: int, period: ReportPeriod, folder: str | os.PathLike[str]) -> Path:
    """The report PDF a school sent for `period`, checked again and written into `folder` to view."""
    from ..exchange.report_package import PackageError, pdf_of
    from ..files import write_atomically

    package = received_package(store, school_id, period)
    try:
        content = pdf_of(package)
    except PackageError as exc:
        from .errors import StorageError

        raise StorageError(f"Gói báo cáo đã nhận không còn nguyên vẹn: {exc.reason}") from None
    target = Path(folder) / f"Bao-cao-truong-{school_id}-{district.base_period(period).key}.pdf"
    return write_atomically(target, lambda tmp: Path(tmp).write_bytes(content))
