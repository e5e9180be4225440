"""Vietnamese text: normalization on the way in, accent folding for search, collation."""

from __future__ import annotations

import re
import unicodedata


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 — the name Qt's lupdate looks for
    """Marks a Vietnamese label for translation without importing Qt: `make lupdate` collects it
    under `context`, and the window shows it through QCoreApplication.translate(context, text)."""
    return text


# C0/C1 control characters except tab and newline; they break Excel and PDF output.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A list marker: "- ", "+ ", "• "…, or glued to a word ("-Phòng"); not "+84…" or "-1".
_BULLET = re.compile(r"^\s*[-+•·*–](?:\s+|(?=[^\W\d_]))")
# characters that draw nothing: zero-width spaces and joiners, direction marks, the BOM, soft hyphens
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


def nfc(text: str) -> str:
    """The NFC form of `text` (IMEs and pasted text often give NFD)."""
    return unicodedata.normalize("NFC", text)


def clean_line(text: str | None) -> str:
    """One line of user text: NFC, control characters removed, spaces collapsed, trimmed."""
    if not text:
        return ""
    text = nfc(text).replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    text = _INVISIBLE.sub("", _CONTROL.sub("", text))
    return _SPACES.sub(" ", text).strip()


def clean_text(text: str | None) -> str:
    """Multi-line user text: NFC, control characters removed, line ends unified, trimmed."""
    if not text:
        return ""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", _CONTROL.sub("", text))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def clean_list(items: list[str] | tuple[str, ...] | None) -> list[str]:
    """A list of one-line items, cleaned, blanks dropped, a leading '-', '+' or '•' removed."""
    out: list[str] = []
    for item in items or ():
        line = clean_line(item)
        line = _BULLET.sub("", line)
        if line:
            out.append(line)
    return out


def fold(text: str | None) -> str:
    """Search key: accents and case removed, đ/Đ folded to d by hand (they do not decompose).

    "Hòa" and "Hoà" (old and new tone placement) give the same key.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return _SPACES.sub(" ", stripped.casefold()).strip()


def matches(query: str, text: str | None) -> bool:
    """True when every word of `query` occurs, folded, in `text`."""
    hay = fold(text)
    return all(word in hay for word in fold(query).split())


# --- collation -------------------------------------------------------------------------------
# Primary order of the Vietnamese alphabet; letters with breve, circumflex or horn are letters of
# their own (a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư); tones are a secondary difference.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_PRIMARY = {ch: i for i, ch in enumerate(_ALPHABET)}
# Tone order as in dictionaries: ngang, huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_MODIFIED = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}


def sort_key(text: str | None) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """A pure-Python Vietnamese collation key: (letters, tones, case).

    Used where Qt's QCollator is not at hand or not right (Windows uses the OS collation).
    """
    if not text:
        return ((), (), ())
    primary: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    base_offset = len(_ALPHABET) + 1
    for cluster in _clusters(unicodedata.normalize("NFD", text)):
        base, marks = cluster[0], cluster[1:]
        lower = base.lower()
        tertiary.append(0 if base == lower else 1)
        letter = lower
        tone = 0
        for mark in marks:
            if (letter, mark) in _MODIFIED:
                letter = _MODIFIED[(letter, mark)]
            elif mark in _TONES:
                tone = _TONES[mark]
        if letter in _PRIMARY:
            primary.append(1000 + _PRIMARY[letter])
        elif letter.isdigit():
            primary.append(500 + int(letter) if letter.isascii() else 600)
        elif letter.isspace():
            primary.append(1)
        elif letter.isalpha():
            primary.append(2000 + base_offset + ord(letter))
        else:
            primary.append(10 + (ord(letter) % 400))
        secondary.append(tone)
    return (tuple(primary), tuple(secondary), tuple(tertiary))


def _clusters(decomposed: str) -> list[str]:
    out: list[str] = []
    for ch in decomposed:
        if out and unicodedata.category(ch) == "Mn":
            out[-1] += ch
        else:
            out.append(ch)
    return out


def vn_sorted(items: list[str]) -> list[str]:
    """`items` sorted in Vietnamese order."""
    return sorted(items, key=sort_key)


def sort_string(text: str | None) -> str:
    """A string whose plain (code point) order is Vietnamese order: for SQL ORDER BY and Qt sort roles."""
    primary, secondary, tertiary = sort_key(text)
    return ("".join(chr(0x100 + p) for p in primary) + "\x01"
            + "".join(chr(0x30 + s) for s in secondary) + "\x01"
            + "".join(chr(0x30 + t) for t in tertiary))
