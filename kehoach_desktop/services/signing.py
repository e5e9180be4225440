"""Signing our plans and reports (Decree 30), keeping the signed copies, and verifying signed PDFs.

Who signs what: the head of office (role approver) signs an approved plan or report with their
personal certificate; the office then adds its signature with the seal (role editor: the văn
thư keeps the seal), after the head's; an attachment in a separate file gets the office's
signature alone, with its number and time at the top right. Each signing is in the history of
the plan; the signed copy is kept and is what exporting gives from then on, until the plan or
report goes back to draft.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ..db.models import Organization, Plan, Report, SignedDocument, utcnow
from ..domain.workflow import PLAN_APPROVED, PLAN_ISSUED
from ..exchange.signing import (
    AGENCY,
    ATTACHMENT,
    LEADER,
    VIETNAM,
    Box,
    Credentials,
    SigningError,
    Verification,
)
from .errors import Conflict, ServiceError, ValidationError
from .permissions import APPROVER, EDIT, require
from .store import Store

SIGNED_FILENAME = "van-ban-da-ky.pdf"
ROLE_NAMES = {LEADER: "thủ trưởng ký", AGENCY: "cơ quan ký, đóng dấu", ATTACHMENT: "cơ quan ký tệp đính kèm"}


@dataclass(frozen=True)
class Identity:
    document: str  # plan | appendix | report | "" (a PDF not made here)
    plan_id: int | None = None
    period_key: str = ""


def identity_of(text: str) -> Identity:
    m = re.fullmatch(r"kehoach:(plan|appendix):(\d+)", text)
    if m:
        return Identity(m.group(1), int(m.group(2)))
    m = re.fullmatch(r"kehoach:report:(\d+):([\w-]+)", text)
    if m:
        return Identity("report", int(m.group(1)), m.group(2))
    return Identity("")


@dataclass(frozen=True)
class Signed:
    path: Path
    record_id: int | None
    verification: Verification


def _report_row(s: object, plan_id: int, period_key: str) -> Report | None:
    base = period_key.split("w")[0]
    rows = s.scalars(select(Report).where(Report.plan_id == plan_id, Report.period_key.in_(  # type: ignore[attr-defined]
        {period_key, base})))
    return next(iter(sorted(rows, key=lambda r: r.period_key != period_key)), None)


def sign_document(store: Store, source: str | os.PathLike[str], target: str | os.PathLike[str],
                  credentials: Credentials, role: str, *, image: str | os.PathLike[str] | None = None,
                  number: str = "", now: dt.datetime | None = None) -> Signed:
    """Sign `source` into `target` in `role` (leader, agency, attachment). Refuses a plan or report
    not approved, a signature out of order, and a document changed since it was signed."""
    from ..exchange import signing

    if role not in (LEADER, AGENCY, ATTACHMENT):
        raise ValidationError("Vai trò ký", "là leader, agency hoặc attachment.")
    source, target = Path(source), Path(target)
    require(store, APPROVER if role == LEADER else EDIT,
            "ký văn bản (thủ trưởng)" if role == LEADER else "ký văn bản (cơ quan)")
    try:
        marks = signing.read_marks(source)
    except SigningError as exc:
        raise ValidationError("Văn bản", str(exc)) from None
    ident = identity_of(marks.identity)
    number_text, location = _check_approved(store, ident, role)
    existing = signing.verify_pdf(source)
    if existing.error:
        raise ValidationError("Văn bản", existing.error)
    if any(not c.intact or c.modified_after for c in existing.signatures):
        raise Conflict("Văn bản đã bị sửa sau khi ký; không ký tiếp được. Hãy dùng bản đã ký còn nguyên vẹn.")
    roles = [c.role for c in existing.signatures]
    if role in roles:
        raise Conflict(f"Văn bản đã có chữ ký {ROLE_NAMES[role]}.")
    if role == AGENCY and ident.document and LEADER not in roles:
        raise Conflict("Cơ quan ký sau thủ trưởng: văn bản chưa có chữ ký của thủ trưởng.")
    picture = Path(image) if image else None
    if picture is not None and not picture.is_file():
        raise ValidationError("Ảnh chữ ký", f"không thấy «{picture}».")
    text = ""
    if role == LEADER:
        if marks.signature_space is None:
            raise ValidationError("Văn bản", "không thấy chỗ ký (văn bản không do phiên bản KeHoach này tạo); "
                                  "hãy tạo lại văn bản rồi ký.")
        box = signing.leader_box(marks.signature_space, picture)
    elif role == AGENCY:
        if picture is None:
            raise ValidationError("Ảnh con dấu", "cần ảnh con dấu (PNG nền trong suốt).")
        leader = _field_box(source, signing.FIELDS[LEADER])
        if leader is None:
            raise Conflict("Không thấy chữ ký của thủ trưởng trên văn bản để đóng dấu.")
        box = signing.seal_box(leader, picture)
    else:
        picture = None
        number = number.strip() or number_text
        if not number:
            raise ValidationError("Số văn bản", "cần số, ký hiệu của văn bản mà tệp này kèm theo.")
        moment = (now or dt.datetime.now(VIETNAM)).astimezone(VIETNAM).replace(microsecond=0)
        text = f"{number}\n{moment.isoformat()}"
        box = signing.attachment_box(marks.first_page_size)
    from .mail import get_settings

    tsa = get_settings(store).get("sign.tsa_url", "")
    try:
        signing.sign_pdf(source, target, credentials, role, box, image=picture, text=text, location=location,
                         tsa_url=tsa)
    except SigningError as exc:
        raise ServiceError(str(exc)) from None
    check = signing.verify_pdf(target)
    signer = check.signatures[-1].signer if check.signatures else ""
    record_id = _record(store, ident, target, [*roles, role], signer) if ident.document else None
    return Signed(target, record_id, check)


def _check_approved(store: Store, ident: Identity, role: str) -> tuple[str, str]:
    """(the document's number, its place) once its plan or report is approved; Conflict if not."""
    from ..domain.documents import format_number

    if not ident.document:
        if role != ATTACHMENT:
            raise Conflict("Chỉ ký được kế hoạch, báo cáo do KeHoach tạo (từ kế hoạch, báo cáo đã duyệt); "
                           "văn bản này không do KeHoach tạo.")
        return "", ""
    with store.read() as s:
        plan = s.get(Plan, ident.plan_id)
        if plan is None or plan.deleted_at is not None:
            raise Conflict("Văn bản thuộc một kế hoạch không có trong cơ sở dữ liệu này.")
        place = plan.place
        if ident.document in ("plan", "appendix"):
            if plan.status not in (PLAN_APPROVED, PLAN_ISSUED):
                raise Conflict("Chỉ ký được kế hoạch đã duyệt: kế hoạch này còn là dự thảo.")
            return f"Số: {format_number(plan.number, plan.symbol)}" if plan.number else "", place
        report = _report_row(s, plan.id, ident.period_key)
        if report is None or report.status != "approved":
            raise Conflict("Chỉ ký được báo cáo đã duyệt: thủ trưởng duyệt báo cáo trước (Báo cáo › Duyệt).")
        org = s.get(Organization, plan.organization_id)
        abbreviation = org.abbreviation if org else ""  # a report's number as the report writes it
        number = format_number(report.number, f"BC-{abbreviation}" if abbreviation else "BC") if report.number else ""
        return (f"Số: {number}" if number else ""), place


def _field_box(path: Path, name: str) -> Box | None:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    for index, page in enumerate(reader.pages):
        for annot in page.get("/Annots", []) or []:
            obj = annot.get_object()
            if obj.get("/T") == name or (obj.get("/Parent") and obj["/Parent"].get_object().get("/T") == name):
                x1, y1, x2, y2 = (float(v) for v in obj["/Rect"])
                return Box(index, min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
    return None


def _record(store: Store, ident: Identity, path: Path, roles: list[str], signer: str) -> int:
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    files = store.evidence
    if files is not None:
        files.put(path, sha, SIGNED_FILENAME)
    with store.write() as s:
        row = SignedDocument(plan_id=ident.plan_id, document=ident.document, period_key=ident.period_key,
                             roles=",".join(roles), signer=signer[:300], signed_by=store.actor, sha256=sha,
                             size=len(data))
        s.add(row)
        s.flush()
        what = {"plan": "kế hoạch", "appendix": "phụ lục", "report": f"báo cáo {ident.period_key}"}[ident.document]
        store.audit(s, "sign", "plan", ident.plan_id, plan_id=ident.plan_id,
                    after={"document": what, "role": ROLE_NAMES[roles[-1]], "signer": signer, "sha256": sha})
        return int(row.id)


def signed_copy(store: Store, document: str, plan_id: int, period_key: str = "") -> Path | None:
    """The latest signed copy of a document still in force (its plan or report not back in draft)."""
    with store.read() as s:
        row = s.scalars(select(SignedDocument).where(
            SignedDocument.plan_id == plan_id, SignedDocument.document == document,
            SignedDocument.period_key == period_key, SignedDocument.superseded_at.is_(None))
            .order_by(SignedDocument.id.desc())).first()
        sha = row.sha256 if row is not None else None
    files = store.evidence
    if sha is None or files is None or not files.has(sha, SIGNED_FILENAME):
        return None
    return files.local_path(sha, SIGNED_FILENAME)


def give_signed_copy(store: Store, document: str, plan_id: int, period_key: str,
                     target: str | os.PathLike[str]) -> Path | None:
    """Copy the signed copy to `target` when there is one (exports give it, never a new unsigned one)."""
    copy = signed_copy(store, document, plan_id, period_key)
    if copy is None:
        return None
    from ..files import write_atomically

    return write_atomically(target, lambda tmp: shutil.copyfile(copy, tmp))


def supersede(s: object, plan_id: int, documents: tuple[str, ...], period_key: str | None = None) -> None:
    """Within the caller's transaction: the signed copies of these documents are no longer in force."""
    stmt = select(SignedDocument).where(SignedDocument.plan_id == plan_id, SignedDocument.document.in_(documents),
                                        SignedDocument.superseded_at.is_(None))
    if period_key is not None:
        stmt = stmt.where(SignedDocument.period_key.in_({period_key, period_key.split("w")[0]}))
    for row in s.scalars(stmt):  # type: ignore[attr-defined]
        row.superseded_at = utcnow()


def trust_roots(store: Store, extra: list[str | os.PathLike[str]] | None = None) -> list[Path]:
    """The trust roots the office configured (Cài đặt › Ký số), and any given for this check."""
    from .mail import get_settings

    configured = [Path(p) for p in get_settings(store).get("sign.trust_roots", "").splitlines() if p.strip()]
    return [p for p in configured if p.is_file()] + [Path(p) for p in (extra or [])]


def verify(store: Store | None, path: str | os.PathLike[str], extra_roots: list[str | os.PathLike[str]] | None = None) -> Verification:
    """The signatures of a PDF, or of the report PDF inside a report package (.khbc)."""
    from ..exchange import signing
    from ..exchange.report_package import EXTENSION, PackageError, pdf_of

    roots = trust_roots(store, extra_roots) if store is not None else [Path(p) for p in (extra_roots or [])]
    path = Path(path)
    if path.suffix.lower() == EXTENSION:
        try:
            return signing.verify_pdf(pdf_of(path), roots)
        except PackageError as exc:
            return Verification(error=f"Gói báo cáo không đọc được: {exc.reason}")
    if not path.is_file():
        return Verification(error=f"Không thấy tệp «{path}».")
    return signing.verify_pdf(path, roots)


@dataclass(frozen=True)
class SigningSettings:
    pkcs11_lib: str = ""
    token_label: str = ""
    tsa_url: str = ""
    trust_roots: tuple[str, ...] = ()
    p12_path: str = ""  # the last used, to offer again (never the password)
    image_path: str = ""
    seal_path: str = ""


_KEYS = {"pkcs11_lib": "sign.pkcs11_lib", "token_label": "sign.token_label", "tsa_url": "sign.tsa_url",
         "p12_path": "sign.p12_path", "image_path": "sign.image_path", "seal_path": "sign.seal_path"}


def get_signing_settings(store: Store) -> SigningSettings:
    from .mail import get_settings

    values = get_settings(store)
    roots = tuple(p for p in values.get("sign.trust_roots", "").splitlines() if p.strip())
    return SigningSettings(**{k: values.get(v, "") for k, v in _KEYS.items()}, trust_roots=roots)


def set_signing_settings(store: Store, settings: SigningSettings) -> None:
    """Save the office's signing settings; every trust root must be a certificate that reads."""
    from pyhanko.keys import load_cert_from_pemder

    from .mail import set_settings

    if settings.tsa_url and not settings.tsa_url.startswith(("http://", "https://")):
        raise ValidationError("Máy chủ dấu thời gian", f"«{settings.tsa_url}» không phải địa chỉ http(s)://.")
    if settings.pkcs11_lib and not Path(settings.pkcs11_lib).is_file():
        raise ValidationError("Thư viện PKCS#11", f"không thấy tệp «{settings.pkcs11_lib}».")
    for root in settings.trust_roots:
        try:
            load_cert_from_pemder(root)  # type: ignore[no-untyped-call]
        except Exception:
            raise ValidationError("Chứng thư gốc tin cậy", f"«{root}» không phải chứng thư số (PEM/DER) đọc được.") from None
    values = {v: getattr(settings, k).strip() for k, v in _KEYS.items()}
    values["sign.trust_roots"] = "\n".join(settings.trust_roots)
    set_settings(store, values)
