"""Errors a service raises; every message is Vietnamese text meant for the user."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class: the action was refused and nothing was changed."""


class ValidationError(ServiceError):
    """Bad input: `field` names the field, the message says why."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.reason = message
        super().__init__(f"{field}: {message}")


class NotFound(ServiceError):
    def __init__(self, what: str, ident: object) -> None:
        self.what = what
        self.ident = ident
        super().__init__(f"Không tìm thấy {what} có mã {ident}.")


class Conflict(ServiceError):
    """The change contradicts data already stored (a number already used, a unit in use)."""


class ReadOnlyError(ServiceError):
    def __init__(self) -> None:
        super().__init__(
            "Cơ sở dữ liệu đang mở ở chế độ chỉ đọc (một phiên KeHoach khác đang ghi); "
            "không lưu được thay đổi."
        )


class StorageError(ServiceError):
    """The database refused to store the change (read-only file, disk full, server gone)."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "Không ghi được vào cơ sở dữ liệu, thay đổi vừa rồi chưa được lưu. "
            f"Kiểm tra ổ đĩa còn trống, quyền ghi tệp dữ liệu hoặc kết nối tới máy chủ. ({detail})"
        )
