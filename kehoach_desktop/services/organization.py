"""The office using the application: its details, asked for on first start."""

from __future__ import annotations

from sqlalchemy import select

from ..db.models import Organization
from ..domain.text import fold
from ..records import OrganizationData
from .permissions import ADMIN, require
from .store import Store, record
from .validate import optional_line, required_line

LEVELS = ("truong", "phong", "so")


def get_organization(store: Store) -> OrganizationData | None:
    """The office, or None before the first start has been completed."""
    with store.read() as s:
        org = s.scalars(select(Organization).order_by(Organization.id)).first()
        return organization_data(org) if org else None


def save_organization(store: Store, data: OrganizationData) -> int:
    """Create or update the office's details. Raises ValidationError naming the field."""
    require(store, ADMIN, "sửa thông tin đơn vị")
    name = required_line("Tên đơn vị", data.name, 300)
    parent = optional_line("Cơ quan chủ quản", data.parent_name, 300)
    abbreviation = optional_line("Chữ viết tắt", data.abbreviation, 60).replace(" ", "")
    place = optional_line("Địa danh", data.place, 120)
    if data.level not in LEVELS:
        from .errors import ValidationError

        raise ValidationError("Cấp", f"phải là một trong {', '.join(LEVELS)}.")
    with store.write() as s:
        org = s.scalars(select(Organization).order_by(Organization.id)).first()
        before = organization_data(org).__dict__ if org else None
        if org is None:
            org = Organization(name=name)
            s.add(org)
        org.name = name
        org.parent_name = parent
        org.abbreviation = abbreviation
        org.place = place
        org.level = data.level
        org.email = optional_line("Thư điện tử", data.email, 200)
        org.superior_email = optional_line("Thư điện tử cấp trên", data.superior_email, 200)
        org.header_name = header_name(name, data.header_name)
        s.flush()
        store.audit(s, "update" if before else "create", "organization", org.id,
                    before=before, after=organization_data(org).__dict__)
        org_id = org.id
    if before is None:  # a new office starts with its usual channels
        from .channels import ensure_default_channels

        ensure_default_channels(store)
    return org_id


def organization_data(org: Organization) -> OrganizationData:
    return record(OrganizationData, org)


def header_name(name: str, lines: str) -> str:
    """The header's line breaks, checked: the lines (split at "\n" or "|") must spell the name
    itself, so a header can never name another office. Empty means automatic."""
    parts = [p.strip() for p in lines.replace("|", "\n").split("\n") if p.strip()]
    if not parts:
        return ""
    if fold(" ".join(parts)) != fold(name):
        from .errors import ValidationError

        raise ValidationError("Tên trong tiêu đề văn bản",
                              "các dòng phải ghép lại đúng bằng tên đơn vị (chỉ thêm chỗ xuống dòng bằng dấu |).")
    return "\n".join(parts)
