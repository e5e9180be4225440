"""The database schema as SQLAlchemy 2 typed models. Names follow the glossary in DESIGN.md."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    FetchedValue,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Organization(Base):
    """The office using the application (đơn vị)."""

    __tablename__ = "organization"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    parent_name: Mapped[str] = mapped_column(String(300), default="")
    abbreviation: Mapped[str] = mapped_column(String(60), default="")
    place: Mapped[str] = mapped_column(String(120), default="")
    level: Mapped[str] = mapped_column(String(20), default="phong")
    email: Mapped[str] = mapped_column(String(200), default="")
    superior_email: Mapped[str] = mapped_column(String(200), default="")
    # the name as broken into lines in the document header ("\n" between lines); "" = automatic
    header_name: Mapped[str] = mapped_column(String(300), default="", server_default="")


class Plan(Base):
    """One plan document (Kế hoạch)."""

    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id"))
    number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    symbol: Mapped[str] = mapped_column(String(60), default="")
    place: Mapped[str] = mapped_column(String(120), default="")
    issued_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    title: Mapped[str] = mapped_column(Text)
    title_folded: Mapped[str] = mapped_column(Text, default="")
    period_start: Mapped[int] = mapped_column(Integer)
    period_end: Mapped[int] = mapped_column(Integer)
    period_kind: Mapped[str] = mapped_column(String(20), default="year")
    intro: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str] = mapped_column(Text, default="")
    signer_prefix: Mapped[str] = mapped_column(String(10), default="")
    signer_position: Mapped[str] = mapped_column(String(120), default="")
    signer_name: Mapped[str] = mapped_column(String(120), default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft | approved | issued
    approved_by: Mapped[str] = mapped_column(String(80), default="")
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    issued_by: Mapped[str] = mapped_column(String(80), default="")
    # Deleting a plan only marks it, so the deletion can be undone and nothing is lost.
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    copied_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # raised by every change: a save made from an older version is told, never silently applied
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    basis: Mapped[list[BasisReference]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="BasisReference.position"
    )
    sections: Mapped[list[Section]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Section.position"
    )
    groups: Mapped[list[ThemeGroup]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="ThemeGroup.position"
    )
    recipients: Mapped[list[Recipient]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Recipient.position"
    )


class BasisReference(Base):
    """A document the plan implements (căn cứ / thực hiện)."""

    __tablename__ = "basis_reference"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    doc_number: Mapped[str] = mapped_column(String(80), default="")
    doc_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    issuer: Mapped[str] = mapped_column(String(300), default="")
    plan: Mapped[Plan] = relationship(back_populates="basis")


class Section(Base):
    """A node of the plan's body: a Roman-numbered part, a numbered item, a paragraph, a bullet."""

    __tablename__ = "section"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("section.id", ondelete="CASCADE"), nullable=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20), default="paragraph")
    heading: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[Plan] = relationship(back_populates="sections")


class Recipient(Base):
    """Who receives the document (nơi nhận) and why ("để b/c", "để th/h")."""

    __tablename__ = "recipient"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str] = mapped_column(String(120), default="")
    plan: Mapped[Plan] = relationship(back_populates="recipients")


class Unit(Base):
    """An internal department, a school under the office, or an outside partner."""

    __tablename__ = "unit"
    __table_args__ = (UniqueConstraint("name_folded"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_folded: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="internal")
    notes: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")  # where reminders go


class Person(Base):
    """A named owner of themes (cán bộ đầu mối)."""

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200), index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="SET NULL"), nullable=True
    )
    unit: Mapped[Unit | None] = relationship()


class ThemeGroup(Base):
    """A bold Roman-numbered row of the appendix (nhóm nội dung)."""

    __tablename__ = "theme_group"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    plan: Mapped[Plan] = relationship(back_populates="groups")
    themes: Mapped[list[Theme]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="Theme.position"
    )


