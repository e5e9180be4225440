"""Digital signatures on our PDFs as Nghị định 30 describes them (PAdES, with pyHanko), and the
verification of signed PDFs an office receives.

- The head of office signs with a personal certificate (a .p12/.pfx file, or a USB token through
  PKCS#11); the image of the handwritten signature goes in the room between the position line
  and the name (the document's keywords say where: nd30_pdf.SignatureSpace).
- The agency signature follows as a second, incremental signature: the red seal at its real size,
  covering about a third of the leader's signature on its left. Both stay valid.
- An attachment in a separate file gets the agency signature without an image: at the top right
  of page 1, the document's number and the signing time (ISO 8601, +07:00), Times New Roman 10 pt.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.text import nfc
from ..files import write_atomically
from .nd30_pdf import SIGNATURE_MARK

VIETNAM = dt.timezone(dt.timedelta(hours=7))
LEADER, AGENCY, ATTACHMENT = "leader", "agency", "attachment"
FIELDS = {LEADER: "ChuKyThuTruong", AGENCY: "ChuKyCoQuan", ATTACHMENT: "ChuKyCoQuanTepDinhKem"}
REASONS = {LEADER: "Thủ trưởng đơn vị ký", AGENCY: "Cơ quan ký (đóng dấu)", ATTACHMENT: "Cơ quan ký tệp đính kèm"}
ROLE_OF_FIELD = {v: k for k, v in FIELDS.items()}
SEAL_MM = 36.0  # a seal whose image carries no resolution is taken as 36 mm across (Decree 99/2016: 35–42 mm)
MM = 72 / 25.4


class SigningError(Exception):
    """A signature that cannot be made: a wrong password or PIN, no key, a file that is not ours."""


@dataclass(frozen=True)
class Credentials:
    """Where the signing key is: a PKCS#12 file, or a token through a PKCS#11 library."""

    p12: Path | None = None
    p12_password: str = ""
    pkcs11_lib: str = ""
    token_label: str = ""
    pin: str = ""
    key_label: str = ""  # on the token; the first key there when empty

    def describe(self) -> str:
        return f"tệp {self.p12.name}" if self.p12 else f"thiết bị ký số «{self.token_label}»"


@dataclass(frozen=True)
class Box:
    page: int  # 0-based
    x1: float
    y1: float
    x2: float
    y2: float

    @property
    def width(self) -> float:
        return self.x2 - self.x1

    @property
    def height(self) -> float:
        return self.y2 - self.y1


@dataclass(frozen=True)
class DocumentMarks:
    identity: str  # "kehoach:plan:3", "kehoach:report:3:2024-10", "kehoach:appendix:3", "" for another's PDF
    signature_space: Box | None
    pages: int
    first_page_size: tuple[float, float]


def read_marks(path: str | os.PathLike[str]) -> DocumentMarks:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        metadata = reader.metadata
        keywords = str(metadata.get("/Keywords", "") or "") if metadata is not None else ""
        first = reader.pages[0].mediabox
        pages = len(reader.pages)
    except (PdfReadError, OSError, IndexError, ValueError) as exc:
        raise SigningError(f"«{Path(path).name}» không phải tệp PDF đọc được ({exc}).") from None
    identity = next((w for w in keywords.split() if w.startswith("kehoach:")), "")
    space = None
    for word in keywords.split():
        m = re.fullmatch(rf"{SIGNATURE_MARK}:(\d+):([\d.]+),([\d.]+),([\d.]+),([\d.]+)", word)
        if m:  # the last one is the signature of the document (a plan's appendix has none)
            space = Box(int(m.group(1)) - 1, *(float(m.group(i)) for i in range(2, 6)))
    return DocumentMarks(identity, space, pages, (float(first.width), float(first.height)))


@dataclass(frozen=True)
class Placed:
    role: str
    box: Box


