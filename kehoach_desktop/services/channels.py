"""The office's communication channels: website, fanpage, Zalo, press, radio/TV, events, print."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..db.models import Channel
from ..domain.text import QT_TRANSLATE_NOOP, fold, sort_key
from .errors import Conflict, NotFound, ValidationError
from .permissions import EDIT, require
from .store import Store
from .validate import optional_line, required_line

KINDS = ("website", "fanpage", "zalo", "press", "radio-tv", "event", "print")
KIND_LABELS = {"website": QT_TRANSLATE_NOOP("Labels", "Trang thông tin điện tử"),
               "fanpage": QT_TRANSLATE_NOOP("Labels", "Fanpage Facebook"), "zalo": QT_TRANSLATE_NOOP("Labels", "Zalo"),
               "press": QT_TRANSLATE_NOOP("Labels", "Báo chí"),
               "radio-tv": QT_TRANSLATE_NOOP("Labels", "Phát thanh, truyền hình"),
               "event": QT_TRANSLATE_NOOP("Labels", "Hội nghị, sự kiện"), "print": QT_TRANSLATE_NOOP("Labels", "Ấn phẩm")}
DEFAULT_CHANNELS = (("Trang thông tin điện tử", "website"), ("Fanpage Facebook", "fanpage"))


@dataclass(frozen=True)
class ChannelData:
    id: int
    name: str
    kind: str
    url: str = ""


def list_channels(store: Store) -> list[ChannelData]:
    with store.read() as s:
        rows = [ChannelData(c.id, c.name, c.kind, c.url) for c in s.scalars(select(Channel))]
    return sorted(rows, key=lambda c: sort_key(c.name))


def add_channel(store: Store, name: str, kind: str, url: str = "") -> int:
    require(store, EDIT, "thêm kênh truyền thông")
    clean = required_line("Tên kênh", name, 200)
    if kind not in KINDS:
        raise ValidationError("Loại kênh", f"phải là một trong {', '.join(KINDS)}.")
    with store.write() as s:
        if s.scalars(select(Channel).where(Channel.name_folded == fold(clean))).first():
            raise Conflict(f"Đã có kênh «{clean}».")
        channel = Channel(name=clean, name_folded=fold(clean), kind=kind,
                          url=optional_line("Địa chỉ", url, 500))
        return store.added(s, channel, "channel", after={"name": clean, "kind": kind})


def ensure_default_channels(store: Store) -> None:
    """A new office starts with its usual channels: its website and its fanpage."""
    with store.read() as s:
        if s.scalars(select(Channel)).first() is not None:
            return
    for name, kind in DEFAULT_CHANNELS:
        add_channel(store, name, kind)


def resolve_channel(store: Store, name_or_id: str | int) -> int:
    """A channel named by id or by name (accents and case ignored)."""
    with store.read() as s:
        if isinstance(name_or_id, int) or str(name_or_id).isdigit():
            channel = s.get(Channel, int(name_or_id))
        else:
            channel = s.scalars(select(Channel).where(Channel.name_folded == fold(str(name_or_id)))).first()
        if channel is None:
            raise NotFound("kênh", name_or_id)
        return channel.id
