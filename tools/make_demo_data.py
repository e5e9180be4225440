"""Turn the Lạc Thủy 2024 sample plan into the demo data file the application ships.

Run once by a developer: python tools/make_demo_data.py ../shared/samples/phong-gddt-lac-thuy-2024-ke-hoach-va-phu-luc.txt
It writes resources/demo/lac-thuy-2024.json; the application reads only that file.
"""

from __future__ import annotations

import html
import json
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "demo" / "lac-thuy-2024.json"


def clean(text: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = text.replace("**", "").replace("*", "")
    # Markdown links keep their text only: "[p.lat@…](mailto:p.lat@…)" → "p.lat@…"
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    # the office's own typo in its closing paragraph
    text = text.replace("Kế hoạch Kế hoạch", "Kế hoạch")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text)).strip()


def cell_items(cell: str) -> list[str]:
    """List items of a table cell: <li> elements, or '- ' separated text."""
    if "<li" in cell:
        items = [clean(x) for x in re.findall(r"<li>(.*?)</li>", cell, re.S)]
    else:
        text = clean(cell)
        items = re.split(r"(?:^|\s)-\s+", text) if text.startswith("-") or " - " in text else [text]
    out = []
    for item in items:
        item = re.sub(r"^[-+•]\s*", "", item.strip()).rstrip(";").strip()
        if item.endswith(".") and not item.endswith("..."):
            item = item[:-1].strip()
        if item:
            out.append(item)
    return out


def unit_kind(name: str) -> str:
    if name.lower().startswith("các trường"):
        return "school"
    if "TTVH" in name or "huyện" in name and "Phòng" not in name:
        return "partner"
    return "internal"


def parse(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    body, appendix = text.split("## PHỤ LỤC", 1)
    lines = [ln.strip() for ln in body.split("\n")]

    basis, intro, sections, recipients = [], "", [], []
    closing = ""
    stack: list[dict] = []
    mode = "head"
    for raw in lines:
        if not raw:
            continue
        line = clean(raw.lstrip("#").strip())
        if mode == "head":
            if line.startswith("Thực hiện") or line.startswith("Căn cứ"):
                basis.append(line)
            elif line.startswith("Phòng Giáo dục") and "xây dựng" in line:
                intro = line
                mode = "body"
            continue
        if mode == "body":
            if line.startswith("Trên đây"):
                closing = line
                continue
            if line.startswith("Nơi nhận"):
                mode = "recipients"
                continue
            m_part = re.match(r"^([IVX]+)\.\s+(.*)$", line)
            m_item = re.match(r"^(\d+)\.\s+(.*)$", line)
            if m_part:
                node = {"kind": "part", "heading": m_part.group(2), "body": "", "children": []}
                sections.append(node)
                stack = [node]
            elif m_item and raw.startswith("#"):
                node = {"kind": "item", "heading": m_item.group(2), "body": "", "children": []}
                stack[0]["children"].append(node)
                stack = [stack[0], node]
            elif line.startswith("- "):
                node = {"kind": "bullet", "heading": "", "body": line[2:].strip(), "children": []}
                stack[-1]["children"].append(node)
            elif line[0].islower() or line.startswith("ngày 25/11"):
                # a paragraph broken by a page break in the original: continue the last one
                last = stack[-1]["children"][-1] if stack[-1]["children"] else stack[-1]
                last["body"] = (last["body"] + " " + line).strip()
            else:
                node = {"kind": "paragraph", "heading": "", "body": line, "children": []}
                stack[-1]["children"].append(node)
            continue
        if mode == "recipients":
            if line.startswith("- "):
                recipients.append(line[2:].rstrip(";.").strip())
            elif line.isupper():
                signer_position = line
            else:
                signer_name = line
    groups: list[dict] = []
    for row in appendix.split("\n"):
        cells = row.split("\t")
        if len(cells) < 6 or clean(cells[0]) == "STT":
            continue
        stt, title = clean(cells[0]), clean(cells[1])
        if re.fullmatch(r"[IVX]+", stt):
            groups.append({"title": title, "themes": []})
            continue
        forms = cell_items(cells[2])
        if not stt and not title:
            theme = groups[-1]["themes"][-1]
            if forms and not clean(cells[2]).startswith("-") and theme["forms"]:
                theme["forms"][-1] += " " + forms.pop(0)
            theme["forms"].extend(forms)
            theme["support_units"].extend(
                u for u in cell_items(cells[5]) if u not in theme["support_units"])
            continue
        groups[-1]["themes"].append({
            "title": title.rstrip("."),
            "forms": forms,
            "lead_units": cell_items(cells[3]),
            "timing": clean(cells[4]),
            "support_units": cell_items(cells[5]),
        })
    units = sorted({u for g in groups for t in g["themes"] for u in t["lead_units"] + t["support_units"]})
    return {
        "organization": {
            "name": "Phòng Giáo dục và Đào tạo huyện Lạc Thủy",
            "parent_name": "UBND HUYỆN LẠC THỦY",
            "abbreviation": "GD&ĐT",
            "place": "Lạc Thủy",
            "level": "phong",
            "email": "p.lat@hoabinh.edu.vn",
        },
        "plan": {
            "number": None,
            "symbol": "KH-GD&ĐT",
            "place": "Lạc Thủy",
            "issued_on": None,
            "title": "Truyền thông về Giáo dục và Đào tạo năm 2024",
            "period": "2024",
            "intro": intro,
            "closing": closing,
            "basis": basis,
            "sections": sections,
            "recipients": recipients,
            "signer": {"prefix": "", "position": signer_position, "name": signer_name},
            "groups": groups,
        },
        "units": [{"name": u, "kind": unit_kind(u)} for u in units],
        "people": [
            {"name": "Nguyễn Đức Toàn", "title": "Phó trưởng phòng", "phone": "0942 557 823",
             "email": "p.lat@hoabinh.edu.vn", "unit": "Phòng GD&ĐT", "owns": "all"},
        ],
    }


if __name__ == "__main__":
    data = parse(Path(sys.argv[1]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    g = data["plan"]["groups"]
    print(f"{OUT}: {len(g)} groups, {sum(len(x['themes']) for x in g)} themes, "
          f"{len(data['units'])} units, {len(data['plan']['sections'])} parts")