def image_size_pt(image: Path, default_mm: float = SEAL_MM) -> tuple[float, float]:
    """An image's size in points: from its resolution when it has one, else `default_mm` wide."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(image) as im:
            w, h = im.size
            dpi = im.info.get("dpi")
    except (OSError, UnidentifiedImageError):
        raise SigningError(f"«{Path(image).name}» không phải ảnh PNG/JPEG đọc được.") from None
    if dpi and float(dpi[0]) > 1:
        return w / float(dpi[0]) * 72, h / float(dpi[1] or dpi[0]) * 72
    width = default_mm * MM
    return width, width * h / w


def leader_box(space: Box, image: Path | None) -> Box:
    """The signature image, centred in the room between the position and the name, as high as the
    room lets it be (a margin of 2 pt above and below)."""
    height = space.height - 4
    if image is not None:
        iw, ih = image_size_pt(image, default_mm=60)
        width = min(height * iw / ih, space.width * 0.8)
        height = width * ih / iw
    else:
        width = height * 2.5
    cx, cy = (space.x1 + space.x2) / 2, (space.y1 + space.y2) / 2
    return Box(space.page, cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)


def seal_box(leader: Box, seal: Path) -> Box:
    """The seal at its real size, its right edge a third of the way into the leader's signature."""
    width, height = image_size_pt(seal)
    right = leader.x1 + leader.width / 3
    cy = (leader.y1 + leader.y2) / 2
    return Box(leader.page, right - width, cy - height / 2, right, cy + height / 2)


def attachment_box(page_size: tuple[float, float]) -> Box:
    """Top right of page 1: in the top margin, above the document's header, its right edge on the
    right margin (15 mm)."""
    w, h = page_size
    return Box(0, w - 15 * MM - 70 * MM, h - 19 * MM, w - 15 * MM, h - 19 * MM + 2 * (STAMP_SIZE + 2) + 2)


STAMP_SIZE = 10  # Times New Roman 10 pt


def _text_stamp(text: str, box: Box, folder: Path) -> Path:
    """A page the size of `box` with the lines of `text` right-aligned at the top, in our font."""
    from reportlab.pdfgen.canvas import Canvas

    from .pdf_fonts import font

    fd, name = tempfile.mkstemp(dir=folder, prefix=".stamp-", suffix=".pdf")
    os.close(fd)
    canvas = Canvas(name, pagesize=(box.width, box.height), initialFontName=font("regular"),
                    initialFontSize=STAMP_SIZE)
    canvas.setFont(font("regular"), STAMP_SIZE)
    for i, line in enumerate(nfc(text).splitlines()):
        canvas.drawRightString(box.width, box.height - STAMP_SIZE * (i + 1) - 1, line)
    canvas.save()
    return Path(name)


@contextmanager
def _signer(credentials: Credentials) -> Iterator[Any]:
    from pyhanko.sign import signers

    if credentials.p12 is not None:
        try:
            signer = signers.SimpleSigner.load_pkcs12(  # type: ignore[no-untyped-call]
                str(credentials.p12), passphrase=credentials.p12_password.encode() or None)
        except Exception as exc:  # pyHanko/cryptography raise several kinds for a wrong password
            raise SigningError(f"Không mở được {credentials.describe()}: sai mật khẩu hoặc tệp hỏng ({exc}).") from None
        if signer is None:
            raise SigningError(f"Không mở được {credentials.describe()}: sai mật khẩu hoặc tệp hỏng.")
        yield signer
        return
    try:
        from pyhanko.config.pkcs11 import TokenCriteria
        from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session
    except ImportError as exc:  # python-pkcs11 missing
        raise SigningError(f"Chưa có thư viện PKCS#11 cho Python ({exc}).") from None
    if not credentials.pkcs11_lib or not Path(credentials.pkcs11_lib).is_file():
        raise SigningError(f"Không thấy thư viện của thiết bị ký số «{credentials.pkcs11_lib}» (Cài đặt › Ký số).")
    try:
        session = open_pkcs11_session(credentials.pkcs11_lib, token_criteria=TokenCriteria(label=credentials.token_label),
                                      user_pin=credentials.pin)
    except Exception as exc:
        raise SigningError(f"Không mở được {credentials.describe()}: {exc}") from None
    try:
        label = credentials.key_label or _first_key_label(session)
        yield PKCS11Signer(session, cert_label=label, key_label=label)
    finally:
        session.close()


