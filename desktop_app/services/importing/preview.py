"""What an import would do, row by row: the preview the CLI prints and the wizard shows.

Every data row below the header gets exactly one status, so
``rows == new + rejected + duplicates + skipped`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.nik import mask_nik
from desktop_app.domain.registration import Registration
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.importing.headers import ColumnMapping

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
    status: str = NEW
    reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    registration: Registration | None = None
    duplicate_of: dict | None = None      # {"id", "number", "name"} of the existing registration
    duplicate_row: int | None = None      # Excel row of the earlier row with the same NIK
    similar_ids: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        reg = self.registration
        return {"row": self.row, "status": self.status, "status_label": status_label(self.status),
                "nik": mask_nik(reg.nik) if reg and reg.nik else "", "name": reg.full_name if reg else "",
                "reasons": self.reasons, "warnings": self.warnings, "duplicate_of": self.duplicate_of,
                "duplicate_row": self.duplicate_row}


@dataclass
class ImportPreview:
    """The analysed file: mapping, per-row results, and where it came from."""

    path: Path
    sha256: str
    sheet: str
    header_row: int                       # Excel row number of the (last) header row
    columns: list[ColumnMapping]
    scheme_id: int
    rows: list[RowResult]
    default_village: str = ""
    village_source: str = ""              # "", "option", "office" or "title"
    earlier_batches: list[int] = field(default_factory=list)

    def count(self, *statuses: str) -> int:
        return sum(1 for r in self.rows if r.status in statuses)

    @property
    def counts(self) -> dict:
        return {"rows": len(self.rows), "new": self.count(NEW), "rejected": self.count(REJECTED),
                "duplicates": self.count(DUPLICATE, DUPLICATE_IN_FILE), "skipped": self.count(SKIPPED)}

    def new_rows(self) -> list[RowResult]:
        return [r for r in self.rows if r.status == NEW]

    def not_imported(self) -> list[RowResult]:
        return [r for r in self.rows if r.status != NEW]

    def as_dict(self, *, all_rows: bool = False) -> dict:
        return {"file": str(self.path), "sha256": self.sha256, "sheet": self.sheet, "header_row": self.header_row,
                "scheme_id": self.scheme_id, "default_village": self.default_village,
                "village_source": self.village_source, "earlier_batches": self.earlier_batches,
                "columns": [c.as_dict() for c in self.columns], **self.counts,
                "details": [r.as_dict() for r in (self.rows if all_rows else self.not_imported())]}


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
                "skipped": counts["skipped"], "batch_id": self.batch_id, "scheme_id": self.preview.scheme_id,
                "sheet": self.preview.sheet, "header_row": self.preview.header_row,
                "earlier_batches": self.preview.earlier_batches}
