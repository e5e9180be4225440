"""Display names of codes (article kinds and statuses) through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_labels() -> dict[str, str]:
    return {"tin": QCoreApplication.translate("Labels", "Tin"),
            "bai": QCoreApplication.translate("Labels", "Bài"),
            "phong-su": QCoreApplication.translate("Labels", "Phóng sự"),
            "video": QCoreApplication.translate("Labels", "Video"),
            "anh": QCoreApplication.translate("Labels", "Ảnh"),
            "infographic": QCoreApplication.translate("Labels", "Infographic"),
            "khac": QCoreApplication.translate("Labels", "Khác")}


def status_labels() -> dict[str, str]:
    return {"draft": QCoreApplication.translate("Labels", "Nháp"),
            "pending": QCoreApplication.translate("Labels", "Chờ duyệt"),
            "approved": QCoreApplication.translate("Labels", "Đã duyệt"),
            "published": QCoreApplication.translate("Labels", "Đã đăng")}


def plan_status_labels() -> dict[str, str]:
    return {"draft": QCoreApplication.translate("Labels", "Dự thảo"),
            "approved": QCoreApplication.translate("Labels", "Đã duyệt"),
            "issued": QCoreApplication.translate("Labels", "Đã ban hành")}


def channel_kind_labels() -> dict[str, str]:
    return {"website": QCoreApplication.translate("Labels", "Trang thông tin điện tử"),
            "fanpage": QCoreApplication.translate("Labels", "Fanpage Facebook"),
            "zalo": QCoreApplication.translate("Labels", "Zalo"),
            "press": QCoreApplication.translate("Labels", "Báo chí"),
            "radio-tv": QCoreApplication.translate("Labels", "Phát thanh, truyền hình"),
            "event": QCoreApplication.translate("Labels", "Hội nghị, sự kiện"),
            "print": QCoreApplication.translate("Labels", "Ấn phẩm")}