def _first_key_label(session: Any) -> str:
    from pkcs11 import Attribute, ObjectClass

    for obj in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY}):
        return str(obj[Attribute.LABEL])
    raise SigningError("Thiết bị ký số không có khóa ký nào.")


def sign_pdf(source: str | os.PathLike[str], target: str | os.PathLike[str], credentials: Credentials, role: str,
             box: Box, *, image: Path | None = None, text: str = "", location: str = "",
             tsa_url: str = "", signed_at: dt.datetime | None = None) -> Path:
    """Add one signature (incrementally: earlier ones stay valid) with its appearance in `box`:
    the image, or the text (Times New Roman 10 pt), or nothing visible."""
    from pyhanko.pdf_utils import layout
    from pyhanko.stamp import StaticStampStyle

    stamp_pdf: Path | None = None
    if image is not None:
        from pyhanko.pdf_utils.images import PdfImage

        style: Any = StaticStampStyle(
            background=PdfImage(str(image)), border_width=0, background_opacity=1.0,
            background_layout=layout.SimpleBoxLayoutRule(
                x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MID,
                margins=layout.Margins(0, 0, 0, 0), inner_content_scaling=layout.InnerScaling.STRETCH_FILL))
    else:  # the text drawn by reportlab in our font, as a one-page PDF the stamp shows as it is
        from pyhanko.pdf_utils.content import ImportedPdfPage

        stamp_pdf = _text_stamp(text, box, Path(tempfile.gettempdir()))  # not in the user's folder
        page = ImportedPdfPage(str(stamp_pdf))  # type: ignore[no-untyped-call]
        style = StaticStampStyle(background=page, border_width=0, background_opacity=1.0,
                                 background_layout=layout.SimpleBoxLayoutRule(
                                     x_align=layout.AxisAlignment.ALIGN_MAX, y_align=layout.AxisAlignment.ALIGN_MAX,
                                     margins=layout.Margins(0, 0, 0, 0),
                                     inner_content_scaling=layout.InnerScaling.NO_SCALING))
    timestamper = None
    if tsa_url:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        timestamper = HTTPTimeStamper(tsa_url)
    target = Path(target)
    try:
        return _sign(source, target, credentials, role, box, style, timestamper, location)
    finally:
        if stamp_pdf is not None:
            stamp_pdf.unlink(missing_ok=True)


def _sign(source: str | os.PathLike[str], target: Path, credentials: Credentials, role: str, box: Box,
          style: Any, timestamper: Any, location: str) -> Path:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    with _signer(credentials) as signer, open(source, "rb") as inf:
        writer = IncrementalPdfFileWriter(inf, strict=False)
        name = FIELDS[role]
        fields.append_signature_field(writer, fields.SigFieldSpec(
            name, on_page=box.page, box=(round(box.x1), round(box.y1), round(box.x2), round(box.y2))))
        meta = signers.PdfSignatureMetadata(field_name=name, reason=REASONS[role], location=location or None,
                                            subfilter=fields.SigSeedSubFilter.PADES,
                                            md_algorithm="sha256")
        pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=style, timestamper=timestamper)
        def write(tmp: str) -> None:
            try:
                with open(tmp, "wb") as out:
                    pdf_signer.sign_pdf(writer, output=out, appearance_text_params={})
            except SigningError:
                raise
            except Exception as exc:
                raise SigningError(f"Không ký được: {exc}") from None

        write_atomically(target, write)  # its partial file noted in the journal, removed on failure
    return target


