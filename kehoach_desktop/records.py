"""The data contracts: plain records that services hand out and exchange (files in and out)
consumes. No sessions, no lazy loading, safe on any thread; they import only the domain."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .domain.documents import format_number
from .domain.numerals import to_roman
from .domain.periods import Period, PeriodKind
from .domain.reporting import ReportPeriod
from .domain.targets import MET, MISSED, VERDICT_LABELS, Rule, RuleResult
from .domain.text import QT_TRANSLATE_NOOP
from .domain.timing import Timing


@dataclass(frozen=True)
class OrganizationData:
    name: str
    parent_name: str = ""
    abbreviation: str = ""
    place: str = ""
    level: str = "phong"  # truong | phong | so
    email: str = ""
    superior_email: str = ""
    id: int | None = None
    header_name: str = ""  # lines of the name in the document header, "\n" between them; "" = automatic


@dataclass(frozen=True)
class UnitRef:
    id: int
    name: str


@dataclass(frozen=True)
class UnitData:
    id: int
    name: str
    kind: str
    notes: str = ""
    email: str = ""


@dataclass(frozen=True)
class PersonData:
    id: int
    name: str
    title: str = ""
    phone: str = ""
    email: str = ""
    unit_id: int | None = None
    unit_name: str = ""


@dataclass(frozen=True)
class ThemeData:
    id: int
    group_id: int
    position: int
    title: str
    forms: tuple[str, ...] = ()
    lead_units: tuple[UnitRef, ...] = ()
    support_units: tuple[UnitRef, ...] = ()
    timing: Timing = field(default_factory=Timing)
    owner_id: int | None = None
    owner_name: str = ""
    notes: str = ""
    version: int = 1  # the row's version when read (a save names it: see services' StaleEdit)

    @property
    def stt(self) -> int:
        return self.position + 1


@dataclass(frozen=True)
class GroupData:
    id: int
    position: int
    title: str
    themes: tuple[ThemeData, ...] = ()

    @property
    def numeral(self) -> str:
        return to_roman(self.position + 1)


@dataclass(frozen=True)
class SectionData:
    id: int
    parent_id: int | None
    position: int
    kind: str  # part | item | paragraph | bullet
    heading: str
    body: str
    label: str = ""  # derived numbering: "I.", "1.", "1.1.", "-", ""
    children: tuple[SectionData, ...] = ()


@dataclass(frozen=True)
class BasisData:
    id: int
    text: str
    doc_number: str = ""
    doc_date: dt.date | None = None
    issuer: str = ""


@dataclass(frozen=True)
class RecipientData:
    id: int
    name: str
    purpose: str = ""

    def line(self) -> str:
        return f"{self.name} ({self.purpose})" if self.purpose else self.name


@dataclass(frozen=True)
class PlanSummary:
    id: int
    number: int | None
    symbol: str
    title: str
    period: Period
    issued_on: dt.date | None
    status: str

    @property
    def number_text(self) -> str:
        return format_number(self.number, self.symbol)


@dataclass(frozen=True)
class PlanDetail:
    id: int
    number: int | None
    symbol: str
    place: str
    issued_on: dt.date | None
    title: str
    period: Period
    intro: str
    closing: str
    signer_prefix: str
    signer_position: str
    signer_name: str
    status: str
    organization: OrganizationData
    basis: tuple[BasisData, ...] = ()
    sections: tuple[SectionData, ...] = ()
    groups: tuple[GroupData, ...] = ()
    recipients: tuple[RecipientData, ...] = ()

    @property
    def number_text(self) -> str:
        return format_number(self.number, self.symbol)

    def themes(self) -> list[ThemeData]:
        return [t for g in self.groups for t in g.themes]

    def to_json(self, people: dict[int, PersonData] | None = None) -> dict[str, Any]:
        """The shape printed by `kehoach plan show ID --json`."""
        people = people or {}

        def section_json(s: SectionData) -> dict[str, Any]:
            return {
                "id": s.id,
                "kind": s.kind,
                "label": s.label,
                "heading": s.heading,
                "body": s.body,
                "children": [section_json(c) for c in s.children],
            }

        def owner_json(t: ThemeData) -> dict[str, Any] | None:
            if t.owner_id is None:
                return None
            p = people.get(t.owner_id)
            return {
                "id": t.owner_id,
                "name": t.owner_name,
                "title": p.title if p else "",
                "unit": p.unit_name if p else "",
            }

        return {
            "id": self.id,
            "number": self.number_text,
            "number_value": self.number,
            "symbol": self.symbol,
            "place": self.place,
            "date": self.issued_on.isoformat() if self.issued_on else None,
            "title": self.title,
            "period": {
                "text": self.period.text(),
                "kind": self.period.kind.value,
                "start": self.period.start,
                "end": self.period.end,
            },
            "status": self.status,
            "organization": {
                "name": self.organization.name,
                "parent": self.organization.parent_name,
                "abbreviation": self.organization.abbreviation,
                "place": self.organization.place,
                "level": self.organization.level,
            },
            "basis": [b.text for b in self.basis],
            "intro": self.intro,
            "sections": [section_json(s) for s in self.sections],
            "closing": self.closing,
            "groups": [
                {
                    "id": g.id,
                    "numeral": g.numeral,
                    "title": g.title,
                    "themes": [
                        {
                            "id": t.id,
                            "stt": t.stt,
                            "title": t.title,
                            "forms": list(t.forms),
                            "lead_units": [u.name for u in t.lead_units],
                            "support_units": [u.name for u in t.support_units],
                            "timing": t.timing.text(),
                            "quarters": sorted(t.timing.covered_quarters()),
                            "owner": owner_json(t),
                            "notes": t.notes,
                        }
                        for t in g.themes
                    ],
                }
                for g in self.groups
            ],
            "recipients": [{"name": r.name, "purpose": r.purpose} for r in self.recipients],
            "signer": {
                "prefix": self.signer_prefix,
                "position": self.signer_position,
                "name": self.signer_name,
            },
        }


def period_of(start: int, end: int, kind: str) -> Period:
    return Period(start, end, PeriodKind(kind))


# Minimum published articles, from the samples: a district office 8 a year, a school 2, at least
# one a month. Issue-level targets per unit come with the targets screen.
YEARLY_MINIMUM = {"phong": 8, "truong": 2}
MONTHLY_MINIMUM = 1


@dataclass(frozen=True)
class TargetFigure:
    """One target window as a report judges it, as numbers (the package and the matrices need them)."""

    criterion: str
    unit: str  # "" for the office as a whole
    window: str  # "năm 2024", "tháng 10/2024"
    required: int
    achieved: int
    finished: bool
    verdict: str  # Đạt / Chưa đạt / Đang thực hiện …

    @property
    def met(self) -> bool:
        return self.achieved >= self.required


@dataclass(frozen=True)
class RuleData:
    """A target rule of a plan, with its sentence ("Ít nhất 2 tin bài mỗi tháng trên …")."""

    id: int
    scope: str
    period: str
    minimum: int
    unit_id: int | None
    unit_kind: str
    channel_id: int | None
    article_kind: str
    text: str

    def rule(self) -> Rule:
        return Rule(self.id, self.scope, self.period, self.minimum, self.unit_id, self.unit_kind,
                    self.channel_id, self.article_kind)


@dataclass(frozen=True)
class RuleStatus:
    """One window of a rule, judged."""

    rule: RuleData
    result: RuleResult
    unit_name: str

    def to_json(self) -> dict[str, Any]:
        return {"rule_id": self.rule.id, "rule": self.rule.text, "period": self.result.window.label,
                "start": self.result.window.start.isoformat(), "end": self.result.window.end.isoformat(),
                "unit": self.unit_name or None, "required": self.result.required,
                "achieved": self.result.achieved, "met": self.result.met, "finished": self.result.finished,
                "expected": self.result.expected, "verdict": self.result.verdict,
                "verdict_label": self.result.verdict_label}


@dataclass(frozen=True)
class CoverageRow:
    """A theme of the appendix: the quarters it was planned for and those with a counted article."""

    theme_id: int
    stt: str
    title: str
    planned: frozenset[int]
    covered: frozenset[int]

    def missing(self, up_to_quarter: int = 4) -> frozenset[int]:
        """Planned quarters (up to the given one) with no published article."""
        return frozenset(q for q in self.planned - self.covered if q <= up_to_quarter)


@dataclass(frozen=True)
class SuperiorCoverage:
    """An item of the superior's plan and the office's themes that implement it."""

    item_id: int
    position: int
    group_title: str
    title: str
    themes: tuple[str, ...]  # the office's themes that implement it ("II.1. title")
    theme_ids: tuple[int, ...] = ()

    @property
    def addressed(self) -> bool:
        return bool(self.themes)


OPINION_SOURCES = {"press": "Báo chí", "social": "Mạng xã hội", "parents": "Phụ huynh", "other": "Khác"}
OPINION_SEVERITIES = {"hot": "Nóng", "normal": "Thường"}
OPINION_STATUSES = {"new": "Mới", "in_progress": "Đang xử lý", "resolved": "Đã xử lý"}


@dataclass(frozen=True)
class OpinionData:
    """An issue of the public-opinion log."""

    id: int
    plan_id: int | None
    noticed_on: dt.date
    source: str
    link: str
    summary: str
    severity: str
    handler: str
    actions: str
    status: str
    reported_up: bool
    reported_on: dt.date | None

    @property
    def hot_and_open(self) -> bool:
        return self.severity == "hot" and self.status != "resolved"

    def to_json(self) -> dict[str, Any]:
        return {**{k: getattr(self, k) for k in ("id", "plan_id", "source", "link", "summary", "severity",
                                                 "handler", "actions", "status", "reported_up")},
                "noticed_on": self.noticed_on.isoformat(),
                "reported_on": self.reported_on.isoformat() if self.reported_on else None}


@dataclass(frozen=True)
class School:
    """A school of a district (a unit of kind school that sends reports)."""

    id: int
    name: str
    email: str


# a school's report for a period, as the district sees it (marked for the window's translation)
SCHOOL_STATES = {"on_time": QT_TRANSLATE_NOOP("Labels", "Đúng hạn"), "late": QT_TRANSLATE_NOOP("Labels", "Muộn"),
                 "missing": QT_TRANSLATE_NOOP("Labels", "Chưa gửi"), "pending": QT_TRANSLATE_NOOP("Labels", "Chưa đến hạn")}


@dataclass(frozen=True)
class SchoolFigures:
    """What one school (or, a level up, one Phòng) reported for the period, as the district received it."""

    unit_id: int
    name: str
    state: str  # a key of SCHOOL_STATES
    resubmitted: bool = False
    sent_at: dt.datetime | None = None  # when the school made the package (its first submission)
    total: int = 0  # articles published in the period
    year_to_date: int = 0
    targets: tuple[TargetFigure, ...] = ()
    by_channel: tuple[tuple[str, int], ...] = ()

    @property
    def received(self) -> bool:
        return self.state in ("on_time", "late")

    @property
    def state_label(self) -> str:
        return SCHOOL_STATES[self.state] + (" (gửi lại)" if self.resubmitted else "")

    def targets_met(self) -> tuple[int, int]:
        """(met, judged): the finished windows met, out of the finished windows."""
        finished = [t for t in self.targets if t.finished]
        return sum(1 for t in finished if t.met), len(finished)


@dataclass
class ReportData:
    plan: PlanDetail
    period: ReportPeriod
    direction: str
    assessment: str
    proposals: str
    number: int | None = None
    issued_on: dt.date | None = None
    addressees: list[str] = field(default_factory=list)
    by_channel: list[tuple[str, int]] = field(default_factory=list)
    by_group: list[tuple[str, int]] = field(default_factory=list)
    by_unit: list[tuple[str, int]] = field(default_factory=list)
    articles: list[tuple[dt.date, str, str, str]] = field(default_factory=list)  # date, title, channel, url
    monthly: list[tuple[int, int, int]] = field(default_factory=list)  # year, month, count
    monthly_minimum: int = MONTHLY_MINIMUM
    yearly_minimum: int | None = None
    year_to_date: int = 0
    rule_rows: list[tuple[str, str, str, str]] = field(default_factory=list)
    coverage_rows: list[tuple[str, str, str, str]] = field(default_factory=list)  # stt, theme, planned, status
    opinion_rows: list[tuple[str, str, str, str, str]] = field(default_factory=list)  # date, summary, severity, actions, status
    # the superior's items and the office's themes implementing them (when built from the superior's plan)
    superior_rows: list[tuple[str, str, str]] = field(default_factory=list)  # item, themes, verdict
    targets: list[TargetFigure] = field(default_factory=list)  # the rule rows, as numbers
    # a district's (or province's) report: what each of its schools reported for the period
    schools: list[SchoolFigures] = field(default_factory=list)

    @property
    def schools_total(self) -> int:
        return sum(s.total for s in self.schools)

    @property
    def combined_total(self) -> int:
        """The office's own articles and its schools' together."""
        return self.total + self.schools_total

    @property
    def organization(self) -> OrganizationData:
        return self.plan.organization

    @property
    def total(self) -> int:
        return len(self.articles)

    def quota_rows(self) -> list[tuple[str, str, str, str]]:
        """(criterion, required, achieved, assessment) for the quota table: the plan's target rules
        when it has any, otherwise the samples' minimums."""
        if self.rule_rows:
            return self.rule_rows
        rows = []
        short = [f"{m:02d}/{y}" for y, m, n in self.monthly if n < self.monthly_minimum]
        rows.append((f"Ít nhất {self.monthly_minimum} tin bài mỗi tháng",
                     f"{len(self.monthly)} tháng", f"{len(self.monthly) - len(short)} tháng",
                     VERDICT_LABELS[MET] if not short else f"{VERDICT_LABELS[MISSED]} (tháng {', '.join(short)})"))
        if self.yearly_minimum:
            rows.append((f"Ít nhất {self.yearly_minimum} tin bài trong năm", str(self.yearly_minimum),
                         f"{self.year_to_date} (lũy kế đến hết kỳ)",
                         VERDICT_LABELS[MET] if self.year_to_date >= self.yearly_minimum
                         else (VERDICT_LABELS[MISSED] if (self.period.end.month, self.period.end.day) == (12, 31)
                               else "Đang thực hiện")))
        return rows

    def subject(self) -> str:
        return f"Kết quả thực hiện công tác truyền thông về Giáo dục và Đào tạo {self.period.label()}"

    def number_text(self) -> str:
        abbreviation = self.organization.abbreviation
        return format_number(self.number, f"BC-{abbreviation}" if abbreviation else "BC").strip()


@dataclass(frozen=True)
class ArticleLine:
    """One article as the export needs it (plain data, built by the service)."""

    published_on: dt.date | None
    title: str
    kind: str
    channel: str
    url: str
    themes: tuple[str, ...]
    groups: tuple[str, ...]  # "I. Đẩy mạnh …" of the themes
    unit: str
    authors: str
    status: str
    evidence: tuple[str, ...]
    counted: bool = True  # published in the period: the only articles any figure counts
