"""Schemes, the versioned contribution tables and the dated discounts."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from desktop_app.domain.adhoc import WageShares
from desktop_app.domain.contribution import Bracket, Discount, RateTable
from desktop_app.domain.dates import now_iso
from desktop_app.domain.scheme import FundingSource, Scheme
from desktop_app.storage.codec import scheme_from_row, scheme_to_row


class SchemeRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self, *, active_only: bool = False) -> list[Scheme]:
        sql = "SELECT * FROM schemes" + (" WHERE active = 1" if active_only else "") + " ORDER BY id"
        return [scheme_from_row(r) for r in self.db.query(sql)]

    def get(self, scheme_id: int) -> Scheme | None:
        rows = list(self.db.query("SELECT * FROM schemes WHERE id = ?", [scheme_id]))
        return scheme_from_row(rows[0]) if rows else None

    def default(self) -> Scheme | None:
        rows = list(self.db.query(
            "SELECT * FROM schemes WHERE active = 1 ORDER BY is_default DESC, id LIMIT 1"))
        return scheme_from_row(rows[0]) if rows else None

    def save(self, scheme: Scheme, operator: str) -> Scheme:
        row = scheme_to_row(scheme)
        if scheme.is_default:
            self.db.execute("UPDATE schemes SET is_default = 0")
        if scheme.id is None:
            row.pop("id")
            row["created_at"] = now_iso()
            row["created_by"] = operator
            columns = ", ".join(row)
            cursor = self.db.execute(f"INSERT INTO schemes ({columns}) VALUES ({', '.join('?' for _ in row)})",
                                     list(row.values()))
            scheme.id = cursor.lastrowid
        else:
            assignments = ", ".join(f"{c} = ?" for c in row if c != "id")
            self.db.execute(f"UPDATE schemes SET {assignments} WHERE id = ?",
                            [v for c, v in row.items() if c != "id"] + [scheme.id])
        return scheme

    # --- rates ---------------------------------------------------------
    def rate_table(self, version: str) -> RateTable:
        meta = list(self.db.query("SELECT * FROM rate_tables WHERE version = ?", [version]))
        if not meta:
            raise KeyError(version)
        brackets = tuple(Bracket(r["income_min"], r["income_max"], r["income_base"], r["jkk"], r["jkm"],
                                 r["jht"], r["status"])
                         for r in self.db.query("SELECT * FROM rate_brackets WHERE version = ? ORDER BY income_min",
                                                [version]))
        m = meta[0]
        return RateTable(m["version"], m["title"], date.fromisoformat(m["effective_date"]), brackets,
                         m["legal_basis"], self.wage_shares(version) if m.get("kind") == "wage" else None)

    def wage_shares(self, version: str) -> WageShares:
        """A wage-earner table's shares (basis points): JKK per risk class, JKM."""
        rows = list(self.db.query("SELECT * FROM wage_rates WHERE version = ?", [version]))
        jkm = next((r["basis_points"] for r in rows if r["program"] == "JKM"), 0)
        statuses = {r["status"] for r in rows}
        return WageShares({r["risk_class"]: r["basis_points"] for r in rows if r["program"] == "JKK"}, jkm,
                          "confirmed" if statuses <= {"confirmed"} else "/".join(sorted(statuses)))

    def rate_versions(self, kind: str = "bpu") -> list[dict]:
        """The BPU bracket tables (``kind="wage"``: the wage-earner share tables), newest first."""
        return list(self.db.query("SELECT * FROM rate_tables WHERE kind = ? ORDER BY effective_date DESC, version",
                                  [kind]))

    def latest_rate_version(self, kind: str = "bpu") -> str:
        return self.rate_versions(kind)[0]["version"]

    def set_bracket(self, version: str, income_min: int, **values: object) -> None:
        allowed = {"income_max", "income_base", "jkk", "jkm", "jht", "status"}
        if set(values) - allowed:
            raise ValueError(f"unknown bracket columns: {sorted(set(values) - allowed)}")
        assignments = ", ".join(f"{c} = ?" for c in values)
        self.db.execute(f"UPDATE rate_brackets SET {assignments} WHERE version = ? AND income_min = ?",
                        list(values.values()) + [version, income_min])

    def discounts(self) -> tuple[Discount, ...]:
        return tuple(
            Discount(r["code"], r["title"], date.fromisoformat(r["start_date"]), date.fromisoformat(r["end_date"]),
                     r["percent"], tuple(p for p in r["programs"].split(";") if p),
                     tuple(FundingSource(f) for f in r["funding_sources"].split(";") if f))
            for r in self.db.query("SELECT * FROM discounts ORDER BY start_date"))