# --- verification -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class SignatureCheck:
    field: str
    role: str  # leader | agency | attachment | "" (a signature not made by KeHoach)
    reason: str
    signer: str  # the certificate's common name
    issuer: str
    signed_at: dt.datetime | None  # as the signer's clock said, or the timestamp's
    timestamped: bool
    intact: bool  # the signed bytes are unchanged
    valid: bool  # the cryptographic signature is right
    trusted: bool  # the certificate chains to one of the trust roots given
    covers_whole: bool  # nothing but further signatures was added after it
    modified_after: str  # what was changed after it, in words ("" when nothing)

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.trusted and not self.modified_after

    def summary(self) -> str:
        role = {"leader": "thủ trưởng", "agency": "cơ quan", "attachment": "cơ quan (tệp đính kèm)"}.get(self.role, "")
        when = f" lúc {self.signed_at.astimezone(VIETNAM):%H:%M %d/%m/%Y}" if self.signed_at else ""
        state = ("hợp lệ" if self.ok else
                 "ĐÃ BỊ SỬA SAU KHI KÝ" if not self.intact or self.modified_after else
                 "chữ ký không hợp lệ" if not self.valid else "chứng thư không thuộc nơi cấp tin cậy")
        return f"{self.signer}{f' ({role})' if role else ''}{when}: {state}"


@dataclass(frozen=True)
class Verification:
    signatures: list[SignatureCheck] = field(default_factory=list)
    error: str = ""

    @property
    def signed(self) -> bool:
        return bool(self.signatures)

    @property
    def ok(self) -> bool:
        return self.signed and not self.error and all(s.ok for s in self.signatures)

    def summary(self) -> str:
        if self.error:
            return self.error
        if not self.signatures:
            return "Văn bản chưa được ký số."
        return "; ".join(s.summary() for s in self.signatures)


def verify_pdf(path: str | os.PathLike[str] | bytes, trust_roots: list[Path] | None = None) -> Verification:
    """Every signature of a PDF: who, in what role, when, intact or changed after, trusted or not."""
    import io

    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        roots = [load_cert_from_pemder(str(p)) for p in (trust_roots or [])]  # type: ignore[no-untyped-call]
    except Exception as exc:
        return Verification(error=f"Không đọc được chứng thư gốc tin cậy: {exc}")
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    import logging

    # an untrusted chain is our finding to report, not pyHanko's warning (with a traceback) in the log
    logging.getLogger("pyhanko.sign.validation").setLevel(logging.ERROR)
    data = path if isinstance(path, bytes) else Path(path).read_bytes()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except Exception as exc:
        return Verification(error=f"Không đọc được tệp PDF: {exc}")
    out = []
    for sig in embedded:
        try:
            status = validate_pdf_signature(sig, context, skip_diff=False)
        except Exception as exc:
            out.append(SignatureCheck(sig.field_name or "", "", "", "?", "", None, False, False, False, False, False,
                                      f"không kiểm tra được ({exc})"))
            continue
        cert = status.signing_cert
        subject = cert.subject.native
        issuer = cert.issuer.native
        level = getattr(status, "modification_level", None)
        from pyhanko.sign.diff_analysis.policy_api import ModificationLevel
        from pyhanko.sign.validation.status import SignatureCoverageLevel

        covers_whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        allowed = level in (None, ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING)
        modified = "" if (covers_whole or (status.coverage == SignatureCoverageLevel.ENTIRE_REVISION and allowed)) \
            else "nội dung bị thay đổi sau khi ký"
        ts = getattr(status, "timestamp_validity", None)
        when = ts.timestamp if ts is not None else status.signer_reported_dt
        reason = str(sig.sig_object.get("/Reason", "") or "")
        out.append(SignatureCheck(
            field=sig.field_name or "", role=ROLE_OF_FIELD.get(sig.field_name or "", ""), reason=reason,
            signer=str(subject.get("common_name", "") or cert.subject.human_friendly),
            issuer=str(issuer.get("common_name", "") or cert.issuer.human_friendly),
            signed_at=when, timestamped=ts is not None, intact=bool(status.intact), valid=bool(status.valid),
            trusted=bool(status.trusted), covers_whole=covers_whole, modified_after=modified))
    return Verification(out)
