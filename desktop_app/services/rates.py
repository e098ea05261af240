"""Administering the contribution tables: list them, correct a bracket (audited)."""

from __future__ import annotations

from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.context import Context
from desktop_app.services.roles import require

M_NO_TABLE = QT_TRANSLATE_NOOP("Rates", "Tabel iuran {version} tidak ada.")
M_NO_BRACKET = QT_TRANSLATE_NOOP("Rates", "Tabel {version} tidak punya golongan yang mulai dari Rp{income_min}.")
M_NEGATIVE = QT_TRANSLATE_NOOP("Rates", "Nilai iuran dan penghasilan tidak boleh negatif.")
STATUSES = ("confirmed", "transcribed", "corrected")


class RateService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store

    def tables(self) -> list[dict]:
        """Every rate table with its brackets and how many are still unconfirmed."""
        out = []
        for meta in self.store.schemes.rate_versions():
            table = self.store.schemes.rate_table(meta["version"])
            out.append({**meta, "brackets": [vars(b) for b in table.brackets],
                        "unconfirmed": sum(1 for b in table.brackets if b.status == "transcribed")})
        return out

    def correct_bracket(self, version: str, income_min: int, **values: int | str) -> None:
        """Change one bracket (e.g. after the Dinas confirms a figure); status becomes 'corrected'
        unless given, and the audit log keeps the old and new values."""
        require(self.ctx, "scheme.manage")
        try:
            table = self.store.schemes.rate_table(version)
        except KeyError:
            raise UserError(tr(M_NO_TABLE, version=version)) from None
        bracket = next((b for b in table.brackets if b.income_min == income_min), None)
        if bracket is None:
            raise UserError(tr(M_NO_BRACKET, version=version, income_min=income_min))
        if any(isinstance(v, int) and v < 0 for v in values.values()):
            raise UserError(tr(M_NEGATIVE))
        values.setdefault("status", "corrected")
        old = {k: getattr(bracket, k) for k in values}
        with self.store.write():
            self.store.schemes.set_bracket(version, income_min, **values)
            self.store.audit.record(self.ctx.operator, "update", "rate_bracket", f"{version}:{income_min}",
                                    old=old, new=dict(values))
