"""Registrations and their heirs: insert, update, soft delete, fetch, list pages."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

from sqlite_utils import Database

from desktop_app.domain.registration import Registration
from desktop_app.domain.regnumber import MAX_RUNNING, OFFICE_BLOCK, is_legacy, office_range
from desktop_app.storage import driver
from desktop_app.storage.codec import REGISTRATION_COLUMNS, registration_from_row, registration_to_row
from desktop_app.storage.search import RegistrationQuery, count_sql, order_clause, where_clause

LIST_COLUMNS = ("id", "seq", "nik", "full_name", "birth_date", "sex", "village_code", "occupation",
                "scheme_id", "kpj", "bpjs_status", "created_at", "deleted_at", "deleted_reason", "phone",
                "origin_office")


class ActiveNikTaken(Exception):
    """The partial unique index refused a second active registration for a NIK."""


@contextlib.contextmanager
def _unique_nik_guard(nik: str) -> Iterator[None]:
    try:
        yield
    except driver.IntegrityError as exc:
        if "registrations.nik, registrations.scheme_id" in str(exc):
            raise ActiveNikTaken(nik) from exc
        raise


class RegistrationRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- reading -------------------------------------------------------
    def _heirs(self, registration_id: str) -> list[dict]:
        return list(self.db.query(
            "SELECT name, relationship, nik, phone FROM heirs WHERE registration_id = ? ORDER BY position",
            [registration_id]))

    def get(self, registration_id: str) -> Registration | None:
        rows = list(self.db.query("SELECT * FROM registrations WHERE id = ?", [registration_id]))
        return registration_from_row(rows[0], self._heirs(registration_id)) if rows else None

    def get_by_seq(self, seq: int) -> Registration | None:
        """The registration a number names (``domain.regnumber.parse_number``). A legacy number
        (``000123-4``) is looked up by the number it was printed with: this office's row first; in a
        database holding several offices' legacy numbers, another office's only when it is the one."""
        if not is_legacy(seq):
            rows = list(self.db.query("SELECT id FROM registrations WHERE seq = ?", [seq]))
            return self.get(rows[0]["id"]) if rows else None
        rows = list(self.db.query("SELECT id, origin_office FROM registrations WHERE legacy_seq = ? OR seq = ? "
                                  "ORDER BY seq", [seq, seq]))
        own = self.own_identity()[0]
        mine = [r for r in rows if r["origin_office"] in ("", own)]
        if mine:
            return self.get(mine[0]["id"])
        return self.get(rows[0]["id"]) if len(rows) == 1 else None

    def active_for_nik(self, nik: str, scheme_id: int | None = None) -> list[Registration]:
        sql = "SELECT id FROM registrations WHERE nik = ? AND deleted_at IS NULL"
        params: list = [nik]
        if scheme_id is not None:
            sql += " AND scheme_id = ?"
            params.append(scheme_id)
        return [self.get(r["id"]) for r in self.db.query(sql + " ORDER BY seq", params)]

    def for_batch(self, batch_id: int) -> list[Registration]:
        """Every member of a batch with heirs, in registration order (two queries, not 2×N)."""
        rows = list(self.db.query(
            "SELECT r.* FROM registrations r JOIN batch_items bi ON bi.registration_id = r.id "
            "WHERE bi.batch_id = ? ORDER BY r.seq", [batch_id]))
        heirs: dict[str, list[dict]] = {}
        for h in self.db.query(
                "SELECT h.registration_id, h.name, h.relationship, h.nik, h.phone FROM heirs h "
                "JOIN batch_items bi ON bi.registration_id = h.registration_id WHERE bi.batch_id = ? "
                "ORDER BY h.registration_id, h.position", [batch_id]):
            heirs.setdefault(h["registration_id"], []).append(h)
        return [registration_from_row(r, heirs.get(r["id"], [])) for r in rows]

    def active_by_nik(self, niks: list[str]) -> dict[str, list[dict]]:
        """NIK → active registrations (id, seq, full_name, scheme_id), for many NIKs at once."""
        out: dict[str, list[dict]] = {}
        for first in range(0, len(niks), 500):
            chunk = niks[first:first + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self.db.query(
                    f"SELECT id, seq, nik, full_name, scheme_id FROM registrations WHERE nik IN ({marks}) "
                    "AND deleted_at IS NULL ORDER BY seq", chunk):
                out.setdefault(row["nik"], []).append(row)
        return out

    def with_kpj(self, kpj: str) -> list[dict]:
        return list(self.db.query("SELECT id, seq, full_name FROM registrations WHERE kpj = ?", [kpj]))

    def same_birth_in_village(self, village_code: str, birth_date: str) -> list[dict]:
        """Active people sharing a desa and a birth date (fuzzy duplicate candidates)."""
        return list(self.db.query(
            "SELECT id, seq, nik, full_name, birth_date, sex, mother_name, scheme_id FROM registrations "
            "WHERE village_code = ? AND birth_date = ? AND deleted_at IS NULL", [village_code, birth_date]))

    def same_birth_in_villages(self, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], list[dict]]:
        """``same_birth_in_village`` for many (village_code, birth_date) pairs: one query per 400 pairs."""
        out: dict[tuple[str, str], list[dict]] = {}
        unique = sorted(set(pairs))
        for first in range(0, len(unique), 400):
            chunk = unique[first:first + 400]
            marks = ", ".join("(?, ?)" for _ in chunk)
            params = [v for pair in chunk for v in pair]
            for row in self.db.query(
                    "SELECT id, seq, nik, full_name, birth_date, sex, mother_name, scheme_id, village_code "
                    f"FROM registrations WHERE (village_code, birth_date) IN (VALUES {marks}) "
                    "AND deleted_at IS NULL", params):
                out.setdefault((row["village_code"], row["birth_date"]), []).append(row)
        return out

    def active_niks(self) -> Iterator[tuple]:
        """(id, seq, nik, full_name, scheme_id) of every active registration, streamed (near-NIK checks)."""
        yield from self.db.execute("SELECT id, seq, nik, full_name, scheme_id FROM registrations "
                                   "WHERE deleted_at IS NULL")

    def get_many(self, ids: list[str]) -> dict[str, Registration]:
        """Registrations with their heirs by id, two queries per 500 ids."""
        out: dict[str, Registration] = {}
        for first in range(0, len(ids), 500):
            chunk = ids[first:first + 500]
            marks = ", ".join("?" for _ in chunk)
            heirs: dict[str, list[dict]] = {}
            for h in self.db.query(f"SELECT registration_id, name, relationship, nik, phone FROM heirs WHERE "
                                   f"registration_id IN ({marks}) ORDER BY registration_id, position", chunk):
                heirs.setdefault(h["registration_id"], []).append(h)
            for row in self.db.query(f"SELECT * FROM registrations WHERE id IN ({marks})", chunk):
                out[row["id"]] = registration_from_row(row, heirs.get(row["id"], []))
        return out

    def count(self, query: RegistrationQuery) -> int:
        sql, params = count_sql(query)
        return self.db.execute(sql, params).fetchone()[0]

    def page(self, query: RegistrationQuery, offset: int = 0, limit: int = 100) -> list[dict]:
        where, params = where_clause(query)
        columns = ", ".join(f"r.{c}" for c in LIST_COLUMNS)
        sql = (f"SELECT {columns}, (SELECT max(bi.batch_id) FROM batch_items bi WHERE bi.registration_id = r.id)"
               f" AS batch_id FROM registrations r{where}{order_clause(query)} LIMIT ? OFFSET ?")
        cursor = self.db.execute(sql, params + [limit, offset])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def ids(self, query: RegistrationQuery) -> list[str]:
        where, params = where_clause(query)
        return [r[0] for r in self.db.execute(f"SELECT r.id FROM registrations r{where}{order_clause(query)}",
                                              params).fetchall()]

    # --- the office's numbering (domain.regnumber, domain.office_identity) --------------
    def own_identity(self) -> tuple[str, int | None]:
        """This office's (code, number); ("", None) before they are assigned."""
        row = self.db.execute("SELECT office_code, office_number FROM office WHERE id = 1").fetchone()
        return (row[0] or "", row[1]) if row else ("", None)

    def in_block(self, office_number: int) -> int:
        """Registrations (any state, any origin) whose number lies in ``office_number``'s block."""
        first, last = office_range(office_number)
        return self.db.execute("SELECT count(*) FROM registrations WHERE seq BETWEEN ? AND ?",
                               [first, last]).fetchone()[0]

    def block_used_by(self, office_number: int, own_code: str) -> str | None:
        """The origin office of another office's registration in ``office_number``'s block, if any."""
        first, last = office_range(office_number)
        row = self.db.execute("SELECT origin_office FROM registrations WHERE seq BETWEEN ? AND ? "
                              "AND origin_office NOT IN ('', ?) LIMIT 1", [first, last, own_code]).fetchone()
        return row[0] if row else None

    def legacy_numbered(self, own_code: str) -> int:
        """This office's rows that carry a legacy number (``adopt_identity`` moves them)."""
        return self.db.execute("SELECT count(*) FROM registrations WHERE seq < ? AND origin_office IN ('', ?)",
                               [OFFICE_BLOCK, own_code]).fetchone()[0]

    def other_origin(self, own_code: str) -> bool:
        """Rows registered by an office other than ``own_code`` are here (a range look-up in
        ``registrations_origin``)."""
        return self.db.execute("SELECT 1 FROM registrations WHERE origin_office > '' AND origin_office != ? LIMIT 1",
                               [own_code]).fetchone() is not None

    def origin_offices(self) -> list[tuple[str, int]]:
        """(origin office code, active registrations) for every office whose people are here."""
        return [tuple(r) for r in self.db.execute(
            "SELECT origin_office, count(*) FROM registrations WHERE deleted_at IS NULL AND nik < 'X' "
            "GROUP BY origin_office ORDER BY origin_office").fetchall()]

    def set_origin(self, rows: list[tuple[str, str, int]]) -> None:
        """(id, office code, seq): rows as the exchange writes those received from another office — that
        office's code as origin and updater, its number, no legacy number here. Demo data only."""
        self.db.conn.executemany("UPDATE registrations SET origin_office = ?, updated_office = ?, seq = ?, "
                                 "legacy_seq = NULL WHERE id = ?", [(c, c, seq, rid) for rid, c, seq in rows])

    def several_origins(self) -> bool:
        """Rows of more than one office of origin are here (two look-ups in ``registrations_origin``)."""
        return bool(self.db.execute("SELECT min(origin_office) != max(origin_office) FROM registrations"
                                    ).fetchone()[0])

    def office_names(self) -> dict[str, str]:
        """Office code → name for the offices this one exchanges with (the exchange's ``sync_peers``, when
        present), and this office itself."""
        names: dict[str, str] = {}
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "sync_peers" in tables:
            names.update(self.db.execute("SELECT code, name FROM sync_peers WHERE name != ''").fetchall())
        row = self.db.execute("SELECT office_code, name FROM office WHERE id = 1 AND office_code != ''").fetchone()
        if row:
            names[row[0]] = row[1]
        return names

    _PAIR_COLUMNS = ("id", "seq", "nik", "full_name", "birth_date", "kk_number", "village_code", "origin_office",
                     "coverage_start", "coverage_end")

    def for_matching(self, batch_id: int | None = None) -> tuple[list[dict], set[str]]:
        """Active registrations with what the cross-office check compares (``_PAIR_COLUMNS``): all of them,
        or a batch's members and everyone sharing a birth date or a family card with one of them (one scan:
        the IN lists are built once). Returns (rows, the batch members' ids)."""
        sql = f"SELECT {', '.join(self._PAIR_COLUMNS)} FROM registrations WHERE deleted_at IS NULL AND nik < 'X'"
        params: list = []
        members: set[str] = set()
        if batch_id is not None:
            inside = "SELECT registration_id FROM batch_items WHERE batch_id = ?"
            members = {r[0] for r in self.db.execute(inside, [batch_id]).fetchall()}
            sql += (f" AND (birth_date IN (SELECT birth_date FROM registrations WHERE id IN ({inside})) "
                    f"OR (kk_number != '' AND kk_number IN (SELECT kk_number FROM registrations WHERE id IN "
                    f"({inside}))))")
            params = [batch_id, batch_id]
        cursor = self.db.execute(sql, params)
        return [dict(zip(self._PAIR_COLUMNS, row, strict=True)) for row in cursor], members

    def code_used(self, code: str) -> bool:
        return self.db.execute("SELECT 1 FROM registrations WHERE origin_office = ? LIMIT 1", [code]).fetchone() \
            is not None

    def adopt_identity(self, old_code: str, code: str, number: int | None) -> int:
        """This office's rows take its (new) code; when it gets its number, its legacy-numbered rows move
        into its block keeping their running number (``legacy_seq`` keeps the printed one; the name index
        follows through its trigger). Returns how many rows moved."""
        self.db.execute("UPDATE registrations SET origin_office = ? WHERE origin_office IN ('', ?)", [code, old_code])
        self.db.execute("UPDATE registrations SET updated_office = ? WHERE updated_office IN ('', ?)",
                        [code, old_code])
        if number is None:
            return 0
        cursor = self.db.execute("UPDATE registrations SET seq = ? + seq WHERE seq < ? AND origin_office = ?",
                                 [number * OFFICE_BLOCK, OFFICE_BLOCK, code])
        return cursor.rowcount

    # --- writing (callers hold a write transaction) ---------------------
    def next_seq(self) -> int:
        """The next number of this office: in its block once it has a number, else a legacy one."""
        number = self.own_identity()[1]
        if number is None:
            return self.db.execute("SELECT coalesce(max(seq), 0) + 1 FROM registrations WHERE seq < ?",
                                   [OFFICE_BLOCK]).fetchone()[0]
        first, last = office_range(number)
        seq = self.db.execute("SELECT coalesce(max(seq), ?) + 1 FROM registrations WHERE seq BETWEEN ? AND ?",
                              [first - 1, first, last]).fetchone()[0]
        if seq > last:
            raise ValueError(f"office {number} has used all {MAX_RUNNING} registration numbers")
        return seq

    def _stamp(self, row: dict, code: str) -> dict:
        """A row created here: this office's code as origin and updater, the legacy number it prints with."""
        row["origin_office"] = row["updated_office"] = code
        row["legacy_seq"] = row["seq"] if is_legacy(row["seq"]) else None
        return row

    def insert(self, reg: Registration) -> Registration:
        """Insert a new registration; assigns ``id`` and ``seq`` when missing."""
        seq = reg.seq or self.next_seq()
        code = self.own_identity()[0]
        stored = reg.copy(id=reg.id or str(uuid.uuid4()), seq=seq, origin_office=code, updated_office=code,
                          legacy_seq=seq if is_legacy(seq) else None)
        row = registration_to_row(stored)
        marks = ", ".join("?" for _ in REGISTRATION_COLUMNS)
        with _unique_nik_guard(stored.nik):
            self.db.execute(f"INSERT INTO registrations ({', '.join(REGISTRATION_COLUMNS)}) VALUES ({marks})",
                            [row[c] for c in REGISTRATION_COLUMNS])
        self._write_heirs(stored)
        return stored

    def update(self, reg: Registration) -> None:
        row = registration_to_row(reg)
        row["updated_office"] = self.own_identity()[0]
        columns = [c for c in REGISTRATION_COLUMNS
                   if c not in ("id", "seq", "created_at", "created_by", "origin_office", "legacy_seq")]
        assignments = ", ".join(f"{c} = ?" for c in columns)
        with _unique_nik_guard(reg.nik):
            self.db.execute(f"UPDATE registrations SET {assignments} WHERE id = ?",
                            [row[c] for c in columns] + [reg.id])
        self.db.execute("DELETE FROM heirs WHERE registration_id = ?", [reg.id])
        self._write_heirs(reg)

    def _write_heirs(self, reg: Registration) -> None:
        self.db.conn.executemany(
            "INSERT INTO heirs (registration_id, position, name, relationship, nik, phone) VALUES (?, ?, ?, ?, ?, ?)",
            [(reg.id, i, h.name, h.relationship, h.nik, h.phone) for i, h in enumerate(reg.heirs)])

    def insert_many(self, regs: list[Registration]) -> list[Registration]:
        """Bulk insert (demo data); ids and sequence numbers are assigned here."""
        first = self.next_seq()
        code = self.own_identity()[0]
        # shallow copies: the caller's heirs lists are not modified here, only shared
        stored = [replace(reg, id=reg.id or str(uuid.uuid4()), seq=first + i, origin_office=code,
                          updated_office=code, legacy_seq=first + i if is_legacy(first + i) else None)
                  for i, reg in enumerate(regs)]
        self._insert([registration_to_row(r) for r in stored], stored)
        return stored

    def insert_rows(self, regs: list[Registration], stamp: dict) -> list[dict]:
        """Bulk insert for imports without copying the registrations: each gets a new id and the next sequence
        number, ``stamp`` (created_at and the like) is written with it; returns the table rows written."""
        first = self.next_seq()
        code = self.own_identity()[0]
        stamped = {k: v.isoformat() if isinstance(v, (date, datetime)) else v for k, v in stamp.items()}
        rows = []
        for i, reg in enumerate(regs):
            row = registration_to_row(reg)
            row.update(stamped, id=str(uuid.uuid4()), seq=first + i)
            rows.append(self._stamp(row, code))
        self._insert(rows, regs)
        return rows

    def _insert(self, rows: list[dict], regs: list[Registration]) -> None:
        marks = ", ".join("?" for _ in REGISTRATION_COLUMNS)
        self.db.conn.executemany(f"INSERT INTO registrations ({', '.join(REGISTRATION_COLUMNS)}) VALUES ({marks})",
                                 ([row[c] for c in REGISTRATION_COLUMNS] for row in rows))
        self.db.conn.executemany(
            "INSERT INTO heirs (registration_id, position, name, relationship, nik, phone) VALUES (?, ?, ?, ?, ?, ?)",
            [(row["id"], i, h.name, h.relationship, h.nik, h.phone) for row, reg in zip(rows, regs, strict=True)
             for i, h in enumerate(reg.heirs)])

    def set_fields(self, registration_id: str, **values: object) -> None:
        unknown = set(values) - set(REGISTRATION_COLUMNS)
        if unknown:
            raise ValueError(f"unknown registration columns: {sorted(unknown)}")
        values.setdefault("updated_office", self.own_identity()[0])
        assignments = ", ".join(f"{c} = ?" for c in values)
        with _unique_nik_guard(str(values.get("nik", ""))):
            self.db.execute(f"UPDATE registrations SET {assignments} WHERE id = ?",
                            list(values.values()) + [registration_id])

    # --- printing (callers hold a write transaction for the increment) ---
    def print_counts(self, registration_ids: list[str]) -> dict[str, int]:
        """How often each slip was printed already (ids that do not exist are absent)."""
        out: dict[str, int] = {}
        for i in range(0, len(registration_ids), 500):
            chunk = registration_ids[i:i + 500]
            marks = ", ".join("?" for _ in chunk)
            out.update(self.db.execute(f"SELECT id, print_count FROM registrations WHERE id IN ({marks})",
                                       chunk).fetchall())
        return out

    def increment_print_counts(self, registration_ids: list[str]) -> None:
        self.db.conn.executemany("UPDATE registrations SET print_count = print_count + 1 WHERE id = ?",
                                 [(rid,) for rid in registration_ids])
