"""Legacy Vietnamese encodings still found in old Word and Excel files.

TCVN3 (ABC) text is shown with fonts named ".VnTime", ".VnArial"… (an "H" at the end, as in
".VnTimeH", is the upper-case font for the same codes); VNI-Windows text with fonts named
"VNI-Times", "VNI-Helve"…. The text itself looks like Latin-1 garbage; the font name tells which
table turns it back into Unicode.
"""

from __future__ import annotations

import unicodedata

# TCVN3 (TCVN 5712:1993, VN3) single-byte codes for the lower-case letters (and the few capitals
# the ordinary font carries).
_TCVN3 = dict(zip(
    "µ¸¶·¹" "¨»¾¼½Æ" "©ÇÊÈÉË" "®" "ÌÐÎÏÑ" "ªÒÕÓÔÖ" "×ÝØÜÞ" "ßãáâä" "«åèæçé" "¬êíëìî" "ïóñòô"
    "\xadõøö÷ù" "úýûüþ" "¡¢§£¤¥¦",
    "àáảãạ" "ăằắẳẵặ" "âầấẩẫậ" "đ" "èéẻẽẹ" "êềếểễệ" "ìíỉĩị" "òóỏõọ" "ôồốổỗộ" "ơờớởỡợ" "ùúủũụ"
    "ưừứửữự" "ỳýỷỹỵ" "ĂÂĐÊÔƠƯ",
    strict=True,
))

# VNI-Windows: a base letter followed by a mark character. Tone order: none, sắc, huyền, hỏi, ngã, nặng.
_TONES_PLAIN = ("", "ù", "ø", "û", "õ", "ï")
_TONES_HAT = ("â", "á", "à", "å", "ã", "ä")      # after a, e, o: â ê ô and their tones
_TONES_BREVE = ("ê", "é", "è", "ú", "ü", "ë")    # after a: ă and its tones
_UNICODE_TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(vni: str, base: str, tone: int) -> None:
        text = unicodedata.normalize("NFC", base + _UNICODE_TONES[tone])
        table[vni] = text
        table[vni.upper()] = text.upper()

    for vowel in "aeouy":
        for tone in range(1, 6):
            add(vowel + _TONES_PLAIN[tone], vowel, tone)
    for vowel, hat in (("a", "â"), ("e", "ê"), ("o", "ô")):
        for tone in range(6):
            add(vowel + _TONES_HAT[tone], hat, tone)
    for tone in range(6):
        add("a" + _TONES_BREVE[tone], "ă", tone)
    for vni, base in (("ô", "ơ"), ("ö", "ư")):  # ơ and ư are single characters with tone marks after
        table[vni] = base
        table[vni.upper()] = base.upper()
        for tone in range(1, 6):
            add(vni + _TONES_PLAIN[tone], base, tone)
    # i and ỵ have single characters of their own
    for vni, text in (("í", "í"), ("ì", "ì"), ("æ", "ỉ"), ("ó", "ĩ"), ("ò", "ị"), ("î", "ỵ"), ("ñ", "đ")):
        table[vni] = text
        table[vni.upper()] = text.upper()
    return table


_VNI = _vni_table()
_VNI_LONGEST = max(len(k) for k in _VNI)


def legacy_encoding(font_name: str | None) -> str | None:
    """"tcvn3", "tcvn3-upper", "vni" or None from a font name."""
    if not font_name:
        return None
    name = font_name.strip().lower()
    if name.startswith(".vn"):
        return "tcvn3-upper" if name.endswith("h") else "tcvn3"
    if name.startswith("vni-") or name.startswith("vni "):
        return "vni"
    return None


def tcvn3_to_unicode(text: str, upper: bool = False) -> str:
    out = "".join(_TCVN3.get(ch, ch) for ch in text)
    return out.upper() if upper else out


def vni_to_unicode(text: str) -> str:
    out = []
    i = 0
    while i < len(text):
        for size in range(_VNI_LONGEST, 0, -1):
            chunk = text[i:i + size]
            if len(chunk) == size and chunk in _VNI and (size > 1 or chunk.lower() in "íìæóòîñôö"):
                out.append(_VNI[chunk])
                i += size
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def to_unicode(text: str, font_name: str | None) -> str:
    """`text` converted from the legacy encoding its font implies (unchanged for Unicode fonts)."""
    encoding = legacy_encoding(font_name)
    if encoding == "vni":
        return vni_to_unicode(text)
    if encoding is not None:
        return tcvn3_to_unicode(text, upper=encoding == "tcvn3-upper")
    return text


def unicode_to_tcvn3(text: str) -> str:
    """For test fixtures: the TCVN3 bytes-as-Latin-1 an old file would hold (lower-case font)."""
    reverse = {v: k for k, v in _TCVN3.items()}
    return "".join(reverse.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def unicode_to_vni(text: str) -> str:
    """For test fixtures: VNI-Windows text."""
    reverse: dict[str, str] = {}
    for vni, uni in _VNI.items():
        reverse.setdefault(uni, vni)
    return "".join(reverse.get(ch, ch) for ch in unicodedata.normalize("NFC", text))
