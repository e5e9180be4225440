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


class StaleEdit(Conflict):
    """Someone saved the same row after this copy of it was read (another PC on the shared
    server, another window): the user chooses to reload or to overwrite, never a silent loss."""

    def __init__(self, what: str, by: str, at: str) -> None:
        self.what, self.by, self.at = what, by, at
        who = f"«{by}»" if by else "người khác"
        when = f" lúc {at}" if at else ""
        super().__init__(f"{what} vừa được {who} sửa{when}, sau khi bạn mở. Tải lại để xem thay đổi đó, "
                         "hoặc ghi đè bằng nội dung của bạn.")


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


class ServerUnreachable(StorageError):
    """The office's database server did not answer (network, server stopped): nothing was
    changed, and the same action can be tried again once it answers."""

    def __init__(self, detail: str) -> None:
        ServiceError.__init__(
            self, "Mất kết nối tới máy chủ cơ sở dữ liệu của văn phòng: thao tác vừa rồi chưa được thực hiện, "
            f"không có gì bị mất. Kiểm tra mạng và máy chủ rồi thử lại. ({detail})")
