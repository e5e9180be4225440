"""Signing as Decree 30 describes it, with a CA made here, a .p12 file and a SoftHSM2 token; the
signatures verified, a changed byte caught, the images where ND30 puts them (read back)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from kehoach_desktop.cli import main
from kehoach_desktop.domain.reporting import MONTH, ReportPeriod
from kehoach_desktop.exchange import signing as sg
from kehoach_desktop.services import accounts, documents, history, plans, reports, signing
from kehoach_desktop.services.errors import Conflict
from kehoach_desktop.services.permissions import PermissionDenied
from kehoach_desktop.services.store import Store

PW = {"hieutruong": "mat-khau-1", "vanthu": "mat-khau-2"}
P12_PASSWORD = "mat-khau-chung-thu"
OCTOBER = ReportPeriod(MONTH, 2024, 10)
MM = 72 / 25.4


def _name(cn: str):  # type: ignore[no-untyped-def]
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A CA, the head of office's certificate and the office's, as .p12 files; the signature and
    seal images (the seal 425 px at 300 dpi: 36 mm across)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from PIL import Image, ImageDraw

    folder = tmp_path_factory.mktemp("pki")
    now = dt.datetime.now(dt.UTC)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca = (x509.CertificateBuilder().subject_name(_name("CA thử nghiệm KeHoach")).issuer_name(_name("CA thử nghiệm KeHoach"))
          .public_key(ca_key.public_key()).serial_number(1).not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=365))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    (folder / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    out = {"ca": folder / "ca.pem"}
    for name, cn in (("leader", "Nguyễn Xuân Hòa"), ("agency", "Phòng Giáo dục và Đào tạo huyện Lạc Thủy")):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(ca.subject).public_key(key.public_key())
                .serial_number(len(out) + 1).not_valid_before(now - dt.timedelta(days=1))
                .not_valid_after(now + dt.timedelta(days=300))
                .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
                .sign(ca_key, hashes.SHA256()))
        (folder / f"{name}.p12").write_bytes(pkcs12.serialize_key_and_certificates(
            name.encode(), key, cert, [ca], serialization.BestAvailableEncryption(P12_PASSWORD.encode())))
        (folder / f"{name}.key.pem").write_bytes(key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        (folder / f"{name}.crt.der").write_bytes(cert.public_bytes(serialization.Encoding.DER))
        out[name] = folder / f"{name}.p12"
    image = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(20, 180), (200, 40), (380, 200), (580, 50)], fill=(0, 0, 150, 255), width=10)
    image.save(folder / "chu-ky.png")
    seal = Image.new("RGBA", (425, 425), (0, 0, 0, 0))
    ImageDraw.Draw(seal).ellipse([6, 6, 419, 419], outline=(210, 0, 0, 255), width=16)
    seal.save(folder / "con-dau.png", dpi=(300, 300))
    out["image"], out["seal"] = folder / "chu-ky.png", folder / "con-dau.png"
    return out


def login(store: Store, name: str) -> None:
    store.acting_as(accounts.login(store, name, PW[name]))


@pytest.fixture
def office(store: Store, demo_plan: int) -> int:
    accounts.add_user(store, "hieutruong", PW["hieutruong"], ["approver"], "Nguyễn Xuân Hòa")
    login(store, "hieutruong")
    accounts.add_user(store, "vanthu", PW["vanthu"], ["editor"])
    return demo_plan


def p12(pki: dict[str, Path], who: str) -> sg.Credentials:
    return sg.Credentials(p12=pki[who], p12_password=P12_PASSWORD)


def words_on(pdf: Path, page: int) -> list[dict[str, object]]:
    with pdfplumber.open(pdf) as doc:
        return doc.pages[page].extract_words(keep_blank_chars=True)


def widget(pdf: Path, field: str) -> tuple[int, dict[str, float]]:
    """The page and rectangle (pdfplumber's top-down coordinates) of a signature's widget."""
    with pdfplumber.open(pdf) as doc:
        for i, page in enumerate(doc.pages):
            for annot in page.annots:
                if (annot.get("data") or {}).get("T") in (field, field.encode()):
                    return i, {k: float(annot[k]) for k in ("x0", "x1", "top", "bottom")}
    raise AssertionError(f"no widget {field}")


def line_of(words: list[dict[str, object]], text: str) -> dict[str, float]:
    found = [w for w in words if str(w["text"]).strip() == text]
    assert found, f"{text!r} not on the page"
    return {k: float(found[-1][k]) for k in ("x0", "x1", "top", "bottom")}  # type: ignore[arg-type]


def test_the_head_signs_then_the_office_seals_and_both_hold(store: Store, office: int, tmp_path: Path,
                                                            pki: dict[str, Path]) -> None:
    plan_id = office
    source = documents.export_plan_pdf(store, plan_id, tmp_path / "ke-hoach.pdf")
    with pytest.raises(Conflict, match="đã duyệt"):  # a draft is not signed
        signing.sign_document(store, source, tmp_path / "x.pdf", p12(pki, "leader"), sg.LEADER, image=pki["image"])
    plans.approve_plan(store, plan_id, PW["hieutruong"])
    source = documents.export_plan_pdf(store, plan_id, tmp_path / "ke-hoach.pdf")
    login(store, "vanthu")
    with pytest.raises(PermissionDenied):  # the secretary does not sign for the head
        signing.sign_document(store, source, tmp_path / "x.pdf", p12(pki, "leader"), sg.LEADER, image=pki["image"])
    with pytest.raises(Conflict, match="sau thủ trưởng"):  # nor seals before the head has signed
        signing.sign_document(store, source, tmp_path / "x.pdf", p12(pki, "agency"), sg.AGENCY, image=pki["seal"])
    login(store, "hieutruong")
    first = signing.sign_document(store, source, tmp_path / "ky-1.pdf", p12(pki, "leader"), sg.LEADER,
                                  image=pki["image"])
    login(store, "vanthu")
    second = signing.sign_document(store, first.path, tmp_path / "ky-2.pdf", p12(pki, "agency"), sg.AGENCY,
                                   image=pki["seal"])

    checked = signing.verify(store, second.path, [pki["ca"]])
    assert checked.ok, checked.summary()
    assert [(c.role, c.signer) for c in checked.signatures] == [
        (sg.LEADER, "Nguyễn Xuân Hòa"), (sg.AGENCY, "Phòng Giáo dục và Đào tạo huyện Lạc Thủy")]
    assert all(c.intact and c.valid and c.trusted for c in checked.signatures)
    assert not signing.verify(store, second.path).ok  # without the CA the chain is not trusted

    # where the images are, as a reader sees the page: the signature between the position and the
    # name, centred under the position; the seal 36 mm across, over the left third of the signature
    page, sig = widget(second.path, sg.FIELDS[sg.LEADER])
    words = words_on(second.path, page)
    position, name = line_of(words, "TRƯỞNG PHÒNG"), line_of(words, "Nguyễn Xuân Hòa")
    assert position["bottom"] <= sig["top"] + 0.5 and sig["bottom"] <= name["top"] + 0.5
    assert abs((sig["x0"] + sig["x1"]) / 2 - (position["x0"] + position["x1"]) / 2) < 2.5
    assert sig["bottom"] - sig["top"] > 15 * MM  # the room between is used, not a thumbnail
    seal_page, seal = widget(second.path, sg.FIELDS[sg.AGENCY])
    assert seal_page == page
    assert abs((seal["x1"] - seal["x0"]) - 36 * MM) < 1.5 and abs((seal["bottom"] - seal["top"]) - 36 * MM) < 1.5
    third = (sig["x1"] - sig["x0"]) / 3
    assert abs(seal["x1"] - (sig["x0"] + third)) < 1.5
    assert abs((seal["top"] + seal["bottom"]) / 2 - (sig["top"] + sig["bottom"]) / 2) < 1.5
    if shutil.which("pdftoppm"):  # and on the rendered page: the seal's red where the widget says
        _red_box_matches(second.path, page, seal, tmp_path)

    # one changed byte in what was signed: both signatures say so
    data = bytearray(second.path.read_bytes())
    at = data.index(b"stream", 2000) + 20
    data[at] = data[at] ^ 0x01
    (tmp_path / "sua.pdf").write_bytes(bytes(data))
    broken = signing.verify(store, tmp_path / "sua.pdf", [pki["ca"]])
    assert not broken.ok and not broken.signatures[0].intact, broken.summary()
    assert "ĐÃ BỊ SỬA" in broken.summary()

    # in the plan's history; and exporting now gives the signed copy, never a new unsigned one
    signed = [e for e in history.plan_history(store, plan_id) if e.action == "sign"]
    assert [(e.actor, (e.after or {}).get("role")) for e in signed] == [
        ("hieutruong", "thủ trưởng ký"), ("vanthu", "cơ quan ký, đóng dấu")]
    again = documents.export_plan_pdf(store, plan_id, tmp_path / "lai.pdf")
    assert again.read_bytes() == second.path.read_bytes()
    fresh = documents.export_plan_pdf(store, plan_id, tmp_path / "moi.pdf", regenerate=True)
    assert not signing.verify(store, fresh).signed
    # back to draft: the signed copy is no longer in force
    login(store, "hieutruong")
    plans.return_plan_to_draft(store, plan_id, "Sửa lại mục II")
    assert not signing.verify(store, documents.export_plan_pdf(store, plan_id, tmp_path / "nhap.pdf")).signed


def _red_box_matches(pdf: Path, page: int, box: dict[str, float], folder: Path) -> None:
    from PIL import Image

    subprocess.run(["pdftoppm", "-r", "72", "-png", "-f", str(page + 1), "-l", str(page + 1), str(pdf),
                    str(folder / "trang")], check=True)
    image = Image.open(next(folder.glob("trang*.png"))).convert("RGB")
    red = [(x, y) for x in range(image.width) for y in range(image.height)
           if (lambda p: p[0] > 150 and p[1] < 90 and p[2] < 90)(image.getpixel((x, y)))]
    xs, ys = [p[0] for p in red], [p[1] for p in red]
    assert abs(min(xs) - box["x0"]) < 3 and abs(max(xs) - box["x1"]) < 3
    assert abs(min(ys) - box["top"]) < 3 and abs(max(ys) - box["bottom"]) < 3


def _appearance_text(pdf: Path, field: str) -> str:
    """The text a signature's appearance draws: its form XObject put on a page of its own and read."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    reader = PdfReader(str(pdf))
    for page in reader.pages:
        for annot in page.get("/Annots", []) or []:
            obj = annot.get_object()
            if obj.get("/T") == field:
                writer = PdfWriter()
                blank = writer.add_blank_page(600, 200)
                blank[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): DictionaryObject(
                    {NameObject("/X"): writer._add_object(obj["/AP"]["/N"].get_object())})})
                content = DecodedStreamObject()
                content.set_data(b"q /X Do Q")
                blank[NameObject("/Contents")] = writer._add_object(content)
                return blank.extract_text()
    raise AssertionError(field)


