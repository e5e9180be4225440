"""History rows in the interface's language: the actions, things and fields services/history.py
names in Vietnamese, each through Qt's translation (listed here so that lupdate finds them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def actions() -> dict[str, str]:
    return {
        "create": QCoreApplication.translate("History", "Tạo"),
        "update": QCoreApplication.translate("History", "Sửa"),
        "delete": QCoreApplication.translate("History", "Xóa"),
        "restore": QCoreApplication.translate("History", "Khôi phục"),
        "move": QCoreApplication.translate("History", "Chuyển"),
        "copy": QCoreApplication.translate("History", "Sao chép"),
        "submit": QCoreApplication.translate("History", "Gửi duyệt"),
        "approve": QCoreApplication.translate("History", "Duyệt"),
        "return": QCoreApplication.translate("History", "Trả lại"),
        "publish": QCoreApplication.translate("History", "Đánh dấu đã đăng"),
        "withdraw": QCoreApplication.translate("History", "Thu hồi"),
        "refused": QCoreApplication.translate("History", "Bị từ chối"),
        "add-evidence": QCoreApplication.translate("History", "Thêm minh chứng"),
        "unapprove": QCoreApplication.translate("History", "Về dự thảo"),
        "issue": QCoreApplication.translate("History", "Ban hành"),
        "import": QCoreApplication.translate("History", "Nhập phụ lục"),
        "login-failed": QCoreApplication.translate("History", "Đăng nhập sai"),
        "approval-failed": QCoreApplication.translate("History", "Sai mật khẩu khi duyệt"),
        "password-failed": QCoreApplication.translate("History", "Sai mật khẩu khi đổi mật khẩu"),
        "lock": QCoreApplication.translate("History", "Tạm khóa tài khoản"),
        "measure": QCoreApplication.translate("History", "Ghi chỉ số"),
        "sent": QCoreApplication.translate("History", "Đã gửi thư"),
        "send-failed": QCoreApplication.translate("History", "Gửi thư không được"),
    }


def entities() -> dict[str, str]:
    return {
        "plan": QCoreApplication.translate("History", "Kế hoạch"),
        "plan.basis": QCoreApplication.translate("History", "Căn cứ"),
        "plan.recipients": QCoreApplication.translate("History", "Nơi nhận"),
        "section": QCoreApplication.translate("History", "Mục"),
        "group": QCoreApplication.translate("History", "Nhóm nội dung"),
        "theme": QCoreApplication.translate("History", "Nội dung"),
        "article": QCoreApplication.translate("History", "Tin bài"),
        "target": QCoreApplication.translate("History", "Chỉ tiêu"),
        "opinion": QCoreApplication.translate("History", "Vấn đề dư luận"),
        "indicator": QCoreApplication.translate("History", "Chỉ số"),
        "report": QCoreApplication.translate("History", "Báo cáo"),
        "unit": QCoreApplication.translate("History", "Đơn vị"),
        "person": QCoreApplication.translate("History", "Cán bộ"),
        "mail": QCoreApplication.translate("History", "Thư"),
        "permission": QCoreApplication.translate("History", "Quyền"),
    }


def fields() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("History", "Tiêu đề"),
        "number": QCoreApplication.translate("History", "Số"),
        "symbol": QCoreApplication.translate("History", "Ký hiệu"),
        "place": QCoreApplication.translate("History", "Địa danh"),
        "issued_on": QCoreApplication.translate("History", "Ngày ban hành"),
        "period": QCoreApplication.translate("History", "Thời kỳ"),
        "intro": QCoreApplication.translate("History", "Mở đầu"),
        "closing": QCoreApplication.translate("History", "Kết thúc"),
        "signer_prefix": QCoreApplication.translate("History", "Quyền hạn ký"),
        "signer_position": QCoreApplication.translate("History", "Chức vụ người ký"),
        "signer_name": QCoreApplication.translate("History", "Người ký"),
        "status": QCoreApplication.translate("History", "Trạng thái"),
        "basis": QCoreApplication.translate("History", "Căn cứ"),
        "recipients": QCoreApplication.translate("History", "Nơi nhận"),
        "kind": QCoreApplication.translate("History", "Loại"),
        "heading": QCoreApplication.translate("History", "Tiêu đề mục"),
        "body": QCoreApplication.translate("History", "Nội dung"),
        "forms": QCoreApplication.translate("History", "Hình thức/sản phẩm"),
        "lead_unit_ids": QCoreApplication.translate("History", "Đơn vị chủ trì"),
        "support_unit_ids": QCoreApplication.translate("History", "Đơn vị phối hợp"),
        "timing": QCoreApplication.translate("History", "Thời gian thực hiện"),
        "owner_id": QCoreApplication.translate("History", "Cán bộ đầu mối"),
        "channel_id": QCoreApplication.translate("History", "Kênh"),
        "published_on": QCoreApplication.translate("History", "Ngày đăng"),
        "url": QCoreApplication.translate("History", "Đường dẫn"),
        "authors": QCoreApplication.translate("History", "Tác giả"),
        "theme_ids": QCoreApplication.translate("History", "Nội dung kế hoạch"),
        "unit_id": QCoreApplication.translate("History", "Đơn vị"),
        "notes": QCoreApplication.translate("History", "Ghi chú"),
        "reason": QCoreApplication.translate("History", "Lý do"),
        "scope": QCoreApplication.translate("History", "Đối tượng"),
        "minimum": QCoreApplication.translate("History", "Số tối thiểu"),
        "file": QCoreApplication.translate("History", "Tệp"),
        "summary": QCoreApplication.translate("History", "Tóm tắt"),
        "noticed_on": QCoreApplication.translate("History", "Ngày phát hiện"),
        "source": QCoreApplication.translate("History", "Nguồn"),
        "severity": QCoreApplication.translate("History", "Mức độ"),
        "handler": QCoreApplication.translate("History", "Người xử lý"),
        "actions": QCoreApplication.translate("History", "Biện pháp"),
        "groups": QCoreApplication.translate("History", "Số nhóm"),
        "themes": QCoreApplication.translate("History", "Số nội dung"),
        "name": QCoreApplication.translate("History", "Tên"),
        "value": QCoreApplication.translate("History", "Giá trị"),
        "on": QCoreApplication.translate("History", "Ngày"),
        "position": QCoreApplication.translate("History", "Vị trí"),
        "group_id": QCoreApplication.translate("History", "Nhóm"),
        "parent_id": QCoreApplication.translate("History", "Mục cha"),
        "deleted": QCoreApplication.translate("History", "Đã xóa"),
        "approved_by": QCoreApplication.translate("History", "Người duyệt"),
        "after": QCoreApplication.translate("History", "Sau"),
        "table": QCoreApplication.translate("History", "Bảng"),
        "new_units": QCoreApplication.translate("History", "Đơn vị mới"),
        "replaced": QCoreApplication.translate("History", "Số chỗ đổi thời kỳ"),
        "sha256": QCoreApplication.translate("History", "Mã tệp"),
        "username": QCoreApplication.translate("History", "Tài khoản"),
        "error": QCoreApplication.translate("History", "Lỗi"),
        "minutes": QCoreApplication.translate("History", "Số phút"),
        "unit_kind": QCoreApplication.translate("History", "Loại đơn vị"),
    }


def event_label(action: str, entity: str, fallback: str) -> str:
    """"Sửa tin bài" / "Update article"; an article's or plan's own steps by their name alone."""
    acts, things = actions(), entities()
    if not action:
        return fallback
    if entity in ("article", "plan") and action not in ("create", "update", "delete"):
        return acts.get(action, fallback)
    return QCoreApplication.translate("History", "{0} {1}").format(
        acts.get(action, action), things.get(entity, entity).lower())


def field_label(key: str, fallback: str) -> str:
    return fields().get(key, fallback) if key else fallback
