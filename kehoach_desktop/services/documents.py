"""Documents as PDF: the plan (with its appendix) and results reports."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..exchange.progress import Cancelled
from .plans import get_plan
from .store import Store


def export_plan_pdf(store: Store, plan_id: int, target: str | os.PathLike[str],
                    cancelled: Cancelled | None = None, regenerate: bool = False) -> Path:
    """Write the plan PDF atomically (a temporary file moved into place when complete); raises
    ExportCancelled, leaving nothing, when `cancelled` says so. A plan signed here gives its
    signed copy (never a new, unsigned one) unless `regenerate`."""
    from ..exchange.plan_pdf import write_plan_pdf

    return _signed_or_new(store, "plan", plan_id, target, regenerate, write_plan_pdf, cancelled)


def export_plan_docx(store: Store, plan_id: int, target: str | os.PathLike[str],
                     cancelled: Cancelled | None = None) -> Path:
    """The plan and its appendix as a Word document in the ND30 layout, written atomically."""
    from ..exchange.plan_docx import write_plan_docx

    plan = get_plan(store, plan_id)
    return _atomic(target, lambda tmp: write_plan_docx(plan, tmp, cancelled))


def export_appendix_pdf(store: Store, plan_id: int, target: str | os.PathLike[str],
                        cancelled: Cancelled | None = None, regenerate: bool = False) -> Path:
    from ..exchange.plan_pdf import write_appendix_pdf

    return _signed_or_new(store, "appendix", plan_id, target, regenerate, write_appendix_pdf, cancelled)


def _signed_or_new(store: Store, document: str, plan_id: int, target: str | os.PathLike[str], regenerate: bool,
                   write: Any, cancelled: Cancelled | None) -> Path:
    """The signed copy of the document when there is one (unless `regenerate`), else a new PDF."""
    from .signing import give_signed_copy

    if not regenerate:
        signed = give_signed_copy(store, document, plan_id, "", target)
        if signed is not None:
            return signed
    plan = get_plan(store, plan_id)
    return _atomic(target, lambda tmp: write(plan, tmp, cancelled))


def _atomic(target: str | os.PathLike[str], write: Any) -> Path:
    from ..files import write_atomically

    return write_atomically(target, write)