def test_a_report_is_signed_once_approved_and_an_attachment_gets_its_number_and_time(
        store: Store, office: int, tmp_path: Path, pki: dict[str, Path]) -> None:
    plan_id = office
    reports.save_report(store, plan_id, OCTOBER, number=15)
    pdf = reports.export_report(store, plan_id, OCTOBER, str(tmp_path / "bc.pdf"))
    with pytest.raises(Conflict, match="báo cáo đã duyệt"):
        signing.sign_document(store, pdf, tmp_path / "x.pdf", p12(pki, "leader"), sg.LEADER, image=pki["image"])
    reports.approve_report(store, plan_id, OCTOBER, PW["hieutruong"])
    with pytest.raises(Conflict, match="đã được duyệt"):  # its text is fixed once approved
        reports.save_report(store, plan_id, OCTOBER, direction="Viết lại")
    pdf = reports.export_report(store, plan_id, OCTOBER, str(tmp_path / "bc.pdf"))
    done = signing.sign_document(store, pdf, tmp_path / "bc-ky.pdf", p12(pki, "leader"), sg.LEADER, image=pki["image"])
    assert signing.verify(store, done.path, [pki["ca"]]).ok
    assert reports.export_report(store, plan_id, OCTOBER, str(tmp_path / "lai.pdf")).read_bytes() == \
        done.path.read_bytes()
    # and the report package sent upward carries the signed report
    from kehoach_desktop.exchange.report_package import pdf_of
    from kehoach_desktop.services import packages

    package = packages.export_package(store, plan_id, OCTOBER, tmp_path / "goi.khbc")
    assert pdf_of(package) == done.path.read_bytes()

    # the appendix as an attachment in its own file: the office's signature, no image, top right of page 1
    plans.approve_plan(store, plan_id, PW["hieutruong"])
    appendix = documents.export_appendix_pdf(store, plan_id, tmp_path / "phu-luc.pdf")
    login(store, "vanthu")
    moment = dt.datetime(2024, 10, 20, 9, 15, 0, tzinfo=sg.VIETNAM)
    attached = signing.sign_document(store, appendix, tmp_path / "phu-luc-ky.pdf", p12(pki, "agency"), sg.ATTACHMENT,
                                     number="Số: 182/KH-PGDĐT", now=moment)
    check = signing.verify(store, attached.path, [pki["ca"]])
    assert check.ok and check.signatures[0].role == sg.ATTACHMENT
    page, box = widget(attached.path, sg.FIELDS[sg.ATTACHMENT])
    width = float(PdfReader(str(attached.path)).pages[0].mediabox.width)
    assert page == 0 and abs(box["x1"] - (width - 15 * MM)) < 1.5 and box["bottom"] < 20 * MM
    first_line = min(float(w["top"]) for w in words_on(attached.path, 0))  # type: ignore[arg-type]
    assert box["bottom"] <= first_line  # above the document's first line, covering none of it
    text = _appearance_text(attached.path, sg.FIELDS[sg.ATTACHMENT])
    assert "Số: 182/KH-PGDĐT" in text and "2024-10-20T09:15:00+07:00" in text
    reader = PdfReader(str(attached.path))
    ap = [a.get_object() for a in reader.pages[0]["/Annots"] if a.get_object().get("/T") == sg.FIELDS[sg.ATTACHMENT]][0]
    # the nested page carries our Times-compatible font
    assert any("LiberationSerif" in str(f) or "Times" in str(f) for f in _fonts_of(ap["/AP"]["/N"].get_object()))


