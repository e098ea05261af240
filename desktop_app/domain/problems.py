"""Findings of validation: errors block saving, warnings only inform."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from desktop_app.i18n import tr


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One finding about one field.

    ``message`` is the Indonesian source text (a marked ``i18n.Text``) with
    ``{name}`` placeholders filled from ``params``; ``code`` is stable for tests
    and for machine-readable output.
    """

    field: str
    code: str
    message: str
    severity: Severity = Severity.ERROR
    params: dict = field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def text(self) -> str:
        """The message in the current language with its parameters filled in (marked
        parameters such as the ``NIK``/``Nomor KK`` label are translated too)."""
        params = {k: tr(v) if getattr(v, "context", "") else v for k, v in self.params.items()}
        return tr(self.message, **params)

    def as_dict(self) -> dict:
        return {"field": self.field, "code": self.code, "severity": str(self.severity),
                "message": self.text()}


def error(field_name: str, code: str, message: str, /, **params: object) -> Problem:
    return Problem(field_name, code, message, Severity.ERROR, dict(params))


def warning(field_name: str, code: str, message: str, /, **params: object) -> Problem:
    return Problem(field_name, code, message, Severity.WARNING, dict(params))


def errors_of(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def warnings_of(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if not p.is_error]


class ProblemList:
    """Mixin for results that carry ``problems``: errors block, warnings inform."""

    problems: Iterable[Problem]

    @property
    def errors(self) -> list[Problem]:
        return errors_of(self.problems)

    @property
    def warnings(self) -> list[Problem]:
        return warnings_of(self.problems)