class Theme(Base):
    """An appendix row (nội dung / chủ đề)."""

    __tablename__ = "theme"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("theme_group.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    title_folded: Mapped[str] = mapped_column(Text, default="")
    forms: Mapped[list[str]] = mapped_column(JSON, default=list)
    timing_kind: Mapped[str] = mapped_column(String(20), default="none")
    quarters_mask: Mapped[int] = mapped_column(Integer, default=0)
    months_mask: Mapped[int] = mapped_column(Integer, default=0)
    deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    group: Mapped[ThemeGroup] = relationship(back_populates="themes")
    owner: Mapped[Person | None] = relationship()
    unit_links: Mapped[list[ThemeUnit]] = relationship(
        cascade="all, delete-orphan", order_by="ThemeUnit.position"
    )


class ThemeUnit(Base):
    """A unit leading (chủ trì) or supporting (phối hợp) a theme."""

    __tablename__ = "theme_unit"
    theme_id: Mapped[int] = mapped_column(
        ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True
    )
    unit_id: Mapped[int] = mapped_column(
        ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(10), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    unit: Mapped[Unit] = relationship()


class AuditEntry(Base):
    """One recorded change: who, when, what, before → after. Never edited by the application."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    plan_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class User(Base):
    """An account on the office's PC: approver (head of office), editor, admin, viewer."""

    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    roles: Mapped[str] = mapped_column(String(100), default="")  # comma-separated
    password_hash: Mapped[str] = mapped_column(String(300))
    disabled: Mapped[bool] = mapped_column(default=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Channel(Base):
    """A communication channel of the office (website, fanpage, newspaper, …)."""

    __tablename__ = "channel"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="website")
    url: Mapped[str] = mapped_column(String(500), default="")


class Article(Base):
    """Something published, or to be published, against the plan (tin, bài, video…)."""

    __tablename__ = "article"
    __table_args__ = (Index("ix_article_plan_date", "plan_id", "published_on", "id"),
                      Index("ix_article_date", "published_on", "id"),
                      # covering index: counts and filters over search hits without reading rows
                      Index("ix_article_lookup", "id", "plan_id", "published_on", "status"),
                      # counts by status (the status bar, the approval queue) without reading rows
                      Index("ix_article_plan_status", "plan_id", "status", "withdrawn"),
                      # covering index: the counted articles of a period (dashboard, targets, reports)
                      Index("ix_article_counted", "plan_id", "published_on", "status", "withdrawn", "unit_id",
                            "channel_id", "kind"))
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="tin")
    channel_id: Mapped[int | None] = mapped_column(
        ForeignKey("channel.id", ondelete="SET NULL"), nullable=True, index=True)
    published_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    url: Mapped[str] = mapped_column(String(1000), default="")
    authors: Mapped[str] = mapped_column(String(500), default="")
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="SET NULL"), nullable=True, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    return_reason: Mapped[str] = mapped_column(Text, default="")
    ever_approved: Mapped[bool] = mapped_column(default=False)
    withdrawn: Mapped[bool] = mapped_column(default=False)
    # title, authors and link folded (no accents, no case, đ → d) for search
    search_folded: Mapped[str] = mapped_column(Text, default="")
    title_sort: Mapped[str] = mapped_column(Text, default="", index=True)  # Vietnamese order
    created_by: Mapped[str] = mapped_column(String(80), default="")
    approved_by: Mapped[str] = mapped_column(String(80), default="")
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    themes: Mapped[list[ArticleTheme]] = relationship(cascade="all, delete-orphan")
    evidence: Mapped[list[Evidence]] = relationship(cascade="all, delete-orphan",
                                                    order_by="Evidence.id")


class ArticleTheme(Base):
    __tablename__ = "article_theme"
    # the year's (theme, day) pairs with a counted article are one range of this index (the
    # dashboard, a report's coverage): see migration 0012
    __table_args__ = (Index("ix_article_theme_counted", "plan_id", "counted_on", "theme_id"),)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), primary_key=True)
    theme_id: Mapped[int] = mapped_column(
        ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True, index=True)
    # kept by the database's triggers from the article, never written here: its plan, and its
    # publication day while it counts (published, not withdrawn), else NULL
    plan_id: Mapped[int | None] = mapped_column(Integer, nullable=True, server_default=FetchedValue(),
                                                server_onupdate=FetchedValue())
    counted_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, server_default=FetchedValue(),
                                                       server_onupdate=FetchedValue())


