"""What an import would do, row by row: the preview the CLI prints and the wizard shows.

Every non-blank row below a table's header gets exactly one status, so
``rows == new + rejected + duplicates + skipped`` always holds; blank rows are
counted apart. Every column is either used or listed with why not, and every
sheet is either read or listed with why not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.nik import mask_nik
from desktop_app.domain.registration import Registration
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.importing.fieldnames import unused_reason
from desktop_app.services.importing.mapping import ColumnMapping

NEW, DUPLICATE, DUPLICATE_IN_FILE, REJECTED, SKIPPED = "new", "duplicate", "duplicate_in_file", "rejected", "skipped"
STATUS_LABELS = {
    NEW: QT_TRANSLATE_NOOP("Import", "Baru"),
    DUPLICATE: QT_TRANSLATE_NOOP("Import", "Sudah terdaftar"),
    DUPLICATE_IN_FILE: QT_TRANSLATE_NOOP("Import", "Ganda di berkas"),
    REJECTED: QT_TRANSLATE_NOOP("Import", "Ditolak"),
    SKIPPED: QT_TRANSLATE_NOOP("Import", "Dilewati"),
}


def status_label(status: str) -> str:
    return tr(STATUS_LABELS[status])


@dataclass
class RowResult:
    """One spreadsheet row: where it is, what it held, and what the import makes of it."""

    row: int                              # Excel row number (1-based)
    cells: list
    sheet: str = ""
    status: str = NEW
    reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    fixes: list[str] = field(default_factory=list)     # what the village should change (for the report)
    registration: Registration | None = None
    duplicate_of: dict | None = None      # {"id", "number", "name"} of the existing registration
    duplicate_row: int | None = None      # Excel row of the earlier row with the same NIK
    similar_ids: list[str] = field(default_factory=list)
    hidden: bool = False
    kind: str = ""                        # for a skipped row: what it is (section, total, signature, …)

    def as_dict(self) -> dict:
        reg = self.registration
        return {"sheet": self.sheet, "row": self.row, "status": self.status, "status_label": status_label(self.status),
                "nik": mask_nik(reg.nik) if reg and reg.nik else "", "name": reg.full_name if reg else "",
                "reasons": self.reasons, "warnings": self.warnings, "duplicate_of": self.duplicate_of,
                "duplicate_row": self.duplicate_row, "hidden": self.hidden, "kind": self.kind}


@dataclass
class TablePreview:
    """One sheet's table: header rows, mapping, and what was said about it."""

    sheet: str
    header_row: int                       # Excel row of the (last) header row; 0 when the table has none
    first_header_row: int
    columns: list[ColumnMapping]
    header_cells: list[list] = field(default_factory=list)   # the header rows as they were typed
    hidden: bool = False
    village: str = ""
    village_source: str = ""              # "", "option", "office", "title", "sheet"
    notes: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)         # required fields no column feeds
    remembered: str = ""                  # the earlier file whose mapping was reused
    blank_rows: int = 0
    labels: list[tuple[str, str]] = field(default_factory=list)   # (group title, header) per column
    missing_sources: dict[str, str] = field(default_factory=dict)  # validation field → import field

    @property
    def unused(self) -> list[ColumnMapping]:
        return [c for c in self.columns if not c.used and (c.header or c.why != "empty")]

    def as_dict(self) -> dict:
        return {"sheet": self.sheet, "header_row": self.header_row, "hidden": self.hidden,
                "village": self.village, "village_source": self.village_source, "notes": self.notes,
                "missing_columns": self.missing, "remembered_from": self.remembered, "blank_rows": self.blank_rows,
                "columns": [c.as_dict() for c in self.columns],
                "unused_columns": [{**c.as_dict(), "why": unused_reason(c)} for c in self.unused]}


@dataclass
class ImportPreview:
    """The analysed file: its tables, per-row results, unread sheets, and where it came from."""

    path: Path
    sha256: str
    scheme_id: int
    tables: list[TablePreview]
    rows: list[RowResult]
    unread: list[tuple[str, str]] = field(default_factory=list)     # (sheet, why not read)
    earlier_batches: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)                  # about the whole file
    sheet_names: list[str] = field(default_factory=list)            # every sheet of the workbook, in order

    @property
    def sheet(self) -> str:
        return ", ".join(t.sheet for t in self.tables)

    @property
    def header_row(self) -> int:
        return self.tables[0].header_row if self.tables else 0

    @property
    def columns(self) -> list[ColumnMapping]:
        return self.tables[0].columns if self.tables else []

    def table(self, sheet: str) -> TablePreview | None:
        return next((t for t in self.tables if t.sheet == sheet), None)

    def count(self, *statuses: str) -> int:
        return sum(1 for r in self.rows if r.status in statuses)

    @property
    def counts(self) -> dict:
        return {"rows": len(self.rows), "new": self.count(NEW), "rejected": self.count(REJECTED),
                "duplicates": self.count(DUPLICATE, DUPLICATE_IN_FILE), "skipped": self.count(SKIPPED),
                "warnings": sum(1 for r in self.rows if r.status == NEW and r.warnings),
                "blank": sum(t.blank_rows for t in self.tables)}

    def new_rows(self) -> list[RowResult]:
        return [r for r in self.rows if r.status == NEW]

    def not_imported(self) -> list[RowResult]:
        return [r for r in self.rows if r.status != NEW]

    def noteworthy(self) -> list[RowResult]:
        """Rows not imported, and imported rows with a warning."""
        return [r for r in self.rows if r.status != NEW or r.warnings]

    def all_notes(self) -> list[str]:
        return self.notes + [n for t in self.tables for n in t.notes]

    def as_dict(self, *, all_rows: bool = False) -> dict:
        return {"file": str(self.path), "sha256": self.sha256, "sheet": self.sheet, "header_row": self.header_row,
                "scheme_id": self.scheme_id, "earlier_batches": self.earlier_batches, "notes": self.all_notes(),
                "tables": [t.as_dict() for t in self.tables],
                "unread_sheets": [{"sheet": s, "why": why} for s, why in self.unread],
                "columns": [c.as_dict() for c in self.columns], **self.counts,
                "details": [r.as_dict() for r in (self.rows if all_rows else self.noteworthy())]}


@dataclass
class ImportResult:
    preview: ImportPreview
    batch_id: int | None
    imported: int
    dry_run: bool = False

    def as_dict(self) -> dict:
        counts = self.preview.counts
        return {"file": str(self.preview.path), "dry_run": self.dry_run, "rows": counts["rows"],
                "imported": self.imported, "rejected": counts["rejected"], "duplicates": counts["duplicates"],
                "skipped": counts["skipped"], "warnings": counts["warnings"], "blank": counts["blank"],
                "batch_id": self.batch_id, "scheme_id": self.preview.scheme_id, "sheet": self.preview.sheet,
                "header_row": self.preview.header_row, "earlier_batches": self.preview.earlier_batches}