def _fonts_of(xobject: object) -> list[str]:
    out: list[str] = []
    resources = xobject.get("/Resources", {})  # type: ignore[attr-defined]
    for font in (resources.get("/Font", {}) or {}).values():
        out.append(str(font.get_object().get("/BaseFont")))
    for inner in (resources.get("/XObject", {}) or {}).values():
        out += _fonts_of(inner.get_object())
    return out


SOFTHSM_LIB = next((p for p in ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                                "/usr/local/lib/softhsm/libsofthsm2.so") if Path(p).is_file()), None)


@pytest.mark.skipif(SOFTHSM_LIB is None or not shutil.which("softhsm2-util"),
                    reason="SoftHSM2 not installed (make test installs Debian's softhsm2 where it may)")
def test_signing_with_a_token_from_the_command_line(demo_on_disk: str, data_dir: Path, tmp_path: Path,
                                                    pki: dict[str, Path], capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A SoftHSM2 token set up here: the head's key and certificate on it, signing with its PIN."""
    tokens = tmp_path / "tokens"
    tokens.mkdir()
    (tmp_path / "softhsm2.conf").write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n")
    monkeypatch.setenv("SOFTHSM2_CONF", str(tmp_path / "softhsm2.conf"))
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", "KeHoach", "--pin", "1234",
                    "--so-pin", "5678"], check=True, capture_output=True)
    subprocess.run(["softhsm2-util", "--import", str(pki["leader"].with_suffix(".key.pem")), "--token", "KeHoach",
                    "--label", "hieutruong", "--id", "01", "--pin", "1234"], check=True, capture_output=True)
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    der = pki["leader"].with_suffix(".crt.der").read_bytes()
    from cryptography import x509

    cert = x509.load_der_x509_certificate(der)
    token = pkcs11.lib(SOFTHSM_LIB).get_token(token_label="KeHoach")
    with token.open(rw=True, user_pin="1234") as session:
        session.create_object({Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                               Attribute.TOKEN: True, Attribute.LABEL: "hieutruong", Attribute.ID: b"\x01",
                               Attribute.SUBJECT: cert.subject.public_bytes(), Attribute.VALUE: der})

    env = {"KEHOACH_NEW_PASSWORD": PW["hieutruong"]}
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert main(["user", "add", "hieutruong", "--role", "approver", "--full-name", "Nguyễn Xuân Hòa"]) == 0
    monkeypatch.setenv("KEHOACH_PASSWORD", PW["hieutruong"])
    assert main(["--as", "hieutruong", "plan", "approve", demo_on_disk]) == 0
    pdf = tmp_path / "ke-hoach.pdf"
    assert main(["plan", "export", demo_on_disk, "--format", "pdf", "-o", str(pdf)]) == 0
    monkeypatch.setenv("KEHOACH_TOKEN_PIN", "0000")  # a wrong PIN: a clear refusal, no file
    assert main(["--as", "hieutruong", "sign", str(pdf), "--pkcs11-lib", SOFTHSM_LIB, "--token-label", "KeHoach",
                 "--image", str(pki["image"]), "-o", str(tmp_path / "ky.pdf")]) != 0
    assert not (tmp_path / "ky.pdf").exists()
    monkeypatch.setenv("KEHOACH_TOKEN_PIN", "1234")
    capsys.readouterr()
    assert main(["--as", "hieutruong", "sign", str(pdf), "--pkcs11-lib", SOFTHSM_LIB, "--token-label", "KeHoach",
                 "--image", str(pki["image"]), "-o", str(tmp_path / "ky.pdf")]) == 0
    assert "Nguyễn Xuân Hòa (thủ trưởng)" in capsys.readouterr().out
    assert main(["verify", str(tmp_path / "ky.pdf"), "--trust", str(pki["ca"]), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] and [s["role"] for s in result["signatures"]] == ["leader"]
    assert result["signatures"][0]["signer"] == "Nguyễn Xuân Hòa" and result["signatures"][0]["trusted"]
    assert main(["verify", str(tmp_path / "ky.pdf")]) == 1  # no trust root: not trusted, exit 1


def test_a_received_package_shows_its_signatures_and_one_changed_after_signing_is_refused(
        store: Store, office: int, tmp_path: Path, pki: dict[str, Path]) -> None:
    from district_fixtures import figures_of, generated_schools, make_attachments

    from kehoach_desktop.exchange import report_package as rp
    from kehoach_desktop.services import district, packages, units

    plan_id = office
    reports.approve_report(store, plan_id, OCTOBER, PW["hieutruong"])
    pdf = reports.export_report(store, plan_id, OCTOBER, str(tmp_path / "bc.pdf"))
    signed = signing.sign_document(store, pdf, tmp_path / "bc-ky.pdf", p12(pki, "leader"), sg.LEADER,
                                   image=pki["image"]).path
    data = bytearray(signed.read_bytes())
    at = data.index(b"stream", 2000) + 20
    data[at] ^= 0x01
    (tmp_path / "sua.pdf").write_bytes(bytes(data))
    schools = generated_schools()[:2]
    for school in schools:
        units.add_unit(store, school.name, "school")
    xlsx = make_attachments(tmp_path)[1]
    when = dt.datetime(2024, 10, 20, tzinfo=sg.VIETNAM)
    good = rp.write_package(figures_of(schools[0]), signed, xlsx, tmp_path / "a.khbc", when)
    bad = rp.write_package(figures_of(schools[1]), tmp_path / "sua.pdf", xlsx, tmp_path / "b.khbc", when)
    store.acting_as(accounts.login(store, "vanthu", PW["vanthu"]))
    from kehoach_desktop.services import mail

    mail.set_settings(store, {"sign.trust_roots": str(pki["ca"])})
    first, second = packages.receive(store, [good, bad])
    assert first.outcome == packages.ACCEPTED and "Nguyễn Xuân Hòa (thủ trưởng)" in first.line() and "hợp lệ" in first.line()
    assert second.refused and "bị sửa sau khi ký" in second.reason
    states = {r.name: r.state for r in district.status(store, OCTOBER, today=dt.date(2024, 11, 1))}
    assert states == {schools[0].name: "on_time", schools[1].name: "missing"}
    assert signing.verify(store, good).ok  # the PDF inside a package, checked from the package


def test_a_timestamp_server_stamps_the_signature(store: Store, office: int, tmp_path: Path,
                                                 pki: dict[str, Path]) -> None:
    """A timestamp server on this machine (pyHanko's test TSA behind HTTP): the signature carries
    its timestamp, and verification says so."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    from asn1crypto import keys, tsp
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    # the CA's key is not kept: the TSA's certificate comes from a CA of its own, trusted beside ours
    tsa_ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = dt.datetime.now(dt.UTC)
    tsa_ca = (x509.CertificateBuilder().subject_name(_name("TSA CA")).issuer_name(_name("TSA CA"))
              .public_key(tsa_ca_key.public_key()).serial_number(10).not_valid_before(now - dt.timedelta(days=1))
              .not_valid_after(now + dt.timedelta(days=30))
              .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
              .sign(tsa_ca_key, hashes.SHA256()))
    tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    tsa_cert = (x509.CertificateBuilder().subject_name(_name("Máy chủ dấu thời gian")).issuer_name(tsa_ca.subject)
                .public_key(tsa_key.public_key()).serial_number(11).not_valid_before(now - dt.timedelta(days=1))
                .not_valid_after(now + dt.timedelta(days=30))
                .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
                .sign(tsa_ca_key, hashes.SHA256()))
    (tmp_path / "tsa-ca.pem").write_bytes(tsa_ca.public_bytes(serialization.Encoding.PEM))
    stamper = DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(tsa_cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=keys.PrivateKeyInfo.load(tsa_key.private_bytes(serialization.Encoding.DER,
                                                               serialization.PrivateFormat.PKCS8,
                                                               serialization.NoEncryption())))

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers["Content-Length"]))
            answer = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *_args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        signing.set_signing_settings(store, signing.SigningSettings(
            tsa_url=f"http://127.0.0.1:{server.server_port}/", trust_roots=(str(pki["ca"]), str(tmp_path / "tsa-ca.pem"))))
        plans.approve_plan(store, office, PW["hieutruong"])
        pdf = documents.export_plan_pdf(store, office, tmp_path / "kh.pdf")
        done = signing.sign_document(store, pdf, tmp_path / "kh-ky.pdf", p12(pki, "leader"), sg.LEADER,
                                     image=pki["image"])
    finally:
        server.shutdown()
    check = signing.verify(store, done.path)
    assert check.ok, check.summary()
    assert check.signatures[0].timestamped
    assert abs((check.signatures[0].signed_at - dt.datetime.now(dt.UTC)).total_seconds()) < 120  # type: ignore[operator]