class Evidence(Base):
    """Proof of publication: a file kept in the data store under its content hash, or a link."""

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10), default="file")  # file | link
    sha256: Mapped[str] = mapped_column(String(64), default="")
    filename: Mapped[str] = mapped_column(String(300), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    url: Mapped[str] = mapped_column(String(1000), default="")
    added_by: Mapped[str] = mapped_column(String(80), default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SuperiorItem(Base):
    """An item of the superior's plan that this plan implements (kept with the plan)."""

    __tablename__ = "superior_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    group_title: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text)


class ThemeSuperior(Base):
    """A theme of the office implements an item of the superior's plan."""

    __tablename__ = "theme_superior"
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme.id", ondelete="CASCADE"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("superior_item.id", ondelete="CASCADE"), primary_key=True,
                                         index=True)


class EvidenceChunk(Base):
    """A part (at most 4 MB) of an evidence file kept in the database itself: the store of an
    office on a shared server, which every PC reaches. Each content is kept once."""

    __tablename__ = "evidence_chunk"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    part: Mapped[int] = mapped_column(Integer, primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Report(Base):
    """A results report for a period, with the narrative the user wrote for it."""

    __tablename__ = "report"
    __table_args__ = (UniqueConstraint("plan_id", "period_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    period_key: Mapped[str] = mapped_column(String(20))
    number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    issued_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    direction: Mapped[str] = mapped_column(Text, default="")
    assessment: Mapped[str] = mapped_column(Text, default="")
    proposals: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    status: Mapped[str] = mapped_column(String(10), default="draft", server_default="draft")  # draft | approved
    approved_by: Mapped[str] = mapped_column(String(80), default="", server_default="")
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class SignedDocument(Base):
    """A signed copy of a plan, its appendix or a report (the file in the evidence store)."""

    __tablename__ = "signed_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    document: Mapped[str] = mapped_column(String(10))  # plan | appendix | report
    period_key: Mapped[str] = mapped_column(String(20), default="")  # a report's period
    roles: Mapped[str] = mapped_column(String(60))  # "leader", "leader,agency", "attachment"
    signer: Mapped[str] = mapped_column(String(300))  # the last certificate's name
    signed_by: Mapped[str] = mapped_column(String(80))
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    superseded_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class ReceivedReport(Base):
    """The latest report package a school (a unit of kind school) sent for a period."""

    __tablename__ = "received_report"
    __table_args__ = (UniqueConstraint("unit_id", "period_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    period_key: Mapped[str] = mapped_column(String(20), index=True)  # "2024-10", "2024-S1", "2024"
    schema_version: Mapped[int] = mapped_column(Integer)
    sender_name: Mapped[str] = mapped_column(String(300))
    package_sha256: Mapped[str] = mapped_column(String(64))  # the package is kept in the evidence store
    package_name: Mapped[str] = mapped_column(String(255))
    first_sent_at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC, when the school made its first package
    sent_at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC, when it made this one
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    submissions: Mapped[int] = mapped_column(Integer, default=1)
    figures: Mapped[dict[str, Any]] = mapped_column(JSON)


class MailMessage(Base):
    """A message sent, or waiting in the outbox to be sent again."""

    __tablename__ = "mail_message"
    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("report.id", ondelete="SET NULL"), nullable=True,
                                                  index=True)
    to_addrs: Mapped[str] = mapped_column(Text)
    cc_addrs: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    attachments: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(10), default="outbox")  # outbox | sent
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class Setting(Base):
    """Office-wide settings kept with the data (mail server, report deadline)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class TargetRule(Base):
    """A minimum of published articles: who (the office, a unit, every unit of a kind) × period."""

    __tablename__ = "target_rule"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    scope: Mapped[str] = mapped_column(String(12), default="office")  # office | unit | unit_kind
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), nullable=True)
    unit_kind: Mapped[str] = mapped_column(String(20), default="")
    period: Mapped[str] = mapped_column(String(10), default="year")  # month | quarter | semester | year
    minimum: Mapped[int] = mapped_column(Integer, default=1)
    channel_id: Mapped[int | None] = mapped_column(ForeignKey("channel.id", ondelete="CASCADE"), nullable=True)
    article_kind: Mapped[str] = mapped_column(String(20), default="")


class Indicator(Base):
    """A percentage or number goal of the plan (e.g. 70 % of procedures handled online)."""

    __tablename__ = "indicator"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    unit_label: Mapped[str] = mapped_column(String(20), default="%")
    target_value: Mapped[float] = mapped_column(default=0.0)
    values: Mapped[list[IndicatorValue]] = relationship(cascade="all, delete-orphan",
                                                        order_by="IndicatorValue.measured_on")


class IndicatorValue(Base):
    __tablename__ = "indicator_value"
    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    measured_on: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column()
    note: Mapped[str] = mapped_column(Text, default="")


class OpinionIssue(Base):
    """A public-opinion issue noticed, how it was handled, whether it was reported upward."""

    __tablename__ = "opinion_issue"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"), nullable=True, index=True)
    noticed_on: Mapped[dt.date] = mapped_column(Date, index=True)
    source: Mapped[str] = mapped_column(String(12), default="press")  # press | social | parents | other
    link: Mapped[str] = mapped_column(String(1000), default="")
    summary: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(10), default="normal")  # hot | normal
    handler: Mapped[str] = mapped_column(String(200), default="")
    actions: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="new")  # new | in_progress | resolved
    reported_up: Mapped[bool] = mapped_column(default=False)
    reported_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
